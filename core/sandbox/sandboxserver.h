#pragma once

#include "sandboxconfig.h"
#include "sandboxenvelope.h"

#include "log/logrecord.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

namespace Sendscope {

class SandboxConnection;
struct SandboxSettings;

// The built-in local SMTP server ("sandbox"): listens on 127.0.0.1 (any free port by
// default), offers STARTTLS with its own generated certificate, AUTH PLAIN/LOGIN with its
// own credentials inside TLS only, and stores every accepted message as <id>.eml plus an
// <id>.json envelope in <dataDirectory>/inbox. Recipients at reject.invalid get 550 5.1.1 and
// at tempfail.invalid 450 4.2.1, so clients can test failures.
// Runs on the caller's thread, driven by socket signals; nothing blocks.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    void setConfig(const SandboxConfig &config);
    const SandboxConfig &config() const { return m_config; }

    // Prepares the data folder, certificate and credentials and starts listening.
    // Returns false with *error in words.
    bool start(QString *error);
    // Stops listening and closes every connection with 421; stopped() follows once all are
    // gone (at once when there are none).
    void stop();
    bool isListening() const;

    QString host() const; // "127.0.0.1"
    quint16 port() const;
    QString user() const;
    QString password() const;
    QString dataDirectory() const { return m_dataDir; }
    QString inboxDirectory() const;
    QSslCertificate certificate() const { return m_certificate; }
    QString certificatePath() const { return m_certificatePath; }
    QString certificateSha256() const; // lower-case hex, what a client pins
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    // Both sides of every connection, directions as the client sees them; no AUTH payloads.
    void logRecord(const Sendscope::LogRecord &record);
    void messageStored(const Sendscope::SandboxEnvelope &envelope);
    void connectionCountChanged(int count);
    void stopped();

private:
    class Listener;
    void acceptConnection(qintptr descriptor);
    void connectionClosed(SandboxConnection *connection);
    void refuse(qintptr descriptor);
    void maybeStopped();

    SandboxConfig m_config;
    std::unique_ptr<Listener> m_listener;
    std::shared_ptr<const SandboxSettings> m_settings;
    QHash<SandboxConnection *, quint32> m_connections;
    quint32 m_nextId = 0;
    QString m_dataDir;
    QSslCertificate m_certificate;
    QString m_certificatePath;
    bool m_stopping = false;
    bool m_stoppedEmitted = false;
    QTimer m_stopTimer;
};

} // namespace Sendscope
