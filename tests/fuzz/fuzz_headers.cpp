// Header encoding (encodeUnstructured, encodePhrase) and decoding (decodeEncodedWords, the
// reader's Parse::decodeRfc2047 and friends).
// Encoding any text without CR/LF gives printable US-ASCII folded lines (RFC 5322 §2.1.1:
// SHOULD ≤ 78, MUST ≤ 998; §2.2.3: a fold is CRLF followed by WSP, never a line of only
// WSP) that decode back to the text. Decoding any bytes never crashes.
// Input: first byte chooses the mode and the start column, the rest is the text (as UTF-16
// code units for encoding, as UTF-8 for decoding).

#include "fuzzcheck.h"

#include "mime/headerencoding.h"
#include "mime/mimeparse_p.h"

#include <QList>

using namespace Sendscope::Mime;

namespace {

// Any UTF-16 code units except CR and LF (callers reject those: checkHeaderInput).
QString textFrom(const std::uint8_t *p, std::size_t n)
{
    QString s;
    for (std::size_t i = 0; i + 1 < n; i += 2) {
        const char16_t u = char16_t(p[i] | (p[i + 1] << 8));
        // Small values are common, so ASCII words and spaces turn up often.
        const char16_t c = (p[i + 1] & 0x80) ? u : char16_t(p[i] & 0x7f);
        if (c != u'\r' && c != u'\n')
            s += QChar(c);
    }
    return s;
}

// Checks the wire form of one header body that starts at `column`; returns it unfolded.
QByteArray checkFolded(const QByteArray &out, int column, qsizetype longestWord)
{
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            FUZZ_CHECK(line.endsWith('\r'));  // no bare LF
            line.chop(1);
        }
        for (char c : line)
            FUZZ_CHECK(c >= 0x20 && c < 0x7f);  // printable ASCII or SP, no bare CR, no TAB
        const qsizetype width = line.size() + (i == 0 ? column : 0);
        FUZZ_CHECK(width <= 998);
        // A plain or quoted word is never split, so a line over 78 holds one such word and
        // nothing else (encoded words always fit). A quoted word can be longer than the
        // text's longest word (quotes, backslashes): encodePhrase checks the word before
        // quoting, so such lines are allowed here up to the hard limit.
        if (width > HeaderFoldColumn) {
            const QByteArray word = line.trimmed();
            FUZZ_CHECK(!word.contains(' ') && !word.startsWith("=?"));
            FUZZ_CHECK(word.size() <= longestWord);
        }
        if (i > 0) {
            FUZZ_CHECK(line.startsWith(' '));               // CRLF + WSP is a fold
            FUZZ_CHECK(line.trimmed().size() > 0);          // no white-space-only line
        }
    }
    QByteArray unfolded = out;
    unfolded.replace("\r\n", "");
    return unfolded;
}

qsizetype longestWord(const QString &s)
{
    qsizetype best = 0;
    for (const QString &w : s.split(QLatin1Char(' ')))
        best = qMax(best, w.size());
    return best;
}

// What the reader does with a header body: leading white space after the colon is not
// part of the value (RFC 5322 §2.2).
QString valueOf(const QByteArray &unfolded)
{
    qsizetype i = 0;
    while (i < unfolded.size() && unfolded.at(i) == ' ')
        ++i;
    return QString::fromLatin1(unfolded.sliced(i));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size < 1)
        return 0;
    const int mode = bytes[0] & 3;
    const int column = (bytes[0] >> 2) % 78;  // "Subject:" is 8, a long X- header up to 77
    const std::uint8_t *rest = bytes + 1;
    const std::size_t n = size - 1;

    if (mode == 0) {
        const QString text = textFrom(rest, n);
        const QByteArray out = encodeUnstructured(text, column);
        FUZZ_CHECK(text.isEmpty() == out.isEmpty());
        const QString value = valueOf(checkFolded(out, column, longestWord(text)));
        // Round trip; lone surrogates cannot be encoded in UTF-8 and come back as U+FFFD.
        const QString want = QString::fromUtf8(text.toUtf8());
        FUZZ_CHECK(decodeEncodedWords(value) == want);
        FUZZ_CHECK(Parse::decodeRfc2047(value) == want);
    } else if (mode == 1) {
        const QString name = textFrom(rest, n);
        int col = column;
        const QByteArray out = encodePhrase(name, &col);
        const QByteArray unfolded = checkFolded(out, column, 2 * longestWord(name) + 2);
        FUZZ_CHECK(col >= 0 && col <= 998);
        // The phrase as the reader sees it in an address.
        QStringList warnings;
        const QList<Mailbox> list = Parse::parseAddressList(
                QString::fromLatin1(unfolded) + QStringLiteral(" <a@example.com>"), &warnings);
        FUZZ_CHECK(!list.isEmpty());
        FUZZ_CHECK(list.constLast().address == QStringLiteral("a@example.com"));
    } else {
        // Decoders on arbitrary input.
        const QByteArrayView raw(reinterpret_cast<const char *>(rest), qsizetype(n));
        const QString text = QString::fromUtf8(raw);
        (void)decodeEncodedWords(text);
        (void)Parse::decodeRfc2047(text);
        // Parse::unfold is declared in mimeparse_p.h but not defined: unfold here.
        QByteArray unfolded = raw.toByteArray();
        unfolded.replace("\r\n ", " ").replace("\r\n\t", "\t");
        (void)Parse::decodeRawHeader(raw, "iso-8859-2");
        const Parse::ParameterizedValue pv = Parse::parseParameterized(unfolded, "utf-8");
        (void)pv;
        QStringList warnings;
        (void)Parse::parseAddressList(text, &warnings);
        (void)Parse::parseDate(unfolded);
        (void)Parse::parseMessageId(unfolded);
        (void)Parse::unflow(text, mode == 3);
    }
    return 0;
}
