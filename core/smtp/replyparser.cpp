#include "replyparser.h"

#include <QCoreApplication>

namespace Sendscope {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 3463 status code at the start of text: class.subject.detail, the class matching the
// reply's class, followed by a space or the end of the line.
qsizetype enhancedCodeLength(QByteArrayView text, int replyClass)
{
    if (text.size() < 5 || text[0] != char('0' + replyClass) || text[1] != '.')
        return 0;
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text[i]) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= text.size() || text[i] != '.')
                return 0;
            ++i;
        }
    }
    if (i < text.size() && text[i] != ' ')
        return 0;
    return i;
}

// Could `partial` still become a reply line ("2xy-" … "5xy ")?
bool plausiblePrefix(QByteArrayView partial)
{
    const qsizetype n = partial.size();
    if (n > 0 && (partial[0] < '2' || partial[0] > '5'))
        return false;
    if (n > 1 && (partial[1] < '0' || partial[1] > '5'))
        return false;
    if (n > 2 && !isDigit(partial[2]))
        return false;
    if (n > 3 && partial[3] != ' ' && partial[3] != '-' && partial[3] != '\r')
        return false;
    return true;
}

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::ReplyParser", s);
}

// The error for a line that cannot be a reply. It quotes the line only up to the first byte
// that proves it (at most "2xy-"), so the text is the same however the bytes were split.
QString notAReply(QByteArrayView line)
{
    // lupdate files the strings of this free function under the namespace's context.
    const auto tr = [](const char *s) { return QCoreApplication::translate("Sendscope", s); };
    qsizetype n = 0;
    while (n < line.size() && n < 4 && plausiblePrefix(line.first(n + 1)))
        ++n;
    if (n < line.size() && n < 4)
        ++n; // include the offending byte
    QByteArray shown = line.first(n).toByteArray();
    while (shown.endsWith('\r') || shown.endsWith('\n'))
        shown.chop(1);
    QString printable;
    for (char c : std::as_const(shown))
        printable += (uchar(c) >= 0x20 && uchar(c) < 0x7f) ? QChar::fromLatin1(c) : QChar(0xFFFD);
    return tr("The server sent something that is not an SMTP reply (it begins \"%1\").")
            .arg(printable);
}

} // namespace

void ReplyParser::reset()
{
    m_line.clear();
    m_rawLines.clear();
    m_reply = SmtpReply();
    m_replyBytes = 0;
    m_lineTooLong = false;
    m_failed = false;
    m_error.clear();
}

ReplyParser::Result ReplyParser::feed(QByteArrayView data)
{
    Result result;
    if (m_failed) {
        result.status = Status::Error;
        return result;
    }
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype nl = data.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? data.size() : nl;
        const qsizetype room = MaxLineLength + 1 - m_line.size(); // +1 for a CR
        if (end - pos > room) {
            // Whatever the split, a line that cannot be a reply is reported as such first.
            const QByteArray head =
                    (m_line + data.sliced(pos, qMin<qsizetype>(4, end - pos)).toByteArray()).left(4);
            if (!plausiblePrefix(head)) {
                m_failed = true;
                m_error = notAReply(head);
                result.status = Status::Error;
                result.consumed = pos;
                return result;
            }
            m_line.append(data.sliced(pos, room));
            m_failed = true;
            m_error = tr("The server sent a reply line longer than %1 bytes.").arg(MaxLineLength);
            result.status = Status::Error;
            result.consumed = pos;
            return result;
        }
        m_line.append(data.sliced(pos, end - pos));
        if (nl < 0) {
            // Garbage is refused as soon as it shows, not when a line end finally comes.
            if (!plausiblePrefix(m_line)) {
                m_failed = true;
                m_error = notAReply(m_line);
                result.status = Status::Error;
                result.consumed = data.size();
                return result;
            }
            result.consumed = data.size();
            return result;
        }
        pos = nl + 1;
        if (!finishLine()) {
            result.status = Status::Error;
            result.consumed = pos;
            return result;
        }
        if (m_reply.code != 0 && m_rawLines.isEmpty()) {
            // finishLine() completed a reply
            result.status = Status::Complete;
            result.consumed = pos;
            return result;
        }
    }
    result.consumed = pos;
    return result;
}

bool ReplyParser::finishLine()
{
    QByteArray line;
    line.swap(m_line);
    if (line.endsWith('\r'))
        line.chop(1);
    auto fail = [this](const QString &why) {
        m_failed = true;
        m_error = why;
        return false;
    };
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2])
        || line[0] < '2' || line[0] > '5' || line[1] > '5'
        || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        return fail(notAReply(line));
    }
    if (line.size() > MaxLineLength)
        return fail(tr("The server sent a reply line longer than %1 bytes.").arg(MaxLineLength));
    m_replyBytes += line.size() + 2;
    if (m_replyBytes > MaxReplyLength)
        return fail(tr("The server sent a reply longer than %1 bytes.").arg(MaxReplyLength));

    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (m_rawLines.isEmpty()) {
        m_reply = SmtpReply();
        m_reply.code = code;
    } else if (m_reply.code != code) {
        return fail(tr("The server mixed reply codes %1 and %2 in one reply.")
                            .arg(m_reply.code)
                            .arg(code));
    }
    m_rawLines.append(line);

    QByteArrayView text = line.size() > 4 ? QByteArrayView(line).sliced(4) : QByteArrayView();
    const qsizetype enh = enhancedCodeLength(text, code / 100);
    if (enh > 0) {
        if (m_reply.enhancedCode.isEmpty())
            m_reply.enhancedCode = QString::fromLatin1(text.first(enh));
        text = text.sliced(enh);
        if (!text.isEmpty() && text[0] == ' ')
            text = text.sliced(1);
    }
    m_reply.lines.append(QString::fromUtf8(text));

    const bool last = line.size() == 3 || line[3] == ' ';
    if (last) {
        m_replyBytes = 0;
        m_completedRaw = m_rawLines;
        m_rawLines.clear();
    }
    return true;
}

SmtpReply ReplyParser::takeReply()
{
    SmtpReply r;
    std::swap(r, m_reply);
    return r;
}

} // namespace Sendscope
