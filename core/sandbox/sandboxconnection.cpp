#include "sandboxconnection.h"

#include "sandboxmessagewriter.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>
#include <QStringDecoder>

#include <cstring>

Q_LOGGING_CATEGORY(lcSandbox, "sendscope.sandbox", QtWarningMsg)

namespace Sendscope {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;
constexpr qint64 WriteHighWater = 256 * 1024; // stop reading while replies pile up unread
constexpr int MaxErrors = 50; // then 421, as Postfix's hard_error_limit
constexpr int MaxAuthFailures = 5;
constexpr qsizetype MaxPath = 256; // RFC 5321 §4.5.3.1.3
constexpr int CloseGraceMs = 5000;

// Recipient domains that fail on purpose, so clients can test their error handling.
const char RejectDomain[] = "reject.invalid";
const char DeferDomain[] = "tempfail.invalid";

bool isAtext(uchar c)
{
    // RFC 5322 §3.2.3 atext; octets ≥ 0x80 are UTF-8 (RFC 6531), checked separately.
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return std::strchr("!#$%&'*+-/=?^_`{|}~", c) != nullptr && c != 0;
}

bool validDotAtom(QByteArrayView s)
{
    if (s.isEmpty() || s.front() == '.' || s.back() == '.')
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const uchar c = uchar(s[i]);
        if (c == '.') {
            if (s[i - 1] == '.')
                return false;
        } else if (!isAtext(c)) {
            return false;
        }
    }
    return true;
}

bool validQuoted(QByteArrayView s)
{
    // RFC 5321 §4.1.2 Quoted-string: printable ASCII, backslash pairs.
    if (s.size() < 2 || s.front() != '"' || s.back() != '"')
        return false;
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        const uchar c = uchar(s[i]);
        if (c == '\\') {
            if (++i + 1 >= s.size())
                return false;
        } else if (c == '"' || c < 0x20 || c == 0x7f) {
            return false;
        }
    }
    return true;
}

bool validDomain(QByteArrayView d)
{
    if (d.size() >= 2 && d.front() == '[' && d.back() == ']') {
        for (char c : d.sliced(1, d.size() - 2)) {
            if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || c == '[' || c == ']' || c == '\\')
                return false;
        }
        return d.size() > 2;
    }
    if (d.isEmpty() || d.size() > 255)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= d.size(); ++i) {
        if (i == d.size() || d[i] == '.') {
            const QByteArrayView label = d.sliced(labelStart, i - labelStart);
            if (label.isEmpty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
                return false;
            labelStart = i + 1;
            continue;
        }
        const uchar c = uchar(d[i]);
        if (!(c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z') || c == '-')) {
            return false;
        }
    }
    return true;
}

enum class AddressCheck { Ok, Syntax, NeedsSmtpUtf8 };

// A mailbox from MAIL FROM / RCPT TO (RFC 5321 §4.1.2), without the angle brackets.
AddressCheck checkAddress(QByteArray *path, bool smtpUtf8, bool allowPostmaster)
{
    // A source route ("@a,@b:user@c") is accepted and ignored (RFC 5321 §4.1.1.3, Appendix C).
    if (path->startsWith('@')) {
        const qsizetype colon = path->indexOf(':');
        if (colon < 0)
            return AddressCheck::Syntax;
        path->remove(0, colon + 1);
    }
    if (path->isEmpty() || path->size() > MaxPath)
        return AddressCheck::Syntax;
    bool nonAscii = false;
    for (char c : std::as_const(*path)) {
        const uchar u = uchar(c);
        if (u >= 0x80)
            nonAscii = true;
        else if (u < 0x20 || u == 0x7f)
            return AddressCheck::Syntax;
    }
    if (nonAscii) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(*path);
        if (utf8.hasError() || decoded.isEmpty())
            return AddressCheck::Syntax;
        if (!smtpUtf8)
            return AddressCheck::NeedsSmtpUtf8; // RFC 6531 §3.2
    }
    if (allowPostmaster && path->compare("postmaster", Qt::CaseInsensitive) == 0)
        return AddressCheck::Ok;
    const qsizetype at = path->lastIndexOf('@');
    if (at <= 0 || at == path->size() - 1)
        return AddressCheck::Syntax;
    const QByteArrayView local = QByteArrayView(*path).first(at);
    const QByteArrayView domain = QByteArrayView(*path).sliced(at + 1);
    if (local.size() > 64 && !nonAscii) // RFC 5321 §4.5.3.1.1
        return AddressCheck::Syntax;
    if (!(validDotAtom(local) || validQuoted(local)) || !validDomain(domain))
        return AddressCheck::Syntax;
    return AddressCheck::Ok;
}

// "FROM:<path> params" → path and params; false on bad syntax.
bool splitPath(QByteArrayView args, const char *keyword, QByteArray *path, QByteArray *params)
{
    const qsizetype klen = qsizetype(std::strlen(keyword));
    if (args.size() < klen || args.first(klen).toByteArray().toUpper() != QByteArrayView(keyword))
        return false;
    QByteArrayView rest = args.sliced(klen);
    // RFC 5321 allows no space after the colon; many clients send one, so it is tolerated.
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    if (rest.isEmpty() || rest.front() != '<')
        return false;
    bool quoted = false;
    qsizetype end = -1;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const char c = rest[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '>') {
            end = i;
            break;
        }
    }
    if (end < 0)
        return false;
    *path = rest.sliced(1, end - 1).toByteArray();
    const QByteArrayView tail = rest.sliced(end + 1);
    if (!tail.isEmpty() && tail.front() != ' ')
        return false;
    *params = tail.toByteArray().trimmed();
    return true;
}

bool isSaslName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 20)
        return false;
    for (char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
              || c == '_'))
            return false;
    }
    return true;
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    // Compares every octet whatever the first difference (no timing hint beyond the length).
    if (a.size() != b.size())
        return false;
    uchar diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= uchar(a[i]) ^ uchar(b[i]);
    return diff == 0;
}

bool decodeBase64(const QByteArray &in, QByteArray *out)
{
    const auto r = QByteArray::fromBase64Encoding(in, QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return false;
    *out = r.decoded;
    return true;
}

} // namespace

SandboxConnection::SandboxConnection(quint32 id, std::shared_ptr<const SandboxSettings> settings,
                                     QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_settings(std::move(settings))
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(std::chrono::seconds(m_settings->config.idleTimeoutSeconds));
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxConnection::onIdleTimeout);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(CloseGraceMs);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
}

SandboxConnection::~SandboxConnection() = default;

bool SandboxConnection::start(qintptr socketDescriptor)
{
    m_socket = new QSslSocket(this);
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        log(LogRecord::Direction::Error,
            tr("Cannot take over the connection: %1").arg(m_socket->errorString()));
        return false;
    }
    m_socket->setSslConfiguration(m_settings->tls);
    m_socket->setReadBufferSize(ReadChunk);
    connect(m_socket, &QSslSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &SandboxConnection::onEncrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &SandboxConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SandboxConnection::onSocketError);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        // Reading paused while our replies were not being read; resume.
        if (m_socket->bytesToWrite() < WriteHighWater && m_socket->bytesAvailable() > 0)
            onReadyRead();
    });

    log(LogRecord::Direction::Info,
        tr("Sandbox connection %1 from %2 port %3.")
                .arg(m_id)
                .arg(m_socket->peerAddress().toString())
                .arg(m_socket->peerPort()));
    m_idleTimer.start();
    reply(220, nullptr, m_settings->config.hostName + QStringLiteral(" ESMTP Sendscope sandbox"));
    flush();
    return true;
}

void SandboxConnection::shutdown()
{
    if (m_mode == Mode::Closing || !m_socket)
        return;
    if (m_mode == Mode::TlsHandshake) {
        m_socket->abort();
        return;
    }
    m_writer.reset(); // a message in progress is not stored
    reply(421, "4.3.2", QStringLiteral("Service shutting down, closing connection"));
    closeConnection();
}

void SandboxConnection::log(LogRecord::Direction direction, const QString &text, int code,
                            bool redacted)
{
    Q_EMIT logRecord(LogRecord::make(m_id, direction, text, code, redacted));
}

void SandboxConnection::reply(int code, const char *enhanced, const QString &text)
{
    replyLines(code, enhanced, {text});
}

void SandboxConnection::replyLines(int code, const char *enhanced, const QStringList &lines)
{
    // Reply text is protocol, not user interface: English ASCII on the wire, never translated
    // (a translated reply could put non-ASCII octets where RFC 5321 §2.4 expects ASCII).
    // RFC 5321 §4.2.1 multi-line form "250-…" / "250 …"; RFC 2034 enhanced code after it.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::number(code)
                + (i + 1 < lines.size() ? QLatin1Char('-') : QLatin1Char(' '));
        if (enhanced)
            line += QLatin1String(enhanced) + QLatin1Char(' ');
        line += lines.at(i);
        log(LogRecord::Direction::Server, line, code);
        m_out += line.toUtf8() + "\r\n";
    }
    if (code >= 500 && code <= 504) // protocol errors; refusals such as 550 or 535 do not count
        countError();
}

void SandboxConnection::flush()
{
    if (!m_out.isEmpty() && m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(m_out);
    m_out.clear();
}

void SandboxConnection::countError()
{
    if (++m_errors == MaxErrors && m_mode != Mode::Closing) {
        reply(421, "4.7.0", QStringLiteral("Too many errors, closing connection"));
        closeConnection();
    }
}

void SandboxConnection::closeConnection()
{
    m_mode = Mode::Closing;
    m_writer.reset();
    m_idleTimer.stop();
    flush();
    if (m_socket) {
        m_socket->disconnectFromHost(); // after the replies are written
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_closeTimer.start();
    }
}

void SandboxConnection::onIdleTimeout()
{
    if (m_mode == Mode::TlsHandshake) {
        log(LogRecord::Direction::Error, tr("The TLS handshake did not finish in time."));
        m_socket->abort();
        return;
    }
    m_writer.reset();
    reply(421, "4.4.2", QStringLiteral("Idle timeout, closing connection"));
    closeConnection();
}

void SandboxConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_idleTimer.stop();
    m_closeTimer.stop();
    if (m_writer) {
        log(LogRecord::Direction::Error,
            tr("The client left in the middle of DATA; nothing was stored."));
        m_writer.reset();
    }
    log(LogRecord::Direction::Info, tr("Connection %1 closed.").arg(m_id));
    m_closedEmitted = true;
    Q_EMIT closed();
}

void SandboxConnection::onSocketError()
{
    const auto error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows and says it
    log(LogRecord::Direction::Error, m_socket->errorString());
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        onDisconnected();
    } else if (m_mode == Mode::TlsHandshake || error == QAbstractSocket::SslHandshakeFailedError) {
        m_socket->abort();
    }
}

void SandboxConnection::onEncrypted()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    log(LogRecord::Direction::Tls,
        tr("TLS established: %1, cipher %2.").arg(cipher.protocolString(), cipher.name()));
    m_tls = true;
    m_mode = Mode::Command;
    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void SandboxConnection::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_mode == Mode::Closing) {
        m_socket->readAll(); // nothing more is read after QUIT or 421
        return;
    }
    if (m_mode == Mode::TlsHandshake)
        return;
    m_idleTimer.start();
    while (m_mode != Mode::Closing && m_mode != Mode::TlsHandshake) {
        // Back-pressure: a client that pipelines without reading our replies waits.
        if (m_socket->bytesToWrite() >= WriteHighWater)
            break;
        // Read straight into the tail of m_in: its capacity is reused, nothing churns.
        const qsizetype old = m_in.size();
        m_in.resize(old + ReadChunk);
        const qint64 n = m_socket->read(m_in.data() + old, ReadChunk);
        m_in.resize(old + qMax<qint64>(n, 0));
        if (n <= 0)
            break;
        process();
    }
}

void SandboxConnection::process()
{
    while (m_pos < m_in.size() && m_mode != Mode::Closing && m_mode != Mode::TlsHandshake) {
        if (m_mode == Mode::Data) {
            if (!processData())
                break;
            continue;
        }
        const qsizetype lf = m_in.indexOf('\n', m_pos);
        if (m_discardingLine) {
            // The rest of an over-long line, up to its LF, is dropped unread.
            if (lf < 0) {
                m_pos = m_in.size();
                break;
            }
            m_pos = lf + 1;
            m_discardingLine = false;
            continue;
        }
        if (lf < 0) {
            if (m_in.size() - m_pos > MaxCommandLine) {
                log(LogRecord::Direction::Client,
                    tr("<a line longer than %1 octets, discarded>").arg(MaxCommandLine));
                reply(500, "5.5.6", QStringLiteral("Line too long"));
                m_discardingLine = true;
                m_pos = m_in.size();
            }
            break;
        }
        if (lf + 1 - m_pos > MaxCommandLine) {
            log(LogRecord::Direction::Client,
                tr("<a line of %1 octets, discarded>").arg(lf + 1 - m_pos));
            reply(500, "5.5.6", QStringLiteral("Line too long"));
            m_pos = lf + 1;
            continue;
        }
        QByteArray line = m_in.mid(m_pos, lf - m_pos);
        m_pos = lf + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_mode == Mode::Command) {
            handleLine(line);
        } else {
            // A line after 334 carries credentials (RFC 4954 §4): logged as a placeholder.
            const bool cancel = line == "*";
            log(LogRecord::Direction::Client, cancel ? QStringLiteral("*") : redactedPlaceholder(),
                0, !cancel);
            handleAuthResponse(line);
        }
    }
    if (m_mode == Mode::TlsHandshake) {
        // RFC 3207 §4.2 / §6: anything the client pipelined after STARTTLS arrived in clear
        // and is discarded, never used after the handshake.
        m_in.clear();
        m_pos = 0;
    } else {
        m_in.remove(0, m_pos);
        m_pos = 0;
    }
    flush();
}

bool SandboxConnection::processData()
{
    // RFC 5321 §4.5.2: a line starting with "." loses that dot; "." alone on a line ends the
    // data. Only <CRLF>.<CRLF> ends it (§4.1.1.4): a bare LF is message content.
    const char *p = m_in.constData() + m_pos;
    const qsizetype avail = m_in.size() - m_pos;
    if (m_dataLineStart) {
        if (p[0] == '.') {
            if (avail == 1 || (avail == 2 && p[1] == '\r'))
                return false; // cannot tell yet
            if (avail >= 3 && p[1] == '\r' && p[2] == '\n') {
                m_pos += 3;
                finishData();
                return true;
            }
            m_pos += 1; // the stuffed dot
        }
        m_dataLineStart = false;
        return true;
    }
    const qsizetype crlf = m_in.indexOf("\r\n", m_pos);
    qsizetype n = 0;
    if (crlf >= 0) {
        n = crlf + 2 - m_pos;
        m_dataLineStart = true;
    } else {
        n = avail;
        if (p[n - 1] == '\r')
            --n; // may be the CR of the line's CRLF
        if (n == 0)
            return false;
    }
    if (m_writer)
        m_writer->write(p, n);
    m_pos += n;
    return true;
}

void SandboxConnection::handleLine(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray args = space < 0 ? QByteArray() : line.mid(space + 1);

    if (verb == "AUTH") {
        // The mechanism is shown, the initial response never (RFC 4954 §4).
        const QList<QByteArray> parts = args.split(' ');
        QString text = QStringLiteral("AUTH");
        // Only something shaped like a SASL name (RFC 4422 §3.1) is shown as the mechanism;
        // anything else may be a payload sent in the wrong place.
        const bool nameShaped = isSaslName(parts.first());
        if (!args.isEmpty())
            text += QLatin1Char(' ')
                    + (nameShaped ? QString::fromLatin1(parts.first()) : redactedPlaceholder());
        const bool hasPayload = parts.size() > 1 || (!args.isEmpty() && !nameShaped);
        if (hasPayload)
            text += QLatin1Char(' ') + redactedPlaceholder();
        log(LogRecord::Direction::Client, text, 0, hasPayload);
    } else {
        log(LogRecord::Direction::Client, QString::fromUtf8(line));
    }

    if (line.isEmpty()) {
        reply(500, "5.5.2", QStringLiteral("Empty command"));
    } else if (verb == "EHLO" || verb == "HELO") {
        commandEhlo(verb, args);
    } else if (verb == "STARTTLS") {
        commandStartTls(args);
    } else if (verb == "AUTH") {
        commandAuth(args);
    } else if (verb == "MAIL") {
        commandMail(args);
    } else if (verb == "RCPT") {
        commandRcpt(args);
    } else if (verb == "DATA") {
        commandData(args);
    } else if (verb == "RSET") {
        if (!args.trimmed().isEmpty()) {
            reply(501, "5.5.4", QStringLiteral("Syntax: RSET"));
            return;
        }
        resetTransaction();
        reply(250, "2.0.0", QStringLiteral("OK"));
    } else if (verb == "NOOP") {
        reply(250, "2.0.0", QStringLiteral("OK"));
    } else if (verb == "QUIT") {
        if (!args.trimmed().isEmpty()) {
            reply(501, "5.5.4", QStringLiteral("Syntax: QUIT"));
            return;
        }
        reply(221, "2.0.0", QStringLiteral("Bye"));
        closeConnection();
    } else if (verb == "VRFY") {
        if (args.trimmed().isEmpty())
            reply(501, "5.5.4", QStringLiteral("Syntax: VRFY address"));
        else // RFC 5321 §3.5.3: 252 when the server will not verify
            reply(252, "2.5.0", QStringLiteral("Cannot VRFY user, but will accept the message"));
    } else if (verb == "HELP") {
        commandHelp();
    } else if (verb == "EXPN" || verb == "BDAT" || verb == "ETRN" || verb == "TURN"
               || verb == "ATRN") {
        reply(502, "5.5.1", QStringLiteral("Command not implemented"));
    } else {
        reply(500, "5.5.2", QStringLiteral("Command unrecognized"));
    }
}

void SandboxConnection::commandHelp()
{
    replyLines(214, "2.0.0",
               {QStringLiteral("Sendscope sandbox, a local test server. Commands:"),
                QStringLiteral("EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET NOOP VRFY HELP QUIT"),
                QStringLiteral("Recipients at %1 are refused (550), at %2 deferred (450).")
                        .arg(QLatin1String(RejectDomain), QLatin1String(DeferDomain))});
}

void SandboxConnection::commandEhlo(const QByteArray &verb, const QByteArray &args)
{
    const QByteArray name = args.trimmed();
    if (name.isEmpty() || name.contains(' ')) {
        reply(501, "5.5.4", QStringLiteral("Syntax: %1 hostname").arg(QString::fromLatin1(verb)));
        return;
    }
    resetTransaction(); // RFC 5321 §4.1.4: EHLO resets like RSET
    m_clientName = QString::fromUtf8(name);
    const SandboxConfig &c = m_settings->config;
    const QString hello = c.hostName + QStringLiteral(" Hello ") + m_clientName;
    if (verb == "HELO") {
        reply(250, nullptr, hello);
        return;
    }
    QStringList lines = {hello,
                         QStringLiteral("SIZE ") + QString::number(c.maxMessageSize),
                         QStringLiteral("PIPELINING"),
                         QStringLiteral("8BITMIME"),
                         QStringLiteral("SMTPUTF8"),
                         QStringLiteral("ENHANCEDSTATUSCODES")};
    // AUTH only inside TLS (RFC 4954 §4: a server should not offer plaintext mechanisms in
    // clear); STARTTLS only before it (RFC 3207 §4.2).
    if (m_tls)
        lines.append(QStringLiteral("AUTH PLAIN LOGIN"));
    else
        lines.append(QStringLiteral("STARTTLS"));
    lines.append(QStringLiteral("HELP"));
    replyLines(250, nullptr, lines);
}

void SandboxConnection::commandStartTls(const QByteArray &args)
{
    if (!args.trimmed().isEmpty()) {
        reply(501, "5.5.4", QStringLiteral("Syntax: STARTTLS"));
    } else if (m_tls) {
        reply(503, "5.5.1", QStringLiteral("TLS already active"));
    } else if (m_clientName.isEmpty()) {
        reply(503, "5.5.1", QStringLiteral("Send EHLO first"));
    } else {
        reply(220, "2.0.0", QStringLiteral("Ready to start TLS"));
        flush();
        // RFC 3207 §4.2: forget everything learnt in clear; the client starts with EHLO.
        resetTransaction();
        m_clientName.clear();
        m_mode = Mode::TlsHandshake;
        m_socket->readAll(); // clear-text bytes already buffered after STARTTLS: dropped
        log(LogRecord::Direction::Tls, tr("Starting the TLS handshake."));
        m_socket->startServerEncryption();
    }
}

void SandboxConnection::commandAuth(const QByteArray &args)
{
    if (!m_tls) {
        reply(538, "5.7.11",
              QStringLiteral("Encryption required for requested authentication mechanism"));
        return;
    }
    if (m_clientName.isEmpty()) {
        reply(503, "5.5.1", QStringLiteral("Send EHLO first"));
        return;
    }
    if (!m_authUser.isEmpty()) {
        reply(503, "5.5.1", QStringLiteral("Already authenticated")); // RFC 4954 §4
        return;
    }
    if (m_haveMail) {
        reply(503, "5.5.1", QStringLiteral("AUTH not permitted during a mail transaction"));
        return;
    }
    const QList<QByteArray> parts = args.trimmed().split(' ');
    const QByteArray mech = parts.value(0).toUpper();
    if (mech.isEmpty() || parts.size() > 2) {
        reply(501, "5.5.4", QStringLiteral("Syntax: AUTH mechanism [initial-response]"));
        return;
    }
    const bool hasInitial = parts.size() == 2;
    const QByteArray initial = parts.value(1);
    if (mech == "PLAIN") {
        if (!hasInitial) {
            m_mode = Mode::AuthPlain;
            reply(334, nullptr, QString()); // RFC 4954 §4: empty challenge
            return;
        }
        m_mode = Mode::AuthPlain;
        handleAuthResponse(initial == "=" ? QByteArray() : initial);
    } else if (mech == "LOGIN") {
        if (!hasInitial) {
            m_mode = Mode::AuthLoginUser;
            reply(334, nullptr, QStringLiteral("VXNlcm5hbWU6")); // "Username:"
            return;
        }
        m_mode = Mode::AuthLoginUser;
        handleAuthResponse(initial);
    } else {
        reply(504, "5.5.4", QStringLiteral("Unrecognized authentication type"));
    }
}

void SandboxConnection::handleAuthResponse(const QByteArray &line)
{
    // The response to a 334, or AUTH's initial response (already logged, redacted).
    const Mode mode = m_mode;
    m_mode = Mode::Command;
    if (line == "*") {
        reply(501, "5.7.0", QStringLiteral("Authentication cancelled")); // RFC 4954 §4
        return;
    }
    QByteArray decoded;
    if (!decodeBase64(line, &decoded)) {
        reply(501, "5.5.2", QStringLiteral("Cannot decode the base64 response"));
        return;
    }
    if (mode == Mode::AuthPlain) {
        // RFC 4616 §2: [authzid] NUL authcid NUL passwd
        const QList<QByteArray> fields = decoded.split('\0');
        if (fields.size() != 3) {
            reply(501, "5.5.2", QStringLiteral("Malformed PLAIN response"));
            return;
        }
        // Acting for another identity (authzid) is not offered.
        checkCredentials(fields.at(1), fields.at(2),
                         fields.at(0).isEmpty() || fields.at(0) == fields.at(1));
    } else if (mode == Mode::AuthLoginUser) {
        m_loginUser = decoded;
        m_mode = Mode::AuthLoginPassword;
        reply(334, nullptr, QStringLiteral("UGFzc3dvcmQ6")); // "Password:"
    } else if (mode == Mode::AuthLoginPassword) {
        checkCredentials(m_loginUser, decoded, true);
        m_loginUser.clear();
    }
}

void SandboxConnection::checkCredentials(const QByteArray &user, const QByteArray &password,
                                         bool authzOk)
{
    const bool userOk = sameSecret(user, m_settings->user.toUtf8());
    const bool passOk = sameSecret(password, m_settings->password.toUtf8());
    if (userOk && passOk && authzOk) {
        m_authUser = m_settings->user;
        reply(235, "2.7.0", QStringLiteral("Authentication successful"));
        return;
    }
    reply(535, "5.7.8", QStringLiteral("Authentication credentials invalid"));
    if (++m_authFailures >= MaxAuthFailures) {
        reply(421, "4.7.0",
              QStringLiteral("Too many failed authentication attempts, closing connection"));
        closeConnection();
    }
}

void SandboxConnection::commandMail(const QByteArray &args)
{
    if (m_clientName.isEmpty()) {
        reply(503, "5.5.1", QStringLiteral("Send EHLO or HELO first"));
        return;
    }
    if (m_settings->config.requireAuth && !m_tls) {
        reply(530, "5.7.0", QStringLiteral("Must issue a STARTTLS command first")); // RFC 3207 §4
        return;
    }
    if (m_settings->config.requireAuth && m_authUser.isEmpty()) {
        reply(530, "5.7.0", QStringLiteral("Authentication required")); // RFC 4954 §6
        return;
    }
    if (m_haveMail) {
        reply(503, "5.5.1", QStringLiteral("Sender already given"));
        return;
    }
    QByteArray path, params;
    if (!splitPath(args, "FROM:", &path, &params)) {
        reply(501, "5.5.4", QStringLiteral("Syntax: MAIL FROM:<address>"));
        return;
    }
    bool smtpUtf8 = false;
    QString body;
    const QList<QByteArray> list = params.split(' ');
    for (const QByteArray &p : list) {
        if (p.isEmpty())
            continue;
        const qsizetype eq = p.indexOf('=');
        const QByteArray key = (eq < 0 ? p : p.left(eq)).toUpper();
        const QByteArray value = eq < 0 ? QByteArray() : p.mid(eq + 1);
        if (key == "SIZE") { // RFC 1870 §6
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0) {
                reply(501, "5.5.4", QStringLiteral("Bad SIZE value"));
                return;
            }
            if (size > m_settings->config.maxMessageSize) {
                reply(552, "5.3.4",
                      QStringLiteral("Message size exceeds fixed maximum message size"));
                return;
            }
        } else if (key == "BODY") { // RFC 6152
            const QByteArray v = value.toUpper();
            if (v != "7BIT" && v != "8BITMIME") {
                reply(501, "5.5.4", QStringLiteral("Unsupported BODY type"));
                return;
            }
            body = QString::fromLatin1(v);
        } else if (key == "SMTPUTF8" && eq < 0) { // RFC 6531 §3.4
            smtpUtf8 = true;
        } else if (key == "AUTH") { // RFC 4954 §5: accepted and not used
        } else {
            reply(555, "5.5.4", QStringLiteral("Unsupported MAIL parameter"));
            return;
        }
    }
    if (!path.isEmpty()) { // <> is the null reverse-path
        switch (checkAddress(&path, smtpUtf8, false)) {
        case AddressCheck::Ok:
            break;
        case AddressCheck::Syntax:
            reply(553, "5.1.7", QStringLiteral("Bad sender address syntax"));
            return;
        case AddressCheck::NeedsSmtpUtf8:
            reply(553, "5.6.7", QStringLiteral("Non-ASCII address needs SMTPUTF8"));
            return;
        }
    }
    m_haveMail = true;
    m_from = QString::fromUtf8(path);
    m_smtpUtf8 = smtpUtf8;
    m_bodyType = body;
    reply(250, "2.1.0", QStringLiteral("Sender OK"));
}

void SandboxConnection::commandRcpt(const QByteArray &args)
{
    if (!m_haveMail) {
        reply(503, "5.5.1", QStringLiteral("Need MAIL before RCPT"));
        return;
    }
    QByteArray path, params;
    if (!splitPath(args, "TO:", &path, &params)) {
        reply(501, "5.5.4", QStringLiteral("Syntax: RCPT TO:<address>"));
        return;
    }
    if (!params.isEmpty()) {
        reply(555, "5.5.4", QStringLiteral("Unsupported RCPT parameter"));
        return;
    }
    switch (checkAddress(&path, m_smtpUtf8, true)) {
    case AddressCheck::Ok:
        break;
    case AddressCheck::Syntax:
        reply(553, "5.1.3", QStringLiteral("Bad recipient address syntax"));
        return;
    case AddressCheck::NeedsSmtpUtf8:
        reply(553, "5.6.7", QStringLiteral("Non-ASCII address needs SMTPUTF8"));
        return;
    }
    if (m_to.size() >= m_settings->config.maxRecipients) {
        reply(452, "4.5.3", QStringLiteral("Too many recipients")); // RFC 5321 §4.5.3.1.10
        return;
    }
    const QString address = QString::fromUtf8(path);
    const QString domain = address.section(QLatin1Char('@'), -1).toLower();
    if (domain == QLatin1String(RejectDomain)) {
        reply(550, "5.1.1",
              QStringLiteral("<%1>: mailbox unavailable (the sandbox refuses every address at %2)")
                      .arg(address, QLatin1String(RejectDomain)));
        return;
    }
    if (domain == QLatin1String(DeferDomain)) {
        reply(450, "4.2.1",
              QStringLiteral("<%1>: try again later (the sandbox defers every address at %2)")
                      .arg(address, QLatin1String(DeferDomain)));
        return;
    }
    m_to.append(address);
    reply(250, "2.1.5", QStringLiteral("Recipient OK"));
}

void SandboxConnection::commandData(const QByteArray &args)
{
    if (!args.trimmed().isEmpty()) {
        reply(501, "5.5.4", QStringLiteral("Syntax: DATA"));
        return;
    }
    if (!m_haveMail) {
        reply(503, "5.5.1", QStringLiteral("Need MAIL before DATA"));
        return;
    }
    if (m_to.isEmpty()) {
        reply(554, "5.5.1", QStringLiteral("No valid recipients")); // RFC 2920 §3.1
        return;
    }
    m_writer = std::make_unique<SandboxMessageWriter>(m_settings->inboxDirectory, m_id,
                                                      m_settings->config.maxMessageSize);
    QString error;
    if (!m_writer->open(&error)) {
        log(LogRecord::Direction::Error, tr("Cannot store the message: %1").arg(error));
        m_writer.reset();
        reply(451, "4.3.0", QStringLiteral("Cannot store the message now"));
        return;
    }
    m_mode = Mode::Data;
    m_dataLineStart = true;
    reply(354, nullptr, QStringLiteral("End data with <CR><LF>.<CR><LF>"));
}

void SandboxConnection::finishData()
{
    m_mode = Mode::Command;
    const qint64 size = m_writer ? m_writer->size() : 0;
    log(LogRecord::Direction::Client, tr("<message body: %1 bytes>").arg(size));
    log(LogRecord::Direction::Client, QStringLiteral("."));
    if (!m_writer || m_writer->overLimit()) {
        reply(552, "5.3.4", QStringLiteral("Message size exceeds fixed maximum message size"));
        resetTransaction();
        return;
    }
    SandboxEnvelope e;
    e.from = m_from;
    e.to = m_to;
    e.received = QDateTime::currentDateTimeUtc();
    e.tls = m_tls;
    e.tlsProtocol = m_tls ? m_socket->sessionCipher().protocolString() : QString();
    e.authUser = m_authUser;
    e.clientName = m_clientName;
    e.peerAddress = m_socket->peerAddress().toString();
    e.body = m_bodyType;
    e.smtpUtf8 = m_smtpUtf8;
    e.connectionId = m_id;
    const QString id = m_writer->id();
    QString error;
    if (!m_writer->commit(e, &error)) {
        log(LogRecord::Direction::Error, tr("Cannot store the message: %1").arg(error));
        reply(451, "4.3.0", QStringLiteral("Cannot store the message now"));
        resetTransaction();
        return;
    }
    m_writer.reset();
    e.id = id;
    e.size = size;
    reply(250, "2.0.0", QStringLiteral("OK, stored as %1").arg(id));
    resetTransaction();
    Q_EMIT messageStored(e);
}

void SandboxConnection::resetTransaction()
{
    m_writer.reset();
    m_haveMail = false;
    m_from.clear();
    m_to.clear();
    m_bodyType.clear();
    m_smtpUtf8 = false;
}

} // namespace Sendscope
