#pragma once

#include "message.h"

#include <QFile>
#include <QIODevice>

#include <functional>
#include <vector>

namespace Sendscope::Mime {

// Produces the wire form of a Message (RFC 5322 + MIME) on demand while it is read.
// open() checks everything (header injection, unreadable attachments, …) and computes the
// exact size; reading then encodes attachments chunk by chunk from their files, so memory
// does not grow with attachment size. Random access: seek() anywhere, size() is exact.
// Every line ends in CRLF and has at most 998 octets. No dot-stuffing: the session's
// DataFilter does that on the wire.
class MessageWriter : public QIODevice
{
    Q_OBJECT
public:
    struct Options
    {
        // The server offers 8BITMIME (RFC 6152): text may go as 8bit instead of QP/base64.
        bool allow8Bit = false;
        // The server offers SMTPUTF8 (RFC 6531): domains stay in UTF-8 in headers.
        bool smtpUtf8 = false;
        // For golden tests; the defaults are random. A boundary that is invalid (RFC 2046
        // §5.1.1), reused or found in a body is discarded and the generator asked again. A
        // Message-ID is the part between the angle brackets.
        std::function<QByteArray()> boundaryGenerator;
        std::function<QByteArray(const Message &)> messageIdGenerator;
    };

    explicit MessageWriter(Message message, QObject *parent = nullptr);
    MessageWriter(Message message, Options options, QObject *parent = nullptr);
    ~MessageWriter() override;

    // ReadOnly only. Returns false with errorString() naming the field or file on bad input.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;

    // After open(): the message holds 8-bit octets (8bit parts or UTF-8 addresses), so it
    // needs BODY=8BITMIME (or SMTPUTF8).
    bool hasEightBit() const { return m_eightBit; }
    QByteArray messageId() const { return m_messageId; }
    const Message &message() const { return m_message; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Segment
    {
        qint64 start = 0;
        qint64 length = 0;
        QByteArray bytes;       // in-memory text
        QString filePath;       // or base64 lines of this file
        qint64 fileSize = 0;
    };
    struct Node;

    bool build(QString *error);
    bool validate(QString *error) const;
    void append(const QByteArray &bytes);
    void appendFile(const QString &path, qint64 fileSize);
    void emitNode(const Node &node, bool top);
    bool fillChunk(qsizetype segment, qint64 line);

    Message m_message;
    Options m_options;
    std::vector<Segment> m_segments;
    QByteArray m_pending;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    bool m_eightBit = false;
    QByteArray m_messageId;
    std::vector<qint64> m_sizes;       // per attachment, taken at open()
    std::vector<QByteArray> m_types;   // per attachment media type

    QFile m_file;
    qsizetype m_fileSegment = -1;
    QByteArray m_chunk;          // encoded lines of the current file segment
    qint64 m_chunkStart = 0;     // offset of m_chunk within its segment
};

} // namespace Sendscope::Mime
