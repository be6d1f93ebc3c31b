#include "simplemessage.h"

#include <QRandomGenerator>
#include <QUuid>

namespace Sendscope::Mime {

namespace {

bool isPlainAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x7f || c.unicode() < 0x20)
            return false;
    }
    return true;
}

} // namespace

QByteArray encodeHeaderText(const QString &text, int firstLineUsed)
{
    if (isPlainAscii(text) && firstLineUsed + text.size() <= 76)
        return text.toLatin1();
    QByteArray out;
    int used = firstLineUsed;
    if (isPlainAscii(text)) {
        // Fold at spaces.
        const QStringList words = text.split(QLatin1Char(' '));
        bool first = true;
        for (const QString &w : words) {
            if (!first && used + 1 + w.size() > 76) {
                out += "\r\n";
                used = 0;
            }
            if (!first) {
                out += ' ';
                ++used;
            }
            out += w.toLatin1();
            used += int(w.size());
            first = false;
        }
        return out;
    }
    // Encoded words of at most 75 characters, never splitting a UTF-8 sequence.
    const QByteArray utf8 = text.toUtf8();
    const int maxRaw = 45;  // 45 bytes -> 60 base64 chars + 12 = 72
    qsizetype pos = 0;
    bool first = true;
    while (pos < utf8.size()) {
        qsizetype len = qMin<qsizetype>(maxRaw, utf8.size() - pos);
        while (pos + len < utf8.size() && (uchar(utf8[pos + len]) & 0xC0) == 0x80)
            --len;
        const QByteArray word = "=?UTF-8?B?" + utf8.mid(pos, len).toBase64() + "?=";
        if (!first) {
            out += "\r\n ";
            used = 1;
        }
        out += word;
        used += int(word.size());
        first = false;
        pos += len;
    }
    return out;
}

QByteArray formatMailbox(const Mailbox &m)
{
    const QByteArray addr = m.address.toUtf8();
    if (m.displayName.isEmpty())
        return addr;
    QByteArray name;
    if (isPlainAscii(m.displayName)) {
        QString q = m.displayName;
        q.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        name = '"' + q.toLatin1() + '"';
    } else {
        name = encodeHeaderText(m.displayName, 6);
    }
    return name + " <" + addr + '>';
}

QByteArray rfc5322Date(const QDateTime &dt)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = dt.date();
    const QTime t = dt.time();
    const int off = dt.offsetFromUtc() / 60;
    const int aoff = off < 0 ? -off : off;
    return QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' '
            + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' '
            + QString::asprintf("%02d:%02d:%02d %c%02d%02d", t.hour(), t.minute(), t.second(),
                                off < 0 ? '-' : '+', aoff / 60, aoff % 60)
                      .toLatin1();
}

QByteArray quotedPrintable(const QByteArray &utf8)
{
    // RFC 2045 §6.7; input lines are split on LF (a CR before it is dropped), output lines
    // end in CRLF and soft breaks keep them at most 76 characters.
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 11 / 10 + 16);
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        QByteArray line = lines.at(li);
        if (line.endsWith('\r'))
            line.chop(1);
        int col = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray enc;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                enc = QByteArray(1, char(c));
            else
                enc = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            // "." at the start of a line is left to the DATA filter (dot-stuffing).
            if (col + enc.size() > 75) {
                out += "=\r\n";
                col = 0;
            }
            out += enc;
            col += int(enc.size());
        }
        if (li + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray SimpleMessage::toBytes() const
{
    QByteArray m;
    m += "Date: " + rfc5322Date(date) + "\r\n";
    m += "From: " + formatMailbox(from) + "\r\n";
    auto list = [](const QList<Mailbox> &l) {
        QByteArray out;
        for (qsizetype i = 0; i < l.size(); ++i) {
            if (i)
                out += ",\r\n ";
            out += formatMailbox(l.at(i));
        }
        return out;
    };
    if (!to.isEmpty())
        m += "To: " + list(to) + "\r\n";
    if (!cc.isEmpty())
        m += "Cc: " + list(cc) + "\r\n";
    m += "Subject: " + encodeHeaderText(subject, 9) + "\r\n";
    const QString domain = messageIdDomain.isEmpty() ? from.domain() : messageIdDomain;
    m += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@'
            + domain.toUtf8() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    for (const auto &h : extraHeaders)
        m += h.first + ": " + encodeHeaderText(h.second, int(h.first.size()) + 2) + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n";
    m += "\r\n";
    m += quotedPrintable(body.toUtf8());
    m += "\r\n";
    return m;
}

} // namespace Sendscope::Mime
