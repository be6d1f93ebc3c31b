#include "testservers.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Sendscope::Test {

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

AiosmtpdServer::AiosmtpdServer(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, [this] { m_out += m_process.readAll(); });
}

AiosmtpdServer::~AiosmtpdServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);  // test teardown only: the event loop is done
    }
}

bool AiosmtpdServer::start(QString *error)
{
    QString python = qEnvironmentVariable("SENDSCOPE_PYTHON");
    if (python.isEmpty())
        python = QStringLiteral("python3");
    m_port = freePort();
    if (!m_port) {
        *error = QStringLiteral("no free port");
        return false;
    }
    m_process.start(python, {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("aiosmtpd"),
                             QStringLiteral("-n"), QStringLiteral("-l"),
                             QStringLiteral("127.0.0.1:%1").arg(m_port)});
    return true;
}

bool AiosmtpdServer::isListening()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    // A connection test without blocking: ask the kernel whether the port is bound by
    // trying to bind it ourselves.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, m_port)) {
        probe.close();
        return false;
    }
    return true;
}

QByteArray AiosmtpdServer::output()
{
    m_out += m_process.readAll();
    return m_out;
}

ScriptServer::ScriptServer(Script script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_server(nullptr)
{
}

bool ScriptServer::listen()
{
    m_server = new QTcpServer(this);
    // Emitted once a connection is usable (for QSslServer: after the handshake).
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptServer::listenTls(const QString &certificatePem, const QString &keyPem)
{
    QFile keyFile(keyPem);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key(keyBytes, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificatePem);
    if (key.isNull() || certs.isEmpty())
        return false;
    auto *server = new QSslServer(this);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(certs);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(conf);
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void ScriptServer::onConnection()
{
    while (QTcpSocket *sock = m_server->nextPendingConnection()) {
        connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
        if (!greeting.isEmpty())
            sock->write(greeting);
        auto buffer = std::make_shared<QByteArray>();
        auto inData = std::make_shared<bool>(false);
        connect(sock, &QTcpSocket::readyRead, this, [this, sock, buffer, inData] {
            *buffer += sock->readAll();
            while (true) {
                if (*inData) {
                    const qsizetype end = buffer->indexOf("\r\n.\r\n");
                    if (end < 0)
                        return;
                    data = buffer->left(end + 2);
                    buffer->remove(0, end + 5);
                    *inData = false;
                    sock->write(dataReply);
                    continue;
                }
                const qsizetype eol = buffer->indexOf("\r\n");
                if (eol < 0)
                    return;
                const QByteArray line = buffer->left(eol);
                buffer->remove(0, eol + 2);
                commands.append(line);
                const QByteArray reply = m_script(line);
                if (reply.startsWith("354"))
                    *inData = true;
                if (!reply.isEmpty())
                    sock->write(reply);
                if (line.toUpper() == "QUIT") {
                    sock->disconnectFromHost();
                    return;
                }
            }
        });
    }
}

} // namespace Sendscope::Test
