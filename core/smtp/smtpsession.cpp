#include "smtpsession.h"

#include "sasl/saslmechanism.h"
#include "tls/certificateinfo.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSmtp, "sendscope.smtp", QtWarningMsg)

namespace Sendscope {

namespace {

constexpr qsizetype BodyChunk = 256 * 1024;      // read and filter in large blocks
constexpr qint64 SocketHighWater = 1024 * 1024;  // back-pressure: stop feeding above this

quint32 nextConnectionId()
{
    static quint32 id = 0;
    return ++id;
}

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// The address as it goes into MAIL FROM / RCPT TO. A non-ASCII domain becomes punycode when
// the server lacks SMTPUTF8 (IDNA, RFC 5890); a non-ASCII local part cannot be converted.
QString wireAddress(const QString &address, bool smtpUtf8)
{
    if (smtpUtf8 || isAscii(address))
        return address;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address;
    const QString domain = address.mid(at + 1);
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    return address.left(at + 1) + (ace.isEmpty() ? domain : ace);
}

} // namespace

SmtpSession::SmtpSession(QObject *parent)
    : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    m_replyTimer.setSingleShot(true);
    m_progressTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        info(tr("No connection to %1 within %2 s.")
                     .arg(m_addresses.value(m_addressIndex).toString())
                     .arg(m_connectTimer.interval() / 1000));
        if (m_socket)
            m_socket->abort();
        ++m_addressIndex;
        tryNextAddress();
    });
    connect(&m_replyTimer, &QTimer::timeout, this, &SmtpSession::onTimeout);
    connect(&m_progressTimer, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpSession::setOptions(const SessionOptions &options)
{
    m_options = options;
    if (m_options.port == 0)
        m_options.port = defaultPort(m_options.security);
}

void SmtpSession::setSecret(const QString &secret)
{
    m_secret = secret;
    m_needles.clear();
    if (!secret.isEmpty()) {
        m_needles.append(secret);
        m_needles.append(QString::fromLatin1(secret.toUtf8().toBase64()));
    }
}

bool SmtpSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QList<QSslCertificate> SmtpSession::peerCertificateChain() const
{
    return m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
}

void SmtpSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString SmtpSession::scrub(QString text) const
{
    for (const QString &n : m_needles) {
        if (n.size() >= 3)
            text.replace(n, redactedPlaceholder());
    }
    return text;
}

void SmtpSession::log(LogRecord::Direction direction, const QString &text, int code,
                      bool redacted)
{
    QString clean = scrub(text);
    const bool wasScrubbed = clean != text;
    LogRecord r = LogRecord::make(m_connectionId, direction, clean, code, redacted || wasScrubbed);
    Q_EMIT logRecord(r);
}

int SmtpSession::stepTimeoutSeconds(SmtpError::Step step) const
{
    if (m_options.timeoutSeconds > 0)
        return m_options.timeoutSeconds;
    // RFC 5321 §4.5.3.2: initial 220 5 min, MAIL 5 min, RCPT 5 min, DATA initiation 2 min,
    // data block 3 min, DATA termination 10 min. Steps the RFC does not name get 5 min.
    switch (step) {
    case SmtpError::Step::Connect: return m_options.connectTimeoutSeconds;
    case SmtpError::Step::Data: return 2 * 60;
    case SmtpError::Step::Quit: return 60;
    default: return 5 * 60;
    }
}

int SmtpSession::send(const MailJob &job)
{
    const int index = m_nextJobIndex + int(m_jobs.size()) + (m_inTransaction ? 1 : 0);
    m_jobs.append(job);
    if (m_state == State::Disconnected)
        connectToServer();
    else if (m_state == State::Ready)
        becomeReady();
    return index;
}

void SmtpSession::connectToServer()
{
    if (m_state != State::Disconnected)
        return;
    m_connectionId = nextConnectionId();
    m_finishing = false;
    m_pendingError = SmtpError();
    m_quitRequested = false;
    m_caps = Capabilities();
    m_encrypted = false;
    m_heloUsed = false;
    m_authAttempts = 0;
    m_authFallbackTried = false;
    m_authUsed.clear();
    m_parser.reset();
    m_inbuf.clear();
    m_expect.clear();
    startConnect();
}

void SmtpSession::quit()
{
    m_quitRequested = true;
    if (m_state == State::Ready)
        sendQuit();
    else if (m_state == State::AwaitingCredentials || m_state == State::AwaitingTlsDecision)
        fail(makeError(SmtpError::Kind::Cancelled, publicStep(m_step), tr("Cancelled.")));
}

void SmtpSession::cancel()
{
    if (m_state == State::Disconnected) {
        failPendingJobs(makeError(SmtpError::Kind::Cancelled, SmtpError::Step::None,
                                  tr("Cancelled before connecting.")));
        return;
    }
    fail(makeError(SmtpError::Kind::Cancelled, publicStep(m_step),
                   m_step == Step::Body
                           ? tr("Cancelled while sending the message; the server discards it "
                                "because the final \".\" was never sent.")
                           : tr("Cancelled.")));
}

// ---- connecting ---------------------------------------------------------------------------

void SmtpSession::startConnect()
{
    setState(State::Connecting);
    m_step = Step::Resolving;
    info(tr("Connecting to %1 port %2 (%3).")
                 .arg(m_options.host)
                 .arg(m_options.port)
                 .arg(m_options.security == SecurityMode::ImplicitTls
                              ? tr("TLS from the start")
                              : m_options.security == SecurityMode::StartTls
                                      ? tr("STARTTLS required")
                                      : tr("no encryption")));

    if (!m_socket) {
        m_socket = new QSslSocket(this);
        connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
        connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
        connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
        connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
        connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
        connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
        connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpSession::onBytesWritten);
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCaCertificates.isEmpty()) {
        // Adding CAs switches off on-demand loading of the system store, so list both.
        conf.setCaCertificates(QSslConfiguration::systemCaCertificates()
                               + m_options.extraCaCertificates);
    }
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(m_options.host);

    QHostAddress literal;
    if (literal.setAddress(m_options.host)) {
        m_addresses = {literal};
        m_addressIndex = 0;
        tryNextAddress();
        return;
    }
    QHostInfo::lookupHost(m_options.host, this, [this](const QHostInfo &hostInfo) {
        if (m_step != Step::Resolving)
            return;
        if (hostInfo.error() != QHostInfo::NoError || hostInfo.addresses().isEmpty()) {
            SmtpError e = makeError(SmtpError::Kind::ConnectFailed, SmtpError::Step::Connect,
                                    tr("Cannot find the server \"%1\": %2")
                                            .arg(m_options.host, hostInfo.errorString()));
            e.socketError = QAbstractSocket::HostNotFoundError;
            fail(e);
            return;
        }
        m_addresses = hostInfo.addresses();
        m_addressIndex = 0;
        tryNextAddress();
    });
}

void SmtpSession::tryNextAddress()
{
    if (m_addressIndex >= m_addresses.size()) {
        SmtpError e = makeError(SmtpError::Kind::ConnectFailed, SmtpError::Step::Connect,
                                tr("Cannot connect to %1 port %2: %3")
                                        .arg(m_options.host)
                                        .arg(m_options.port)
                                        .arg(m_socket ? m_socket->errorString() : QString()));
        if (m_socket)
            e.socketError = m_socket->error();
        if (m_connectTimer.isActive() || e.socketError == QAbstractSocket::UnknownSocketError)
            e.socketError = QAbstractSocket::SocketTimeoutError;
        m_connectTimer.stop();
        fail(e);
        return;
    }
    m_step = Step::Connecting;
    const QHostAddress addr = m_addresses.at(m_addressIndex);
    if (m_addresses.size() > 1 || addr.toString() != m_options.host)
        info(tr("Trying %1…").arg(addr.toString()));
    m_connectTimer.start(stepTimeoutSeconds(SmtpError::Step::Connect) * 1000);
    m_socket->connectToHost(addr, m_options.port);
}

void SmtpSession::onConnected()
{
    m_connectTimer.stop();
    // We batch our own writes (pipelined commands, 256 KiB body blocks); Nagle's algorithm
    // would only hold the last small write back until the server's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    info(tr("Connected to %1 port %2 from %3.")
                 .arg(m_socket->peerAddress().toString())
                 .arg(m_socket->peerPort())
                 .arg(m_socket->localAddress().toString()));
    setState(State::Negotiating);
    if (m_options.security == SecurityMode::ImplicitTls) {
        m_step = Step::TlsHandshake;
        log(LogRecord::Direction::Tls, tr("Starting the TLS handshake."));
        m_timedStep = Step::TlsHandshake;
        m_replyTimer.start(stepTimeoutSeconds(SmtpError::Step::StartTls) * 1000);
        m_socket->startClientEncryption();
    } else {
        m_step = Step::Greeting;
        m_expect.push_back({Step::Greeting});
        startReplyTimer();
    }
}

// ---- TLS ----------------------------------------------------------------------------------

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    for (const QSslError &e : errors)
        log(LogRecord::Direction::Tls, tr("Certificate problem: %1").arg(e.errorString()));
    const QSslCertificate leaf = m_socket->peerCertificate();
    const QString pin = normalizeFingerprint(m_options.pinnedSha256);
    if (!pin.isEmpty()) {
        if (!leaf.isNull() && sha256Fingerprint(leaf) == pin) {
            log(LogRecord::Direction::Tls,
                tr("The certificate matches the pinned SHA-256 fingerprint; accepted."));
            m_socket->ignoreSslErrors();
        } else {
            m_pinMismatch = true; // handshake fails; reported in onSocketError
        }
        return;
    }
    // Let the handshake finish so the user can look at the certificate, but write nothing
    // more until resolveTlsDecision() says so.
    m_tlsDecisionPending = true;
    m_socket->ignoreSslErrors();
}

void SmtpSession::onEncrypted()
{
    m_replyTimer.stop();
    const QSslCipher cipher = m_socket->sessionCipher();
    const QSslCertificate leaf = m_socket->peerCertificate();
    const CertificateInfo ci = CertificateInfo::from(leaf);
    log(LogRecord::Direction::Tls,
        tr("TLS established: %1, cipher %2; %3")
                .arg(cipher.protocolString(), cipher.name(), ci.describe()));

    const QString pin = normalizeFingerprint(m_options.pinnedSha256);
    if (!pin.isEmpty() && ci.sha256 != pin) {
        SmtpError e = makeError(
                SmtpError::Kind::Certificate, SmtpError::Step::StartTls,
                tr("The server's certificate does not match the pinned fingerprint: expected "
                   "SHA-256 %1, got %2.")
                        .arg(formatFingerprint(pin), ci.describe()));
        fail(e);
        return;
    }
    m_encrypted = true;
    if (m_tlsDecisionPending) {
        m_step = Step::TlsDecision;
        setState(State::AwaitingTlsDecision);
        info(tr("Waiting for a decision about the certificate."));
        Q_EMIT tlsDecisionRequired(m_socket->peerCertificateChain(), m_sslErrors);
        return;
    }
    continueAfterTls();
}

void SmtpSession::continueAfterTls()
{
    if (m_options.security == SecurityMode::ImplicitTls) {
        m_step = Step::Greeting;
        m_expect.push_back({Step::Greeting});
        startReplyTimer();
        onReadyRead();
    } else {
        // RFC 3207 §4.2: forget everything learnt before TLS and say EHLO again.
        m_caps = Capabilities();
        writeCommand("EHLO " + ehloName().toLatin1() + "\r\n",
                     QStringLiteral("EHLO ") + ehloName(), Step::EhloAfterTls);
    }
}

void SmtpSession::resolveTlsDecision(bool accept)
{
    if (m_step != Step::TlsDecision)
        return;
    m_tlsDecisionPending = false;
    if (!accept) {
        const CertificateInfo ci = CertificateInfo::from(m_socket->peerCertificate());
        SmtpError e = makeError(
                SmtpError::Kind::Certificate, SmtpError::Step::StartTls,
                tr("The server's certificate is not trusted (%1): %2.")
                        .arg(describeErrors(m_sslErrors, m_socket->peerCertificate())
                                     .join(QStringLiteral("; ")),
                             ci.describe()));
        const bool weak = hasWeakKey(m_socket->peerCertificate());
        for (const QSslError &se : std::as_const(m_sslErrors)) {
            if (!(weak && se.error() == QSslError::UnspecifiedError))
                e.sslErrors.append(se.error());
        }
        fail(e);
        return;
    }
    log(LogRecord::Direction::Tls, tr("The certificate was accepted despite the problems."));
    setState(State::Negotiating);
    continueAfterTls();
}

QString SmtpSession::modeMixupHint() const
{
    if (m_options.security == SecurityMode::ImplicitTls)
        return tr("Port %1 and TLS-from-the-start look mixed up: this server seems to expect "
                  "a plain connection first. Try security \"starttls\" (usually port 587) or "
                  "port 465 for TLS.")
                .arg(m_options.port);
    return tr("Port %1 and STARTTLS look mixed up: this server seems to expect TLS from the "
              "first byte. Try security \"tls\" (usually port 465) or port 587 for STARTTLS.")
            .arg(m_options.port);
}

// ---- reading and writing ------------------------------------------------------------------

void SmtpSession::writeCommand(const QByteArray &command, const QString &logText, Step expect,
                               int recipient)
{
    log(LogRecord::Direction::Client, logText, 0, logText.contains(redactedPlaceholder()));
    m_expect.push_back({expect, recipient});
    m_step = expect;
    if (m_expect.size() == 1)
        startReplyTimer();
    m_socket->write(command);
}

void SmtpSession::startReplyTimer()
{
    if (m_expect.empty()) {
        m_replyTimer.stop();
        return;
    }
    const Step s = m_expect.front().step;
    m_timedStep = s;
    SmtpError::Step ps = publicStep(s);
    int secs = stepTimeoutSeconds(ps);
    if (s == Step::DataEnd && m_options.timeoutSeconds <= 0)
        secs = 10 * 60;
    m_replyTimer.start(secs * 1000);
}

void SmtpSession::onReadyRead()
{
    if (!m_socket || m_step == Step::TlsDecision || m_step == Step::TlsHandshake)
        return;
    if (m_options.security != SecurityMode::None && !m_socket->isEncrypted()
        && (m_step == Step::Idle || m_step == Step::Connecting))
        return;
    m_inbuf.append(m_socket->readAll());
    qsizetype pos = 0;
    while (pos < m_inbuf.size() && m_state != State::Disconnected) {
        const auto res = m_parser.feed(QByteArrayView(m_inbuf).sliced(pos));
        pos += res.consumed;
        if (res.status == ReplyParser::Status::NeedMore)
            break;
        if (res.status == ReplyParser::Status::Error) {
            const QByteArray head = m_parser.offendingLine();
            log(LogRecord::Direction::Server, QString::fromUtf8(head) + QStringLiteral(" …"));
            SmtpError e = makeError(SmtpError::Kind::Protocol,
                                    m_step == Step::Greeting ? SmtpError::Step::Greeting
                                                             : publicStep(m_step),
                                    m_parser.errorString());
            if (m_step == Step::Greeting && m_options.security == SecurityMode::StartTls
                && (m_options.port == 465))
                e.detail = modeMixupHint();
            m_inbuf.clear();
            fail(e);
            return;
        }
        const QList<QByteArray> raw = m_parser.rawLines();
        SmtpReply reply = m_parser.takeReply();
        for (const QByteArray &line : raw)
            log(LogRecord::Direction::Server, QString::fromUtf8(line), reply.code);
        for (QString &l : reply.lines)
            l = scrub(l);

        if (!m_expect.empty() && m_expect.front().step == Step::StartTls && reply.code == 220) {
            // CVE-2011-0411 class: anything after "220" and before the handshake was not
            // protected by TLS and must not be used.
            if (pos < m_inbuf.size() || m_socket->bytesAvailable() > 0) {
                m_inbuf.clear();
                fail(makeError(SmtpError::Kind::Tls, SmtpError::Step::StartTls,
                               tr("The server sent data after agreeing to STARTTLS and before "
                                  "the TLS handshake. That is a sign of a command injection "
                                  "attack (CVE-2011-0411); the connection was closed.")));
                return;
            }
        }
        handleReply(reply);
    }
    if (pos >= m_inbuf.size())
        m_inbuf.clear();
    else
        m_inbuf.remove(0, pos);
}

void SmtpSession::onBytesWritten()
{
    if (m_step == Step::Body && !m_bodyDone) {
        m_progressTimer.start(stepTimeoutSeconds(SmtpError::Step::Data) * 1000 * 3 / 2);
        pumpBody();
    }
}

void SmtpSession::onTimeout()
{
    if (m_state == State::Quitting) {
        info(tr("The server did not answer QUIT; closing."));
        if (m_socket)
            m_socket->abort();
        finishSession(m_pendingError);
        return;
    }
    const Step s = m_step == Step::Body ? Step::Body : m_timedStep;
    SmtpError e = makeError(SmtpError::Kind::Timeout, publicStep(s),
                            s == Step::Body
                                    ? tr("The server stopped taking the message: nothing "
                                         "could be written for %1 s.")
                                              .arg(m_progressTimer.interval() / 1000)
                                    : tr("The server did not answer within %1 s.")
                                              .arg(m_replyTimer.interval() / 1000));
    if (s == Step::Greeting && m_options.security == SecurityMode::StartTls
        && m_options.port == 465)
        e.detail = tr("A server that says nothing after connecting may be waiting for a TLS "
                      "handshake. %1")
                           .arg(modeMixupHint());
    fail(e);
}

void SmtpSession::onSocketError()
{
    if (!m_socket)
        return;
    const auto err = m_socket->error();
    if (m_step == Step::Connecting) {
        m_connectTimer.stop();
        info(tr("Connection to %1 failed: %2")
                     .arg(m_addresses.value(m_addressIndex).toString(), m_socket->errorString()));
        ++m_addressIndex;
        // Try the next address once the socket is back to unconnected.
        QTimer::singleShot(0, this, [this] {
            if (m_step == Step::Connecting)
                tryNextAddress();
        });
        return;
    }
    if (m_state == State::Disconnected || m_finishing)
        return;
    if (err == QAbstractSocket::RemoteHostClosedError && m_step == Step::Quit) {
        return; // onDisconnected() finishes
    }
    const bool tlsStep = m_step == Step::TlsHandshake || m_step == Step::StartTls
            || (m_step == Step::EhloAfterTls && !m_socket->isEncrypted());
    if (m_pinMismatch) {
        const CertificateInfo ci = CertificateInfo::from(m_socket->peerCertificate());
        SmtpError e = makeError(SmtpError::Kind::Certificate, SmtpError::Step::StartTls,
                                tr("The server's certificate does not match the pinned "
                                   "fingerprint: expected SHA-256 %1, got %2.")
                                        .arg(formatFingerprint(
                                                     normalizeFingerprint(m_options.pinnedSha256)),
                                             ci.describe()));
        fail(e);
        return;
    }
    if (tlsStep || err == QAbstractSocket::SslHandshakeFailedError
        || err == QAbstractSocket::SslInternalError || err == QAbstractSocket::SslInvalidUserDataError) {
        SmtpError e = makeError(SmtpError::Kind::Tls, SmtpError::Step::StartTls,
                                tr("The TLS handshake failed: %1").arg(m_socket->errorString()));
        e.socketError = err;
        if (m_options.security == SecurityMode::ImplicitTls
            || (m_options.security == SecurityMode::StartTls && m_options.port == 465))
            e.detail = modeMixupHint();
        fail(e);
        return;
    }
    SmtpError e = makeError(SmtpError::Kind::ConnectionLost, publicStep(m_step),
                            m_step == Step::DataEnd
                                    ? tr("The connection was lost after the whole message was "
                                         "sent but before the server confirmed it (%1): it may "
                                         "or may not have been delivered.")
                                              .arg(m_socket->errorString())
                                    : tr("The connection was lost during %1: %2")
                                              .arg(SmtpError::stepName(publicStep(m_step)),
                                                   m_socket->errorString()));
    e.socketError = err;
    e.serverClosed = true;
    fail(e);
}

void SmtpSession::onDisconnected()
{
    if (m_state == State::Disconnected || m_finishing)
        return;
    if (m_step == Step::Quit || m_state == State::Quitting) {
        if (!m_pendingError.isError() && !m_expect.empty()) {
            // Gone without answering QUIT: the CLI needs this to tell "4xx, then the server
            // hung up" (exit 2) from a plain temporary refusal.
            SmtpError e = makeError(SmtpError::Kind::ConnectionLost, SmtpError::Step::Quit,
                                    tr("The server closed the connection without answering "
                                       "QUIT."));
            e.serverClosed = true;
            finishSession(e);
            return;
        }
        finishSession(m_pendingError);
        return;
    }
    SmtpError e = makeError(SmtpError::Kind::ConnectionLost, publicStep(m_step),
                            m_step == Step::DataEnd
                                    ? tr("The server closed the connection after the whole "
                                         "message was sent but before confirming it: it may or "
                                         "may not have been delivered.")
                                    : tr("The server closed the connection during %1.")
                                              .arg(SmtpError::stepName(publicStep(m_step))));
    e.socketError = QAbstractSocket::RemoteHostClosedError;
    e.serverClosed = true;
    fail(e);
}

// ---- the protocol -------------------------------------------------------------------------

QString SmtpSession::ehloName() const
{
    if (!m_options.ehloName.isEmpty())
        return m_options.ehloName;
    // RFC 5321 §4.1.1.1: the FQDN, else an address literal. Never a bare "localhost".
    QString host = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    if (!host.contains(QLatin1Char('.')) && !domain.isEmpty())
        host += QLatin1Char('.') + domain;
    bool ok = host.contains(QLatin1Char('.')) && !host.startsWith(QLatin1String("localhost"))
            && !host.endsWith(QLatin1Char('.'));
    for (QChar c : std::as_const(host)) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('.')
            && c != QLatin1Char('-'))
            ok = false;
    }
    if (ok)
        return host;
    QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    bool v4 = false;
    const quint32 ip4 = local.toIPv4Address(&v4);
    if (v4)
        return QLatin1Char('[') + QHostAddress(ip4).toString() + QLatin1Char(']');
    if (local.isNull())
        return QStringLiteral("[127.0.0.1]");
    return QStringLiteral("[IPv6:") + local.toString() + QLatin1Char(']');
}

SmtpError SmtpSession::makeError(SmtpError::Kind kind, SmtpError::Step step,
                                 const QString &message, const SmtpReply &reply) const
{
    SmtpError e;
    e.kind = kind;
    e.step = step;
    e.message = scrub(message);
    e.reply = reply;
    return e;
}

SmtpError::Step SmtpSession::publicStep(Step step) const
{
    switch (step) {
    case Step::Idle: return SmtpError::Step::None;
    case Step::Resolving:
    case Step::Connecting: return SmtpError::Step::Connect;
    case Step::Greeting: return SmtpError::Step::Greeting;
    case Step::Ehlo:
    case Step::Helo: return SmtpError::Step::Hello;
    case Step::TlsHandshake:
    case Step::StartTls:
    case Step::TlsDecision: return SmtpError::Step::StartTls;
    case Step::EhloAfterTls: return SmtpError::Step::Hello;
    case Step::AwaitCredentials:
    case Step::Auth: return SmtpError::Step::Auth;
    case Step::Ready:
    case Step::Mail:
    case Step::Rset: return SmtpError::Step::Mail;
    case Step::Rcpt: return SmtpError::Step::Rcpt;
    case Step::DataCommand:
    case Step::Body:
    case Step::DataEnd: return SmtpError::Step::Data;
    case Step::Quit: return SmtpError::Step::Quit;
    }
    return SmtpError::Step::None;
}

SmtpError SmtpSession::replyError(const SmtpReply &reply, Step step) const
{
    SmtpError::Kind kind = SmtpError::Kind::Rejected;
    const SmtpError::Step ps = publicStep(step);
    if (ps == SmtpError::Step::Auth)
        kind = SmtpError::Kind::AuthFailed;
    else if (ps == SmtpError::Step::StartTls)
        kind = SmtpError::Kind::Tls;
    if (reply.code == 552 || reply.enhancedCode == QLatin1String("5.3.4"))
        kind = ps == SmtpError::Step::Auth ? kind : SmtpError::Kind::MessageTooLarge;
    QString msg;
    switch (ps) {
    case SmtpError::Step::Greeting:
        msg = tr("The server refused the connection: %1");
        break;
    case SmtpError::Step::Hello:
        msg = tr("The server refused the greeting (EHLO/HELO): %1");
        break;
    case SmtpError::Step::StartTls:
        msg = tr("The server refused STARTTLS: %1");
        break;
    case SmtpError::Step::Auth:
        msg = tr("The server refused the login: %1");
        break;
    case SmtpError::Step::Mail:
        msg = tr("The server refused the sender: %1");
        break;
    case SmtpError::Step::Rcpt:
        msg = tr("The server refused every recipient: %1");
        break;
    case SmtpError::Step::Data:
        msg = tr("The server refused the message: %1");
        break;
    default:
        msg = tr("The server answered: %1");
        break;
    }
    SmtpError e = makeError(kind, ps, msg.arg(reply.summary()), reply);
    if (reply.isTransient())
        e.message += QLatin1Char(' ') + tr("This is a temporary refusal; trying again later may work.");
    e.serverClosed = reply.code == 421;
    return e;
}

void SmtpSession::handleReply(const SmtpReply &reply)
{
    if (m_expect.empty()) {
        if (reply.code == 421) {
            SmtpError e = replyError(reply, m_step);
            e.serverClosed = true;
            e.kind = SmtpError::Kind::ConnectionLost;
            e.message = tr("The server is closing the connection: %1").arg(reply.summary());
            fail(e);
        } else {
            log(LogRecord::Direction::Error, tr("Ignoring a reply nobody asked for."));
        }
        return;
    }
    const Expect ex = m_expect.front();
    m_expect.pop_front();
    startReplyTimer();

    // 421: the service is closing the channel, whatever we asked (RFC 5321 §3.8).
    if (reply.code == 421 && ex.step != Step::Quit) {
        SmtpError e = replyError(reply, ex.step);
        e.serverClosed = true;
        if (m_inTransaction) {
            m_result.error = e;
        }
        fail(e);
        return;
    }

    switch (ex.step) {
    case Step::Greeting:
        if (reply.code == 220) {
            writeCommand("EHLO " + ehloName().toLatin1() + "\r\n",
                         QStringLiteral("EHLO ") + ehloName(), Step::Ehlo);
        } else if (reply.code == 554 || reply.isTransient()) {
            failAndQuit(replyError(reply, Step::Greeting));
        } else {
            fail(makeError(SmtpError::Kind::Protocol, SmtpError::Step::Greeting,
                           tr("The server's greeting was not 220: %1").arg(reply.summary()),
                           reply));
        }
        break;
    case Step::Ehlo:
        handleEhloReply(reply, false);
        break;
    case Step::EhloAfterTls:
        handleEhloReply(reply, true);
        break;
    case Step::Helo:
        if (!reply.isPositive()) {
            failAndQuit(replyError(reply, Step::Helo));
            break;
        }
        m_caps = Capabilities();
        if (m_options.security == SecurityMode::StartTls && !m_encrypted) {
            failAndQuit(makeError(SmtpError::Kind::Tls, SmtpError::Step::StartTls,
                                  tr("The server does not understand EHLO, so it cannot offer "
                                     "STARTTLS, and STARTTLS is required. Nothing was sent.")));
            break;
        }
        afterHello();
        break;
    case Step::StartTls:
        if (reply.code != 220) {
            SmtpError e = replyError(reply, Step::StartTls);
            e.kind = SmtpError::Kind::Tls;
            failAndQuit(e);
            break;
        }
        m_step = Step::TlsHandshake;
        log(LogRecord::Direction::Tls, tr("Starting the TLS handshake."));
        m_timedStep = Step::TlsHandshake;
        m_replyTimer.start(stepTimeoutSeconds(SmtpError::Step::StartTls) * 1000);
        m_socket->startClientEncryption();
        break;
    case Step::Auth:
        continueAuth(reply);
        break;
    case Step::Mail:
        m_result.mailReply = reply;
        if (!reply.isPositive()) {
            SmtpError e = replyError(reply, Step::Mail);
            m_result.error = e;
            m_needRset = true;
            if (!m_pipelined)
                finishTransaction(e);
            // pipelined: the RCPT and DATA replies are still coming; the last one finishes
        } else if (!m_pipelined) {
            sendNextRecipient();
        }
        break;
    case Step::Rcpt: {
        if (ex.recipient >= 0 && ex.recipient < m_result.recipients.size())
            m_result.recipients[ex.recipient].reply = reply;
        if (!m_pipelined) {
            if (m_rcptSent < m_wireRecipients.size()) {
                sendNextRecipient();
            } else if (m_result.acceptedCount() > 0) {
                writeCommand("DATA\r\n", QStringLiteral("DATA"), Step::DataCommand);
            } else {
                m_needRset = true;
                SmtpError e = replyError(reply, Step::Rcpt);
                finishTransaction(e);
            }
        }
        break;
    }
    case Step::DataCommand:
        if (reply.code == 354) {
            if (m_result.error.isError() || m_result.acceptedCount() == 0) {
                // RFC 2920 §3.1: DATA was accepted although nothing else was; end it empty.
                log(LogRecord::Direction::Client, QStringLiteral("."));
                m_expect.push_back({Step::DataEnd});
                startReplyTimer();
                m_socket->write(".\r\n");
                m_bodyDone = true;
                break;
            }
            startBody();
        } else {
            m_needRset = true;
            if (!m_result.error.isError()) {
                if (m_result.acceptedCount() == 0 && !m_result.recipients.isEmpty()) {
                    const SmtpReply last = m_result.recipients.last().reply;
                    finishTransaction(replyError(last, Step::Rcpt));
                } else {
                    finishTransaction(replyError(reply, Step::DataCommand));
                }
            } else {
                finishTransaction(m_result.error);
            }
        }
        break;
    case Step::DataEnd:
        m_result.finalReply = reply;
        if (m_result.error.isError()) {
            m_needRset = true;
            finishTransaction(m_result.error);
        } else if (!reply.isPositive()) {
            m_needRset = true;
            finishTransaction(replyError(reply, Step::DataEnd));
        } else {
            SmtpError none;
            const int refused = int(m_result.recipients.size()) - m_result.acceptedCount();
            if (refused > 0) {
                none = makeError(SmtpError::Kind::Rejected, SmtpError::Step::Rcpt,
                                 tr("The message was accepted for %1 of %2 recipients.")
                                         .arg(m_result.acceptedCount())
                                         .arg(m_result.recipients.size()));
                for (const RecipientResult &r : std::as_const(m_result.recipients)) {
                    if (!r.accepted()) {
                        none.reply = r.reply;
                        break;
                    }
                }
            }
            finishTransaction(none);
        }
        break;
    case Step::Rset:
        if (!reply.isPositive()) {
            failAndQuit(replyError(reply, Step::Rset));
            break;
        }
        becomeReady();
        break;
    case Step::Quit:
        m_socket->disconnectFromHost();
        break;
    default:
        fail(makeError(SmtpError::Kind::Protocol, publicStep(ex.step),
                       tr("Unexpected reply: %1").arg(reply.summary()), reply));
        break;
    }
}

void SmtpSession::handleEhloReply(const SmtpReply &reply, bool afterTls)
{
    if (!reply.isPositive()) {
        if (!afterTls && reply.isPermanent() && !m_heloUsed) {
            // RFC 5321 §4.1.4: a server that does not know EHLO may still know HELO.
            m_heloUsed = true;
            info(tr("The server refused EHLO; trying HELO."));
            writeCommand("HELO " + ehloName().toLatin1() + "\r\n",
                         QStringLiteral("HELO ") + ehloName(), Step::Helo);
            return;
        }
        failAndQuit(replyError(reply, Step::Ehlo));
        return;
    }
    m_caps = Capabilities::fromEhloReply(reply);
    Q_EMIT capabilitiesChanged(m_caps);
    if (!m_caps.isEmpty())
        info(tr("The server offers: %1").arg(m_caps.describe()));
    if (!afterTls && m_options.security == SecurityMode::StartTls && !m_encrypted) {
        if (!m_caps.startTls()) {
            failAndQuit(makeError(SmtpError::Kind::Tls, SmtpError::Step::StartTls,
                                  tr("The server does not offer STARTTLS, and STARTTLS is "
                                     "required: nothing will be sent over an unencrypted "
                                     "connection.")));
            return;
        }
        writeCommand("STARTTLS\r\n", QStringLiteral("STARTTLS"), Step::StartTls);
        return;
    }
    afterHello();
}

void SmtpSession::afterHello()
{
    const QString mech = m_options.authMechanism.toLower();
    const bool wantAuth = mech != QLatin1String("none") && !m_options.user.isEmpty();
    if (wantAuth && m_authUsed.isEmpty()) {
        startAuth();
        return;
    }
    becomeReady();
}

void SmtpSession::startAuth()
{
    m_step = Step::Auth;
    const bool encrypted = m_socket->isEncrypted();
    if (!encrypted && !m_options.allowPlaintextAuth) {
        failAndQuit(makeError(SmtpError::Kind::AuthUnavailable, SmtpError::Step::Auth,
                              tr("The connection is not encrypted, so the password was not "
                                 "sent. Use STARTTLS or TLS, or allow plaintext "
                                 "authentication explicitly.")));
        return;
    }
    const QStringList offered = m_caps.authMechanisms();
    if (offered.isEmpty()) {
        failAndQuit(makeError(SmtpError::Kind::AuthUnavailable, SmtpError::Step::Auth,
                              tr("The server offers no AUTH mechanism, but a user name was "
                                 "given.")));
        return;
    }
    QString name;
    const bool autoMode = m_options.authMechanism.compare(QLatin1String("auto"),
                                                          Qt::CaseInsensitive) == 0;
    if (autoMode) {
        name = Sasl::chooseAuto(offered, encrypted || m_options.allowPlaintextAuth);
        if (m_authFallbackTried)
            name = QStringLiteral("PLAIN");
        if (name.isEmpty()) {
            failAndQuit(makeError(SmtpError::Kind::AuthUnavailable, SmtpError::Step::Auth,
                                  tr("None of the server's AUTH mechanisms (%1) can be used "
                                     "here.")
                                          .arg(offered.join(QLatin1Char(' ')))));
            return;
        }
    } else {
        name = m_options.authMechanism.toUpper();
        if (!offered.contains(name)) {
            failAndQuit(makeError(SmtpError::Kind::AuthUnavailable, SmtpError::Step::Auth,
                                  tr("The server does not offer AUTH %1; it offers %2.")
                                          .arg(name, offered.join(QLatin1Char(' ')))));
            return;
        }
    }
    if (m_secret.isEmpty()) {
        m_step = Step::AwaitCredentials;
        setState(State::AwaitingCredentials);
        info(tr("Waiting for the password."));
        Q_EMIT credentialsRequired();
        return;
    }
    Sasl::Credentials cred;
    cred.user = m_options.user;
    cred.secret = m_secret;
    cred.host = m_options.host;
    cred.port = m_options.port;
    m_mech = Sasl::createMechanism(name, cred);
    if (!m_mech) {
        failAndQuit(makeError(SmtpError::Kind::AuthUnavailable, SmtpError::Step::Auth,
                              tr("AUTH %1 is not implemented.").arg(name)));
        return;
    }
    m_authUsed = name;
    ++m_authAttempts;
    QByteArray cmd = "AUTH " + name.toLatin1();
    QString logText = QStringLiteral("AUTH ") + name;
    if (m_mech->hasInitialResponse()) {
        const Sasl::Response r = m_mech->start();
        if (r.kind == Sasl::Response::Kind::Cancel) {
            const SmtpError e = makeError(SmtpError::Kind::AuthFailed, SmtpError::Step::Auth,
                                          r.error);
            m_mech.reset();
            failAndQuit(e);
            return;
        }
        // RFC 4954 §4: an empty initial response is sent as "=".
        const QByteArray b64 = r.data.isEmpty() ? QByteArray("=") : r.data.toBase64();
        if (!r.data.isEmpty())
            m_needles.append(QString::fromLatin1(b64));
        cmd += ' ' + b64;
        logText += QLatin1Char(' ') + (r.logText.isEmpty() ? redactedPlaceholder() : r.logText);
    }
    writeCommand(cmd + "\r\n", logText, Step::Auth);
}

void SmtpSession::provideSecret(const QString &secret)
{
    if (m_step != Step::AwaitCredentials)
        return;
    if (secret.isEmpty()) {
        failAndQuit(makeError(SmtpError::Kind::Cancelled, SmtpError::Step::Auth,
                              tr("No password was given.")));
        return;
    }
    setSecret(secret);
    setState(State::Negotiating);
    startAuth();
}

void SmtpSession::continueAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const QByteArray challenge = QByteArray::fromBase64(reply.text().toLatin1());
        const Sasl::Response r = m_mech->challenge(challenge);
        if (r.kind == Sasl::Response::Kind::Cancel) {
            log(LogRecord::Direction::Error, r.error);
            m_pendingError = makeError(SmtpError::Kind::AuthFailed, SmtpError::Step::Auth,
                                       r.error);
            writeCommand("*\r\n", QStringLiteral("*"), Step::Auth);
            return;
        }
        const QByteArray b64 = r.data.toBase64();
        if (!r.data.isEmpty())
            m_needles.append(QString::fromLatin1(b64));
        writeCommand(b64 + "\r\n",
                     r.data.isEmpty() ? QString()
                                      : (r.logText.isEmpty() ? redactedPlaceholder() : r.logText),
                     Step::Auth);
        return;
    }
    authFinished(reply);
}

void SmtpSession::authFinished(const SmtpReply &reply)
{
    const bool accepted = reply.isPositive();
    const bool trusted = m_mech ? m_mech->finished(accepted) : accepted;
    const QString serverError = m_mech ? m_mech->serverError() : QString();
    if (accepted && trusted) {
        m_mech.reset();
        m_pendingError = SmtpError();
        info(tr("Logged in as %1 with %2.").arg(m_options.user, m_authUsed));
        becomeReady();
        return;
    }
    if (accepted && !trusted) {
        failAndQuit(makeError(SmtpError::Kind::AuthFailed, SmtpError::Step::Auth,
                              tr("The server accepted the login but could not prove that it "
                                 "knows the password (%1 server signature missing or wrong). "
                                 "It may not be the server it claims to be.")
                                      .arg(m_authUsed)));
        return;
    }
    // DESIGN "AUTH fallback": with auto only, SCRAM or CRAM-MD5 refused with 535 falls back
    // once to PLAIN inside TLS (Dovecot advertises SCRAM it cannot serve for some hashes).
    const bool autoMode = m_options.authMechanism.compare(QLatin1String("auto"),
                                                          Qt::CaseInsensitive) == 0;
    if (autoMode && reply.code == 535 && !m_authFallbackTried && m_socket->isEncrypted()
        && (m_authUsed.startsWith(QLatin1String("SCRAM-")) || m_authUsed == QLatin1String("CRAM-MD5"))
        && m_caps.authMechanisms().contains(QStringLiteral("PLAIN"))) {
        m_authFallbackTried = true;
        info(tr("AUTH %1 was refused; trying PLAIN once inside TLS.").arg(m_authUsed));
        m_mech.reset();
        m_authUsed.clear();
        startAuth();
        return;
    }
    SmtpError e = m_pendingError.isError() ? m_pendingError : replyError(reply, Step::Auth);
    e.reply = reply;
    if (!serverError.isEmpty())
        e.detail = tr("The server explained: %1").arg(serverError);
    if (reply.isTransient())
        e.kind = SmtpError::Kind::AuthFailed;
    m_pendingError = SmtpError();
    m_mech.reset();
    failAndQuit(e);
}

void SmtpSession::becomeReady()
{
    m_step = Step::Ready;
    if (!m_jobs.isEmpty()) {
        if (m_needRset) {
            m_needRset = false;
            setState(State::Sending);
            writeCommand("RSET\r\n", QStringLiteral("RSET"), Step::Rset);
            return;
        }
        startTransaction();
        return;
    }
    if (m_quitRequested) {
        sendQuit();
        return;
    }
    const bool first = m_state != State::Ready;
    setState(State::Ready);
    if (first)
        Q_EMIT ready();
}

void SmtpSession::startTransaction()
{
    m_job = m_jobs.takeFirst();
    m_inTransaction = true;
    m_result = MailResult();
    m_result.index = m_nextJobIndex++;
    m_bodyDone = false;
    m_waitingForBodyData = false;
    setState(State::Sending);

    // Check what can be checked before writing anything (KSMTP SendJob::doStart).
    QStringList addrs = m_job.recipients;
    addrs.prepend(m_job.from);
    bool needUtf8 = m_job.needsSmtpUtf8;
    for (const QString &a : std::as_const(addrs)) {
        const QString local = a.section(QLatin1Char('@'), 0, -2);
        if (!isAscii(local))
            needUtf8 = true;
    }
    if (needUtf8 && !m_caps.smtpUtf8()) {
        finishTransaction(makeError(SmtpError::Kind::Unsupported, SmtpError::Step::Mail,
                                    tr("An address has non-ASCII characters before the @, "
                                       "and this server does not offer SMTPUTF8 (RFC 6531), "
                                       "so it cannot be sent here. Nothing was sent.")));
        return;
    }
    if (m_job.recipients.isEmpty()) {
        finishTransaction(makeError(SmtpError::Kind::InvalidInput, SmtpError::Step::Rcpt,
                                    tr("The message has no recipients.")));
        return;
    }
    if (!m_job.body) {
        finishTransaction(makeError(SmtpError::Kind::InvalidInput, SmtpError::Step::Data,
                                    tr("The message body cannot be read.")));
        return;
    }
    if (m_caps.sizeLimit() > 0 && m_job.size > m_caps.sizeLimit()) {
        finishTransaction(makeError(SmtpError::Kind::MessageTooLarge, SmtpError::Step::Mail,
                                    tr("The message is %1 bytes, larger than the %2 bytes this "
                                       "server accepts (SIZE). Nothing was sent.")
                                            .arg(m_job.size)
                                            .arg(m_caps.sizeLimit())));
        return;
    }

    const bool utf8 = needUtf8 || (m_caps.smtpUtf8() && !isAscii(addrs.join(QString())));
    m_wireRecipients.clear();
    for (const QString &r : std::as_const(m_job.recipients)) {
        m_wireRecipients.append(wireAddress(r, utf8 && m_caps.smtpUtf8()));
        RecipientResult rr;
        rr.address = r;
        m_result.recipients.append(rr);
    }
    QByteArray mail = "MAIL FROM:<" + wireAddress(m_job.from, utf8).toUtf8() + '>';
    if (m_caps.size() && m_job.size >= 0)
        mail += " SIZE=" + QByteArray::number(m_job.size);
    if (m_job.eightBit) {
        if (m_caps.eightBitMime())
            mail += " BODY=8BITMIME";
        else
            log(LogRecord::Direction::Info,
                tr("The message has 8-bit content but the server does not offer 8BITMIME."));
    }
    if (utf8 && m_caps.smtpUtf8())
        mail += " SMTPUTF8";

    m_pipelined = m_caps.pipelining();
    m_rcptSent = 0;
    if (!m_pipelined) {
        writeCommand(mail + "\r\n", QString::fromUtf8(mail), Step::Mail);
        return;
    }
    // RFC 2920: MAIL, every RCPT and DATA in one write; the replies come back in order.
    QByteArray batch = mail + "\r\n";
    log(LogRecord::Direction::Client, QString::fromUtf8(mail));
    m_expect.push_back({Step::Mail});
    for (int i = 0; i < m_wireRecipients.size(); ++i) {
        const QByteArray rcpt = "RCPT TO:<" + m_wireRecipients.at(i).toUtf8() + '>';
        log(LogRecord::Direction::Client, QString::fromUtf8(rcpt));
        batch += rcpt + "\r\n";
        m_expect.push_back({Step::Rcpt, i});
    }
    m_rcptSent = int(m_wireRecipients.size());
    log(LogRecord::Direction::Client, QStringLiteral("DATA"));
    batch += "DATA\r\n";
    m_expect.push_back({Step::DataCommand});
    m_step = Step::Mail;
    startReplyTimer();
    m_socket->write(batch);
}

void SmtpSession::sendNextRecipient()
{
    const int i = m_rcptSent++;
    const QByteArray rcpt = "RCPT TO:<" + m_wireRecipients.at(i).toUtf8() + '>';
    writeCommand(rcpt + "\r\n", QString::fromUtf8(rcpt), Step::Rcpt, i);
}

void SmtpSession::startBody()
{
    m_step = Step::Body;
    m_filter.reset();
    m_bodyDone = false;
    m_readBuf.resize(BodyChunk);
    info(m_job.size >= 0 ? tr("Sending the message (%1 bytes)…").arg(m_job.size)
                         : tr("Sending the message…"));
    QIODevice *const source = m_job.body.data();
    if (source && source->isSequential()) {
        disconnect(m_bodyReadyRead);
        m_bodyReadyRead = connect(source, &QIODevice::readyRead, this, [this] {
            if (m_waitingForBodyData) {
                m_waitingForBodyData = false;
                pumpBody();
            }
        });
    }
    m_replyTimer.stop();
    m_progressTimer.start(stepTimeoutSeconds(SmtpError::Step::Data) * 1000 * 3 / 2);
    pumpBody();
}

void SmtpSession::pumpBody()
{
    if (m_step != Step::Body || m_bodyDone || !m_socket)
        return;
    while (m_socket->bytesToWrite() < SocketHighWater) {
        QIODevice *const source = m_job.body.data();
        if (!source) {
            fail(makeError(SmtpError::Kind::InvalidInput, SmtpError::Step::Data,
                           tr("The message source went away while sending; the connection "
                              "was closed so that nothing partial is delivered.")));
            return;
        }
        const qint64 n = source->read(m_readBuf.data(), BodyChunk);
        if (n < 0) {
            fail(makeError(SmtpError::Kind::InvalidInput, SmtpError::Step::Data,
                           tr("Reading the message failed (%1); the connection was closed so "
                              "that nothing partial is delivered.")
                                   .arg(source->errorString())));
            return;
        }
        m_outBuf.resize(0);
        if (n == 0) {
            if (source->isSequential() && !source->atEnd()) {
                m_waitingForBodyData = true;
                return;
            }
            finishBody();
            return;
        }
        m_filter.process(QByteArrayView(m_readBuf.constData(), n), m_outBuf);
        if (!source->isSequential() && source->atEnd()) {
            finishBody(); // the last block and the terminating dot in one write
            return;
        }
        m_socket->write(m_outBuf);
        Q_EMIT progress(m_filter.bytesIn(), m_job.size);
    }
}

void SmtpSession::finishBody()
{
    m_filter.finish(m_outBuf);
    m_bodyDone = true;
    m_result.bytesSent = m_filter.bytesIn();
    m_socket->write(m_outBuf);
    m_progressTimer.stop();
    log(LogRecord::Direction::Client, tr("<message body: %1 bytes>").arg(m_filter.bytesIn()));
    log(LogRecord::Direction::Client, QStringLiteral("."));
    Q_EMIT progress(m_filter.bytesIn(), m_job.size >= 0 ? m_job.size : m_filter.bytesIn());
    m_step = Step::DataEnd;
    m_expect.push_back({Step::DataEnd});
    startReplyTimer();
}

void SmtpSession::finishTransaction(const SmtpError &error)
{
    m_result.error = error;
    m_inTransaction = false;
    disconnect(m_bodyReadyRead);
    const MailResult result = m_result;
    m_job = MailJob();
    if (error.isError()) {
        log(LogRecord::Direction::Error, error.message);
        if (error.kind != SmtpError::Kind::Rejected || error.step != SmtpError::Step::Rcpt
            || result.acceptedCount() == 0)
            m_needRset = m_needRset || !m_expect.empty() || result.mailReply.isPositive();
    } else {
        info(tr("The server accepted the message: %1").arg(result.finalReply.summary()));
    }
    Q_EMIT messageFinished(result);
    if (m_state == State::Disconnected)
        return;
    if (!m_expect.empty())
        return; // pipelined replies still to come; handleReply() continues
    becomeReady();
}

void SmtpSession::sendQuit()
{
    setState(State::Quitting);
    writeCommand("QUIT\r\n", QStringLiteral("QUIT"), Step::Quit);
}

void SmtpSession::failPendingJobs(const SmtpError &error)
{
    if (m_inTransaction) {
        m_inTransaction = false;
        if (!m_result.error.isError() || error.kind == SmtpError::Kind::Cancelled
            || error.kind == SmtpError::Kind::Timeout)
            m_result.error = error;
        disconnect(m_bodyReadyRead);
        m_job = MailJob();
        Q_EMIT messageFinished(m_result);
    }
    while (!m_jobs.isEmpty()) {
        m_jobs.removeFirst();
        MailResult r;
        r.index = m_nextJobIndex++;
        r.error = error;
        Q_EMIT messageFinished(r);
    }
}

void SmtpSession::fail(const SmtpError &error)
{
    if (m_finishing || m_state == State::Disconnected) {
        if (m_state == State::Disconnected)
            failPendingJobs(error);
        return;
    }
    log(LogRecord::Direction::Error,
        error.detail.isEmpty() ? error.message : error.message + QLatin1Char(' ') + error.detail);
    m_finishing = true;
    failPendingJobs(error);
    if (m_socket) {
        m_socket->abort();
    }
    finishSession(error);
}

void SmtpSession::failAndQuit(const SmtpError &error)
{
    if (m_finishing)
        return;
    log(LogRecord::Direction::Error,
        error.detail.isEmpty() ? error.message : error.message + QLatin1Char(' ') + error.detail);
    failPendingJobs(error);
    m_pendingError = error;
    m_expect.clear();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && (m_step != Step::TlsHandshake)) {
        setState(State::Quitting);
        m_expect.clear();
        writeCommand("QUIT\r\n", QStringLiteral("QUIT"), Step::Quit);
        // A server that never answers QUIT does not hold us: onTimeout() ends the session.
        m_replyTimer.start(std::chrono::seconds(10));
        m_timedStep = Step::Quit;
        return;
    }
    m_finishing = true;
    if (m_socket)
        m_socket->abort();
    finishSession(error);
}

void SmtpSession::finishSession(const SmtpError &error)
{
    if (m_state == State::Disconnected)
        return;
    m_finishing = true;
    m_connectTimer.stop();
    m_replyTimer.stop();
    m_progressTimer.stop();
    m_expect.clear();
    m_mech.reset();
    failPendingJobs(error.isError() ? error
                                    : makeError(SmtpError::Kind::ConnectionLost,
                                                SmtpError::Step::Quit,
                                                tr("The session ended before the message was "
                                                   "sent.")));
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    m_step = Step::Idle;
    m_tlsDecisionPending = false;
    m_pinMismatch = false;
    m_sslErrors.clear();
    m_inbuf.clear();
    m_parser.reset();
    if (!error.isError())
        info(tr("Connection closed."));
    setState(State::Disconnected);
    m_finishing = false;
    Q_EMIT finished(error);
}

} // namespace Sendscope
