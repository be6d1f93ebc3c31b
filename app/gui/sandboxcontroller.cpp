#include "sandboxcontroller.h"

#include "accounts/accountstore.h"
#include "log/protocollogmodel.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"

#include <QFileInfo>
#include <QSettings>

namespace Sendscope::Gui {

namespace {

QString key(const char *name)
{
    return QStringLiteral("sandbox/") + QLatin1String(name);
}

} // namespace

SandboxController::SandboxController(QSettings *settings, AccountStore *accounts,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_accounts(accounts)
    , m_server(new SandboxServer(this))
    , m_log(new ProtocolLogModel(this))
{
    connect(m_server, &SandboxServer::logRecord, this, [this](const LogRecord &record) {
        // Each new connection is a session of the log: a rule above it, and the model
        // trims old sessions, so a sandbox that runs for weeks stays bounded.
        if (record.connectionId > m_lastConnection) {
            m_lastConnection = record.connectionId;
            m_log->beginSession();
        }
        m_log->append(record);
    });
    connect(m_server, &SandboxServer::messageStored, this, &SandboxController::messageStored);
    // An edited sandbox account is put back in step with the running server; a removed one
    // stays removed until a start finds no account at all.
    connect(m_accounts, &AccountStore::changed, this, [this] {
        if (!m_syncing && isRunning())
            syncAccount(false);
    });
}

SandboxController::~SandboxController() = default;

QString SandboxController::dataDirectoryFor(const QSettings &settings)
{
    QString explicitDir = settings.value(key("directory")).toString();
    if (!explicitDir.isEmpty())
        return explicitDir;
    if (settings.format() == QSettings::IniFormat && !settings.fileName().isEmpty())
        return QFileInfo(settings.fileName()).absolutePath() + QStringLiteral("/sandbox");
    return SandboxConfig::defaultDataDirectory();
}

bool SandboxController::isRunning() const
{
    return m_server->isListening();
}

bool SandboxController::autoStart() const
{
    return m_settings->value(key("autostart"), true).toBool();
}

QString SandboxController::dataDirectory() const
{
    return isRunning() ? m_server->dataDirectory() : dataDirectoryFor(*m_settings);
}

QString SandboxController::accountId() const
{
    const QString id = m_settings->value(key("accountId")).toString();
    return m_accounts->contains(id) ? id : QString();
}

bool SandboxController::isSandboxAccount(const QString &id) const
{
    return !id.isEmpty() && id == accountId();
}

bool SandboxController::start()
{
    if (isRunning())
        return true;
    SandboxConfig config;
    config.dataDirectory = dataDirectoryFor(*m_settings);
    config.port = quint16(m_settings->value(key("port"), 0).toUInt());
    m_server->setConfig(config);
    QString error;
    bool ok = m_server->start(&error);
    if (!ok && config.port != 0) {
        // The last port is taken (another instance, another program): any free port, and
        // the account follows.
        config.port = 0;
        m_server->setConfig(config);
        ok = m_server->start(&error);
    }
    if (!ok) {
        m_error = error;
        Q_EMIT failed(error);
        Q_EMIT runningChanged(false);
        return false;
    }
    m_error.clear();
    m_settings->setValue(key("port"), m_server->port());
    syncAccount(true);
    Q_EMIT runningChanged(true);
    return true;
}

void SandboxController::stop()
{
    if (!isRunning())
        return;
    m_server->stop();
    Q_EMIT runningChanged(false);
}

void SandboxController::setRunning(bool running)
{
    if (running)
        start();
    else
        stop();
}

void SandboxController::syncAccount(bool createIfNone)
{
    m_syncing = true;
    const auto matchServer = [this](Account *a) {
        a->host = m_server->host();
        a->port = m_server->port();
        a->security = SecurityMode::StartTls; // AUTH is offered only inside TLS
        a->user = m_server->user();
        a->pinnedSha256 = m_server->certificateSha256(); // its own self-signed certificate
        if (a->authMechanism == QLatin1String("none"))
            a->authMechanism = QStringLiteral("plain");
    };
    QString id = accountId();
    if (id.isEmpty() && createIfNone && m_accounts->isEmpty()) {
        // First start: the sandbox is the account, so sending works with no configuration.
        Account a;
        a.name = tr("Local sandbox");
        a.fromAddress = QStringLiteral("you@sandbox.localhost"); // RFC 6761 §6.3: stays here
        a.fromName = tr("Sandbox user");
        a.authMechanism = QStringLiteral("plain");
        matchServer(&a);
        id = m_accounts->add(a);
        m_createdAccount = true;
        m_settings->setValue(key("accountId"), id);
        m_accounts->setDefaultAccountId(id);
    } else if (!id.isEmpty()) {
        Account a = m_accounts->account(id);
        const Account before = a;
        matchServer(&a);
        if (a != before)
            m_accounts->update(a);
    }
    m_syncing = false;
    if (!id.isEmpty())
        Q_EMIT accountReady(id, m_server->password());
}

} // namespace Sendscope::Gui
