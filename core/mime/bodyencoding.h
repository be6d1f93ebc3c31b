#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Sendscope::Mime {

// Content-Transfer-Encoding of one body part (RFC 2045 §6).
enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

QByteArray transferEncodingName(TransferEncoding e);

// Text in canonical form (RFC 2045 §2.10, RFC 2046 §4.1.1): CRLF, bare CR and bare LF all
// become CRLF.
QByteArray canonicalLineBreaks(QByteArrayView text);

// The lightest encoding that carries canonical text unchanged: 7bit when every line is
// ASCII without NUL and at most 998 octets (RFC 5322 §2.1.1); 8bit under the same line rule
// when the server offers 8BITMIME (allow8Bit); otherwise quoted-printable when few octets
// need escaping and base64 when it would be smaller.
TransferEncoding chooseTextEncoding(QByteArrayView canonical, bool allow8Bit);

// RFC 2045 §6.7 for canonical text: CRLF stays a hard line break, lines of at most 76
// characters with soft breaks, trailing white space and "=" escaped.
QByteArray encodeQuotedPrintable(QByteArrayView canonical);

// RFC 2045 §6.8 in lines of 76 characters separated (not ended) by CRLF.
QByteArray encodeBase64Lines(QByteArrayView data);
// The exact size encodeBase64Lines produces for `rawSize` octets.
qint64 base64LinesSize(qint64 rawSize);

// Octets of input per full base64 line (57 -> 76 characters).
constexpr qint64 Base64LineRaw = 57;
constexpr qint64 Base64LineChars = 76;

} // namespace Sendscope::Mime
