#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>

#include <functional>

class QTcpServer;

namespace Sendscope::Test {

// A port on 127.0.0.1 that was free a moment ago (bound to port 0, then released).
quint16 freePort();

// python3 -m aiosmtpd on 127.0.0.1, a real SMTP server written by other people. Its default
// handler prints each message it receives to stdout.
class AiosmtpdServer : public QObject
{
    Q_OBJECT
public:
    explicit AiosmtpdServer(QObject *parent = nullptr);
    ~AiosmtpdServer() override;

    // Starts the process; call isListening() until it is (tests use QTRY_VERIFY).
    bool start(QString *error);
    bool isListening();
    quint16 port() const { return m_port; }
    QByteArray output();  // everything printed so far

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_out;
};

// A scripted SMTP server for replies aiosmtpd cannot give: every command line goes to the
// script, which returns the reply bytes (empty: say nothing). DATA content is collected up
// to the final "." and answered with dataReply.
class ScriptServer : public QObject
{
    Q_OBJECT
public:
    using Script = std::function<QByteArray(const QByteArray &line)>;

    explicit ScriptServer(Script script, QObject *parent = nullptr);
    bool listen();
    // TLS from the first byte with this certificate and key (PEM files).
    bool listenTls(const QString &certificatePem, const QString &keyPem);
    quint16 port() const;

    QByteArray greeting = "220 script.test ESMTP ready\r\n";
    QByteArray dataReply = "250 2.0.0 Ok: queued\r\n";
    QList<QByteArray> commands;  // every command line received, without CRLF
    QByteArray data;             // the last message received

private:
    void onConnection();

    Script m_script;
    QTcpServer *m_server;
};

} // namespace Sendscope::Test
