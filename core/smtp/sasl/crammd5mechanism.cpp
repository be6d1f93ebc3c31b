#include "crammd5mechanism.h"

#include "sasltext_p.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

namespace Sendscope::Sasl {

Response CramMd5Mechanism::challenge(const QByteArray &decodedChallenge)
{
    // RFC 2195 §2: exactly one challenge, a msg-id like "<1896.697170952@host>".
    if (m_answered) {
        return Detail::cancel(QCoreApplication::translate(
                "Sendscope::Sasl", "The server sent a second CRAM-MD5 challenge."));
    }
    if (decodedChallenge.isEmpty()) {
        return Detail::cancel(QCoreApplication::translate(
                "Sendscope::Sasl", "The server sent an empty CRAM-MD5 challenge."));
    }
    m_answered = true;
    const QByteArray digest = QMessageAuthenticationCode::hash(
            decodedChallenge, m_cred.secret.toUtf8(), QCryptographicHash::Md5);
    Response r;
    r.data = m_cred.user.toUtf8() + ' ' + digest.toHex();
    // The digest allows an offline guess at the password: never shown.
    r.logText = Detail::loggableUser(m_cred) + QStringLiteral(" <redacted>");
    return r;
}

} // namespace Sendscope::Sasl
