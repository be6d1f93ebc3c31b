#pragma once

#include "sandbox/sandboxenvelope.h"

#include <QObject>
#include <QString>

class QSettings;

namespace Sendscope {
class AccountStore;
class ProtocolLogModel;
class SandboxServer;
}

namespace Sendscope::Gui {

// Runs the built-in sandbox server inside the window and keeps its account ("Local
// sandbox") in step with it: created as the default when there is no account at all, and
// updated when the port, user or certificate change. The sandbox's password is not a user
// secret (DESIGN.md): it comes from the sandbox's own folder and goes to the session
// directly, never through the keychain.
//
// Settings: "sandbox/autostart" (default true), "sandbox/port" (the last port, reused so
// other programs keep working; 0 or busy = any free port), "sandbox/directory" (data
// folder), "sandbox/accountId".
class SandboxController : public QObject
{
    Q_OBJECT
public:
    // Neither the settings nor the store are owned; both must outlive the controller.
    SandboxController(QSettings *settings, AccountStore *accounts, QObject *parent = nullptr);
    ~SandboxController() override;

    // "sandbox/directory" when set; beside an explicitly chosen .ini file (--settings-dir,
    // tests) "<its folder>/sandbox"; else SandboxConfig::defaultDataDirectory().
    static QString dataDirectoryFor(const QSettings &settings);

    SandboxServer *server() const { return m_server; }
    // The sandbox's side of every conversation (directions as the client sees them).
    ProtocolLogModel *logModel() const { return m_log; }
    bool isRunning() const;
    bool autoStart() const;
    QString lastError() const { return m_error; }
    QString dataDirectory() const;
    // The id of the sandbox account in the store; empty when there is none.
    QString accountId() const;
    bool isSandboxAccount(const QString &id) const;
    // The last start made the account (a first start).
    bool createdAccount() const { return m_createdAccount; }

public Q_SLOTS:
    bool start();
    void stop();
    void setRunning(bool running);

Q_SIGNALS:
    void runningChanged(bool running);
    // The account exists and matches the running server (after start and after edits).
    void accountReady(const QString &id, const QString &password);
    void failed(const QString &error);
    void messageStored(const Sendscope::SandboxEnvelope &envelope);

private:
    void syncAccount(bool createIfNone);

    QSettings *m_settings;
    AccountStore *m_accounts;
    SandboxServer *m_server;
    ProtocolLogModel *m_log;
    QString m_error;
    bool m_syncing = false;
    bool m_createdAccount = false;
    quint32 m_lastConnection = 0;
};

} // namespace Sendscope::Gui
