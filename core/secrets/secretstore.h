#pragma once

#include <QObject>
#include <QString>

namespace Sendscope {

// One asynchronous read, write or delete. It emits finished() once, later than the call that
// made it (never synchronously), then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, NotFound, AccessDenied, NoBackend, TimedOut, Other };
    Q_ENUM(Error)

    explicit SecretJob(QString key, QObject *parent = nullptr)
        : QObject(parent), m_key(std::move(key)) {}

    QString key() const { return m_key; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // The secret read (read jobs only). Never logged.
    QString secret() const { return m_secret; }

    // Used by stores to complete the job.
    void finish(Error error, const QString &errorString, const QString &secret = QString());

Q_SIGNALS:
    void finished(Sendscope::SecretJob *job);

private:
    QString m_key;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_secret;
    bool m_done = false;
};

// Where passwords and tokens live. An interface of asynchronous jobs (Trojitá's
// PasswordPlugin shape) so a keychain that prompts or is slow never blocks the window.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual SecretJob *readSecret(const QString &key) = 0;
    virtual SecretJob *writeSecret(const QString &key, const QString &secret) = 0;
    virtual SecretJob *deleteSecret(const QString &key) = 0;
    // True when secrets are kept encrypted at rest by the operating system.
    virtual bool storesEncrypted() const = 0;
    // "Secret Service", "macOS Keychain", "Windows Credential Manager", "memory"
    virtual QString backendName() const = 0;

    // Keys: one password and one OAuth token per account.
    static QString passwordKey(const QString &account);
    static QString tokenKey(const QString &account);
};

} // namespace Sendscope
