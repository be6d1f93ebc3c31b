#include "keychainsecretstore.h"

#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace Sendscope {

namespace {

QString chunkMarker()
{
    return QStringLiteral("\x01sendscope-chunks:");
}

SecretJob::Error mapError(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError: return SecretJob::Error::None;
    case QKeychain::EntryNotFound: return SecretJob::Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return SecretJob::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretJob::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: return SecretJob::Error::Other;
    }
    return SecretJob::Error::Other;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service / KWallet");
#endif
}

int KeychainSecretStore::chunkCount(const QString &stored)
{
    if (!stored.startsWith(chunkMarker()))
        return -1;
    bool ok = false;
    const int n = stored.mid(chunkMarker().size()).toInt(&ok);
    return ok && n > 0 && n < 10000 ? n : -1;
}

QString KeychainSecretStore::partKey(const QString &key, int index)
{
    return key + QStringLiteral("#part") + QString::number(index);
}

SecretJob *KeychainSecretStore::newJob(const QString &key)
{
    auto *job = new SecretJob(key, this);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, job, [job] {
        job->finish(SecretJob::Error::TimedOut,
                    tr("The keychain did not answer in time. It may be locked or waiting for "
                       "a prompt."));
    });
    timer->start(m_timeoutMsecs);
    return job;
}

void KeychainSecretStore::rawRead(SecretJob *owner, const QString &key, const Callback &done)
{
    auto *j = new QKeychain::ReadPasswordJob(m_service);
    j->setAutoDelete(true);
    j->setKey(key);
    connect(j, &QKeychain::Job::finished, owner, [j, done](QKeychain::Job *) {
        done({mapError(j->error()), j->errorString(), j->textData()});
    });
    j->start();
}

void KeychainSecretStore::rawWrite(SecretJob *owner, const QString &key, const QString &value,
                                   const Callback &done)
{
    auto *j = new QKeychain::WritePasswordJob(m_service);
    j->setAutoDelete(true);
    j->setKey(key);
    j->setTextData(value);
    connect(j, &QKeychain::Job::finished, owner, [j, done](QKeychain::Job *) {
        done({mapError(j->error()), j->errorString(), QString()});
    });
    j->start();
}

void KeychainSecretStore::rawDelete(SecretJob *owner, const QString &key, const Callback &done)
{
    auto *j = new QKeychain::DeletePasswordJob(m_service);
    j->setAutoDelete(true);
    j->setKey(key);
    connect(j, &QKeychain::Job::finished, owner, [j, done](QKeychain::Job *) {
        done({mapError(j->error()), j->errorString(), QString()});
    });
    j->start();
}

SecretJob *KeychainSecretStore::readSecret(const QString &key)
{
    SecretJob *job = newJob(key);
    rawRead(job, key, [this, job, key](const Result &r) {
        if (r.error != SecretJob::Error::None) {
            job->finish(r.error, r.errorString);
            return;
        }
        const int parts = chunkCount(r.value);
        if (parts < 0)
            job->finish(SecretJob::Error::None, QString(), r.value);
        else
            readParts(job, key, 0, parts, QString());
    });
    return job;
}

void KeychainSecretStore::readParts(SecretJob *job, const QString &key, int index, int count,
                                    const QString &acc)
{
    if (index == count) {
        job->finish(SecretJob::Error::None, QString(), acc);
        return;
    }
    rawRead(job, partKey(key, index), [this, job, key, index, count, acc](const Result &r) {
        if (r.error != SecretJob::Error::None) {
            job->finish(r.error == SecretJob::Error::NotFound ? SecretJob::Error::Other : r.error,
                        tr("Part %1 of the stored secret is missing: %2")
                                .arg(index + 1)
                                .arg(r.errorString));
            return;
        }
        readParts(job, key, index + 1, count, acc + r.value);
    });
}

void KeychainSecretStore::deleteParts(SecretJob *owner, const QString &key, int from, int count,
                                      const std::function<void()> &done)
{
    if (from >= count) {
        done();
        return;
    }
    rawDelete(owner, partKey(key, from), [this, owner, key, from, count, done](const Result &) {
        deleteParts(owner, key, from + 1, count, done);
    });
}

SecretJob *KeychainSecretStore::writeSecret(const QString &key, const QString &secret)
{
    SecretJob *job = newJob(key);
    // Learn how many parts an older value had, so none of it is left behind.
    rawRead(job, key, [this, job, key, secret](const Result &old) {
        const int oldParts = old.error == SecretJob::Error::None ? chunkCount(old.value) : -1;
        QStringList parts;
        if (secret.size() > ChunkChars) {
            for (qsizetype i = 0; i < secret.size(); i += ChunkChars)
                parts.append(secret.mid(i, ChunkChars));
        }
        auto writeMain = [this, job, key, secret, parts, oldParts]() {
            const QString main = parts.isEmpty() ? secret
                                                 : chunkMarker() + QString::number(parts.size());
            rawWrite(job, key, main, [this, job, key, parts, oldParts](const Result &r) {
                if (r.error != SecretJob::Error::None) {
                    job->finish(r.error, r.errorString);
                    return;
                }
                deleteParts(job, key, int(parts.size()), oldParts, [job] {
                    job->finish(SecretJob::Error::None, QString());
                });
            });
        };
        if (parts.isEmpty()) {
            writeMain();
            return;
        }
        // Parts first, then the marker that names them.
        // The step holds itself only weakly; each pending keychain callback keeps it alive.
        auto step = std::make_shared<std::function<void(int)>>();
        std::weak_ptr<std::function<void(int)>> weakStep = step;
        *step = [this, job, key, parts, writeMain, weakStep](int i) {
            if (i == parts.size()) {
                writeMain();
                return;
            }
            rawWrite(job, partKey(key, i), parts.at(i),
                     [job, next = weakStep.lock(), i](const Result &r) {
                         if (r.error != SecretJob::Error::None) {
                             job->finish(r.error, r.errorString);
                             return;
                         }
                         (*next)(i + 1);
                     });
        };
        (*step)(0);
    });
    return job;
}

SecretJob *KeychainSecretStore::deleteSecret(const QString &key)
{
    SecretJob *job = newJob(key);
    rawRead(job, key, [this, job, key](const Result &old) {
        if (old.error == SecretJob::Error::NotFound) {
            job->finish(SecretJob::Error::None, QString());
            return;
        }
        const int oldParts = old.error == SecretJob::Error::None ? chunkCount(old.value) : -1;
        rawDelete(job, key, [this, job, key, oldParts](const Result &r) {
            if (r.error != SecretJob::Error::None && r.error != SecretJob::Error::NotFound) {
                job->finish(r.error, r.errorString);
                return;
            }
            deleteParts(job, key, 0, oldParts, [job] { job->finish(SecretJob::Error::None, QString()); });
        });
    });
    return job;
}

} // namespace Sendscope
