#pragma once

#include "smtpreply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Sendscope {

// Incremental parser for server replies (RFC 5321 §4.2.1). Feed it bytes as they arrive,
// split anywhere; it stops after each complete reply so the caller can see what follows it
// (which matters right after "220 go ahead" to STARTTLS).
//
// Bounded: a line longer than MaxLineLength or a reply longer than MaxReplyLength is a
// protocol error, and the parser never buffers more than one line.
class ReplyParser
{
public:
    static constexpr qsizetype MaxLineLength = 4096;   // octets, without CRLF
    static constexpr qsizetype MaxReplyLength = 65536; // octets, all lines

    enum class Status { NeedMore, Complete, Error };

    struct Result
    {
        Status status = Status::NeedMore;
        qsizetype consumed = 0;  // bytes of the input used
    };

    // Consumes input up to and including the end of the first complete reply. On Complete,
    // takeReply() returns it; input after `consumed` belongs to what follows.
    Result feed(QByteArrayView data);

    SmtpReply takeReply();
    // Raw lines of the reply just completed, as received (for the protocol log).
    const QList<QByteArray> &rawLines() const { return m_completedRaw; }
    QString errorString() const { return m_error; }
    // The first bytes of an offending line (for a truncated log record) and its length so far.
    QByteArray offendingLine() const { return m_line.left(256); }

    bool isMidReply() const { return !m_rawLines.isEmpty() || !m_line.isEmpty(); }
    void reset();

private:
    bool finishLine();  // false on error

    QByteArray m_line;
    QList<QByteArray> m_rawLines;
    QList<QByteArray> m_completedRaw;
    SmtpReply m_reply;
    qsizetype m_replyBytes = 0;
    bool m_lineTooLong = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace Sendscope
