#pragma once

#include "messagebuilder.h"

#include "accounts/account.h"
#include "smtp/mailjob.h"
#include "smtp/smtperror.h"
#include "smtp/smtpsession.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;

namespace Sendscope {
class AccountStore;
class ProtocolLogModel;
class SecretStore;
}

namespace Sendscope::Gui {

class AccountDialog;
class AccountSecretFlow;
class ComposerWidget;
class MessageBanner;
class ProtocolLogDock;
class RecentAddresses;
class SandboxController;
class SandboxDock;

// The composer window: From/To/Subject/body, the protocol log dock, and a status bar that
// says what the session is doing. Everything is asynchronous: dialogs open with open() and
// answer the session through signals, so the window never stops responding.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The settings must outlive the window.
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposerWidget *composer() const { return m_composer; }
    ProtocolLogDock *logDock() const { return m_dock; }
    MessageBanner *banner() const { return m_banner; }
    ProtocolLogModel *logModel() const { return m_model; }
    AccountStore *accountStore() const { return m_accounts; }
    SmtpSession *session() const { return m_session; }
    QLabel *stepLabel() const { return m_stepLabel; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QAction *sendAction() const { return m_sendAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *saveDraftAction() const { return m_saveDraftAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *attachAction() const { return m_attachAction; }
    QAction *findAction() const { return m_findAction; }

    bool isSending() const;
    // The folder "Save draft" writes to.
    static QString draftsDirectory();
    // Writes the composed message as .eml to path (QSaveFile). False with *error on failure.
    bool writeEml(const QString &path, QString *error);

public Q_SLOTS:
    void send();
    void cancelSend();
    bool saveDraft();
    void exportEml();
    void attachFiles();
    void newAccount();
    void editAccount();
    void removeAccount();

Q_SIGNALS:
    // The session has ended and the outcome is shown (success or not).
    void sendFinished(bool success);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void reloadAccounts();
    Account currentAccount() const;
    void openAccountDialog(const Account &account);
    void setSending(bool sending);
    void onStateChanged(SmtpSession::State state);
    void onProgress(qint64 sent, qint64 total);
    void onMessageFinished(const MailResult &result);
    void onFinished(const SmtpError &error);
    void onCapabilities(const Capabilities &caps);
    void askPassword();
    void askTlsDecision(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    static QString causeOf(const SmtpError &error);
    void showFailure(const SmtpError &error, const QString &title);
    void showProblem(const QString &title, const QString &text);
    void restoreWindowState();
    void saveWindowState();

    QSettings *m_settings;
    AccountStore *m_accounts;
    RecentAddresses *m_recent;
    ProtocolLogModel *m_model;
    SmtpSession *m_session;
    ComposerWidget *m_composer;
    MessageBanner *m_banner;
    ProtocolLogDock *m_dock;

    QLabel *m_stepLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_saveDraftAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newAccountAction = nullptr;
    QAction *m_editAccountAction = nullptr;
    QAction *m_removeAccountAction = nullptr;

    // The message in flight: kept until the session has finished with its device.
    BuiltMessage m_inFlight;
    Account m_sendingAccount;
    std::optional<MailResult> m_result;
    bool m_sending = false;
    bool m_firstShow = true;
    QHash<QString, qint64> m_sizeLimits;  // SIZE from the last EHLO, by account id
    QPointer<AccountDialog> m_accountDialog;

public:
    SandboxController *sandbox() const { return m_sandbox; }
    SandboxDock *sandboxDock() const { return m_sandboxDock; }

private:
    void setupSandbox();

    SandboxController *m_sandbox = nullptr;
    SandboxDock *m_sandboxDock = nullptr;

public:
    // An .eml path, a file: URL or a mailto: link (command line, desktop, QFileOpenEvent)
    // into the composer. False, with an error banner and the composer untouched, when it
    // cannot be read.
    bool openTarget(const QString &target);
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *aboutQtAction() const { return m_aboutQtAction; }

public Q_SLOTS:
    void openEml();
    void showAbout();
    void showAboutQt();

private:
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    // ---- accounts issue: keychain secrets and certificate pins ----
public:
    // Where account secrets live; not owned (nullptr: the system keychain). For tests.
    void setSecretStore(SecretStore *store);
    AccountSecretFlow *secretFlow() const { return m_secretFlow; }
    AccountDialog *accountDialog() const;

private:
    // A pinned account's server showed another certificate: the loud warning.
    void warnIfCertificateChanged(const SmtpError &error);

    AccountSecretFlow *m_secretFlow = nullptr;
    SecretStore *m_secretStore = nullptr;
};

} // namespace Sendscope::Gui
