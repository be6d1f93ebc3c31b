#include "secretstore.h"

namespace Sendscope {

void SecretJob::finish(Error error, const QString &errorString, const QString &secret)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_errorString = errorString;
    m_secret = secret;
    Q_EMIT finished(this);
    deleteLater();
}

QString SecretStore::passwordKey(const QString &account)
{
    return QStringLiteral("account/%1/password").arg(account);
}

QString SecretStore::tokenKey(const QString &account)
{
    return QStringLiteral("account/%1/oauth-token").arg(account);
}

} // namespace Sendscope
