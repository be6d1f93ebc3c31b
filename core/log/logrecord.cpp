#include "logrecord.h"

#include <QCoreApplication>

namespace Sendscope {

QString redactedPlaceholder()
{
    return QStringLiteral("<redacted>");
}

LogRecord LogRecord::make(quint32 connection, Direction direction, const QString &text,
                          int replyCode, bool redacted)
{
    LogRecord r;
    r.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    r.connectionId = connection;
    r.direction = direction;
    r.replyCode = replyCode;
    r.replyClass = direction == Direction::Server ? classFor(replyCode) : ReplyClass::None;
    r.redacted = redacted;
    r.originalLength = text.size();
    if (text.size() > MaxStoredText) {
        r.text = text.left(MaxStoredText)
                + QCoreApplication::translate("Sendscope::LogRecord",
                                              " … [truncated, %1 characters in all]")
                          .arg(text.size());
    } else {
        r.text = text;
    }
    return r;
}

LogRecord::ReplyClass LogRecord::classFor(int replyCode)
{
    switch (replyCode / 100) {
    case 2: return ReplyClass::Positive;
    case 3: return ReplyClass::Intermediate;
    case 4: return ReplyClass::Transient;
    case 5: return ReplyClass::Permanent;
    default: return ReplyClass::None;
    }
}

QString LogRecord::directionMarker() const
{
    switch (direction) {
    case Direction::Client: return QStringLiteral("C:");
    case Direction::Server: return QStringLiteral("S:");
    case Direction::Tls: return QStringLiteral("TLS");
    case Direction::Info: return QStringLiteral("--");
    case Direction::Error: return QStringLiteral("!!");
    }
    return QString();
}

QString LogRecord::toPlainLine(qint64 sessionStartMsecs) const
{
    QString stamp;
    if (sessionStartMsecs >= 0) {
        stamp = QStringLiteral("+%1ms").arg(msecsSinceEpoch - sessionStartMsecs, 6);
    } else {
        stamp = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch)
                        .toString(QStringLiteral("HH:mm:ss.zzz"));
    }
    return stamp + QLatin1Char(' ') + directionMarker() + QLatin1Char(' ') + text;
}

} // namespace Sendscope
