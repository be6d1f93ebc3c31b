#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Sendscope {

// The one DATA filter every message passes (composed, --eml, outbox): in a single pass over
// each block it turns CRLF, bare CR and bare LF into CRLF and doubles a dot at the start of
// any line, the first one included (RFC 5321 §4.5.2). finish() ends the body with
// CRLF "." CRLF. No other code needs to know about dot-stuffing.
class DataFilter
{
public:
    // Appends the filtered form of `in` to `out`.
    void process(QByteArrayView in, QByteArray &out);
    // Appends the end of the body: a CRLF if the last line was not terminated, then ".\r\n".
    void finish(QByteArray &out);
    void reset() { *this = DataFilter(); }

    qint64 bytesIn() const { return m_in; }

private:
    bool m_lineStart = true;
    bool m_pendingCr = false;
    qint64 m_in = 0;
};

} // namespace Sendscope
