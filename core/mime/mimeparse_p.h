#pragma once

// Building blocks of MessageReader: header values, charsets, RFC 2047/2231, addresses and
// streaming transfer decoders. Internal to core/mime (and its tests).

#include "mailbox.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sendscope::Mime::Parse {

// Text in a declared MIME charset. Unknown or missing charsets fall back to UTF-8 when the
// bytes are valid UTF-8, else windows-1252. *clean is false when the charset was unknown
// or the bytes held invalid sequences (replacement characters were put in).
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, bool *clean = nullptr);

// Raw header octets: UTF-8 when valid (RFC 6532), else `fallbackCharset` (legacy 8-bit
// headers, usually in the charset of the body), else windows-1252.
QString decodeRawHeader(QByteArrayView bytes, QByteArrayView fallbackCharset);

// RFC 2047 encoded words (B and Q, any charset Qt can decode) anywhere in `text`;
// white space between adjacent encoded words is dropped (§6.2) and adjacent words in the
// same charset are decoded together, so a character split across two words survives.
// A word that does not decode stays as it is.
QString decodeRfc2047(const QString &text);

// "value; a=b; c*0*=…" (RFC 2045 §5.1, RFC 2183, RFC 2231). The value is lower-cased,
// parameter names are lower-cased; RFC 2231 continuations and charsets are joined and
// decoded; legacy values holding RFC 2047 words are decoded too.
struct ParameterizedValue
{
    QByteArray value;
    QHash<QByteArray, QString> params;
};
ParameterizedValue parseParameterized(QByteArrayView in, QByteArrayView fallbackCharset);

// An address list (RFC 5322 §3.4) with display names (quoted, atoms, encoded words, old
// "addr (Name)" comments), groups (their members are taken, the group name dropped) and
// angle addresses. Nothing is validated: an address that Mailbox::parse refuses is kept
// and named in *warnings, so the user sees and fixes it.
QList<Mailbox> parseAddressList(const QString &text, QStringList *warnings);

// RFC 5322 §3.3 date-time, also the obsolete forms (§4.3: two-digit years, zone names).
QDateTime parseDate(QByteArrayView text);

// The first <id> of a msg-id list, without the brackets; the trimmed text without <>.
QByteArray parseMessageId(QByteArrayView text);

// RFC 3676 format=flowed text (line breaks already LF): soft breaks joined, space
// stuffing removed, DelSp=yes honoured.
QString unflow(const QString &text, bool delSp);

// RFC 2045 §6.8 base64, streaming. Characters outside the alphabet are skipped (counted
// in strayCharacters unless white space); missing padding is tolerated; "=" ends a quantum
// so concatenated encodings decode too.
class Base64Decoder
{
public:
    void feed(QByteArrayView in, QByteArray *out);
    void finish(QByteArray *out);
    qint64 strayCharacters = 0;
    bool danglingBits = false;  // one lone character at the end (6 bits: no octet)

private:
    quint32 m_acc = 0;
    int m_count = 0;
};

// RFC 2045 §6.7 quoted-printable, streaming. Input line breaks are "\n"; hard breaks come
// out as CRLF (canonical form), soft breaks ("=" at the end) vanish, trailing white space
// added in transport is removed (rule 3). A "=" that does not start a valid escape is kept
// literally (the robustness advice of §6.7 note 1) and counted.
class QuotedPrintableDecoder
{
public:
    void feed(QByteArrayView in, QByteArray *out);
    void finish(QByteArray *out);
    qint64 badEscapes = 0;

private:
    enum class State { Normal, Equals, EqualsHex, EqualsSpace } m_state = State::Normal;
    QByteArray m_space;   // white space not yet known to be trailing
    char m_hex = 0;
};

} // namespace Sendscope::Mime::Parse
