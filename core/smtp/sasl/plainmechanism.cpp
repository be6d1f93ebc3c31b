#include "plainmechanism.h"

#include <QCoreApplication>

namespace Sendscope::Sasl {

Response PlainMechanism::start()
{
    // RFC 4616 §2: NUL separates the fields, so neither may contain one.
    if (m_cred.user.contains(QChar(0)) || m_cred.secret.contains(QChar(0))) {
        m_failed = true;
        Response r;
        r.kind = Response::Kind::Cancel;
        r.error = QCoreApplication::translate(
                "Sendscope::Sasl",
                "The user name or password contains a NUL character, which "
                "AUTH PLAIN cannot carry.");
        return r;
    }
    Response r;
    r.data = '\0' + m_cred.user.toUtf8() + '\0' + m_cred.secret.toUtf8();
    r.logText = QStringLiteral("<redacted>");
    m_sent = true;
    return r;
}

Response PlainMechanism::challenge(const QByteArray &decodedChallenge)
{
    // A server that did not take the initial response sends an empty 334; answer it once.
    if (decodedChallenge.isEmpty() && !m_sent && !m_failed)
        return start();
    Response r;
    r.kind = Response::Kind::Cancel;
    r.error = QCoreApplication::translate("Sendscope::Sasl",
                                          "The server sent an unexpected PLAIN challenge.");
    return r;
}

} // namespace Sendscope::Sasl
