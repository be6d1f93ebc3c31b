#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountcertificatechangeddialog.h"
#include "accountdialog.h"
#include "accountsecretflow.h"
#include "addresslineedit.h"
#include "certificatedialog.h"
#include "composerwidget.h"
#include "messagebanner.h"
#include "messageopener.h"
#include "passworddialog.h"
#include "protocollogdock.h"
#include "recentaddresses.h"
#include "sandboxcontroller.h"
#include "sandboxdock.h"

#include "accounts/accountstore.h"
#include "log/protocollogmodel.h"
#include "sandbox/sandboxserver.h"
#include "smtp/explain/replyexplainer.h"
#include "tls/certificateinfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sendscope::Gui {

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_accounts(new AccountStore(settings, this))
    , m_recent(new RecentAddresses(settings, this))
    , m_model(new ProtocolLogModel(this))
    , m_session(new SmtpSession(this))
    , m_composer(new ComposerWidget(m_recent))
    , m_banner(new MessageBanner)
    , m_dock(new ProtocolLogDock(m_model, this))
    , m_secretFlow(new AccountSecretFlow(m_session, this))
{
    setWindowTitle(tr("Sendscope"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_composer, 1);
    setCentralWidget(central);

    addDockWidget(Qt::RightDockWidgetArea, m_dock);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_session, &SmtpSession::logRecord, m_model, &ProtocolLogModel::append);
    connect(m_session, &SmtpSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &SmtpSession::progress, this, &MainWindow::onProgress);
    connect(m_session, &SmtpSession::messageFinished, this, &MainWindow::onMessageFinished);
    connect(m_session, &SmtpSession::finished, this, &MainWindow::onFinished);
    connect(m_session, &SmtpSession::capabilitiesChanged, this, &MainWindow::onCapabilities);
    connect(m_session, &SmtpSession::credentialsRequired, this, &MainWindow::askPassword);
    connect(m_session, &SmtpSession::tlsDecisionRequired, this, &MainWindow::askTlsDecision);

    connect(m_accounts, &AccountStore::changed, this, &MainWindow::reloadAccounts);
    connect(m_secretFlow, &AccountSecretFlow::status, m_stepLabel, &QLabel::setText);
    connect(m_composer, &ComposerWidget::accountChanged, this, [this](const QString &id) {
        m_accounts->setDefaultAccountId(id);
        m_composer->setServerSizeLimit(m_sizeLimits.value(id));
        m_dock->setHost(currentAccount().host);
        m_editAccountAction->setEnabled(!id.isEmpty());
        m_removeAccountAction->setEnabled(!id.isEmpty());
    });
    connect(m_composer, &ComposerWidget::attachRequested, this, &MainWindow::attachFiles);

    setupSandbox();
    reloadAccounts();
    resize(1180, 720);
    resizeDocks({m_dock}, {520}, Qt::Horizontal);
    restoreWindowState();
    setSending(false);
    m_stepLabel->setText(tr("Ready."));
}

MainWindow::~MainWindow()
{
    // The session may still hold the device of the message in flight.
    m_session->disconnect(this);
    m_session->cancel();
}

void MainWindow::createActions()
{
    m_sendAction = new QAction(QIcon(QStringLiteral(":/icons/send.svg")), tr("&Send"), this);
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_sendAction->setToolTip(tr("Send the message (Ctrl+Return)"));
    m_sendAction->setPriority(QAction::HighPriority);
    connect(m_sendAction, &QAction::triggered, this, &MainWindow::send);

    m_cancelAction = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel sending"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop sending now (Esc); the message stays here"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelSend);

    m_attachAction = new QAction(QIcon(QStringLiteral(":/icons/attach.svg")), tr("&Attach…"), this);
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setToolTip(tr("Attach files (Ctrl+Shift+A) — or drop them on the window"));
    connect(m_attachAction, &QAction::triggered, this, &MainWindow::attachFiles);

    m_saveDraftAction = new QAction(QIcon(QStringLiteral(":/icons/draft.svg")), tr("Save &draft"), this);
    m_saveDraftAction->setShortcut(QKeySequence::Save);
    m_saveDraftAction->setToolTip(tr("Save the message as an .eml file in the drafts folder (Ctrl+S)"));
    connect(m_saveDraftAction, &QAction::triggered, this, &MainWindow::saveDraft);

    m_openAction = new QAction(tr("&Open .eml…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open an .eml file in the composer to edit and send it again (Ctrl+O)"));
    m_openAction->setStatusTip(m_openAction->toolTip());
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openEml);

    m_exportAction = new QAction(tr("&Export .eml…"), this);
    m_exportAction->setToolTip(tr("Write the message as an .eml file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportEml);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find in log"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_dock, &ProtocolLogDock::focusSearch);

    m_newAccountAction = new QAction(tr("&New account…"), this);
    connect(m_newAccountAction, &QAction::triggered, this, &MainWindow::newAccount);
    m_editAccountAction = new QAction(tr("&Edit account…"), this);
    connect(m_editAccountAction, &QAction::triggered, this, &MainWindow::editAccount);
    m_removeAccountAction = new QAction(tr("&Remove account"), this);
    connect(m_removeAccountAction, &QAction::triggered, this, &MainWindow::removeAccount);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Message"));
    file->addAction(m_sendAction);
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_attachAction);
    file->addAction(m_saveDraftAction);
    file->addAction(m_openAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->addAction(m_newAccountAction);
    accounts->addAction(m_editAccountAction);
    accounts->addAction(m_removeAccountAction);
    auto *accountMenu = new QMenu(this);
    accountMenu->addAction(m_newAccountAction);
    accountMenu->addAction(m_editAccountAction);
    accountMenu->addAction(m_removeAccountAction);
    m_composer->accountButton()->setMenu(accountMenu);

    QMenu *log = menuBar()->addMenu(tr("&Log"));
    log->addAction(m_dock->toggleViewAction());
    log->addAction(m_findAction);
    log->addSeparator();
    log->addAction(m_dock->relativeTimeAction());
    log->addAction(m_dock->hideTlsAction());
    log->addAction(m_dock->hideInfoAction());
    log->addSeparator();
    log->addAction(m_dock->copyAction());
    log->addAction(m_dock->saveAction());
    log->addAction(m_dock->clearAction());

    m_aboutAction = new QAction(tr("&About Sendscope"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, &MainWindow::showAboutQt);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar *tb = addToolBar(tr("Message"));
    tb->setObjectName(QStringLiteral("messageToolBar"));
    tb->setMovable(false);
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(m_sendAction);
    tb->addAction(m_cancelAction);
    tb->addSeparator();
    tb->addAction(m_attachAction);
    tb->addAction(m_saveDraftAction);
}

void MainWindow::createStatusBar()
{
    m_stepLabel = new QLabel;
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelSend);
    m_stepLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_stepLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::reloadAccounts()
{
    const QList<Account> list = m_accounts->accounts();
    QString current = m_composer->currentAccountId();
    if (!m_accounts->contains(current))
        current = m_accounts->defaultAccountId();
    m_composer->setAccounts(list, current);
    const QString id = m_composer->currentAccountId();
    m_editAccountAction->setEnabled(!id.isEmpty());
    m_removeAccountAction->setEnabled(!id.isEmpty());
    m_composer->setServerSizeLimit(m_sizeLimits.value(id));
    m_dock->setHost(currentAccount().host);
}

Account MainWindow::currentAccount() const
{
    return m_accounts->account(m_composer->currentAccountId());
}

bool MainWindow::isSending() const
{
    return m_sending;
}

void MainWindow::setSending(bool sending)
{
    m_sending = sending;
    m_sendAction->setEnabled(!sending);
    m_cancelAction->setEnabled(sending);
    m_cancelButton->setVisible(sending);
    m_progress->setVisible(sending);
    m_editAccountAction->setEnabled(!sending && !m_composer->currentAccountId().isEmpty());
    m_removeAccountAction->setEnabled(!sending && !m_composer->currentAccountId().isEmpty());
    m_composer->fromSelector()->setEnabled(!sending);
    if (sending) {
        m_progress->setRange(0, 0);  // busy until DATA gives real numbers
        m_progress->setValue(0);
    }
}

// ---- sending ------------------------------------------------------------------------------

void MainWindow::send()
{
    if (m_sending)
        return;
    const QStringList problems = m_composer->validate();
    if (!problems.isEmpty()) {
        showProblem(tr("The message was not sent: please check the fields."),
                    problems.join(QLatin1Char('\n')));
        return;
    }
    BuiltMessage built;
    QString error;
    if (!buildMessage(m_composer->composed(), BuildPurpose::Send, &built, &error)) {
        showProblem(tr("The message was not sent."), error);
        return;
    }
    const Account account = currentAccount();
    if (!account.isValid()) {
        showProblem(tr("The message was not sent."),
                    tr("The account has no server or From address: edit it first."));
        return;
    }
    m_banner->hide();
    m_inFlight = std::move(built);
    m_sendingAccount = account;
    m_result.reset();

    m_model->beginSession();
    m_dock->setHost(account.host);
    m_session->setOptions(account.sessionOptions());

    MailJob job;
    job.from = m_inFlight.envelopeFrom;
    job.recipients = m_inFlight.envelopeRecipients;
    job.body = m_inFlight.device.get();
    job.size = m_inFlight.size;
    job.eightBit = m_inFlight.eightBit;
    setSending(true);
    m_stepLabel->setText(tr("Connecting to %1…").arg(account.host));
    // The secret comes from memory or the keychain (asynchronously) before connecting.
    m_secretFlow->prepare(account, [this, job] {
        m_session->send(job);
        m_session->quit();
    });
}

void MainWindow::cancelSend()
{
    if (!m_sending)
        return;
    m_stepLabel->setText(tr("Cancelling…"));
    if (m_secretFlow->isLookingUp()) {  // not connected yet: still reading the keychain
        m_secretFlow->cancel();
        SmtpError e;
        e.kind = SmtpError::Kind::Cancelled;
        e.message = tr("Cancelled before connecting.");
        onFinished(e);
        return;
    }
    m_session->cancel();
}

void MainWindow::onStateChanged(SmtpSession::State state)
{
    using S = SmtpSession::State;
    const Account &a = m_sendingAccount;
    switch (state) {
    case S::Connecting: m_stepLabel->setText(tr("Connecting to %1…").arg(a.host)); break;
    case S::Negotiating:
        if (a.security != SecurityMode::None && !m_session->isEncrypted())
            m_stepLabel->setText(tr("Negotiating TLS…"));
        else if (a.needsLogin() && m_session->authMechanismUsed().isEmpty())
            m_stepLabel->setText(tr("Logging in…"));
        else
            m_stepLabel->setText(tr("Greeting the server…"));
        break;
    case S::AwaitingTlsDecision:
        m_stepLabel->setText(tr("Waiting for your decision about the certificate…"));
        break;
    case S::AwaitingCredentials: m_stepLabel->setText(tr("Waiting for the password…")); break;
    case S::Ready: m_stepLabel->setText(tr("Connected.")); break;
    case S::Sending: m_stepLabel->setText(tr("Sending…")); break;
    case S::Quitting: m_stepLabel->setText(tr("Closing the connection…")); break;
    case S::Disconnected: break;  // onFinished() shows the outcome
    }
}

void MainWindow::onProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(qBound(qint64(0), sent * 100 / total, qint64(100)));
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
    m_stepLabel->setText(tr("Sending %1 %").arg(percent));
}

void MainWindow::onCapabilities(const Capabilities &caps)
{
    m_sizeLimits.insert(m_sendingAccount.id, caps.sizeLimit());
    if (m_composer->currentAccountId() == m_sendingAccount.id)
        m_composer->setServerSizeLimit(caps.sizeLimit());
}

void MainWindow::onMessageFinished(const MailResult &result)
{
    m_result = result;
}

void MainWindow::onFinished(const SmtpError &sessionError)
{
    setSending(false);
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    bool success = false;
    if (m_result && m_result->isComplete()) {
        success = true;
        const MailResult &r = *m_result;
        const QString outcome = tr("Sent at %1: %2 accepted the message for %n recipient(s).",
                                   nullptr, int(r.recipients.size()))
                                        .arg(time, m_sendingAccount.host);
        m_stepLabel->setText(outcome);
        m_banner->showMessage(MessageBanner::Kind::Positive, tr("Message sent"), outcome,
                              r.finalReply.summary());
        m_recent->remember(m_composer->recipientMailboxes());
    } else {
        SmtpError error = m_result && m_result->error.isError() ? m_result->error : sessionError;
        if (!error.isError()) {
            error.kind = SmtpError::Kind::ConnectionLost;
            error.message = tr("The session ended before the message was sent.");
        }
        m_secretFlow->sessionFinished(error);  // a refused password is asked again
        if (error.kind == SmtpError::Kind::Cancelled) {
            m_stepLabel->setText(tr("Cancelled at %1; nothing was delivered.").arg(time));
            m_banner->showMessage(MessageBanner::Kind::Information, tr("Sending cancelled"),
                                  error.message, QString(),
                                  tr("The message is still here: press Send to try again."));
        } else {
            QString partial;
            if (m_result && m_result->acceptedCount() > 0)
                partial = tr("Accepted for %1 of %2 recipients.")
                                  .arg(m_result->acceptedCount())
                                  .arg(m_result->recipients.size());
            m_stepLabel->setText(tr("Not sent (%1): %2").arg(time, causeOf(error)));
            showFailure(error, partial.isEmpty() ? tr("The message was not sent")
                                                 : tr("The message was sent only in part"));
            if (error.kind == SmtpError::Kind::Certificate)
                warnIfCertificateChanged(error);
        }
    }
    // The session is done with the device now.
    m_inFlight = BuiltMessage();
    Q_EMIT sendFinished(success);
}

QString MainWindow::causeOf(const SmtpError &error)
{
    // The session's message quotes the server ("…: 550 5.1.1 text"); the banner shows the
    // server's words on their own line, so the cause is the part before them.
    QString cause = error.message;
    const QString words = error.reply.isValid() ? error.reply.summary() : QString();
    if (!words.isEmpty()) {
        const qsizetype at = cause.indexOf(words);
        if (at > 0) {
            cause = cause.left(at).trimmed();
            // Translations end the lead-in with " :" (fr) or a full-width "：" (zh_CN).
            const QChar wideColon(0xFF1A), wideComma(0xFF0C), wideStop(0x3002);
            const bool wide = cause.endsWith(wideColon) || cause.endsWith(wideComma);
            while (cause.endsWith(QLatin1Char(':')) || cause.endsWith(QLatin1Char(','))
                   || cause.endsWith(wideColon) || cause.endsWith(wideComma))
                cause = cause.chopped(1).trimmed();
            if (!cause.endsWith(QLatin1Char('.')) && !cause.endsWith(wideStop))
                cause += wide ? wideStop : QLatin1Char('.');
        }
    }
    return cause;
}

void MainWindow::showFailure(const SmtpError &error, const QString &title)
{
    const Explanation ex = ReplyExplainer::explainError(error, m_session->options());
    QString text = causeOf(error);
    if (!error.detail.isEmpty())
        text += QLatin1Char(' ') + error.detail;
    if (!ex.sentence.isEmpty())
        text += QLatin1Char('\n') + ex.sentence;
    QString suggestion = ex.suggestion;
    if (!ex.reference.isEmpty() && !suggestion.isEmpty())
        suggestion += QLatin1Char(' ') + tr("(%1)").arg(ex.reference);
    if (suggestion.isEmpty())
        suggestion = tr("The message is still here; check the account and press Send again. "
                        "The protocol log shows every step.");
    const QString words = error.reply.isValid() ? error.reply.summary() : QString();
    m_banner->showMessage(MessageBanner::Kind::Error, title, text, words, suggestion);
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    m_stepLabel->setText(title);
    m_banner->showMessage(MessageBanner::Kind::Warning, title, text);
}

// ---- questions from the session -----------------------------------------------------------

void MainWindow::askPassword()
{
    m_secretFlow->askPassword();
}

void MainWindow::askTlsDecision(const QList<QSslCertificate> &chain, const QList<QSslError> &errors)
{
    auto *dialog = new CertificateDialog(m_sendingAccount.host, chain, errors, this);
    dialog->setObjectName(QStringLiteral("certificateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->trustForAccount() && !dialog->leafSha256().isEmpty()) {
            Account a = m_accounts->account(m_sendingAccount.id);
            if (!a.id.isEmpty()) {
                a.pinnedSha256 = dialog->leafSha256();
                m_accounts->update(a);
                m_sendingAccount.pinnedSha256 = a.pinnedSha256;
            }
        }
        m_session->resolveTlsDecision(true);
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_session->resolveTlsDecision(false); });
    dialog->open();
}

// ---- drafts and files ---------------------------------------------------------------------

QString MainWindow::draftsDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/drafts");
}

bool MainWindow::writeEml(const QString &path, QString *error)
{
    BuiltMessage built;
    if (!buildMessage(m_composer->composed(), BuildPurpose::Draft, &built, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(built.device->readAll());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool MainWindow::saveDraft()
{
    const QString dir = draftsDirectory();
    if (!QDir().mkpath(dir)) {
        showProblem(tr("The draft was not saved."), tr("Cannot create the folder %1.").arg(dir));
        return false;
    }
    const QString path = dir + QLatin1Char('/')
            + QDateTime::currentDateTime().toString(QStringLiteral("'draft-'yyyyMMdd-HHmmss-zzz'.eml'"));
    QString error;
    if (!writeEml(path, &error)) {
        showProblem(tr("The draft was not saved."), error);
        return false;
    }
    m_stepLabel->setText(tr("Draft saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::exportEml()
{
    auto *dialog = new QFileDialog(this, tr("Export message"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Email message (*.eml)"));
    dialog->setDefaultSuffix(QStringLiteral("eml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!writeEml(path, &error))
            showProblem(tr("The message was not exported."), error);
        else
            m_stepLabel->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void MainWindow::attachFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, m_composer, &ComposerWidget::addAttachments);
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        const QList<QUrl> urls = event->mimeData()->urls();
        for (const QUrl &u : urls) {
            if (u.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &u : urls) {
        if (u.isLocalFile())
            files.append(u.toLocalFile());
    }
    if (files.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    m_composer->addAttachments(files);
    event->acceptProposedAction();
}

// ---- accounts -----------------------------------------------------------------------------

void MainWindow::openAccountDialog(const Account &account)
{
    if (m_accountDialog) {
        m_accountDialog->raise();
        m_accountDialog->activateWindow();
        return;
    }
    auto *dialog = new AccountDialog(this);
    dialog->setObjectName(QStringLiteral("accountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(account);
    dialog->setSecretStore(m_secretStore);
    connect(dialog, &AccountDialog::testStarted, m_model, [this] {
        m_model->beginSession();
        m_dock->setHost(m_accountDialog ? m_accountDialog->account().host : QString());
    });
    connect(dialog, &AccountDialog::logRecord, m_model, &ProtocolLogModel::append);
    m_accountDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account a = dialog->account();
        if (a.id.isEmpty()) {
            const QString id = m_accounts->add(a);
            m_accounts->setDefaultAccountId(id);
        } else {
            const Account old = m_accounts->account(a.id);
            if (old.user != a.user || old.authMechanism != a.authMechanism)
                m_secretFlow->forgetMemory(a.id);
            m_accounts->update(a);
        }
    });
    dialog->open();
}

void MainWindow::newAccount()
{
    openAccountDialog(Account());
}

void MainWindow::editAccount()
{
    const Account a = currentAccount();
    if (!a.id.isEmpty())
        openAccountDialog(a);
}

void MainWindow::removeAccount()
{
    const QString id = m_composer->currentAccountId();
    if (id.isEmpty() || m_sending)
        return;
    m_secretFlow->forget(id);  // memory and keychain
    m_accounts->remove(id);
}

// ---- window state -------------------------------------------------------------------------

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_dock->restoreSettings(*m_settings);
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), saveState());
    m_dock->saveSettings(*m_settings);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstShow) {
        m_firstShow = false;
        // The first start has nothing to send from: ask for an account straight away.
        if (m_accounts->isEmpty())
            QTimer::singleShot(0, this, &MainWindow::newAccount);
        if (m_composer->toField()->text().isEmpty())
            m_composer->toField()->setFocus();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sending)
        m_session->cancel();
    saveWindowState();
    event->accept();
}

// ---- sandbox ------------------------------------------------------------------------------

void MainWindow::setupSandbox()
{
    m_sandbox = new SandboxController(m_settings, m_accounts, this);
    m_sandboxDock = new SandboxDock(m_sandbox, this);
    addDockWidget(Qt::RightDockWidgetArea, m_sandboxDock);
    tabifyDockWidget(m_dock, m_sandboxDock);
    m_dock->raise();
    QMenu *menu = menuBar()->addMenu(tr("&Sandbox"));
    menu->addAction(m_sandboxDock->toggleViewAction());
    // DESIGN: sandbox credentials are not user secrets. The session gets the password
    // straight from the sandbox; the keychain is never asked for it.
    connect(m_sandbox, &SandboxController::accountReady, this,
            [this](const QString &id, const QString &password) {
                m_secretFlow->setMemorySecret(id, password);
            });
    connect(this, &MainWindow::sendFinished, this, [this] {
        const QString id = m_sandbox->accountId();
        if (!id.isEmpty() && m_sandbox->isRunning())
            m_secretFlow->setMemorySecret(id, m_sandbox->server()->password());
    });
    // Before the first show: with the sandbox account there is something to send from.
    if (m_sandbox->autoStart())
        m_sandbox->start();
    if (m_sandbox->createdAccount())
        m_sandboxDock->raise(); // a newcomer sees where the mail goes
}

// ---- opening .eml files and mailto: links -------------------------------------------------

bool MainWindow::openTarget(const QString &target)
{
    if (m_sending) {
        // The message in flight streams from the composer's attachment files.
        showProblem(tr("Nothing was opened."),
                    tr("A message is being sent; open %1 again when it is done.").arg(target.left(200)));
        return false;
    }
    // One composer: what is being written is saved as a draft before it is replaced.
    const ComposedMessage before = m_composer->composed();
    const bool hasContent = !before.to.trimmed().isEmpty() || !before.cc.trimmed().isEmpty()
            || !before.bcc.trimmed().isEmpty() || !before.subject.trimmed().isEmpty()
            || !before.body.trimmed().isEmpty() || !before.attachments.isEmpty();
    bool draftSaved = false;
    const OpenOutcome outcome = MessageOpener::open(m_composer, target, [&](QString *error) {
        if (!hasContent)
            return true;
        draftSaved = saveDraft();
        if (!draftSaved)
            *error = tr("The message you are writing could not be saved as a draft, so it was "
                        "not replaced: %1").arg(m_banner->text());
        return draftSaved;
    });
    if (!outcome.ok) {
        m_stepLabel->setText(tr("Nothing was opened."));
        m_banner->showMessage(MessageBanner::Kind::Error, tr("Nothing was opened"), outcome.error,
                              QString(), tr("The composer is unchanged."));
        return false;
    }
    if (draftSaved) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Your previous message was kept"),
                              m_stepLabel->text(), QString(),
                              tr("Open it again with Open .eml (Ctrl+O) from the drafts folder."));
    } else {
        m_banner->hide();
    }
    m_stepLabel->setText(outcome.summary);
    return true;
}

void MainWindow::openEml()
{
    auto *dialog = new QFileDialog(this, tr("Open message"));
    dialog->setObjectName(QStringLiteral("openEmlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Email message (*.eml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openTarget);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAboutQt()
{
    QDialog *dialog = makeAboutQtDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// ---- accounts: keychain secrets and certificate pins ---------------------------------------

AccountDialog *MainWindow::accountDialog() const
{
    return m_accountDialog;
}

void MainWindow::setSecretStore(SecretStore *store)
{
    m_secretStore = store;
    m_secretFlow->setSecretStore(store);
}

void MainWindow::warnIfCertificateChanged(const SmtpError &error)
{
    const QString id = m_sendingAccount.id;
    const QString pinned = normalizeFingerprint(m_sendingAccount.pinnedSha256);
    if (id.isEmpty() || pinned.isEmpty())
        return;
    const QList<QSslCertificate> chain = m_session->peerCertificateChain();
    const QSslCertificate leaf = chain.value(0);
    const QString presented = presentedCertificateSha256(
            error.message, leaf.isNull() ? QString() : sha256Fingerprint(leaf));
    if (presented.isEmpty() || presented == pinned)
        return;
    const QString title = tr("The certificate changed since you trusted it");
    m_stepLabel->setText(title);
    m_banner->showMessage(MessageBanner::Kind::Error, title,
                          tr("%1 presented another certificate than the one pinned for this "
                             "account. This can mean an attack, or a renewed certificate.")
                                  .arg(m_sendingAccount.host),
                          QString(), tr("Nothing was sent; the message is still here."));
    auto *dialog = new AccountCertificateChangedDialog(
            m_sendingAccount.name, m_sendingAccount.host, pinned, presented,
            leaf.isNull() ? QString() : CertificateInfo::from(leaf).describe(), this);
    dialog->setObjectName(QStringLiteral("certificateChangedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, presented] {
        Account a = m_accounts->account(id);
        if (a.id.isEmpty())
            return;
        a.pinnedSha256 = presented;  // re-pin, then try again
        m_accounts->update(a);
        if (m_composer->currentAccountId() == id && !m_sending)
            send();
    });
    dialog->open();
}

} // namespace Sendscope::Gui
