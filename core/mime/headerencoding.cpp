#include "headerencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Sendscope::Mime {

namespace {

bool isPlainPrintable(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

// A run of text that can go out as it is: printable ASCII, no "=?" that a reader would take
// for an encoded word (RFC 2047 §5), single spaces between words, none at the ends, and no
// word too long to fold.
bool isFoldablePlain(const QString &s)
{
    if (!isPlainPrintable(s) || s.contains(QStringLiteral("=?")) || s.startsWith(QLatin1Char(' '))
        || s.endsWith(QLatin1Char(' ')) || s.contains(QStringLiteral("  ")))
        return false;
    const QStringList words = s.split(QLatin1Char(' '));
    for (const QString &w : words) {
        if (w.size() > HeaderFoldColumn - 2)
            return false;
    }
    return true;
}

// Encoded words of at most 75 characters (RFC 2047 §2), never splitting a UTF-8 sequence
// (§5 rule 3), separated by folding white space.
QByteArray encodedWords(const QByteArray &utf8, int *column)
{
    QByteArray out;
    int col = *column;
    qsizetype pos = 0;
    bool first = true;
    while (pos < utf8.size() || first) {
        bool lead = true;  // callers write "Name:" or "," before: a space always leads
        // Room for " =?UTF-8?B?" + text + "?=" on this line.
        int room = HeaderFoldColumn - col - 1 - 12;
        if (room < 8 || (!first && room < 24)) {
            out += "\r\n";
            col = 0;
            lead = true;
            room = HeaderFoldColumn - 1 - 12;
        }
        room = qMin(room, 75 - 12);
        qsizetype len = qMin<qsizetype>(room / 4 * 3, utf8.size() - pos);
        while (pos + len < utf8.size() && len > 0 && (uchar(utf8[pos + len]) & 0xC0) == 0x80)
            --len;
        const QByteArray word = "=?UTF-8?B?" + utf8.mid(pos, len).toBase64() + "?=";
        if (lead) {
            out += ' ';
            ++col;
        }
        out += word;
        col += int(word.size());
        pos += len;
        first = false;
    }
    *column = col;
    return out;
}

bool isAtextAscii(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

QString decodeWord(const QString &word, bool *ok)
{
    // =?charset?enc?text?=
    *ok = false;
    const QStringList parts = word.mid(2, word.size() - 4).split(QLatin1Char('?'));
    if (parts.size() != 3)
        return QString();
    QString charset = parts.at(0).toLower();
    charset = charset.section(QLatin1Char('*'), 0, 0);  // RFC 2231 §5 language suffix
    const QString enc = parts.at(1).toLower();
    QByteArray raw;
    if (enc == QLatin1String("b")) {
        auto r = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return QString();
        raw = *r;
    } else if (enc == QLatin1String("q")) {
        const QByteArray t = parts.at(2).toLatin1();
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t[i] == '_') {
                raw += ' ';
            } else if (t[i] == '=' && i + 2 < t.size()) {
                bool hexOk = false;
                raw += char(t.mid(i + 1, 2).toInt(&hexOk, 16));
                if (!hexOk)
                    return QString();
                i += 2;
            } else {
                raw += t[i];
            }
        }
    } else {
        return QString();
    }
    // Each word is decoded on its own: a U+FEFF at its start is text, not a byte-order mark.
    QStringDecoder dec(charset == QLatin1String("us-ascii") ? "UTF-8" : charset.toLatin1().constData(),
                       QStringConverter::Flag::ConvertInitialBom);
    if (!dec.isValid())
        return QString();
    QString s = dec.decode(raw);
    if (dec.hasError())
        return QString();
    *ok = true;
    return s;
}

} // namespace

bool checkHeaderInput(const QString &field, const QString &text, QString *error)
{
    for (QChar c : text) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0) {
            QString shown = text;
            shown.replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                    .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
                    .replace(QChar(0), QStringLiteral("\\0"));
            *error = QCoreApplication::translate(
                             "Sendscope::Mime::Header",
                             "%1 \"%2\" contains a line break or NUL character; that could "
                             "inject headers, so it is refused.")
                             .arg(field, shown);
            return false;
        }
    }
    return true;
}

bool isValidHeaderName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 76)
        return false;
    for (char c : name) {
        if (uchar(c) < 33 || uchar(c) > 126 || c == ':')
            return false;
    }
    return true;
}

QByteArray encodeUnstructured(const QString &text, int column)
{
    if (text.isEmpty())
        return QByteArray();
    if (isFoldablePlain(text)) {
        QByteArray out;
        int col = column;
        const QStringList words = text.split(QLatin1Char(' '));
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray w = words.at(i).toLatin1();
            if (i > 0 && col + 1 + w.size() > HeaderFoldColumn) {
                out += "\r\n";  // the space below becomes the folding white space
                col = 0;
            }
            if (i > 0 || column > 0) {
                out += ' ';
                ++col;
            }
            out += w;
            col += int(w.size());
        }
        return out;
    }
    int col = column;
    return encodedWords(text.toUtf8(), &col);
}

QByteArray encodePhrase(const QString &name, int *column)
{
    QByteArray out;
    if (isFoldablePlain(name)) {
        const QByteArray a = name.toLatin1();
        bool atoms = true;
        for (char c : a) {
            if (c != ' ' && !isAtextAscii(c))
                atoms = false;
        }
        if (atoms) {
            out = a;
        } else {
            // RFC 5322 §3.2.4 quoted-string: backslash escapes " and \.
            QByteArray q = a;
            q.replace('\\', "\\\\").replace('"', "\\\"");
            out = '"' + q + '"';
        }
        // Fold at the single spaces between words; unfolding restores them (§2.2.3).
        const QList<QByteArray> words = out.split(' ');
        QByteArray folded;
        int col = *column;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray &w = words.at(i);
            if (col + 1 + w.size() > HeaderFoldColumn && (i > 0 || col > 1)) {
                folded += "\r\n";
                col = 0;
            }
            folded += ' ' + w;
            col += int(w.size()) + 1;
        }
        *column = col;
        return folded;
    }
    // RFC 2047 §5 (3): encoded words may stand in for words of a phrase.
    return encodedWords(name.toUtf8(), column);
}

QString decodeEncodedWords(const QString &text)
{
    QString out;
    qsizetype i = 0;
    bool lastWasEncoded = false;
    QString pendingSpace;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('=') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('?')) {
            // Find "?=" after charset?enc?text.
            qsizetype q1 = text.indexOf(QLatin1Char('?'), i + 2);
            qsizetype q2 = q1 < 0 ? -1 : text.indexOf(QLatin1Char('?'), q1 + 1);
            qsizetype end = q2 < 0 ? -1 : text.indexOf(QStringLiteral("?="), q2 + 1);
            if (end > 0) {
                bool ok = false;
                const QString decoded = decodeWord(text.mid(i, end + 2 - i), &ok);
                if (ok) {
                    if (!lastWasEncoded)
                        out += pendingSpace;
                    pendingSpace.clear();
                    out += decoded;
                    lastWasEncoded = true;
                    i = end + 2;
                    continue;
                }
            }
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            pendingSpace += c;
        } else {
            out += pendingSpace;
            pendingSpace.clear();
            out += c;
            lastWasEncoded = false;
        }
        ++i;
    }
    out += pendingSpace;
    return out;
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

QByteArray encodeFileNameParameter(const QByteArray &name, const QString &value, bool legacy)
{
    // "=?" would be taken for an encoded word by readers that decode them in parameters.
    if (isPlainPrintable(value) && !value.contains(QStringLiteral("=?"))
        && value.size() + name.size() + 6 < HeaderFoldColumn) {
        QByteArray q = value.toLatin1();
        q.replace('\\', "\\\\").replace('"', "\\\"");
        return ";\r\n " + name + "=\"" + q + '"';
    }
    QByteArray out;
    if (legacy) {
        // Not standard inside a quoted parameter, but what readers without RFC 2231 expect
        // (and what they write themselves).
        int col = int(name.size()) + 3;
        const QByteArray words = encodedWords(value.toUtf8(), &col).trimmed();
        return ";\r\n " + name + "=\"" + words + '"';
    }
    // RFC 2231 §3, §4: charset'language'percent-encoded, in numbered sections.
    const QByteArray utf8 = value.toUtf8();
    static const char hex[] = "0123456789ABCDEF";
    QByteArray section;
    int n = 0;
    auto flush = [&] {
        out += ";\r\n " + name + '*' + QByteArray::number(n) + "*=" + (n == 0 ? "UTF-8''" : "")
                + section;
        section.clear();
        ++n;
    };
    for (char ch : utf8) {
        const uchar c = uchar(ch);
        QByteArray enc;
        // attribute-char (RFC 2231 §7): no specials, no '*', '\'', '%', space or controls.
        if (c > 32 && c < 127 && !QByteArrayView("()<>@,;:\\\"/[]?=*'%").contains(char(c)))
            enc = QByteArray(1, char(c));
        else
            enc = QByteArray("%") + hex[c >> 4] + hex[c & 15];
        if (section.size() + enc.size() > 60)
            flush();
        section += enc;
    }
    flush();
    return out;
}

} // namespace Sendscope::Mime
