#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Sendscope {

// One line of the protocol log. Records are created already redacted: whoever builds a
// record for an AUTH step puts "<redacted>" in place of the payload, so nothing downstream
// (log dock, --transcript, qDebug) can ever see a secret.
struct LogRecord
{
    enum class Direction : quint8 {
        Client, // a command we wrote
        Server, // a reply line we read
        Tls,    // handshake, certificate, cipher events
        Info,   // what the session is doing, in words
        Error,  // why it stopped
    };

    // Reply class of a server line, so views colour by meaning.
    enum class ReplyClass : quint8 { None, Positive, Intermediate, Transient, Permanent };

    // A stored line longer than this keeps its head and a marker (with its real length).
    static constexpr qsizetype MaxStoredText = 4096;

    qint64 msecsSinceEpoch = 0;
    quint32 connectionId = 0;
    Direction direction = Direction::Info;
    ReplyClass replyClass = ReplyClass::None;
    int replyCode = 0;
    bool redacted = false;   // the text had a secret replaced by <redacted>
    qsizetype originalLength = 0; // >MaxStoredText when truncated
    QString text;

    static LogRecord make(quint32 connection, Direction direction, const QString &text,
                          int replyCode = 0, bool redacted = false);
    static ReplyClass classFor(int replyCode);

    bool isTruncated() const { return originalLength > text.size(); }
    QString directionMarker() const;  // "C:", "S:", "TLS", "--", "!!"
    QString toPlainLine(qint64 sessionStartMsecs = -1) const;
};

QString redactedPlaceholder();

} // namespace Sendscope

Q_DECLARE_METATYPE(Sendscope::LogRecord)
