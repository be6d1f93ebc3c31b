#include "xoauth2mechanism.h"

#include "bearererror.h"
#include "sasltext_p.h"

#include <QCoreApplication>

namespace Sendscope::Sasl {

Response XOAuth2Mechanism::start()
{
    if (m_cred.user.isEmpty() || Detail::hasControlCharacter(m_cred.user))
        m_failure = QCoreApplication::translate(
                "Sendscope::Sasl",
                "The user name for XOAUTH2 is empty or contains control "
                "characters.");
    else if (!Detail::isBearerToken(m_cred.secret))
        m_failure = QCoreApplication::translate(
                "Sendscope::Sasl",
                "The access token for XOAUTH2 is empty or contains characters "
                "a bearer token cannot have (RFC 6750).");
    if (!m_failure.isEmpty())
        return Detail::cancel(m_failure);

    m_sent = true;
    Response r;
    r.data = "user=" + m_cred.user.toUtf8()
            + "\x01"
              "auth=Bearer "
            + m_cred.secret.toUtf8() + "\x01\x01";
    r.logText = QStringLiteral("user=") + Detail::loggableUser(m_cred)
            + QStringLiteral("^Aauth=Bearer <redacted>^A^A");
    return r;
}

Response XOAuth2Mechanism::challenge(const QByteArray &decodedChallenge)
{
    if (!m_failure.isEmpty())
        return Detail::cancel(m_failure);
    // A server that ignored the initial response asks with an empty 334; answer it once.
    if (!m_sent && decodedChallenge.isEmpty())
        return start();
    if (m_errorAnswered)
        return Detail::cancel(QCoreApplication::translate(
                "Sendscope::Sasl", "The server sent a second XOAUTH2 challenge."));
    // After the token, a 334 carries the error JSON; the empty line lets the server end
    // the exchange with its 5xx reply.
    m_errorAnswered = true;
    m_serverError = BearerError::fromChallenge(decodedChallenge).describe();
    return Response();
}

} // namespace Sendscope::Sasl
