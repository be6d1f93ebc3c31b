#include "messagewriter.h"

#include "bodyencoding.h"
#include "headerencoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QUuid>

#include <QUrl>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace Sendscope::Mime {

namespace {

// Raw octets per refill of a file segment: whole base64 lines (57 octets -> 76 characters).
constexpr qint64 ChunkLines = 1024;
constexpr qint64 LineWithBreak = Base64LineChars + 2;

QByteArray defaultBoundary()
{
    // "=_" cannot occur in quoted-printable or base64 output (RFC 2045 §6.7, §6.8), so a
    // boundary starting with it never collides with an encoded body.
    QByteArray b = "=_sendscope_";
    for (int i = 0; i < 3; ++i)
        b += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    return b;
}

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

bool isValidMediaType(const QByteArray &t)
{
    const qsizetype slash = t.indexOf('/');
    return slash > 0 && isToken(QByteArrayView(t).first(slash))
            && isToken(QByteArrayView(t).sliced(slash + 1));
}

// The inside of <...> of a Message-ID or Content-ID (RFC 5322 §3.6.4): printable ASCII
// without angle brackets, white space or backslash.
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

bool anyHigh(const QByteArray &b)
{
    return std::any_of(b.begin(), b.end(), [](char c) { return uchar(c) >= 0x80; });
}

} // namespace

struct MessageWriter::Node
{
    enum class Kind { Text, Attachment, Multipart } kind = Kind::Text;
    QByteArray contentType;            // Text: full type with charset; Multipart: subtype
    TransferEncoding encoding = TransferEncoding::SevenBit;
    QByteArray body;                   // Text: encoded body
    qsizetype attachment = -1;         // Attachment: index into m_message.attachments
    bool inlinePart = false;
    QByteArray boundary;               // Multipart
    std::vector<Node> children;
};

MessageWriter::MessageWriter(Message message, QObject *parent)
    : MessageWriter(std::move(message), Options(), parent)
{
}

MessageWriter::MessageWriter(Message message, Options options, QObject *parent)
    : QIODevice(parent)
    , m_message(std::move(message))
    , m_options(std::move(options))
{
}

MessageWriter::~MessageWriter() = default;

bool MessageWriter::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly)) {
        setErrorString(tr("A message can only be opened for reading."));
        return false;
    }
    m_segments.clear();
    m_pending.clear();
    m_size = 0;
    m_pos = 0;
    m_eightBit = false;
    m_chunk.clear();
    m_fileSegment = -1;
    m_file.close();
    QString error;
    if (!build(&error)) {
        m_segments.clear();
        setErrorString(error);
        return false;
    }
    // Unbuffered: reads go straight to readData(), which is cheap and already chunked.
    return QIODevice::open(ReadOnly | Unbuffered);
}

void MessageWriter::close()
{
    m_file.close();
    m_chunk.clear();
    m_fileSegment = -1;
    QIODevice::close();
}

bool MessageWriter::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size || !QIODevice::seek(pos))
        return false;
    m_pos = pos;
    return true;
}

qint64 MessageWriter::writeData(const char *, qint64)
{
    return -1;
}

bool MessageWriter::validate(QString *error) const
{
    const Message &m = m_message;
    if (m.from.address.isEmpty()) {
        *error = tr("The message has no sender (From).");
        return false;
    }
    if (!checkHeaderInput(tr("The subject"), m.subject, error)
        || !checkHeaderInput(tr("The User-Agent"), m.userAgent, error))
        return false;
    const QList<const QList<Mailbox> *> lists = {&m.to, &m.cc, &m.bcc, &m.replyTo};
    QList<Mailbox> all = {m.from};
    for (const auto *l : lists)
        all += *l;
    for (const Mailbox &b : std::as_const(all)) {
        Mailbox parsed;
        QString why;
        if (!checkHeaderInput(tr("The display name"), b.displayName, error))
            return false;
        if (!Mailbox::parse(b.address, &parsed, &why)) {
            *error = why;
            return false;
        }
    }
    static const QList<QByteArray> own = {"from", "to", "cc", "bcc", "reply-to", "subject",
                                          "date", "message-id", "mime-version", "user-agent",
                                          "content-type", "content-transfer-encoding",
                                          "content-disposition", "content-id"};
    for (const auto &h : m.headers) {
        if (!isValidHeaderName(h.first)) {
            *error = tr("The header name \"%1\" is not valid: it needs 1 to 76 printable ASCII "
                        "characters without a colon or space.")
                             .arg(QString::fromUtf8(h.first));
            return false;
        }
        if (own.contains(h.first.toLower())) {
            *error = tr("The header \"%1\" is set from its own field, not as an extra header.")
                             .arg(QString::fromLatin1(h.first));
            return false;
        }
        if (!checkHeaderInput(tr("The header %1").arg(QString::fromLatin1(h.first)), h.second, error))
            return false;
    }
    for (const Attachment &a : m.attachments) {
        const QString name = a.effectiveFileName();
        if (!checkHeaderInput(tr("The attachment name"), name, error))
            return false;
        if (!a.mediaType.isEmpty() && !isValidMediaType(a.mediaType)) {
            *error = tr("The media type \"%1\" of \"%2\" is not of the form type/subtype.")
                             .arg(QString::fromUtf8(a.mediaType), name);
            return false;
        }
        if (!a.contentId.isEmpty() && !isValidIdText(a.contentId)) {
            *error = tr("The Content-ID \"%1\" of \"%2\" is not valid.")
                             .arg(QString::fromUtf8(a.contentId), name);
            return false;
        }
    }
    return true;
}

bool MessageWriter::build(QString *error)
{
    if (!validate(error))
        return false;
    Message &m = m_message;
    const bool utf8 = m_options.smtpUtf8;

    // Attachments first: a missing or unreadable file is an error before anything else.
    QMimeDatabase mimeDb;
    std::vector<qint64> sizes;
    std::vector<QByteArray> types;
    for (const Attachment &a : std::as_const(m.attachments)) {
        QByteArray type = a.mediaType;
        if (!a.filePath.isEmpty()) {
            const QFileInfo fi(a.filePath);
            QFile f(a.filePath);
            if (fi.isDir() || !f.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read the attachment \"%1\": %2.")
                                 .arg(a.filePath, fi.isDir() ? tr("it is a folder") : f.errorString());
                return false;
            }
            if (f.isSequential()) {
                *error = tr("The attachment \"%1\" is not a regular file; its size must be known "
                            "before sending.").arg(a.filePath);
                return false;
            }
            sizes.push_back(f.size());
            if (type.isEmpty())
                type = mimeDb.mimeTypeForFile(fi).name().toLatin1();
        } else {
            sizes.push_back(a.data.size());
            if (type.isEmpty())
                type = mimeDb.mimeTypeForFileNameAndData(a.effectiveFileName(), a.data).name().toLatin1();
        }
        if (!isValidMediaType(type))
            type = "application/octet-stream";
        types.push_back(type);
    }

    m_messageId = m.messageId;
    if (m_messageId.isEmpty() && m_options.messageIdGenerator)
        m_messageId = m_options.messageIdGenerator(m);
    if (m_messageId.isEmpty()) {
        // RFC 5322 §3.6.4: unique left side, the sender's domain on the right (an address
        // literal has no usable host name).
        QByteArray domain = QUrl::toAce(m.from.domain());
        if (domain.isEmpty() || m.from.domain().startsWith(QLatin1Char('[')))
            domain = "sendscope.invalid";
        m_messageId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domain;
    }
    if (!isValidIdText(m_messageId) || !m_messageId.contains('@')) {
        *error = tr("The Message-ID \"%1\" is not valid.").arg(QString::fromUtf8(m_messageId));
        return false;
    }

    // Bodies, each in its lightest correct transfer encoding.
    auto textNode = [this](const QString &text, const char *subtype) {
        Node n;
        n.kind = Node::Kind::Text;
        n.contentType = QByteArray("text/") + subtype + "; charset=UTF-8";
        const QByteArray canonical = canonicalLineBreaks(text.toUtf8());
        n.encoding = chooseTextEncoding(canonical, m_options.allow8Bit);
        switch (n.encoding) {
        case TransferEncoding::SevenBit:
        case TransferEncoding::EightBit:
            n.body = canonical;
            break;
        case TransferEncoding::QuotedPrintable:
            n.body = encodeQuotedPrintable(canonical);
            break;
        case TransferEncoding::Base64:
            n.body = encodeBase64Lines(canonical);
            break;
        }
        if (n.encoding == TransferEncoding::EightBit)
            m_eightBit = true;
        return n;
    };
    std::vector<QByteArray> literalBodies;  // bodies a boundary must not occur in
    Node body = textNode(m.text, "plain");
    literalBodies.push_back(body.body);
    if (!m.html.isEmpty()) {
        Node html = textNode(m.html, "html");
        literalBodies.push_back(html.body);
        Node related;
        related.kind = Node::Kind::Multipart;
        related.contentType = "related";
        for (qsizetype i = 0; i < m.attachments.size(); ++i) {
            const QByteArray &cid = m.attachments.at(i).contentId;
            // RFC 2392: the HTML refers to the part as "cid:" + its Content-ID.
            if (!cid.isEmpty() && m.html.contains(QStringLiteral("cid:") + QString::fromLatin1(cid))) {
                Node a;
                a.kind = Node::Kind::Attachment;
                a.attachment = i;
                a.inlinePart = true;
                related.children.push_back(a);
            }
        }
        Node alternative;
        alternative.kind = Node::Kind::Multipart;
        alternative.contentType = "alternative";
        alternative.children.push_back(std::move(body));
        if (related.children.empty()) {
            alternative.children.push_back(std::move(html));
        } else {
            related.children.insert(related.children.begin(), std::move(html));
            alternative.children.push_back(std::move(related));
        }
        body = std::move(alternative);
    }
    Node mixed;
    mixed.kind = Node::Kind::Multipart;
    mixed.contentType = "mixed";
    mixed.children.push_back(std::move(body));
    for (qsizetype i = 0; i < m.attachments.size(); ++i) {
        const auto &rel = mixed.children.front();
        bool isInline = false;
        std::function<void(const Node &)> scan = [&](const Node &n) {
            if (n.kind == Node::Kind::Attachment && n.attachment == i)
                isInline = true;
            for (const Node &c : n.children)
                scan(c);
        };
        scan(rel);
        if (!isInline) {
            Node a;
            a.kind = Node::Kind::Attachment;
            a.attachment = i;
            mixed.children.push_back(a);
        }
    }
    Node root = mixed.children.size() > 1 ? std::move(mixed) : std::move(mixed.children.front());

    // Boundaries: distinct, 1–70 characters of RFC 2046 §5.1.1 bchars, not inside any body
    // that goes out as it is.
    QList<QByteArray> used;
    std::function<bool(Node &)> assign = [&](Node &n) {
        if (n.kind != Node::Kind::Multipart)
            return true;
        for (int attempt = 0;; ++attempt) {
            if (attempt == 100) {
                *error = tr("No usable MIME boundary could be made.");
                return false;
            }
            QByteArray b = m_options.boundaryGenerator ? m_options.boundaryGenerator() : defaultBoundary();
            bool ok = !b.isEmpty() && b.size() <= 70 && !b.endsWith(' ') && !used.contains(b);
            for (char c : std::as_const(b)) {
                if (!(std::isalnum(uchar(c)) || QByteArrayView("'()+_,-./:=? ").contains(c)))
                    ok = false;
            }
            for (const QByteArray &lb : literalBodies) {
                if (ok && lb.contains("--" + b))
                    ok = false;
            }
            for (const QByteArray &u : std::as_const(used)) {
                // One boundary must not be a prefix of another (RFC 2046 §5.1.2).
                if (ok && (u.startsWith(b) || b.startsWith(u)))
                    ok = false;
            }
            if (ok) {
                n.boundary = b;
                used.append(b);
                break;
            }
        }
        for (Node &c : n.children) {
            if (!assign(c))
                return false;
        }
        return true;
    };
    if (!assign(root))
        return false;

    // Top-level headers (RFC 5322 §3.6), each folded under 78 columns.
    const QDateTime date = m.date.isValid() ? m.date : QDateTime::currentDateTime();
    QByteArray h;
    h += "Date: " + rfc5322Date(date) + "\r\n";
    h += "From:" + formatMailboxList({m.from}, utf8, 5) + "\r\n";
    if (!m.replyTo.isEmpty())
        h += "Reply-To:" + formatMailboxList(m.replyTo, utf8, 9) + "\r\n";
    if (!m.to.isEmpty())
        h += "To:" + formatMailboxList(m.to, utf8, 3) + "\r\n";
    if (!m.cc.isEmpty())
        h += "Cc:" + formatMailboxList(m.cc, utf8, 3) + "\r\n";
    // Bcc: envelope only (RFC 5322 §3.6.3 allows leaving it out entirely).
    if (!m.subject.isEmpty())
        h += "Subject:" + encodeUnstructured(m.subject, 8) + "\r\n";
    h += "Message-ID: <" + m_messageId + ">\r\n";
    if (!m.userAgent.isEmpty())
        h += "User-Agent:" + encodeUnstructured(m.userAgent, 11) + "\r\n";
    for (const auto &x : std::as_const(m.headers))
        h += x.first + ':' + encodeUnstructured(x.second, int(x.first.size()) + 1) + "\r\n";
    h += "MIME-Version: 1.0\r\n";
    if (anyHigh(h))
        m_eightBit = true;  // UTF-8 addresses (RFC 6532)
    append(h);

    m_sizes = std::move(sizes);
    m_types = std::move(types);
    emitNode(root, true);
    if (!m_pending.isEmpty()) {
        Segment s;
        s.start = m_size;
        s.length = m_pending.size();
        s.bytes = m_pending;
        m_segments.push_back(s);
        m_size += s.length;
        m_pending.clear();
    }
    return true;
}

void MessageWriter::append(const QByteArray &bytes)
{
    m_pending += bytes;
}

void MessageWriter::appendFile(const QString &path, qint64 fileSize)
{
    if (!m_pending.isEmpty()) {
        Segment s;
        s.start = m_size;
        s.length = m_pending.size();
        s.bytes = m_pending;
        m_segments.push_back(s);
        m_size += s.length;
        m_pending.clear();
    }
    Segment s;
    s.start = m_size;
    s.length = base64LinesSize(fileSize);
    s.filePath = path;
    s.fileSize = fileSize;
    if (s.length > 0) {
        m_segments.push_back(s);
        m_size += s.length;
    }
}

void MessageWriter::emitNode(const Node &n, bool top)
{
    switch (n.kind) {
    case Node::Kind::Text:
        append("Content-Type: " + n.contentType + "\r\n");
        append("Content-Transfer-Encoding: " + transferEncodingName(n.encoding) + "\r\n\r\n");
        append(n.body);
        if (top && !n.body.isEmpty() && !n.body.endsWith("\r\n")) {
            // The message ends with a line break. Quoted-printable ends with a soft one so
            // the text is unchanged (RFC 2045 §6.7 rule 5).
            append(n.encoding == TransferEncoding::QuotedPrintable ? "=\r\n" : "\r\n");
        }
        break;
    case Node::Kind::Attachment: {
        const Attachment &a = m_message.attachments.at(n.attachment);
        const QString name = a.effectiveFileName();
        const QByteArray &type = m_types.at(size_t(n.attachment));
        append("Content-Type: " + type + ';' + encodeFileNameParameter("name", name, true).mid(1)
               + "\r\n");
        append("Content-Transfer-Encoding: base64\r\n");
        // RFC 2183 with the RFC 2231 file name.
        append(QByteArray("Content-Disposition: ") + (n.inlinePart ? "inline" : "attachment") + ';'
               + encodeFileNameParameter("filename", name, false).mid(1) + "\r\n");
        if (!a.contentId.isEmpty())
            append("Content-ID: <" + a.contentId + ">\r\n");
        append("\r\n");
        if (!a.filePath.isEmpty())
            appendFile(a.filePath, m_sizes.at(size_t(n.attachment)));
        else
            append(encodeBase64Lines(a.data));
        if (top)
            append("\r\n");
        break;
    }
    case Node::Kind::Multipart:
        append("Content-Type: multipart/" + n.contentType + ';');
        if (n.contentType == "related")
            append("\r\n type=\"text/html\";");
        append("\r\n boundary=\"" + n.boundary + "\"\r\n\r\n");
        // RFC 2046 §5.1.1: the CRLF before "--boundary" belongs to the delimiter.
        for (const Node &c : n.children) {
            append("--" + n.boundary + "\r\n");
            emitNode(c, false);
            append("\r\n");
        }
        append("--" + n.boundary + "--");
        if (top)
            append("\r\n");
        break;
    }
}

bool MessageWriter::fillChunk(qsizetype segment, qint64 line)
{
    const Segment &s = m_segments.at(size_t(segment));
    if (m_fileSegment != segment) {
        m_file.close();
        m_file.setFileName(s.filePath);
        if (!m_file.open(QIODevice::ReadOnly)) {
            setErrorString(tr("Cannot read the attachment \"%1\": %2.")
                                   .arg(s.filePath, m_file.errorString()));
            m_fileSegment = -1;
            return false;
        }
        m_fileSegment = segment;
    }
    const qint64 rawStart = line * Base64LineRaw;
    const qint64 want = qMin(ChunkLines * Base64LineRaw, s.fileSize - rawStart);
    if (want <= 0) {
        setErrorString(tr("Internal error: read past the end of the attachment \"%1\".")
                               .arg(s.filePath));
        return false;
    }
    QByteArray raw(want, Qt::Uninitialized);
    qint64 got = 0;
    if (m_file.seek(rawStart)) {
        while (got < want) {
            const qint64 n = m_file.read(raw.data() + got, want - got);
            if (n <= 0)
                break;
            got += n;
        }
    }
    if (got != want) {
        setErrorString(tr("The attachment \"%1\" changed or became unreadable while sending.")
                               .arg(s.filePath));
        return false;
    }
    m_chunk = encodeBase64Lines(raw);
    if (rawStart + want < s.fileSize)
        m_chunk += "\r\n";  // more lines follow in the next chunk
    m_chunkStart = line * LineWithBreak;
    return true;
}

qint64 MessageWriter::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_pos < m_size) {
        // The segment holding m_pos: the last one starting at or before it.
        auto it = std::upper_bound(m_segments.begin(), m_segments.end(), m_pos,
                                   [](qint64 p, const Segment &s) { return p < s.start; });
        const qsizetype index = qsizetype(it - m_segments.begin()) - 1;
        const Segment &s = m_segments.at(size_t(index));
        const qint64 off = m_pos - s.start;
        const char *src = nullptr;
        qint64 avail = 0;
        if (s.filePath.isEmpty()) {
            src = s.bytes.constData() + off;
            avail = s.length - off;
        } else {
            if (m_fileSegment != index || off < m_chunkStart
                || off >= m_chunkStart + m_chunk.size()) {
                if (!fillChunk(index, off / LineWithBreak))
                    return done > 0 ? done : -1;
            }
            src = m_chunk.constData() + (off - m_chunkStart);
            avail = m_chunkStart + m_chunk.size() - off;
        }
        if (avail <= 0) {
            // Never spin: a segment that yields nothing is an error, not a wait.
            setErrorString(tr("Internal error: the message is shorter than its size."));
            return done > 0 ? done : -1;
        }
        const qint64 n = qMin(avail, maxSize - done);
        std::memcpy(data + done, src, size_t(n));
        done += n;
        m_pos += n;
    }
    return done;
}

} // namespace Sendscope::Mime
