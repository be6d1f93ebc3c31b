#include "bodyencoding.h"

namespace Sendscope::Mime {

QByteArray transferEncodingName(TransferEncoding e)
{
    switch (e) {
    case TransferEncoding::SevenBit:
        return QByteArrayLiteral("7bit");
    case TransferEncoding::EightBit:
        return QByteArrayLiteral("8bit");
    case TransferEncoding::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case TransferEncoding::Base64:
        return QByteArrayLiteral("base64");
    }
    return QByteArrayLiteral("base64");
}

QByteArray canonicalLineBreaks(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32 + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

TransferEncoding chooseTextEncoding(QByteArrayView canonical, bool allow8Bit)
{
    qsizetype escapes = 0;   // octets quoted-printable writes as =XX
    qsizetype lineLen = 0;
    bool longLine = false;
    bool nul = false;
    bool high = false;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const uchar c = uchar(canonical[i]);
        if (c == '\r' && i + 1 < canonical.size() && canonical[i + 1] == '\n') {
            ++i;
            lineLen = 0;
            continue;
        }
        if (++lineLen > 998)
            longLine = true;
        if (c == 0)
            nul = true;
        if (c >= 0x80)
            high = true;
        if (c >= 0x7f || (c < 0x20 && c != '\t') || c == '=')
            ++escapes;
    }
    if (!longLine && !nul && !high)
        return TransferEncoding::SevenBit;
    if (!longLine && !nul && allow8Bit)
        return TransferEncoding::EightBit;
    // Each escape costs two extra octets; base64 costs a third of the whole (RFC 2045 §6.8).
    if (escapes * 6 > canonical.size())
        return TransferEncoding::Base64;
    return TransferEncoding::QuotedPrintable;
}

QByteArray encodeQuotedPrintable(QByteArrayView canonical)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(canonical.size() + canonical.size() / 8 + 16);
    qsizetype col = 0;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const uchar c = uchar(canonical[i]);
        if (c == '\r' && i + 1 < canonical.size() && canonical[i + 1] == '\n') {
            out += "\r\n";
            col = 0;
            ++i;
            continue;
        }
        const bool endOfLine = i + 1 == canonical.size()
                || (canonical[i + 1] == '\r' && i + 2 < canonical.size() && canonical[i + 2] == '\n');
        // RFC 2045 §6.7 rule 3: white space at the end of a line must be encoded.
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !endOfLine);
        const int width = literal ? 1 : 3;
        // Rule 5: at most 76 characters, the soft break "=" included. The last character of
        // a line may use column 76 itself when no soft break follows it.
        const int limit = endOfLine ? 76 : 75;
        if (col + width > limit) {
            out += "=\r\n";
            col = 0;
        }
        if (literal) {
            out += char(c);
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        col += width;
    }
    return out;
}

QByteArray encodeBase64Lines(QByteArrayView data)
{
    // 57 is a multiple of 3, so encoding the whole and cutting it every 76 characters gives
    // the same lines as encoding each 57 octets on their own.
    const QByteArray encoded = QByteArray::fromRawData(data.data(), data.size()).toBase64();
    QByteArray out;
    out.reserve(base64LinesSize(data.size()));
    for (qsizetype pos = 0; pos < encoded.size(); pos += Base64LineChars) {
        if (pos)
            out += "\r\n";
        out.append(encoded.constData() + pos, qMin<qsizetype>(Base64LineChars, encoded.size() - pos));
    }
    return out;
}

qint64 base64LinesSize(qint64 rawSize)
{
    if (rawSize <= 0)
        return 0;
    const qint64 chars = (rawSize + 2) / 3 * 4;
    const qint64 lines = (chars + Base64LineChars - 1) / Base64LineChars;
    return chars + 2 * (lines - 1);
}

} // namespace Sendscope::Mime
