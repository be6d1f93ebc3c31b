#include "accountsecrets.h"

#include <QDir>

namespace Sendscope::AccountSecrets {

QString serviceName()
{
    return QStringLiteral("Sendscope");
}

bool usesToken(const Account &account)
{
    const QString m = account.authMechanism.toLower();
    return m == QLatin1String("xoauth2") || m == QLatin1String("oauthbearer");
}

QString secretKey(const Account &account)
{
    return usesToken(account) ? SecretStore::tokenKey(account.id)
                              : SecretStore::passwordKey(account.id);
}

bool keychainUnavailable(SecretJob::Error error)
{
    switch (error) {
    case SecretJob::Error::NoBackend:
    case SecretJob::Error::TimedOut:
    case SecretJob::Error::Other:
        return true;
    case SecretJob::Error::None:
    case SecretJob::Error::NotFound:
    case SecretJob::Error::AccessDenied:  // the user said no this time; ask, keep offering
        return false;
    }
    return true;
}

void forget(SecretStore *store, const QString &accountId)
{
    if (!store || accountId.isEmpty())
        return;
    store->deleteSecret(SecretStore::passwordKey(accountId));
    store->deleteSecret(SecretStore::tokenKey(accountId));
}

std::unique_ptr<QSettings> openSettings(const QString &dir)
{
    QString folder = dir;
    if (folder.isEmpty())
        folder = qEnvironmentVariable("SENDSCOPE_SETTINGS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        return std::make_unique<QSettings>(folder + QStringLiteral("/sendscope.ini"),
                                           QSettings::IniFormat);
    }
    return std::make_unique<QSettings>(QStringLiteral("Sendscope"), QStringLiteral("Sendscope"));
}

} // namespace Sendscope::AccountSecrets
