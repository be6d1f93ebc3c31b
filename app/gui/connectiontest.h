#pragma once

#include "accounts/account.h"
#include "log/logrecord.h"
#include "smtp/smtperror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace Sendscope {
class Capabilities;
class SecretStore;
class SmtpSession;
}

namespace Sendscope::Gui {

class AccountSecretFlow;

// "Test connection": connect, EHLO, STARTTLS, AUTH, then QUIT without sending. Uses the
// same secret flow as sending (keychain, password dialog, remember after success) and the
// certificate dialog; every log record goes out through logRecord().
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    // Dialogs open on window; store: where secrets live (nullptr: the keychain).
    ConnectionTest(const Account &account, SecretStore *store, QWidget *window);
    ~ConnectionTest() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    bool succeeded() const { return m_succeeded; }
    // What the server advertised in its last EHLO reply (after TLS when there was TLS).
    QStringList capabilities() const { return m_capabilities; }
    bool encrypted() const { return m_encrypted; }
    QString authMechanism() const { return m_auth; }
    const SmtpError &error() const { return m_error; }
    // One paragraph for a person: what worked, or what failed and what it means.
    QString summary() const { return m_summary; }
    SmtpSession *session() const { return m_session; }
    AccountSecretFlow *secretFlow() const { return m_flow; }

Q_SIGNALS:
    void logRecord(const Sendscope::LogRecord &record);
    void progress(const QString &text);
    // The user trusted the server's certificate for this account (lower-case hex).
    void certificatePinned(const QString &sha256);
    void finished(bool success);

private:
    void onCapabilities(const Capabilities &caps);
    void onFinished(const SmtpError &error);
    void askTlsDecision(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);

    Account m_account;
    QWidget *m_window;
    SmtpSession *m_session;
    AccountSecretFlow *m_flow;
    bool m_running = false;
    bool m_succeeded = false;
    bool m_reachedReady = false;
    bool m_encrypted = false;
    QStringList m_capabilities;
    QString m_auth;
    SmtpError m_error;
    QString m_summary;
};

} // namespace Sendscope::Gui
