#include "accountsecretflow.h"

#include "passworddialog.h"

#include "accounts/accountsecrets.h"
#include "smtp/smtpsession.h"

#ifdef SENDSCOPE_HAVE_KEYCHAIN
#include "secrets/keychainsecretstore.h"
#endif

#include <QTimer>
#include <QWidget>

namespace Sendscope::Gui {

AccountSecretFlow::AccountSecretFlow(SmtpSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    // Ready (testing) or Sending (a queued message) both come only after AUTH succeeded.
    connect(m_session, &SmtpSession::stateChanged, this, [this](SmtpSession::State state) {
        if (state == SmtpSession::State::Ready || state == SmtpSession::State::Sending)
            storePending();
    });
    setSecretStore(nullptr);
}

void AccountSecretFlow::setSecretStore(SecretStore *store)
{
    if (!store) {
#ifdef SENDSCOPE_HAVE_KEYCHAIN
        // Creating the store touches nothing; the keychain is first read at send time.
        if (!m_ownStore)
            m_ownStore = new KeychainSecretStore(AccountSecrets::serviceName(), this);
#endif
        store = m_ownStore;
    }
    m_store = store;
    m_keychain = m_store ? Keychain::Unknown : Keychain::Unavailable;
    m_keychainProblem.clear();
    if (!m_store)
        m_keychainProblem = tr("Sendscope was built without keychain support.");
}

void AccountSecretFlow::noteKeychainError(SecretJob *job)
{
    if (AccountSecrets::keychainUnavailable(job->error())) {
        m_keychain = Keychain::Unavailable;
        m_keychainProblem = job->errorString();
    } else {
        m_keychain = Keychain::Available;
        m_keychainProblem.clear();
    }
}

void AccountSecretFlow::prepare(const Account &account, const std::function<void()> &go)
{
    const quint64 generation = ++m_generation;
    m_account = account;
    m_fromKeychain = false;
    m_pendingSecret.clear();
    m_pendingRemember = false;
    m_lookupPending = true;
    auto proceed = [this, generation, go](const QString &secret) {
        if (generation != m_generation)
            return;
        m_lookupPending = false;
        m_session->setSecret(secret);
        go();
    };
    const QString memory = m_secrets.value(account.id);
    if (!account.needsLogin() || !memory.isEmpty() || account.id.isEmpty() || !m_store
        || m_refused.contains(account.id)) {
        QTimer::singleShot(0, this, [proceed, memory] { proceed(memory); });
        return;
    }
    // DESIGN: the keychain is never touched at start-up, only now, with the job's timeout;
    // the window keeps running while it answers.
    Q_EMIT status(tr("Reading the password from the keychain…"));
    SecretJob *job = m_store->readSecret(AccountSecrets::secretKey(account));
    connect(job, &SecretJob::finished, this, [this, proceed](SecretJob *j) {
        noteKeychainError(j);
        QString secret;
        if (j->error() == SecretJob::Error::None && !j->secret().isEmpty()) {
            // Not cached: the keychain stays the one place it lives, read at each use.
            secret = j->secret();
            m_fromKeychain = true;
        }
        proceed(secret);
    });
}

void AccountSecretFlow::cancel()
{
    ++m_generation;
    m_lookupPending = false;
}

void AccountSecretFlow::askPassword()
{
    const Account a = m_account;
    auto *dialog = new PasswordDialog(a.user, a.host, m_window);
    dialog->setObjectName(QStringLiteral("passwordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAsksForToken(AccountSecrets::usesToken(a));
    dialog->setKeychainAvailable(m_keychain != Keychain::Unavailable, m_keychainProblem);
    const quint64 generation = m_generation;
    connect(dialog, &QDialog::accepted, this, [this, dialog, generation, id = a.id] {
        if (generation != m_generation)
            return;
        const QString secret = dialog->password();
        if (!secret.isEmpty()) {
            m_secrets.insert(id, secret);
            m_refused.remove(id);
            m_pendingSecret = secret;
            m_pendingRemember = dialog->remember() && m_store
                    && m_keychain != Keychain::Unavailable;
        }
        m_session->provideSecret(secret);
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_session->provideSecret(QString()); });
    dialog->open();
}

void AccountSecretFlow::storePending()
{
    // The server accepted the secret (AUTH done, the session is ready): now it may be kept.
    if (!m_pendingRemember || m_pendingSecret.isEmpty() || m_account.id.isEmpty())
        return;
    const QString secret = m_pendingSecret;
    const QString id = m_account.id;
    m_pendingSecret.clear();
    m_pendingRemember = false;
    SecretJob *job = m_store->writeSecret(AccountSecrets::secretKey(m_account), secret);
    connect(job, &SecretJob::finished, this, [this, id](SecretJob *j) {
        const bool ok = j->error() == SecretJob::Error::None;
        if (!ok)
            noteKeychainError(j);
        Q_EMIT status(ok ? tr("The password is now kept in the keychain.")
                         : tr("The password could not be stored in the keychain: %1")
                                   .arg(j->errorString()));
        Q_EMIT secretStored(id, ok);
    });
}

void AccountSecretFlow::sessionFinished(const SmtpError &error)
{
    m_pendingSecret.clear();
    m_pendingRemember = false;
    if (error.kind == SmtpError::Kind::AuthFailed && !m_account.id.isEmpty()) {
        // 535: the secret is wrong. Ask next time; a stored one is replaced only when a
        // newly typed one is accepted.
        m_secrets.remove(m_account.id);
        if (m_fromKeychain)
            m_refused.insert(m_account.id);
    }
}

void AccountSecretFlow::forgetMemory(const QString &accountId)
{
    m_secrets.remove(accountId);
}

void AccountSecretFlow::forget(const QString &accountId)
{
    m_secrets.remove(accountId);
    m_refused.remove(accountId);
    AccountSecrets::forget(m_store, accountId);
}

} // namespace Sendscope::Gui
