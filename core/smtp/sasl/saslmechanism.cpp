#include "saslmechanism.h"

#include "crammd5mechanism.h"
#include "loginmechanism.h"
#include "oauthbearermechanism.h"
#include "plainmechanism.h"
#include "scrammechanism.h"
#include "xoauth2mechanism.h"

namespace Sendscope::Sasl {

QStringList supportedMechanisms()
{
    return {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1"),
            QStringLiteral("CRAM-MD5"),      QStringLiteral("PLAIN"),
            QStringLiteral("LOGIN"),         QStringLiteral("XOAUTH2"),
            QStringLiteral("OAUTHBEARER")};
}

std::unique_ptr<Mechanism> createMechanism(const QString &name, const Credentials &credentials)
{
    const QString up = name.trimmed().toUpper();
    if (up == QLatin1String("SCRAM-SHA-256"))
        return std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha256, credentials);
    if (up == QLatin1String("SCRAM-SHA-1"))
        return std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha1, credentials);
    if (up == QLatin1String("CRAM-MD5"))
        return std::make_unique<CramMd5Mechanism>(credentials);
    if (up == QLatin1String("PLAIN"))
        return std::make_unique<PlainMechanism>(credentials);
    if (up == QLatin1String("LOGIN"))
        return std::make_unique<LoginMechanism>(credentials);
    if (up == QLatin1String("XOAUTH2"))
        return std::make_unique<XOAuth2Mechanism>(credentials);
    if (up == QLatin1String("OAUTHBEARER"))
        return std::make_unique<OAuthBearerMechanism>(credentials);
    return nullptr;
}

QString chooseAuto(const QStringList &offered, bool encrypted)
{
    // SCRAM never reveals the password, so it is used on any link; PLAIN and LOGIN only
    // inside TLS. CRAM-MD5 (server keeps the password in clear) and the token mechanisms
    // (they need a token, not a password) are used only when asked for by name.
    QStringList order {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1")};
    if (encrypted)
        order << QStringLiteral("PLAIN") << QStringLiteral("LOGIN");
    for (const QString &m : std::as_const(order)) {
        if (offered.contains(m, Qt::CaseInsensitive))
            return m;
    }
    return QString();
}

bool sendsSecretInClear(const QString &name)
{
    const QString up = name.trimmed().toUpper();
    return up == QLatin1String("PLAIN") || up == QLatin1String("LOGIN")
            || up == QLatin1String("XOAUTH2") || up == QLatin1String("OAUTHBEARER");
}

} // namespace Sendscope::Sasl
