#include "messagereader.h"

#include "headerencoding.h"
#include "mimeparse_p.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QSet>

#include <climits>

#include <vector>

namespace Sendscope::Mime {

namespace {

using namespace Parse;

// Octets asked of the device per read, and the longest piece of a line handed on at once:
// a longer line (binary garbage, a 50 MB header) is passed on in pieces, so memory stays
// bounded whatever the input.
constexpr qint64 ReadChunk = 64 * 1024;
constexpr qsizetype MaxPiece = 64 * 1024;
// Header fields kept per header block; more are skipped (each still bounded by the size).
constexpr int MaxHeaderFields = 10000;
constexpr qsizetype NotMailAfter = 64 * 1024;

class LineReader
{
public:
    explicit LineReader(QIODevice *device) : m_device(device) {}

    // The next line, or piece of an over-long line, without its line break. `eol` is the
    // line break that ended it ("\r\n" or "\n"; empty for a piece or the last line); the
    // views stay valid until the next call.
    bool next(QByteArrayView *piece, QByteArrayView *eol, bool *startOfLine)
    {
        *startOfLine = m_atLineStart;
        for (;;) {
            const qsizetype nl = m_buf.indexOf('\n', m_pos);
            if (nl >= 0 && nl - m_pos <= MaxPiece) {
                const bool cr = nl > m_pos && m_buf.at(nl - 1) == '\r';
                *piece = QByteArrayView(m_buf).sliced(m_pos, nl - m_pos - (cr ? 1 : 0));
                *eol = cr ? QByteArrayView("\r\n") : QByteArrayView("\n");
                m_pos = nl + 1;
                m_atLineStart = true;
                return true;
            }
            if (m_buf.size() - m_pos >= MaxPiece || m_eof) {
                qsizetype len = qMin(MaxPiece, m_buf.size() - m_pos);
                if (len == 0)
                    return false;
                if (!m_eof && len > 1 && m_buf.at(m_pos + len - 1) == '\r')
                    --len;  // keep CR with the LF that may follow
                *piece = QByteArrayView(m_buf).sliced(m_pos, len);
                *eol = QByteArrayView();
                m_pos += len;
                m_atLineStart = m_eof && m_pos == m_buf.size();
                return true;
            }
            fill();
        }
    }
    bool deviceError() const { return m_error; }

private:
    void fill()
    {
        if (m_pos > 0) {
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype old = m_buf.size();
        m_buf.resize(old + ReadChunk);
        const qint64 n = m_device->read(m_buf.data() + old, ReadChunk);
        if (n <= 0) {
            m_buf.resize(old);
            m_eof = true;
            m_error = n < 0;
        } else {
            m_buf.resize(old + qsizetype(n));
        }
    }

    QIODevice *m_device;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_error = false;
    bool m_atLineStart = true;
};

struct Part
{
    QByteArray type = "text";
    QByteArray subtype = "plain";
    bool multipart = false;
    QHash<QByteArray, QString> ctParams;
    QByteArray disposition;
    QHash<QByteArray, QString> dispParams;
    QByteArray contentId;
    QByteArray encoding;
    QList<QPair<QByteArray, QByteArray>> headers;  // top level only: name, unfolded value
    QByteArray data;
    QString filePath;
    qint64 size = 0;
    bool skipped = false;
    std::vector<Part> children;

    QByteArray mediaType() const { return type + '/' + subtype; }
};

enum class StopKind { Eof, Delimiter, Close };
struct Stop
{
    StopKind kind = StopKind::Eof;
    int level = -1;  // the boundary (index into the stack) that ended the part
};

bool isToken(QByteArrayView t)
{
    if (t.isEmpty() || t.size() > 127)
        return false;
    for (char c : t) {
        if (uchar(c) <= 32 || uchar(c) >= 127 || QByteArrayView("()<>@,;:\\\"/[]?=").contains(c))
            return false;
    }
    return true;
}

// What MessageWriter accepts inside <...> (RFC 5322 §3.6.4 msg-id, RFC 2392 Content-ID).
bool isValidIdText(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 250)
        return false;
    for (char c : id) {
        if (uchar(c) <= 32 || uchar(c) >= 127 || c == '<' || c == '>' || c == '\\' || c == '"')
            return false;
    }
    return true;
}

// Header fields that describe one transport or one mailbox, not the message: they are
// not sent again (a resent message gets its own trace, RFC 5321 §4.4, and its own
// signatures, RFC 6376 §5.4).
bool isDroppedHeader(const QByteArray &l)
{
    static const QList<QByteArray> exact = {
        "received", "return-path", "delivered-to", "x-original-to", "envelope-to",
        "dkim-signature", "domainkey-signature", "authentication-results", "received-spf",
        "x-received", "sender", "status", "x-status", "x-keywords", "x-uid", "x-uidl", "lines",
        "content-length", "x-originating-ip", "thread-index", "thread-topic", "x-account-key",
        "errors-to", "x-virus-scanned", "x-original-authentication-results"};
    static const QList<QByteArray> prefixes = {"arc-", "x-google-", "x-gm-", "x-ms-",
                                               "x-microsoft-", "x-forefront-", "x-mozilla-",
                                               "x-spam-", "resent-", "list-", "x-apple-"};
    if (exact.contains(l))
        return true;
    for (const QByteArray &p : prefixes) {
        if (l.startsWith(p))
            return true;
    }
    return false;
}

QString cleanHeaderText(QString s)
{
    // The writer refuses line breaks and NUL in header input (header injection).
    for (QChar &c : s) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0 || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return s;
}

QByteArray collapseSpace(QByteArrayView v)
{
    QByteArray out;
    bool space = false;
    for (char c : v) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Sendscope::Mime::MessageReader)
public:
    Parser(QIODevice *device, const ReadLimits &limits, ReadResult *result)
        : m_lines(device), m_limits(limits), m_result(result)
    {
    }

    // Parses the whole input; false when it has no header field at its start.
    bool run(Part *root)
    {
        parseEntity(*root, 0, true, false);
        if (m_lines.deviceError())
            warn(tr("Reading the file failed part way; the message may be incomplete."));
        return m_sawHeader;
    }

    void warn(const QString &text)
    {
        if (m_result->warnings.size() < m_limits.maxWarnings)
            m_result->warnings.append(text);
        else
            ++m_moreWarnings;
    }
    void finishWarnings()
    {
        if (m_moreWarnings > 0)
            m_result->warnings.append(tr("… and %n more warnings.", nullptr, m_moreWarnings));
    }

private:
    int matchDelimiter(QByteArrayView line, bool *close) const
    {
        if (!line.startsWith("--"))
            return -1;
        // Innermost first (RFC 2046 §5.1.2: an inner boundary never matches an outer one).
        for (int i = int(m_bounds.size()) - 1; i >= 0; --i) {
            const QByteArray &b = m_bounds.at(size_t(i));
            if (!line.startsWith(b))
                continue;
            QByteArrayView rest = line.sliced(b.size());
            *close = rest.startsWith("--");
            if (*close)
                rest = rest.sliced(2);
            // §5.1.1: only transport padding (white space) may follow the boundary.
            bool padding = true;
            for (char c : rest)
                padding = padding && (c == ' ' || c == '\t');
            if (padding)
                return i;
        }
        return -1;
    }

    bool delimiter(QByteArrayView piece, bool startOfLine, Stop *stop) const
    {
        bool close = false;
        const int level = startOfLine ? matchDelimiter(piece, &close) : -1;
        if (level < 0)
            return false;
        stop->kind = close ? StopKind::Close : StopKind::Delimiter;
        stop->level = level;
        return true;
    }

    // Reads one header block. Returns true when a blank line ended it (a body follows);
    // false with *stop when the part ended inside it.
    bool readHeaders(QList<QPair<QByteArray, QByteArray>> *fields, bool top, Stop *stop)
    {
        QByteArray field;
        qsizetype total = 0;
        bool overflow = false;
        bool first = true;
        int badLines = 0;
        bool full = false;
        auto flush = [&] {
            if (field.isEmpty())
                return;
            const qsizetype colon = field.indexOf(':');
            const QByteArray name = colon > 0 ? field.left(colon).trimmed() : QByteArray();
            bool valid = !name.isEmpty();
            for (char c : name)
                valid = valid && uchar(c) > 32 && uchar(c) < 127;
            if (!valid) {
                ++badLines;
            } else if (fields->size() < MaxHeaderFields) {
                QByteArray value = field.mid(colon + 1);
                qsizetype s = 0;
                while (s < value.size() && (value.at(s) == ' ' || value.at(s) == '\t'))
                    ++s;
                fields->append({name, value.mid(s)});
                if (top)
                    m_sawHeader = true;
            } else if (!full) {
                full = true;
                warn(tr("A header has more than %1 fields; the rest were skipped.").arg(MaxHeaderFields));
            }
            field.clear();
        };
        auto done = [&] {
            flush();
            if (badLines > 0)
                warn(tr("%n line(s) in a header were not header fields and were skipped.", nullptr,
                        badLines));
        };
        QByteArrayView piece, eol;
        bool sol = false;
        while (m_lines.next(&piece, &eol, &sol)) {
            if (delimiter(piece, sol, stop)) {
                done();
                return false;
            }
            if (sol && piece.isEmpty()) {
                done();
                return true;
            }
            // An mbox "From " separator line before the first field (Thunderbird's exports).
            if (top && first && sol && piece.startsWith("From ")) {
                first = false;
                continue;
            }
            first = false;
            total += piece.size() + eol.size();
            // Not an e-mail: no header field in the first 64 KiB. Stop instead of reading a
            // large file of something else to its end.
            if (top && !m_sawHeader && fields->isEmpty() && total > NotMailAfter && field.indexOf(':') < 0) {
                stop->kind = StopKind::Eof;
                stop->level = -1;
                return false;
            }
            if (total > m_limits.maxHeaderBytes) {
                if (!overflow)
                    warn(tr("A header is larger than %1 KiB; the rest of it was skipped.")
                                 .arg(m_limits.maxHeaderBytes / 1024));
                overflow = true;
                field.clear();
                continue;
            }
            if (overflow)
                continue;
            // The rest of an over-long line, or unfolding: the line break goes, the WSP
            // stays (RFC 5322 §2.2.3).
            if (!sol
                || (!piece.isEmpty() && (piece.at(0) == ' ' || piece.at(0) == '\t')
                    && !field.isEmpty())) {
                field += piece;
            } else {
                flush();
                field = piece.toByteArray();
            }
        }
        done();
        stop->kind = StopKind::Eof;
        stop->level = -1;
        return false;
    }

    void interpret(Part &p, const QList<QPair<QByteArray, QByteArray>> &fields, bool digestChild)
    {
        bool haveType = false;
        for (const auto &f : fields) {
            const QByteArray l = f.first.toLower();
            if (l == "content-type" && !haveType) {
                const ParameterizedValue pv = parseParameterized(f.second, m_headerCharset);
                const qsizetype slash = pv.value.indexOf('/');
                const QByteArray t = slash > 0 ? pv.value.left(slash).trimmed() : QByteArray();
                const QByteArray s = slash > 0 ? pv.value.mid(slash + 1).trimmed() : QByteArray();
                if (isToken(t) && isToken(s)) {
                    p.type = t;
                    p.subtype = s;
                    p.ctParams = pv.params;
                    haveType = true;
                } else {
                    // RFC 2045 §5.2: an unreadable Content-Type means text/plain; US-ASCII.
                    warn(tr("The Content-Type \"%1\" is not valid; the part is read as plain text.")
                                 .arg(QString::fromLatin1(f.second.left(100))));
                }
            } else if (l == "content-transfer-encoding") {
                p.encoding = parseParameterized(f.second, {}).value;
            } else if (l == "content-disposition") {
                const ParameterizedValue pv = parseParameterized(f.second, m_headerCharset);
                p.disposition = pv.value;
                p.dispParams = pv.params;
            } else if (l == "content-id") {
                p.contentId = parseMessageId(f.second);
            }
        }
        if (!haveType && digestChild) {
            p.type = "message";  // RFC 2046 §5.1.5
            p.subtype = "rfc822";
        }
        p.multipart = p.type == "multipart";
    }

    Stop skipBody()
    {
        Stop stop;
        QByteArrayView piece, eol;
        bool sol = false;
        while (m_lines.next(&piece, &eol, &sol)) {
            if (delimiter(piece, sol, &stop))
                return stop;
        }
        return Stop();
    }

    Stop parseEntity(Part &p, int depth, bool top, bool digestChild)
    {
        ++m_partCount;
        if (m_partCount > m_limits.maxParts) {
            if (!m_partsWarned)
                warn(tr("The message has more than %1 parts; the rest were skipped.")
                             .arg(m_limits.maxParts));
            m_partsWarned = true;
            p.skipped = true;
        }
        QList<QPair<QByteArray, QByteArray>> fields;
        Stop stop;
        const bool hasBody = readHeaders(&fields, top, &stop);
        if (top) {
            // Raw 8-bit header text is read in the message's own charset when it names one.
            for (const auto &f : std::as_const(fields)) {
                if (f.first.toLower() == "content-type")
                    m_headerCharset = parseParameterized(f.second, {}).params.value("charset").toLatin1();
            }
        }
        interpret(p, fields, digestChild);
        if (top)
            p.headers = std::move(fields);
        if (!hasBody)
            return stop;
        if (p.skipped)
            return skipBody();
        if (p.multipart) {
            const QByteArray boundary = p.ctParams.value("boundary").toUtf8();
            if (boundary.isEmpty()) {
                warn(tr("A multipart part has no boundary; it is read as plain text."));
                p.multipart = false;
                p.type = "text";
                p.subtype = "plain";
            } else if (depth >= m_limits.maxDepth) {
                // Bounded recursion: deeper trees are skipped as a whole.
                warn(tr("Parts nested deeper than %1 levels were skipped.").arg(m_limits.maxDepth));
                p.skipped = true;
                return skipBody();
            } else {
                return parseMultipart(p, boundary, depth);
            }
        }
        return decodeBody(p);
    }

    Stop parseMultipart(Part &p, const QByteArray &boundary, int depth)
    {
        m_bounds.push_back("--" + boundary);
        const int level = int(m_bounds.size()) - 1;
        const QString name = QString::fromLatin1(p.mediaType());
        // The preamble before the first delimiter is not shown (RFC 2046 §5.1.1).
        Stop stop = skipBody();
        for (;;) {
            if (stop.kind == StopKind::Eof || stop.level != level) {
                warn(stop.kind == StopKind::Eof
                             ? tr("A %1 part has no closing boundary; the message seems cut "
                                  "off.").arg(name)
                             : tr("A %1 part ended without its closing boundary.").arg(name));
                m_bounds.pop_back();
                return stop;
            }
            if (stop.kind == StopKind::Close)
                break;
            Part child;
            stop = parseEntity(child, depth + 1, false, p.subtype == "digest");
            if (!(child.skipped && m_partCount > m_limits.maxParts))
                p.children.push_back(std::move(child));
        }
        m_bounds.pop_back();
        if (p.children.empty())
            warn(tr("A %1 part has no parts.").arg(name));
        // The epilogue after the closing delimiter is not shown either.
        return skipBody();
    }

    // The body, decoded while it is read into memory or — above the limit — a file.
    class Sink
    {
    public:
        Sink(Parser *parser, qint64 limit) : m_parser(parser), m_limit(limit) {}
        void write(QByteArrayView d)
        {
            m_size += d.size();
            if (m_failed)
                return;
            if (!m_file && (m_mem.size() + d.size() > m_limit
                            || m_parser->m_memoryUsed + m_mem.size() + d.size() > m_parser->m_limits.maxMemoryBytes)) {
                m_file = m_parser->createFile();
                if (!m_file || m_file->write(m_mem) != m_mem.size()) {
                    m_failed = true;
                    m_file.reset();
                    m_mem.clear();
                    return;
                }
                m_mem = QByteArray();
            }
            if (m_file) {
                if (m_file->write(d.data(), d.size()) != d.size())
                    m_failed = true;
            } else {
                m_mem.append(d);
            }
        }
        bool finish(Part &p)
        {
            p.size = m_size;
            if (m_failed)
                return false;
            if (m_file) {
                m_file->close();
                p.filePath = m_file->fileName();
            } else {
                m_parser->m_memoryUsed += m_mem.size();
                p.data = std::move(m_mem);
            }
            return true;
        }

    private:
        Parser *m_parser;
        qint64 m_limit;
        QByteArray m_mem;
        std::unique_ptr<QFile> m_file;
        qint64 m_size = 0;
        bool m_failed = false;
    };

    std::unique_ptr<QFile> createFile()
    {
        if (!m_result->storage) {
            const QString base = m_limits.tempPath.isEmpty() ? QDir::tempPath() : m_limits.tempPath;
            auto dir = std::make_shared<QTemporaryDir>(base + QStringLiteral("/sendscope-eml-XXXXXX"));
            if (!dir->isValid()) {
                warn(tr("No temporary folder could be made for large attachments: %1")
                             .arg(dir->errorString()));
                return nullptr;
            }
            m_result->storage = dir;
        }
        auto f = std::make_unique<QFile>(
                m_result->storage->filePath(QStringLiteral("part-%1.bin").arg(++m_fileCount)));
        if (!f->open(QIODevice::WriteOnly)) {
            warn(tr("A temporary file could not be written: %1").arg(f->errorString()));
            return nullptr;
        }
        return f;
    }

    Stop decodeBody(Part &p)
    {
        enum class Enc { Identity, Base64, QuotedPrintable } enc = Enc::Identity;
        if (p.encoding == "base64") {
            enc = Enc::Base64;
        } else if (p.encoding == "quoted-printable") {
            enc = Enc::QuotedPrintable;
        } else if (!p.encoding.isEmpty() && p.encoding != "7bit" && p.encoding != "8bit"
                   && p.encoding != "binary") {
            warn(tr("The transfer encoding \"%1\" is unknown; the part is kept as it is.")
                         .arg(QString::fromLatin1(p.encoding.left(60))));
        }
        const bool textCandidate = p.type == "text" && (p.subtype == "plain" || p.subtype == "html")
                && p.disposition != "attachment";
        Sink sink(this, textCandidate ? m_limits.maxTextBytes : m_limits.fileThreshold);
        Base64Decoder b64;
        QuotedPrintableDecoder qp;
        QByteArray out;
        auto feed = [&](QByteArrayView bytes, bool isEol) {
            switch (enc) {
            case Enc::Identity:
                out.append(bytes);
                break;
            case Enc::Base64:
                b64.feed(bytes, &out);
                break;
            case Enc::QuotedPrintable:
                qp.feed(isEol ? QByteArrayView("\n") : bytes, &out);
                break;
            }
        };
        Stop stop;
        QByteArrayView piece, eol, pendingEol;
        bool sol = false;
        bool ended = false;
        while (m_lines.next(&piece, &eol, &sol)) {
            // RFC 2046 §5.1.1: the line break before a delimiter belongs to the delimiter.
            if (delimiter(piece, sol, &stop)) {
                ended = true;
                break;
            }
            if (!pendingEol.isEmpty())
                feed(pendingEol, true);
            feed(piece, false);
            pendingEol = eol;
            if (out.size() >= ReadChunk) {
                sink.write(out);
                out.clear();
            }
        }
        if (!ended && !pendingEol.isEmpty())
            feed(pendingEol, true);
        if (enc == Enc::Base64)
            b64.finish(&out);
        else if (enc == Enc::QuotedPrintable)
            qp.finish(&out);
        sink.write(out);
        const QString name = QString::fromLatin1(p.mediaType());
        if (b64.strayCharacters > 0)
            warn(tr("A %1 part held %n character(s) that are not base64; they were skipped.",
                    nullptr, int(qMin<qint64>(b64.strayCharacters, INT_MAX))).arg(name));
        if (b64.danglingBits)
            warn(tr("A %1 part ends in an incomplete base64 group.").arg(name));
        if (qp.badEscapes > 0)
            warn(tr("A %1 part held %n invalid quoted-printable escape(s); they were kept as "
                    "they are.", nullptr, int(qMin<qint64>(qp.badEscapes, INT_MAX))).arg(name));
        if (!sink.finish(p)) {
            warn(tr("A %1 part could not be stored and was left out.").arg(name));
            p.skipped = true;
        }
        if (!ended)
            stop = Stop();
        return stop;
    }

    LineReader m_lines;
    const ReadLimits &m_limits;
    ReadResult *m_result;
    std::vector<QByteArray> m_bounds;  // "--boundary" of each open multipart, outermost first
    QByteArray m_headerCharset;
    int m_partCount = 0;
    bool m_partsWarned = false;
    bool m_sawHeader = false;
    qint64 m_memoryUsed = 0;
    int m_fileCount = 0;
    int m_moreWarnings = 0;
};

// Turns the part tree into the composer's Message: the text and HTML bodies, everything
// else as attachments.
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(Sendscope::Mime::MessageReader)
public:
    Builder(ReadResult *result, Parser *parser) : m_result(result), m_parser(parser) {}

    void headers(const Part &root)
    {
        Message &m = m_result->message;
        // Raw 8-bit header text that is not UTF-8 (older mailers) is read in the charset of
        // the message's first text part.
        const QByteArray cs = firstCharset(root);
        bool fromSeen = false;
        for (const auto &f : root.headers) {
            const QByteArray l = f.first.toLower();
            const QString raw = decodeRawHeader(f.second, cs);
            if (l == "from" || l == "to" || l == "cc" || l == "bcc" || l == "reply-to") {
                QStringList why;
                QList<Mailbox> list = parseAddressList(raw, &why);
                // Line breaks and NUL (bare, or from an encoded word) never reach a field.
                for (Mailbox &mb : list) {
                    mb.address = cleanHeaderText(mb.address);
                    mb.displayName = cleanHeaderText(mb.displayName);
                }
                for (const QString &w : std::as_const(why))
                    m_parser->warn(tr("%1: %2").arg(QString::fromLatin1(f.first), w));
                if (l == "from") {
                    if (!list.isEmpty() && !fromSeen)
                        m.from = list.first();
                    if (list.size() > 1 || (fromSeen && !list.isEmpty()))
                        m_parser->warn(tr("The message has more than one sender; only the first "
                                          "(%1) is kept.").arg(m.from.address));
                    fromSeen = fromSeen || !list.isEmpty();
                } else {
                    QList<Mailbox> &target = l == "to" ? m.to : l == "cc" ? m.cc : l == "bcc" ? m.bcc : m.replyTo;
                    target += list;
                }
            } else if (l == "subject") {
                m.subject = cleanHeaderText(decodeRfc2047(cleanHeaderText(raw).trimmed()));
            } else if (l == "date") {
                m.date = parseDate(f.second);
                if (!m.date.isValid())
                    m_parser->warn(tr("The date \"%1\" could not be read.").arg(raw.left(100)));
            } else if (l == "message-id") {
                const QByteArray id = parseMessageId(f.second);
                if (isValidIdText(id) && id.contains('@')) {
                    m.messageId = id;
                } else {
                    m_parser->warn(tr("The Message-ID \"%1\" is not valid and was left out.")
                                           .arg(raw.left(100)));
                    m_result->droppedHeaders.append({f.first, raw});
                }
            } else if (l == "user-agent") {
                m.userAgent = cleanHeaderText(decodeRfc2047(raw)).trimmed();
            } else if (l == "mime-version" || l == "content-type" || l == "content-transfer-encoding") {
                // The MIME structure is made again by the writer.
            } else if (l.startsWith("content-") || isDroppedHeader(l) || !isValidHeaderName(f.first)) {
                m_result->droppedHeaders.append(
                        {f.first, cleanHeaderText(decodeRfc2047(decodeRawHeader(collapseSpace(f.second), cs))).trimmed()});
            } else {
                // Kept for resending. Runs of white space become one space, so the writer sends
                // the value as plain text again; References and In-Reply-To hold msg-ids, not
                // encoded words.
                const QString collapsed = decodeRawHeader(collapseSpace(f.second), cs);
                const bool ids = l == "references" || l == "in-reply-to";
                m.headers.append({f.first, cleanHeaderText(ids ? collapsed : decodeRfc2047(collapsed)).trimmed()});
            }
        }
    }

    void take(Part &p)
    {
        if (p.skipped)
            return;
        if (!p.multipart) {
            takeLeaf(p);
        } else if (p.subtype == "alternative") {
            takeAlternative(p);
        } else if (p.subtype == "related") {
            Part *root = relatedRoot(p);
            if (root)
                take(*root);
            for (Part &c : p.children) {
                if (&c != root)
                    take(c);
            }
        } else if (p.subtype == "signed" && !p.children.empty()) {
            // RFC 1847 §2.1: the first part is the content, the second its signature, which
            // would not match the message sent again.
            take(p.children.front());
            if (p.children.size() > 1)
                m_parser->warn(tr("The message was signed; the signature (%1) was left out "
                                  "because it would not match the message sent again.")
                                       .arg(QString::fromLatin1(p.children.back().mediaType())));
        } else {
            // mixed, report, digest and unknown subtypes (RFC 2046 §5.1.7: unknown
            // multiparts are read as mixed).
            for (Part &c : p.children)
                take(c);
        }
    }

private:
    enum class Kind { None, Plain, Html };

    static QByteArray firstCharset(const Part &p)
    {
        if (!p.multipart)
            return p.type == "text" ? p.ctParams.value("charset").toLatin1() : QByteArray();
        for (const Part &c : p.children) {
            QByteArray cs = firstCharset(c);
            if (!cs.isEmpty())
                return cs;
        }
        return QByteArray();
    }

    static bool isBodyLeaf(const Part &p, const char *subtype)
    {
        return !p.multipart && !p.skipped && p.type == "text" && p.subtype == subtype
                && p.disposition != "attachment" && !p.dispParams.contains("filename")
                && !p.ctParams.contains("name") && p.filePath.isEmpty();
    }

    static Part *relatedRoot(Part &p)
    {
        // RFC 2387 §3.2: the "start" parameter names the root by Content-ID; else the first.
        const QByteArray start = parseMessageId(p.ctParams.value("start").toLatin1());
        for (Part &c : p.children) {
            if (!start.isEmpty() && c.contentId == start)
                return &c;
        }
        return p.children.empty() ? nullptr : &p.children.front();
    }

    static bool provides(Part &p, Kind k)
    {
        if (p.skipped)
            return false;
        if (!p.multipart)
            return isBodyLeaf(p, k == Kind::Plain ? "plain" : "html");
        if (p.children.empty())
            return false;
        if (p.subtype == "related")
            return provides(*relatedRoot(p), k);  // not empty: checked above
        if (p.subtype == "alternative") {
            for (Part &c : p.children) {
                if (provides(c, k))
                    return true;
            }
            return false;
        }
        return provides(p.children.front(), k);
    }

    void takeAlternative(Part &p)
    {
        if (p.children.empty())
            return;
        // RFC 2046 §5.1.4: the last part is the preferred one.
        Part *plain = nullptr;
        Part *html = nullptr;
        for (Part &c : p.children) {
            if (provides(c, Kind::Plain))
                plain = &c;
            if (provides(c, Kind::Html))
                html = &c;
        }
        if (m_bodyChosen || (!plain && !html)) {
            take(p.children.back());
            return;
        }
        m_bodyChosen = true;
        if (plain)
            bodyFrom(*plain, Kind::Plain);
        if (html)
            bodyFrom(*html, Kind::Html);
        for (Part &c : p.children) {
            if (&c == plain || &c == html)
                continue;
            if (provides(c, Kind::Plain) || provides(c, Kind::Html))
                m_parser->warn(tr("An older alternative version of the text was left out."));
            else
                take(c);  // e.g. text/calendar: kept as an attachment
        }
    }

    void bodyFrom(Part &p, Kind k)
    {
        if (!p.multipart) {
            const QString t = decodeText(p);
            (k == Kind::Plain ? m_result->message.text : m_result->message.html) = t;
            return;
        }
        if (p.subtype == "related") {
            Part *root = relatedRoot(p);
            if (root)
                bodyFrom(*root, k);
            for (Part &c : p.children) {
                if (&c != root && !m_taken.contains(&c))
                    take(c);
            }
            return;
        }
        Part *chosen = nullptr;
        for (Part &c : p.children) {
            if (provides(c, k))
                chosen = &c;
            if (chosen && p.subtype != "alternative")
                break;
        }
        for (Part &c : p.children) {
            if (&c == chosen)
                bodyFrom(c, k);
            else if (p.subtype != "alternative" && !m_taken.contains(&c))
                take(c);
        }
    }

    void takeLeaf(Part &p)
    {
        if (m_taken.contains(&p))
            return;
        if (!m_bodyChosen && (isBodyLeaf(p, "plain") || isBodyLeaf(p, "html"))) {
            m_bodyChosen = true;
            (p.subtype == "plain" ? m_result->message.text : m_result->message.html) = decodeText(p);
            return;
        }
        attach(p);
    }

    QString decodeText(Part &p)
    {
        m_taken.insert(&p);
        bool clean = true;
        QString t = decodeCharset(p.data, p.ctParams.value("charset").toLatin1(), &clean);
        if (!clean)
            m_parser->warn(tr("The text in charset \"%1\" could not be decoded entirely; some "
                              "characters were replaced.").arg(p.ctParams.value("charset")));
        // Line breaks of the composer are LF (the writer makes them CRLF again).
        t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (p.subtype == "plain" && p.ctParams.value("format").compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0)
            t = unflow(t, p.ctParams.value("delsp").compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0);
        return t;
    }

    void attach(Part &p)
    {
        m_taken.insert(&p);
        if (p.type == "text" && (p.subtype == "plain" || p.subtype == "html") && !p.filePath.isEmpty()
            && p.disposition != "attachment")
            m_parser->warn(tr("A text of %1 MiB is too large to edit; it is kept as an attachment.")
                                   .arg(p.size >> 20));
        Attachment a;
        a.mediaType = p.mediaType().toLower();
        QString name = p.dispParams.value("filename");
        if (name.isEmpty())
            name = p.ctParams.value("name");
        // RFC 2183 §2.3: a file name is only a name, never a path.
        name = cleanHeaderText(name);
        name = name.mid(qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\'))) + 1).trimmed();
        if (name.isEmpty()) {
            QString suffix = m_mimeDb.mimeTypeForName(QString::fromLatin1(a.mediaType)).preferredSuffix();
            if (p.mediaType() == "message/rfc822")
                suffix = QStringLiteral("eml");
            name = tr("part-%1").arg(++m_unnamed) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
        }
        a.fileName = name;
        if (!p.contentId.isEmpty()) {
            if (isValidIdText(p.contentId))
                a.contentId = p.contentId;
            else
                m_parser->warn(tr("The Content-ID of \"%1\" is not valid and was left out.").arg(name));
        }
        a.data = p.data;
        a.filePath = p.filePath;
        m_result->message.attachments.append(a);
    }

    ReadResult *m_result;
    Parser *m_parser;
    QMimeDatabase m_mimeDb;
    QSet<const Part *> m_taken;
    bool m_bodyChosen = false;
    int m_unnamed = 0;
};

} // namespace

MessageReader::MessageReader(ReadLimits limits) : m_limits(std::move(limits)) {}

ReadResult MessageReader::read(QIODevice *device) const
{
    ReadResult r;
    if (!device || !device->isReadable()) {
        r.error = tr("The message cannot be read: the file is not open.");
        return r;
    }
    Part root;
    Parser parser(device, m_limits, &r);
    if (!parser.run(&root)) {
        r = ReadResult();
        r.error = tr("This is not an e-mail message: it does not start with header fields "
                     "such as From: or Subject:.");
        return r;
    }
    Builder builder(&r, &parser);
    builder.headers(root);
    builder.take(root);
    parser.finishWarnings();
    r.ok = true;
    return r;
}

ReadResult MessageReader::readFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.error = tr("Cannot open \"%1\": %2.").arg(path, f.errorString());
        return r;
    }
    return read(&f);
}

ReadResult MessageReader::readBytes(const QByteArray &bytes) const
{
    QBuffer b;
    b.setData(bytes);
    b.open(QIODevice::ReadOnly);
    return read(&b);
}

} // namespace Sendscope::Mime
