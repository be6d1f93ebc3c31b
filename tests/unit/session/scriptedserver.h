#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTcpServer>

// A scripted SMTP server for session tests: listens on 127.0.0.1 port 0 and plays a script of
// S:/C: steps against one client, recording every byte the client sent (before and after
// TLS). Steps run in the event loop; tests wait with QTRY_* (never waitFor*).
class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Step
    {
        enum Kind { Send, Expect, ExpectData, StartTls, Close } kind;
        QByteArray bytes; // Send: bytes to write; Expect: prefix the client line starts with
    };

    ScriptedServer(QSslCertificate cert, QSslKey key, QObject *parent = nullptr);

    ScriptedServer &send(const QByteArray &bytes) { m_steps.append(Step{Step::Send, bytes}); return *this; }
    ScriptedServer &expect(const QByteArray &prefix) { m_steps.append(Step{Step::Expect, prefix}); return *this; }
    // Reads the DATA body up to CRLF.CRLF into body().
    ScriptedServer &expectData() { m_steps.append(Step{Step::ExpectData, {}}); return *this; }
    ScriptedServer &startTls() { m_steps.append(Step{Step::StartTls, {}}); return *this; }
    ScriptedServer &close() { m_steps.append(Step{Step::Close, {}}); return *this; }

    quint16 port() const { return serverPort(); }
    bool finishedScript() const { return m_pos >= m_steps.size(); }
    QStringList mismatches() const { return m_mismatches; }
    QList<QByteArray> clientLines() const { return m_lines; }
    QByteArray received() const { return m_all; } // every byte after decryption
    QByteArray body() const { return m_body; }
    bool clientDisconnected() const { return m_disconnected; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void run();
    void onReadyRead();

    QSslCertificate m_cert;
    QSslKey m_key;
    QSslSocket *m_socket = nullptr;
    QList<Step> m_steps;
    qsizetype m_pos = 0;
    QByteArray m_buf;
    QByteArray m_all;
    QByteArray m_body;
    QList<QByteArray> m_lines;
    QStringList m_mismatches;
    bool m_waitingTls = false;
    bool m_disconnected = false;
};
