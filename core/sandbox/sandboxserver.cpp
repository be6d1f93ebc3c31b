#include "sandboxserver.h"

#include "sandboxcertificate.h"
#include "sandboxconnection.h"
#include "sandboxcredentials.h"
#include "sandboxfiles.h"

#include "tls/certificateinfo.h"

#include <QDir>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>

using namespace std::chrono_literals;

namespace Sendscope {

// A plain QTcpServer: STARTTLS needs the accepted socket to start in clear, so each
// descriptor goes to a QSslSocket that the connection encrypts later.
class SandboxServer::Listener : public QTcpServer
{
    Q_OBJECT

public:
    explicit Listener(SandboxServer *owner)
        : m_owner(owner)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->acceptConnection(descriptor); }

private:
    SandboxServer *m_owner;
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
    m_stopTimer.setSingleShot(true);
    m_stopTimer.setInterval(3s);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        // Clients that do not read the 421 do not hold up the stop.
        const QList<SandboxConnection *> all = m_connections.keys();
        for (SandboxConnection *c : all) {
            m_connections.remove(c);
            c->deleteLater();
        }
        Q_EMIT connectionCountChanged(0);
        maybeStopped();
    });
}

SandboxServer::~SandboxServer()
{
    // Deleted here, while the bookkeeping they report to still exists; a message in
    // progress is not stored.
    m_listener.reset();
    const QList<SandboxConnection *> all = m_connections.keys();
    m_connections.clear();
    for (SandboxConnection *c : all) {
        disconnect(c, nullptr, this, nullptr);
        delete c;
    }
}

void SandboxServer::setConfig(const SandboxConfig &config)
{
    m_config = config;
}

bool SandboxServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QString SandboxServer::host() const
{
    return m_config.address.toString();
}

quint16 SandboxServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString SandboxServer::user() const
{
    return m_settings ? m_settings->user : QString();
}

QString SandboxServer::password() const
{
    return m_settings ? m_settings->password : QString();
}

QString SandboxServer::inboxDirectory() const
{
    return m_dataDir + QStringLiteral("/inbox");
}

QString SandboxServer::certificateSha256() const
{
    return sha256Fingerprint(m_certificate);
}

bool SandboxServer::start(QString *error)
{
    if (isListening()) {
        *error = tr("The sandbox is already running.");
        return false;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = tr("No TLS backend is available (%1), so the sandbox cannot offer STARTTLS.")
                         .arg(QSslSocket::activeBackend());
        return false;
    }
    m_dataDir = m_config.dataDirectory.isEmpty() ? SandboxConfig::defaultDataDirectory()
                                                 : m_config.dataDirectory;
    m_dataDir = QDir(m_dataDir).absolutePath();
    if (!SandboxFiles::makeDirectory(m_dataDir, error)
        || !SandboxFiles::makeDirectory(inboxDirectory(), error)) {
        return false;
    }

    auto settings = std::make_shared<SandboxSettings>();
    settings->config = m_config;
    settings->inboxDirectory = inboxDirectory();
    if (!m_config.user.isEmpty() || !m_config.password.isEmpty()) {
        if (m_config.user.isEmpty() || m_config.password.isEmpty()) {
            *error = tr("Give both a user and a password for the sandbox, or neither.");
            return false;
        }
        settings->user = m_config.user; // given: used as they are, not written anywhere
        settings->password = m_config.password;
    } else {
        SandboxCredentials c;
        if (!SandboxCredentials::loadOrCreate(m_dataDir, &c, error))
            return false;
        settings->user = c.user;
        settings->password = c.password;
    }

    SandboxCertificate cert;
    if (!SandboxCertificate::loadOrCreate(m_dataDir, &cert, error))
        return false;
    m_certificate = cert.certificate;
    m_certificatePath = cert.certificatePath;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(cert.certificate);
    tls.setPrivateKey(cert.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    settings->tls = tls;
    m_settings = settings;

    m_listener = std::make_unique<Listener>(this);
    if (!m_listener->listen(m_config.address, m_config.port)) {
        *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(m_config.address.toString())
                         .arg(m_config.port)
                         .arg(m_listener->errorString());
        m_listener.reset();
        return false;
    }
    m_stopTimer.stop(); // a quick Stop/Start must not close the new run's connections
    m_stopping = false;
    m_stoppedEmitted = false;
    Q_EMIT logRecord(LogRecord::make(0, LogRecord::Direction::Info,
                                     tr("Sandbox listening on %1 port %2, messages in %3.")
                                             .arg(host())
                                             .arg(port())
                                             .arg(QDir::toNativeSeparators(inboxDirectory()))));
    return true;
}

void SandboxServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_listener)
        m_listener->close();
    const QList<SandboxConnection *> all = m_connections.keys();
    for (SandboxConnection *c : all)
        c->shutdown();
    if (!m_connections.isEmpty())
        m_stopTimer.start();
    maybeStopped();
}

void SandboxServer::maybeStopped()
{
    if (m_stopping && m_connections.isEmpty() && !m_stoppedEmitted) {
        m_stoppedEmitted = true;
        m_stopTimer.stop();
        QTimer::singleShot(0, this, &SandboxServer::stopped);
    }
}

void SandboxServer::acceptConnection(qintptr descriptor)
{
    if (m_stopping || m_connections.size() >= m_config.maxConnections) {
        refuse(descriptor);
        return;
    }
    const quint32 id = ++m_nextId;
    auto *c = new SandboxConnection(id, m_settings, this);
    connect(c, &SandboxConnection::logRecord, this, &SandboxServer::logRecord);
    connect(c, &SandboxConnection::messageStored, this, &SandboxServer::messageStored);
    connect(c, &SandboxConnection::closed, this, [this, c] { connectionClosed(c); });
    m_connections.insert(c, id);
    if (!c->start(descriptor)) {
        m_connections.remove(c);
        c->deleteLater();
        return;
    }
    Q_EMIT connectionCountChanged(int(m_connections.size()));
}

void SandboxServer::connectionClosed(SandboxConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    connection->deleteLater();
    Q_EMIT connectionCountChanged(int(m_connections.size()));
    maybeStopped();
}

void SandboxServer::refuse(qintptr descriptor)
{
    // RFC 5321 §3.8: a server that cannot serve now says 421 and closes.
    auto *s = new QTcpSocket(this);
    if (!s->setSocketDescriptor(descriptor)) {
        s->deleteLater();
        return;
    }
    // Protocol text, not translated (see SandboxConnection::replyLines).
    const QString text = m_stopping
            ? QStringLiteral("421 4.3.2 Service shutting down")
            : QStringLiteral("421 4.3.2 Too many connections, try again later");
    Q_EMIT logRecord(LogRecord::make(0, LogRecord::Direction::Server, text, 421));
    s->write(text.toUtf8() + "\r\n");
    connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    s->disconnectFromHost();
    if (s->state() == QAbstractSocket::UnconnectedState)
        s->deleteLater();
    else
        QTimer::singleShot(5s, s, &QTcpSocket::abort);
}

} // namespace Sendscope

#include "sandboxserver.moc"
