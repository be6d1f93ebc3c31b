#pragma once

#include "secretstore.h"

#include <functional>

namespace Sendscope {

// Secrets in the operating system's keychain through QtKeychain: Secret Service or KWallet
// on Linux, the macOS Keychain, the Windows Credential Manager. Never falls back to a
// plaintext file: when no keychain works, jobs fail and the app says so.
//
// Long secrets (OAuth tokens) are split into parts: the Windows Credential Manager holds at
// most 2560 bytes per entry.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int ChunkChars = 1000; // UTF-16: 2000 bytes, under Windows' 2560

    explicit KeychainSecretStore(QString service = QStringLiteral("Sendscope"),
                                 QObject *parent = nullptr);

    // A keychain that shows a prompt nobody answers must not hang the caller forever.
    void setTimeout(int msecs) { m_timeoutMsecs = msecs; }

    SecretJob *readSecret(const QString &key) override;
    SecretJob *writeSecret(const QString &key, const QString &secret) override;
    SecretJob *deleteSecret(const QString &key) override;
    bool storesEncrypted() const override { return true; }
    QString backendName() const override;

private:
    struct Result
    {
        SecretJob::Error error;
        QString errorString;
        QString value;
    };
    using Callback = std::function<void(const Result &)>;

    SecretJob *newJob(const QString &key);
    void rawRead(SecretJob *owner, const QString &key, const Callback &done);
    void rawWrite(SecretJob *owner, const QString &key, const QString &value,
                  const Callback &done);
    void rawDelete(SecretJob *owner, const QString &key, const Callback &done);
    void readParts(SecretJob *job, const QString &key, int index, int count,
                   const QString &acc);
    void deleteParts(SecretJob *owner, const QString &key, int from, int count,
                     const std::function<void()> &done);

    static int chunkCount(const QString &stored); // parts named by a stored marker, or -1
    static QString partKey(const QString &key, int index);

    QString m_service;
    int m_timeoutMsecs = 15000;
};

} // namespace Sendscope
