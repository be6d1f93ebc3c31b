#pragma once

#include "capabilities.h"
#include "datafilter.h"
#include "mailjob.h"
#include "replyparser.h"
#include "sessionoptions.h"
#include "smtperror.h"

#include "log/logrecord.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <deque>
#include <memory>

class QSslSocket;

namespace Sendscope {

namespace Sasl {
class Mechanism;
}

// One SMTP client connection, driven entirely by QSslSocket signals on the caller's thread.
// The only owner of protocol state:
//   greeting → EHLO (HELO fallback) → STARTTLS → handshake → EHLO → AUTH
//   → MAIL / RCPT… / DATA (pipelined when offered) → streamed body → next message or QUIT.
// It never opens a dialog: it stops and asks with tlsDecisionRequired() or
// credentialsRequired() and resumes when the application answers.
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        Connecting,
        Negotiating,
        AwaitingTlsDecision,
        AwaitingCredentials,
        Ready,
        Sending,
        Quitting,
    };
    Q_ENUM(State)

    explicit SmtpSession(QObject *parent = nullptr);
    ~SmtpSession() override;

    void setOptions(const SessionOptions &options);
    const SessionOptions &options() const { return m_options; }
    // The password or bearer token; kept in memory only, never logged.
    void setSecret(const QString &secret);

    State state() const { return m_state; }
    const Capabilities &capabilities() const { return m_caps; }
    quint32 connectionId() const { return m_connectionId; }
    bool isEncrypted() const;
    QList<QSslCertificate> peerCertificateChain() const;
    QString authMechanismUsed() const { return m_authUsed; }

    // Queues a message; connects first when disconnected. Returns the message's index.
    int send(const MailJob &job);
    // Connects, negotiates and authenticates without sending ("Test connection").
    void connectToServer();
    // Sends QUIT once every queued message is done.
    void quit();
    // Stops at once. A message in flight is not delivered (no final "." is sent).
    void cancel();

    // Deadline for one step in seconds, as used (the option or the RFC 5321 value).
    int stepTimeoutSeconds(SmtpError::Step step) const;

public Q_SLOTS:
    // The answer to tlsDecisionRequired().
    void resolveTlsDecision(bool accept);
    // The answer to credentialsRequired(); an empty secret cancels.
    void provideSecret(const QString &secret);

Q_SIGNALS:
    void stateChanged(Sendscope::SmtpSession::State state);
    void logRecord(const Sendscope::LogRecord &record);
    void capabilitiesChanged(const Sendscope::Capabilities &capabilities);
    void tlsDecisionRequired(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    void credentialsRequired();
    void ready();
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void messageFinished(const Sendscope::MailResult &result);
    // The connection has ended; error.kind is None after a clean QUIT.
    void finished(const Sendscope::SmtpError &error);

private:
    enum class Step {
        Idle,
        Resolving,
        Connecting,
        TlsHandshake,
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        EhloAfterTls,
        TlsDecision,
        AwaitCredentials,
        Auth,
        Ready,
        Mail,
        Rcpt,
        DataCommand,
        Body,
        DataEnd,
        Rset,
        Quit,
    };
    struct Expect
    {
        Step step = Step::Idle;
        int recipient = -1;
    };

    void setState(State state);
    void log(LogRecord::Direction direction, const QString &text, int code = 0,
             bool redacted = false);
    void info(const QString &text) { log(LogRecord::Direction::Info, text); }
    QString scrub(QString text) const;

    void startConnect();
    void tryNextAddress();
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void continueAfterTls(); // greeting (implicit TLS) or EHLO again (STARTTLS)
    void onBytesWritten();
    void onTimeout();

    void writeCommand(const QByteArray &command, const QString &logText, Step expect,
                      int recipient = -1);
    void startReplyTimer();
    void handleReply(const SmtpReply &reply);
    void handleEhloReply(const SmtpReply &reply, bool afterTls);
    void afterHello();
    void startAuth();
    void continueAuth(const SmtpReply &reply);
    void authFinished(const SmtpReply &reply);
    void becomeReady();
    void startTransaction();
    void sendNextRecipient();
    void startBody();
    void pumpBody();
    void finishBody();
    void finishTransaction(const SmtpError &error);
    void sendQuit();

    QString ehloName() const;
    SmtpError makeError(SmtpError::Kind kind, SmtpError::Step step, const QString &message,
                        const SmtpReply &reply = SmtpReply()) const;
    SmtpError::Step publicStep(Step step) const;
    SmtpError replyError(const SmtpReply &reply, Step step) const;
    // Ends the session now (socket aborted); fails every message still queued.
    void fail(const SmtpError &error);
    // Ends the session politely: QUIT, then finished(error).
    void failAndQuit(const SmtpError &error);
    void finishSession(const SmtpError &error);
    void failPendingJobs(const SmtpError &error);
    QString modeMixupHint() const;

    SessionOptions m_options;
    QString m_secret;
    QStringList m_needles; // secrets and the payloads that carried them, for scrub()

    QSslSocket *m_socket = nullptr;
    State m_state = State::Disconnected;
    Step m_step = Step::Idle;
    quint32 m_connectionId = 0;

    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0;
    QTimer m_connectTimer;
    QTimer m_replyTimer;
    QTimer m_progressTimer;
    Step m_timedStep = Step::Idle;

    ReplyParser m_parser;
    QByteArray m_inbuf;
    std::deque<Expect> m_expect;
    Capabilities m_caps;
    bool m_encrypted = false;
    bool m_tlsDecisionPending = false;
    QList<QSslError> m_sslErrors;
    bool m_pinMismatch = false;
    bool m_heloUsed = false;

    std::unique_ptr<Sasl::Mechanism> m_mech;
    QString m_authUsed;
    int m_authAttempts = 0;
    bool m_authFallbackTried = false;

    QList<MailJob> m_jobs;      // queued, not yet started
    int m_nextJobIndex = 0;
    bool m_inTransaction = false;
    MailJob m_job;
    MailResult m_result;
    QList<QString> m_wireRecipients;
    int m_rcptSent = 0;
    bool m_pipelined = false;
    bool m_needRset = false;
    DataFilter m_filter;
    QByteArray m_readBuf;
    QByteArray m_outBuf;
    bool m_bodyDone = false;
    bool m_waitingForBodyData = false;
    QMetaObject::Connection m_bodyReadyRead;

    bool m_quitRequested = false;
    bool m_finishing = false;
    SmtpError m_pendingError;  // reported after QUIT completes
};

} // namespace Sendscope
