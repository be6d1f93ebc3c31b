#include "saslmechanism.h"

#include "loginmechanism.h"
#include "plainmechanism.h"

namespace Sendscope::Sasl {

QStringList supportedMechanisms()
{
    return {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
}

std::unique_ptr<Mechanism> createMechanism(const QString &name, const Credentials &credentials)
{
    const QString up = name.toUpper();
    if (up == QLatin1String("PLAIN"))
        return std::make_unique<PlainMechanism>(credentials);
    if (up == QLatin1String("LOGIN"))
        return std::make_unique<LoginMechanism>(credentials);
    return nullptr;
}

QString chooseAuto(const QStringList &offered, bool encrypted)
{
    QStringList order;
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
    const QString up = name.toUpper();
    return up == QLatin1String("PLAIN") || up == QLatin1String("LOGIN")
            || up == QLatin1String("XOAUTH2") || up == QLatin1String("OAUTHBEARER");
}

} // namespace Sendscope::Sasl
