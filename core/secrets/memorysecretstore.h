#pragma once

#include "secretstore.h"

#include <QHash>

namespace Sendscope {

// Secrets for the running process only ("ask every time", tests). Not encrypted, never
// written anywhere.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    SecretJob *readSecret(const QString &key) override;
    SecretJob *writeSecret(const QString &key, const QString &secret) override;
    SecretJob *deleteSecret(const QString &key) override;
    bool storesEncrypted() const override { return false; }
    QString backendName() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Sendscope
