// The one DATA filter (RFC 5321 §4.5.2, §2.3.8): any body, split into blocks anywhere, must
// come out with CRLF line ends only, dot-stuffed, ended by CRLF "." CRLF exactly once, and
// un-stuffing it must give back the input with its line ends made CRLF. This is what keeps
// SMTP smuggling (<LF>.<LF>, <CR>.<CR>, <LF>.<CR><LF>) off the wire.

#include "fuzzcheck.h"

#include "smtp/datafilter.h"

using Sendscope::DataFilter;

namespace {

// CRLF, bare CR and bare LF each become CRLF.
QByteArray normalised(QByteArrayView in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
            out.append("\r\n");
        } else if (in[i] == '\n') {
            out.append("\r\n");
        } else {
            out.append(in[i]);
        }
    }
    return out;
}

QByteArray filtered(QByteArrayView data, SendscopeFuzz::Splitter *splitter)
{
    DataFilter filter;
    QByteArray out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype n = splitter ? splitter->next(data.size() - pos) : data.size();
        filter.process(data.sliced(pos, n), out);
        pos += n;
        if (splitter && (n & 1))
            filter.process(QByteArrayView(), out);  // an empty block changes nothing
    }
    FUZZ_CHECK(filter.bytesIn() == data.size());
    filter.finish(out);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    const QByteArray out = filtered(data, nullptr);
    SendscopeFuzz::Splitter splitter(data);
    FUZZ_CHECK(filtered(data, &splitter) == out);  // block boundaries do not matter

    // No bare CR or LF anywhere.
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] == '\r')
            FUZZ_CHECK(i + 1 < out.size() && out[i + 1] == '\n');
        if (out[i] == '\n')
            FUZZ_CHECK(i > 0 && out[i - 1] == '\r');
    }
    // The body follows "DATA" CRLF, so on the wire the end is CRLF "." CRLF, and the first
    // line that is a lone "." is the last one.
    const QByteArray wire = "\r\n" + out;
    FUZZ_CHECK(wire.endsWith("\r\n.\r\n"));
    FUZZ_CHECK(wire.indexOf("\r\n.\r\n") == wire.size() - 5);

    // Un-stuff (RFC 5321 §4.5.2, receiver side): drop the end marker, then one leading dot
    // of every line.
    const QByteArray body = out.first(out.size() - 3);
    QByteArray unstuffed;
    qsizetype lineStart = 0;
    while (lineStart < body.size()) {
        qsizetype end = body.indexOf("\r\n", lineStart);
        FUZZ_CHECK(end >= 0);  // every line of the body ends with CRLF
        end += 2;
        const qsizetype from = body[lineStart] == '.' ? lineStart + 1 : lineStart;
        unstuffed.append(body.sliced(from, end - from));
        lineStart = end;
    }
    QByteArray expected = normalised(data);
    if (!expected.isEmpty() && !expected.endsWith("\r\n"))
        expected.append("\r\n");
    FUZZ_CHECK(unstuffed == expected);
    return 0;
}
