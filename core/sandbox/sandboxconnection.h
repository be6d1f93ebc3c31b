#pragma once

#include "sandboxconfig.h"
#include "sandboxenvelope.h"

#include "log/logrecord.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace Sendscope {

class SandboxMessageWriter;

// What every connection of one server shares, fixed while the server runs.
struct SandboxSettings
{
    SandboxConfig config;
    QSslConfiguration tls;
    QString user;
    QString password;
    QString inboxDirectory;
};

// The server side of one SMTP connection (RFC 5321), driven by its QSslSocket's signals:
// greeting → EHLO → STARTTLS (RFC 3207) → EHLO → AUTH PLAIN/LOGIN (RFC 4954)
// → MAIL / RCPT… / DATA, pipelined commands answered in order (RFC 2920) → QUIT.
// Log records carry the direction as the client sees it: its commands are Client, our
// replies Server. AUTH payloads are never logged.
class SandboxConnection : public QObject
{
    Q_OBJECT
public:
    // Rejected as "line too long" (the client's own bound, RFC 5321 §4.5.3.1.4 allows 512).
    static constexpr qsizetype MaxCommandLine = 4096;

    SandboxConnection(quint32 id, std::shared_ptr<const SandboxSettings> settings,
                      QObject *parent = nullptr);
    ~SandboxConnection() override;

    // Takes over an accepted socket and sends the greeting.
    bool start(qintptr socketDescriptor);
    // The server is stopping: 421 (RFC 5321 §3.8), a message in progress is dropped.
    void shutdown();
    quint32 id() const { return m_id; }

Q_SIGNALS:
    void logRecord(const Sendscope::LogRecord &record);
    void messageStored(const Sendscope::SandboxEnvelope &envelope);
    // The socket is gone; the server deletes this object.
    void closed();

private:
    enum class Mode {
        Command,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        Data,
        TlsHandshake,
        Closing
    };

    void log(LogRecord::Direction direction, const QString &text, int code = 0,
             bool redacted = false);
    void reply(int code, const char *enhanced, const QString &text);
    void replyLines(int code, const char *enhanced, const QStringList &lines);
    void flush();
    void closeConnection();

    void onReadyRead();
    void onEncrypted();
    void onDisconnected();
    void onSocketError();
    void onIdleTimeout();

    void process();
    bool processData(); // false: needs more bytes
    void handleLine(const QByteArray &line);
    void handleAuthResponse(const QByteArray &line);
    void commandEhlo(const QByteArray &verb, const QByteArray &args);
    void commandStartTls(const QByteArray &args);
    void commandAuth(const QByteArray &args);
    void commandMail(const QByteArray &args);
    void commandRcpt(const QByteArray &args);
    void commandData(const QByteArray &args);
    void commandHelp();
    void checkCredentials(const QByteArray &user, const QByteArray &password, bool authzOk);
    void finishData();
    void resetTransaction();
    void countError();

    const quint32 m_id;
    std::shared_ptr<const SandboxSettings> m_settings;
    QSslSocket *m_socket = nullptr;
    QTimer m_idleTimer;
    QTimer m_closeTimer;
    Mode m_mode = Mode::Command;
    bool m_closedEmitted = false;

    QByteArray m_in; // unprocessed input, bounded by one read plus one command line
    qsizetype m_pos = 0; // processed up to here
    bool m_discardingLine = false;
    QByteArray m_out; // replies of one batch, written together (RFC 2920 §3.1)
    int m_errors = 0;
    int m_authFailures = 0;

    // Session state (RFC 5321 §4.1.4; STARTTLS resets it, RFC 3207 §4.2)
    QString m_clientName;
    bool m_tls = false;
    QString m_authUser;
    QByteArray m_loginUser;

    // Transaction state
    bool m_haveMail = false;
    QString m_from;
    QStringList m_to;
    QString m_bodyType;
    bool m_smtpUtf8 = false;
    std::unique_ptr<SandboxMessageWriter> m_writer;
    bool m_dataLineStart = true;
};

} // namespace Sendscope
