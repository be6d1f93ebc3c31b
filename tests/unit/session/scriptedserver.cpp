#include "scriptedserver.h"

ScriptedServer::ScriptedServer(QSslCertificate cert, QSslKey key, QObject *parent)
    : QTcpServer(parent)
    , m_cert(std::move(cert))
    , m_key(std::move(key))
{
    listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    if (m_socket) { // one client per script
        QTcpSocket extra;
        extra.setSocketDescriptor(descriptor);
        extra.abort();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(descriptor);
    m_socket->setLocalCertificate(m_cert);
    m_socket->setPrivateKey(m_key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedServer::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_waitingTls = false;
        ++m_pos;
        run();
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { m_disconnected = true; });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket->error() != QAbstractSocket::RemoteHostClosedError)
            m_disconnected = true;
    });
    run();
}

void ScriptedServer::run()
{
    while (m_pos < m_steps.size() && !m_waitingTls) {
        const Step &s = m_steps.at(m_pos);
        switch (s.kind) {
        case Step::Send:
            m_socket->write(s.bytes);
            m_socket->flush();
            ++m_pos;
            break;
        case Step::Close:
            m_socket->disconnectFromHost();
            ++m_pos;
            return;
        case Step::StartTls:
            if (!m_buf.isEmpty())
                m_mismatches.append(QStringLiteral("client sent bytes before the handshake"));
            m_waitingTls = true;
            m_socket->startServerEncryption();
            return;
        case Step::Expect: {
            const qsizetype nl = m_buf.indexOf("\r\n");
            if (nl < 0)
                return;
            const QByteArray line = m_buf.left(nl);
            m_buf.remove(0, nl + 2);
            m_lines.append(line);
            if (!line.startsWith(s.bytes))
                m_mismatches.append(QStringLiteral("expected \"%1\", got \"%2\"")
                                            .arg(QString::fromLatin1(s.bytes), QString::fromLatin1(line)));
            ++m_pos;
            break;
        }
        case Step::ExpectData: {
            const qsizetype end = m_buf.startsWith(".\r\n") ? 0 : m_buf.indexOf("\r\n.\r\n");
            if (end < 0)
                return;
            m_body = end == 0 ? QByteArray() : m_buf.left(end + 2);
            m_buf.remove(0, end == 0 ? 3 : end + 5);
            ++m_pos;
            break;
        }
        }
    }
}

void ScriptedServer::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    m_all += data;
    m_buf += data;
    run();
}
