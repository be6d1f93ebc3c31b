#include "mimeparse_p.h"

#include <QMap>
#include <QStringDecoder>
#include <QTimeZone>

#include <array>
#include <cctype>

namespace Sendscope::Mime::Parse {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;  // lower case: not canonical, but seen (RFC 2045 §6.7 note)
    return -1;
}

bool isAscii(QByteArrayView b)
{
    for (char c : b) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(QByteArrayView b)
{
    // Stateless: an incomplete sequence at the end is an error, not state kept for later.
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = d.decode(b);
    Q_UNUSED(s);
    return !d.hasError();
}

// MIME charset names as used in the wild -> names QStringDecoder (ICU) knows, with the
// supersets browsers use (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252,
// GB2312 and GBK mean GB18030, Outlook's ks_c_5601-1987 means windows-949.
QByteArray canonicalCharset(QByteArrayView cs, bool *asciiLabel)
{
    QByteArray c = cs.toByteArray().trimmed().toLower();
    if (c.size() >= 2 && c.startsWith('"') && c.endsWith('"'))
        c = c.mid(1, c.size() - 2);
    c = c.left(c.indexOf('*') < 0 ? c.size() : c.indexOf('*'));  // RFC 2231 §5 language
    *asciiLabel = c == "us-ascii" || c == "ascii" || c == "ansi_x3.4-1968";
    if (*asciiLabel || c == "iso-8859-1" || c == "iso8859-1" || c == "iso_8859-1" || c == "latin1"
        || c == "latin-1" || c == "l1")
        return "windows-1252";
    if (c == "gb2312" || c == "gbk" || c == "x-gbk" || c == "cp936" || c == "euc-cn")
        return "GB18030";
    if (c == "ks_c_5601-1987")
        return "windows-949";
    if (c == "utf8")
        return "UTF-8";
    return c;
}

} // namespace

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, bool *clean)
{
    if (clean)
        *clean = true;
    bool asciiLabel = false;
    QByteArray name = canonicalCharset(charset, &asciiLabel);
    if (isAscii(bytes))
        return QString::fromLatin1(bytes.data(), bytes.size());
    // Text labelled US-ASCII (or not labelled) that is valid UTF-8 was meant as UTF-8.
    if ((name.isEmpty() || asciiLabel) && isValidUtf8(bytes))
        return QString::fromUtf8(bytes.data(), bytes.size());
    if (name.isEmpty())
        name = "windows-1252";
    QStringDecoder d(name.constData(), QStringDecoder::Flag::Stateless);
    if (!d.isValid()) {
        if (clean)
            *clean = false;
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes.data(), bytes.size());
        d = QStringDecoder("windows-1252", QStringDecoder::Flag::Stateless);
    }
    QString s = d.decode(bytes);
    if (d.hasError() && clean)
        *clean = false;
    return s;
}

QString decodeRawHeader(QByteArrayView bytes, QByteArrayView fallbackCharset)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes.data(), bytes.size());
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes.data(), bytes.size());  // RFC 6532 §3.2
    return decodeCharset(bytes, fallbackCharset.isEmpty() ? QByteArrayView("windows-1252")
                                                          : fallbackCharset);
}

QString decodeRfc2047(const QString &text)
{
    if (!text.contains(QLatin1String("=?")))
        return text;
    struct Segment
    {
        bool word = false;
        QByteArray charset;
        QByteArray bytes;  // word: decoded octets
        QString literal;   // otherwise
    };
    QList<Segment> segs;
    auto addLiteral = [&segs](QStringView s) {
        if (segs.isEmpty() || segs.last().word)
            segs.append(Segment());
        segs.last().literal += s;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = text.indexOf(QLatin1String("=?"), i);
        if (start < 0) {
            addLiteral(QStringView(text).sliced(i));
            break;
        }
        addLiteral(QStringView(text).sliced(i, start - i));
        // =?charset?enc?text?= (RFC 2047 §2): no white space inside.
        const qsizetype q1 = text.indexOf(QLatin1Char('?'), start + 2);
        bool ok = q1 > start + 2 && q1 + 2 < text.size() && text.at(q1 + 2) == QLatin1Char('?');
        const qsizetype end = ok ? text.indexOf(QLatin1String("?="), q1 + 3) : -1;
        ok = ok && end >= q1 + 3;
        Segment w;
        if (ok) {
            const QStringView cs = QStringView(text).sliced(start + 2, q1 - start - 2);
            const QChar enc = text.at(q1 + 1).toLower();
            const QStringView payload = QStringView(text).sliced(q1 + 3, end - q1 - 3);
            for (QChar c : payload) {
                if (c.isSpace() || c.unicode() >= 0x80)
                    ok = false;
            }
            for (QChar c : cs) {
                if (c.isSpace() || c.unicode() >= 0x80)
                    ok = false;
            }
            if (ok && enc == QLatin1Char('b')) {
                Base64Decoder b;
                b.feed(payload.toLatin1(), &w.bytes);
                b.finish(&w.bytes);
                ok = b.strayCharacters == 0;
            } else if (ok && enc == QLatin1Char('q')) {
                const QByteArray p = payload.toLatin1();
                for (qsizetype k = 0; k < p.size(); ++k) {
                    const char c = p.at(k);
                    if (c == '_') {
                        w.bytes += ' ';  // §4.2 (2)
                    } else if (c == '=' && k + 2 < p.size() && hexValue(p.at(k + 1)) >= 0
                               && hexValue(p.at(k + 2)) >= 0) {
                        w.bytes += char(hexValue(p.at(k + 1)) * 16 + hexValue(p.at(k + 2)));
                        k += 2;
                    } else {
                        w.bytes += c;
                    }
                }
            } else {
                ok = false;
            }
            w.charset = cs.toLatin1().toLower();
            w.charset = w.charset.left(w.charset.indexOf('*') < 0 ? w.charset.size()
                                                                   : w.charset.indexOf('*'));
        }
        if (!ok) {
            addLiteral(QStringView(text).sliced(start, 2));
            i = start + 2;
            continue;
        }
        w.word = true;
        // §6.2: white space between two encoded words is not shown.
        if (segs.size() >= 2 && !segs.last().word && segs.at(segs.size() - 2).word
            && segs.last().literal.trimmed().isEmpty())
            segs.removeLast();
        // Adjacent words in one charset are decoded as one run: some writers split a
        // multi-octet character between words.
        if (!segs.isEmpty() && segs.last().word && segs.last().charset == w.charset)
            segs.last().bytes += w.bytes;
        else
            segs.append(w);
        i = end + 2;
    }
    QString out;
    for (const Segment &s : std::as_const(segs))
        out += s.word ? decodeCharset(s.bytes, s.charset) : s.literal;
    return out;
}

ParameterizedValue parseParameterized(QByteArrayView in, QByteArrayView fallbackCharset)
{
    ParameterizedValue r;
    // Split at ';' outside quoted strings, dropping (comments) (RFC 5322 §3.2.2).
    QList<QByteArray> items;
    QByteArray cur;
    bool quoted = false;
    int comment = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (quoted) {
            cur += c;
            if (c == '\\' && i + 1 < in.size())
                cur += in.at(++i);
            else if (c == '"')
                quoted = false;
        } else if (comment > 0) {
            if (c == '(')
                ++comment;
            else if (c == ')')
                --comment;
            else if (c == '\\')
                ++i;
        } else if (c == '"') {
            quoted = true;
            cur += c;
        } else if (c == '(') {
            comment = 1;
        } else if (c == ';') {
            items.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    items.append(cur);
    r.value = items.takeFirst().trimmed().toLower();

    struct Section
    {
        bool encoded = false;
        QByteArray raw;
    };
    QMap<QByteArray, QMap<int, Section>> extended;  // RFC 2231 name -> sections by number
    for (const QByteArray &item : std::as_const(items)) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray name = item.left(eq).trimmed().toLower();
        QByteArray value = item.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
            QByteArray u;
            for (qsizetype k = 1; k + 1 < value.size(); ++k) {
                if (value.at(k) == '\\' && k + 2 < value.size())
                    ++k;
                u += value.at(k);
            }
            value = u;
        }
        const qsizetype star = name.indexOf('*');
        if (star < 0) {
            // Legacy form; RFC 2047 words inside a quoted value are not standard but common.
            r.params.insert(name, decodeRfc2047(decodeRawHeader(value, fallbackCharset)));
            continue;
        }
        // RFC 2231 §3/§4: name*, name*N, name*N*.
        const QByteArray base = name.left(star);
        QByteArray rest = name.mid(star + 1);
        Section s;
        int number = 0;
        if (rest.isEmpty()) {
            s.encoded = true;
        } else {
            s.encoded = rest.endsWith('*');
            if (s.encoded)
                rest.chop(1);
            bool ok = false;
            number = rest.toInt(&ok);
            if (!ok || number < 0 || number > 9999)
                continue;
        }
        s.raw = value;
        extended[base].insert(number, s);
    }
    for (auto it = extended.cbegin(); it != extended.cend(); ++it) {
        QByteArray bytes;
        QByteArray charset;
        bool first = true;
        for (const Section &s : it.value()) {
            QByteArray raw = s.raw;
            if (s.encoded && first) {
                // charset'language'value (§4)
                const qsizetype a = raw.indexOf('\'');
                const qsizetype b = a < 0 ? -1 : raw.indexOf('\'', a + 1);
                if (b > a) {
                    charset = raw.left(a);
                    raw = raw.mid(b + 1);
                }
            }
            first = false;
            if (!s.encoded) {
                bytes += raw;
                continue;
            }
            for (qsizetype k = 0; k < raw.size(); ++k) {
                if (raw.at(k) == '%' && k + 2 < raw.size() + 0 && hexValue(raw.at(k + 1)) >= 0
                    && hexValue(raw.at(k + 2)) >= 0) {
                    bytes += char(hexValue(raw.at(k + 1)) * 16 + hexValue(raw.at(k + 2)));
                    k += 2;
                } else {
                    bytes += raw.at(k);
                }
            }
        }
        // The RFC 2231 form wins over a legacy one of the same name.
        r.params.insert(it.key(), decodeCharset(bytes, charset.isEmpty() ? fallbackCharset
                                                                          : QByteArrayView(charset)));
    }
    return r;
}

QList<Mailbox> parseAddressList(const QString &text, QStringList *warnings)
{
    QList<Mailbox> out;
    struct Word
    {
        QString text;
        bool quoted = false;
    };
    QList<Word> phrase;
    QString angle;
    bool hasAngle = false;
    QString comment;
    bool wordBreak = true;  // the next atom character starts a new word

    auto finish = [&] {
        Mailbox m;
        if (hasAngle) {
            m.address = angle.trimmed();
            // Obsolete source route "@a,@b:addr" (RFC 5322 §4.4).
            if (m.address.startsWith(QLatin1Char('@')) && m.address.contains(QLatin1Char(':')))
                m.address = m.address.section(QLatin1Char(':'), 1);
            QStringList words;
            for (const Word &w : std::as_const(phrase))
                words.append(w.text);
            m.displayName = decodeRfc2047(words.join(QLatin1Char(' '))).trimmed();
        } else if (!phrase.isEmpty()) {
            // addr-spec: the words joined again without the white space.
            for (const Word &w : std::as_const(phrase))
                m.address += w.quoted ? QLatin1Char('"') + w.text + QLatin1Char('"') : w.text;
            // "addr (Name)": the old way of giving a name (RFC 5322 §3.2.2 comment).
            m.displayName = decodeRfc2047(comment).trimmed();
        }
        if (!m.address.isEmpty()) {
            Mailbox checked;
            QString why;
            if (!Mailbox::parse(m.address, &checked, &why) && warnings)
                warnings->append(why);
            out.append(m);
        }
        phrase.clear();
        angle.clear();
        hasAngle = false;
        comment.clear();
        wordBreak = true;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            Word w;
            w.quoted = true;
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
                    ++i;
                w.text += text.at(i);
            }
            if (!hasAngle)  // words after <addr> are junk (RFC 5322 §3.4 name-addr)
                phrase.append(w);
            wordBreak = true;
        } else if (c == QLatin1Char('(')) {
            int depth = 1;
            QString cm;
            for (++i; i < text.size() && depth > 0; ++i) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    cm += text.at(++i);
                    continue;
                }
                if (d == QLatin1Char('('))
                    ++depth;
                else if (d == QLatin1Char(')') && --depth == 0)
                    break;
                cm += d;
            }
            comment = cm;
            wordBreak = true;
        } else if (c == QLatin1Char('<')) {
            const qsizetype close = text.indexOf(QLatin1Char('>'), i + 1);
            const qsizetype stop = close < 0 ? text.size() : close;
            angle = text.mid(i + 1, stop - i - 1);
            hasAngle = true;
            i = stop;
            wordBreak = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            finish();
        } else if (c == QLatin1Char(':') && !hasAngle) {
            phrase.clear();  // group name (RFC 5322 §3.4): the members follow
            comment.clear();
            wordBreak = true;
        } else if (c.isSpace()) {
            wordBreak = true;
        } else if (!hasAngle) {
            if (wordBreak || phrase.isEmpty() || phrase.last().quoted)
                phrase.append(Word());
            phrase.last().text += c;
            wordBreak = false;
        }
    }
    finish();
    return out;
}

QDateTime parseDate(QByteArrayView text)
{
    // Comments go, then tokens split at white space and commas.
    QByteArray t;
    int depth = 0;
    for (char c : text) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            t += (c == ',' || c == '\t') ? ' ' : c;
    }
    QList<QByteArray> tok = t.simplified().split(' ');
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    auto monthOf = [](const QByteArray &s) {
        const QByteArray l = s.left(3).toLower();
        for (int m = 0; m < 12; ++m) {
            if (l == months[m])
                return m + 1;
        }
        return 0;
    };
    if (!tok.isEmpty() && !tok.first().isEmpty() && !std::isdigit(uchar(tok.first().at(0)))
        && monthOf(tok.first()) == 0)
        tok.removeFirst();  // day-of-week
    if (tok.size() < 4)
        return QDateTime();
    bool ok1 = false, ok2 = false;
    int day = tok.at(0).toInt(&ok1);
    int month = monthOf(tok.at(1));
    if (!ok1) {  // "Dec 4 2026"
        month = monthOf(tok.at(0));
        day = tok.at(1).toInt(&ok1);
    }
    int year = tok.at(2).toInt(&ok2);
    if (!ok1 || !ok2 || month == 0)
        return QDateTime();
    if (tok.at(2).size() <= 2)
        year += year < 50 ? 2000 : 1900;  // §4.3
    else if (tok.at(2).size() == 3)
        year += 1900;
    const QList<QByteArray> hms = tok.at(3).split(':');
    if (hms.size() < 2)
        return QDateTime();
    const QTime time(hms.at(0).toInt(), hms.at(1).toInt(), hms.size() > 2 ? hms.at(2).toInt() : 0);
    const QDate date(year, month, day);
    if (!time.isValid() || !date.isValid())
        return QDateTime();
    int offset = 0;
    if (tok.size() > 4) {
        const QByteArray z = tok.at(4).toUpper();
        if ((z.startsWith('+') || z.startsWith('-')) && z.size() == 5) {
            const int v = z.mid(1).toInt();
            offset = (v / 100 * 60 + v % 100) * 60 * (z.startsWith('-') ? -1 : 1);
        } else {
            static const QHash<QByteArray, int> zones = {
                {"EDT", -4}, {"EST", -5}, {"CDT", -5}, {"CST", -6},
                {"MDT", -6}, {"MST", -7}, {"PDT", -7}, {"PST", -8}};
            offset = zones.value(z, 0) * 3600;  // UT, GMT, military: +0000 (§4.3)
        }
    }
    QDateTime dt(date, time, QTimeZone(offset));
    return dt.isValid() ? dt : QDateTime();
}

QByteArray parseMessageId(QByteArrayView text)
{
    const qsizetype lt = text.indexOf('<');
    const qsizetype gt = lt < 0 ? -1 : text.indexOf('>', lt);
    if (gt > lt)
        return text.sliced(lt + 1, gt - lt - 1).toByteArray().trimmed();
    return text.toByteArray().trimmed();
}

QString unflow(const QString &text, bool delSp)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    bool joining = false;
    int joinDepth = 0;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        int depth = 0;
        while (depth < line.size() && line.at(depth) == QLatin1Char('>'))
            ++depth;
        line = line.mid(depth);
        if (line.startsWith(QLatin1Char(' ')))
            line.remove(0, 1);  // RFC 3676 §4.4 space-stuffing
        if (joining && depth != joinDepth)
            out += QLatin1Char('\n');  // §4.5: quote depth changed, the flow ends
        if (!joining || depth != joinDepth) {
            if (depth > 0)
                out += QString(depth, QLatin1Char('>')) + QLatin1Char(' ');
        }
        // §4.2: a line ending in a space is flowed, except the signature separator "-- ".
        const bool flowed = line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- ");
        if (flowed && delSp)
            line.chop(1);
        out += line;
        joining = flowed && n + 1 < lines.size();
        joinDepth = depth;
        if (!joining && n + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

void Base64Decoder::feed(QByteArrayView in, QByteArray *out)
{
    static constexpr uchar NotBase64 = 0xff;  // the table entry of a byte outside the alphabet
    static const auto table = [] {
        std::array<uchar, 256> t{};
        t.fill(NotBase64);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int k = 0; k < 64; ++k)
            t[uchar(alphabet[k])] = uchar(k);
        return t;
    }();
    for (char c : in) {
        const uchar v = table[uchar(c)];
        if (v != NotBase64) {
            m_acc = (m_acc << 6) | quint32(v);
            if (++m_count == 4) {
                out->append(char(m_acc >> 16));
                out->append(char(m_acc >> 8));
                out->append(char(m_acc));
                m_acc = 0;
                m_count = 0;
            }
        } else if (c == '=') {
            finish(out);  // padding ends a quantum
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            ++strayCharacters;
        }
    }
}

void Base64Decoder::finish(QByteArray *out)
{
    if (m_count == 2) {
        out->append(char(m_acc >> 4));
    } else if (m_count == 3) {
        out->append(char(m_acc >> 10));
        out->append(char(m_acc >> 2));
    } else if (m_count == 1) {
        danglingBits = true;
    }
    m_acc = 0;
    m_count = 0;
}

void QuotedPrintableDecoder::feed(QByteArrayView in, QByteArray *out)
{
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        switch (m_state) {
        case State::Normal:
            if (c == ' ' || c == '\t') {
                m_space += c;
            } else if (c == '\n') {
                m_space.clear();  // rule 3: trailing white space is not data
                out->append("\r\n");
            } else if (c == '=') {
                out->append(m_space);
                m_space.clear();
                m_state = State::Equals;
            } else {
                out->append(m_space);
                m_space.clear();
                out->append(c);
            }
            break;
        case State::Equals:
            if (hexValue(c) >= 0) {
                m_hex = c;
                m_state = State::EqualsHex;
            } else if (c == '\n') {
                m_state = State::Normal;  // soft line break
            } else if (c == ' ' || c == '\t') {
                m_space += c;
                m_state = State::EqualsSpace;
            } else {
                ++badEscapes;
                out->append('=');
                m_state = State::Normal;
                --i;
            }
            break;
        case State::EqualsSpace:
            if (c == ' ' || c == '\t') {
                m_space += c;
            } else if (c == '\n') {
                m_space.clear();  // "=" then transport padding: still a soft break
                m_state = State::Normal;
            } else {
                ++badEscapes;
                out->append('=');
                m_state = State::Normal;
                --i;  // the kept white space is output before c
            }
            break;
        case State::EqualsHex:
            m_state = State::Normal;
            if (hexValue(c) >= 0) {
                out->append(char(hexValue(m_hex) * 16 + hexValue(c)));
            } else {
                ++badEscapes;
                out->append('=');
                out->append(m_hex);
                --i;
            }
            break;
        }
    }
}

void QuotedPrintableDecoder::finish(QByteArray *out)
{
    if (m_state == State::EqualsHex) {
        out->append('=');
        out->append(m_hex);
        ++badEscapes;
    }
    m_state = State::Normal;
    m_space.clear();  // trailing white space at the very end
}

} // namespace Sendscope::Mime::Parse
