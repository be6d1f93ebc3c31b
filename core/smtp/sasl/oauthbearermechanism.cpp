#include "oauthbearermechanism.h"

#include "bearererror.h"
#include "sasltext_p.h"

#include <QCoreApplication>

namespace Sendscope::Sasl {

Response OAuthBearerMechanism::start()
{
    if (Detail::hasControlCharacter(m_cred.user) || Detail::hasControlCharacter(m_cred.host))
        m_failure = QCoreApplication::translate(
                "Sendscope::Sasl",
                "The user name or host for OAUTHBEARER contains control "
                "characters.");
    else if (!Detail::isBearerToken(m_cred.secret))
        m_failure = QCoreApplication::translate(
                "Sendscope::Sasl",
                "The access token for OAUTHBEARER is empty or contains "
                "characters a bearer token cannot have (RFC 6750).");
    if (!m_failure.isEmpty())
        return Detail::cancel(m_failure);

    // RFC 7628 §3.1: gs2-header with the authzid as saslname (RFC 5801 §4 escaping), then
    // kvpairs; host and port are optional but SHOULD be sent.
    QByteArray gs2 = "n,";
    QString gs2Log = QStringLiteral("n,");
    if (!m_cred.user.isEmpty()) {
        gs2 += "a=" + Detail::escapeSaslName(m_cred.user.toUtf8());
        gs2Log += QStringLiteral("a=") + Detail::loggableUser(m_cred);
    }
    gs2 += ',';
    gs2Log += QLatin1Char(',');

    QByteArray pairs;
    QString pairsLog;
    if (!m_cred.host.isEmpty()) {
        pairs += "\x01"
                 "host="
                + m_cred.host.toUtf8();
        pairsLog += QStringLiteral("^Ahost=") + m_cred.host;
    }
    if (m_cred.port != 0) {
        pairs += "\x01"
                 "port="
                + QByteArray::number(m_cred.port);
        pairsLog += QStringLiteral("^Aport=") + QString::number(m_cred.port);
    }
    pairs += "\x01"
             "auth=Bearer "
            + m_cred.secret.toUtf8() + "\x01\x01";
    pairsLog += QStringLiteral("^Aauth=Bearer <redacted>^A^A");

    m_sent = true;
    Response r;
    r.data = gs2 + pairs;
    r.logText = gs2Log + pairsLog;
    return r;
}

Response OAuthBearerMechanism::challenge(const QByteArray &decodedChallenge)
{
    if (!m_failure.isEmpty())
        return Detail::cancel(m_failure);
    if (!m_sent && decodedChallenge.isEmpty())
        return start();
    if (m_errorAnswered)
        return Detail::cancel(QCoreApplication::translate(
                "Sendscope::Sasl", "The server sent a second OAUTHBEARER challenge."));
    // RFC 7628 §3.2.3: after an error the client MUST send a single %x01 (or abort), and
    // the server then ends the exchange with a failure.
    m_errorAnswered = true;
    m_serverError = BearerError::fromChallenge(decodedChallenge).describe();
    Response r;
    r.data = QByteArray("\x01", 1);
    r.logText = QStringLiteral("AQ==");
    return r;
}

} // namespace Sendscope::Sasl
