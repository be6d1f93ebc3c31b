#include "memorysecretstore.h"

#include <QTimer>

namespace Sendscope {

SecretJob *MemorySecretStore::readSecret(const QString &key)
{
    auto *job = new SecretJob(key, this);
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.cend();
    const QString value = found ? *it : QString();
    QTimer::singleShot(0, job, [job, found, value] {
        if (found)
            job->finish(SecretJob::Error::None, QString(), value);
        else
            job->finish(SecretJob::Error::NotFound, tr("No secret is stored for this account."));
    });
    return job;
}

SecretJob *MemorySecretStore::writeSecret(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
    auto *job = new SecretJob(key, this);
    QTimer::singleShot(0, job, [job] { job->finish(SecretJob::Error::None, QString()); });
    return job;
}

SecretJob *MemorySecretStore::deleteSecret(const QString &key)
{
    m_secrets.remove(key);
    auto *job = new SecretJob(key, this);
    QTimer::singleShot(0, job, [job] { job->finish(SecretJob::Error::None, QString()); });
    return job;
}

QString MemorySecretStore::backendName() const
{
    return tr("memory (this session only)");
}

} // namespace Sendscope
