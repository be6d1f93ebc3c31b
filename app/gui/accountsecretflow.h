#pragma once

#include "accounts/account.h"
#include "secrets/secretstore.h"
#include "smtp/smtperror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QWidget;

namespace Sendscope {
class SmtpSession;
}

namespace Sendscope::Gui {

// The password (or OAuth token) of the account a session uses: looked up lazily when a
// send starts — a password typed this run first, then the keychain, read asynchronously with the
// store's timeout — and asked with a PasswordDialog when the server wants it and none is
// known. A typed secret the user wants remembered is written to the keychain only after
// the server accepted it (the session became ready), never after a 535.
class AccountSecretFlow : public QObject
{
    Q_OBJECT
public:
    enum class Keychain { Unknown, Available, Unavailable };
    Q_ENUM(Keychain)

    // Answers session's credentialsRequired() with dialogs on window.
    AccountSecretFlow(SmtpSession *session, QWidget *window);

    // The store to use; not owned. nullptr: the system keychain (KeychainSecretStore).
    void setSecretStore(SecretStore *store);
    SecretStore *secretStore() const { return m_store; }

    // Gives the session the account's secret if one is known, then calls go(). go() runs
    // from the event loop, never inside this call; a later prepare() or cancel() drops it.
    void prepare(const Account &account, const std::function<void()> &go);
    bool isLookingUp() const { return m_lookupPending; }
    void cancel();

    // Call with the session's outcome: a refused secret is forgotten and asked next time.
    void sessionFinished(const SmtpError &error);
    // A secret that is not the user's (the built-in sandbox's generated password): kept in
    // memory for the session only, never written to the keychain.
    void setMemorySecret(const QString &accountId, const QString &secret)
    {
        m_secrets.insert(accountId, secret);
        m_refused.remove(accountId);
    }
    // The account's secret in memory only (its login changed).
    void forgetMemory(const QString &accountId);
    // Memory and keychain (the account was removed).
    void forget(const QString &accountId);

    Keychain keychainState() const { return m_keychain; }
    // Why the keychain does not work, in words (empty while it does).
    QString keychainProblem() const { return m_keychainProblem; }

    // Answers the session's credentialsRequired().
    void askPassword();

Q_SIGNALS:
    // What the flow is doing, for the status bar.
    void status(const QString &text);
    // A secret was written to the keychain (ok) or the write failed.
    void secretStored(const QString &accountId, bool ok);

private:
    void noteKeychainError(SecretJob *job);
    void storePending();

    SmtpSession *m_session;
    QWidget *m_window;
    SecretStore *m_store = nullptr;
    SecretStore *m_ownStore = nullptr;
    Account m_account;
    bool m_lookupPending = false;
    quint64 m_generation = 0;
    // Typed this run, by account id. Memory only (DESIGN: no secret in settings).
    QHash<QString, QString> m_secrets;
    // Accounts whose stored secret the server refused: ask instead of reading it again.
    QSet<QString> m_refused;
    bool m_fromKeychain = false;
    QString m_pendingSecret;   // typed, to be written once the server accepts it
    bool m_pendingRemember = false;
    Keychain m_keychain = Keychain::Unknown;
    QString m_keychainProblem;
};

} // namespace Sendscope::Gui
