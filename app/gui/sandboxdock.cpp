#include "sandboxdock.h"

#include "inboxmodel.h"
#include "inboxview.h"
#include "logitemdelegate.h"
#include "sandboxcontroller.h"

#include "log/protocollogmodel.h"
#include "sandbox/sandboxserver.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sendscope::Gui {

SandboxDock::SandboxDock(SandboxController *controller, QWidget *parent)
    : QDockWidget(tr("Sandbox"), parent)
    , m_controller(controller)
    , m_inboxModel(new InboxModel(this))
    , m_inbox(new InboxView(m_inboxModel))
    , m_tabs(new QTabWidget)
    , m_logView(new QListView)
    , m_delegate(new LogItemDelegate(controller->logModel(), this))
    , m_runButton(new QPushButton)
    , m_status(new QLabel)
    , m_hint(new QLabel)
{
    setObjectName(QStringLiteral("sandboxDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                | QDockWidget::DockWidgetClosable);

    m_status->setObjectName(QStringLiteral("sandboxStatus"));
    m_status->setTextFormat(Qt::PlainText);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_runButton->setObjectName(QStringLiteral("sandboxRunButton"));
    m_runButton->setCheckable(true);
    connect(m_runButton, &QPushButton::clicked, m_controller, &SandboxController::setRunning);

    m_hint->setObjectName(QStringLiteral("sandboxHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *details = new QWidget;
    auto *grid = new QGridLayout(details);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    m_host = addField(grid, 0, 0, tr("Host"), QStringLiteral("sandboxHost"));
    m_port = addField(grid, 0, 3, tr("Port"), QStringLiteral("sandboxPort"));
    m_user = addField(grid, 1, 0, tr("User"), QStringLiteral("sandboxUser"), 4);
    m_password = addField(grid, 2, 0, tr("Password"), QStringLiteral("sandboxPassword"), 4);
    m_fingerprint = addField(grid, 3, 0, tr("SHA-256"), QStringLiteral("sandboxFingerprint"), 4);
    m_fingerprint->setToolTip(tr("SHA-256 of the sandbox's self-signed certificate: pin it in "
                                 "your client (sendscope-cli --pin-sha256)"));
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(4, 1);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_status, 1);
    top->addWidget(m_runButton);

    m_logView->setObjectName(QStringLiteral("sandboxLogView"));
    m_logView->setModel(controller->logModel());
    m_logView->setItemDelegate(m_delegate);
    m_logView->setUniformItemSizes(true);
    m_logView->setLayoutMode(QListView::SinglePass);
    m_logView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_logView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logView->setMouseTracking(true);
    m_logView->setAccessibleName(tr("The sandbox's side of the SMTP conversations"));
    m_logView->setToolTip(tr("What the sandbox server received and answered. Directions are "
                             "as the client sees them; connection numbers are the sandbox's "
                             "own."));
    connect(controller->logModel(), &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_logView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_logView->scrollToBottom();
    });

    m_tabs->setObjectName(QStringLiteral("sandboxTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_inbox, tr("Inbox"));
    m_tabs->addTab(m_logView, tr("Server side of the log"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(details);
    layout->addWidget(m_tabs, 1);
    setWidget(content);

    connect(m_controller, &SandboxController::runningChanged, this, &SandboxDock::updateServer);
    connect(m_controller, &SandboxController::failed, this, &SandboxDock::updateServer);
    connect(m_controller, &SandboxController::messageStored, m_inboxModel,
            &InboxModel::addMessage);
    connect(m_controller->server(), &SandboxServer::connectionCountChanged, this,
            &SandboxDock::updateServer);
    connect(m_inbox, &InboxView::countChanged, this, &SandboxDock::updateTitle);
    updateServer();
    updateTitle();
}

QLineEdit *SandboxDock::addField(QGridLayout *grid, int row, int column, const QString &label,
                                 const QString &objectName, int span)
{
    auto *name = new QLabel(label);
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    name->setBuddy(field);
    auto *copy = new QToolButton;
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the %1 to the clipboard").arg(label.toLower()));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, field,
            [field] { QGuiApplication::clipboard()->setText(field->text()); });
    grid->addWidget(name, row, column);
    grid->addWidget(field, row, column + 1, 1, span);
    grid->addWidget(copy, row, column + 1 + span);
    return field;
}

void SandboxDock::updateServer()
{
    const SandboxServer *server = m_controller->server();
    const bool running = m_controller->isRunning();
    m_runButton->setChecked(running);
    m_runButton->setText(running ? tr("Stop") : tr("Start"));
    m_runButton->setToolTip(running ? tr("Stop the sandbox server") : tr("Start the sandbox server"));
    if (running) {
        const int n = server->connectionCount();
        m_status->setText(n == 0 ? tr("Sandbox running on %1:%2").arg(server->host()).arg(server->port())
                                 : tr("Sandbox running on %1:%2 — %n connection(s)", nullptr, n)
                                           .arg(server->host())
                                           .arg(server->port()));
        m_hint->setText(tr("Point your app at %1:%2 with STARTTLS and the user and password "
                           "below; every message lands in the inbox. Recipients at "
                           "reject.invalid and tempfail.invalid are refused on purpose.")
                                .arg(server->host())
                                .arg(server->port()));
        m_host->setText(server->host());
        m_port->setText(QString::number(server->port()));
        m_user->setText(server->user());
        m_password->setText(server->password());
        m_fingerprint->setText(server->certificateSha256());
        m_fingerprint->setCursorPosition(0);
        if (m_inboxModel->directory() != server->inboxDirectory())
            m_inboxModel->setDirectory(server->inboxDirectory());
    } else {
        m_status->setText(m_controller->lastError().isEmpty()
                                  ? tr("Sandbox stopped")
                                  : tr("Sandbox not running: %1").arg(m_controller->lastError()));
        m_hint->setText(tr("Start the sandbox to send without a mail account: a local SMTP "
                           "server that keeps every message it receives."));
        m_port->clear();
        // Stopped, the inbox still lists what earlier runs stored.
        if (m_inboxModel->directory().isEmpty())
            m_inboxModel->setDirectory(m_controller->dataDirectory() + QStringLiteral("/inbox"));
    }
}

void SandboxDock::updateTitle()
{
    const int n = m_inboxModel->rowCount();
    setWindowTitle(n == 0 ? tr("Sandbox") : tr("Sandbox (%1)").arg(n));
    m_tabs->setTabText(m_tabs->indexOf(m_inbox), n == 0 ? tr("Inbox") : tr("Inbox (%1)").arg(n));
}

} // namespace Sendscope::Gui
