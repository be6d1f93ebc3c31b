#include "datafilter.h"

#include <cstring>

namespace Sendscope {

void DataFilter::process(QByteArrayView in, QByteArray &out)
{
    m_in += in.size();
    const char *p = in.data();
    const char *const end = p + in.size();
    // Worst case every byte becomes two (bare LF -> CRLF, "." -> ".."), but real text needs
    // little: reserve for the common case and let append() grow the rest.
    out.reserve(out.size() + in.size() + in.size() / 32 + 8);

    if (m_pendingCr && p < end) {
        // A CR ended the previous block: it is a line end whether or not LF follows.
        out.append("\r\n", 2);
        m_lineStart = true;
        m_pendingCr = false;
        if (*p == '\n')
            ++p;
    }
    while (p < end) {
        if (m_lineStart) {
            m_lineStart = false;
            if (*p == '.')
                out.append('.');
        }
        // Copy the run up to the next line-end character in one go.
        const char *run = p;
        while (p < end && *p != '\r' && *p != '\n')
            ++p;
        if (p > run)
            out.append(run, p - run);
        if (p == end)
            break;
        if (*p == '\r') {
            if (p + 1 == end) {
                m_pendingCr = true;
                ++p;
                break;
            }
            ++p;
            if (*p == '\n')
                ++p;
        } else {
            ++p; // bare LF
        }
        out.append("\r\n", 2);
        m_lineStart = true;
    }
}

void DataFilter::finish(QByteArray &out)
{
    if (m_pendingCr) {
        out.append("\r\n", 2);
        m_pendingCr = false;
        m_lineStart = true;
    }
    if (!m_lineStart)
        out.append("\r\n", 2);
    out.append(".\r\n", 3);
    m_lineStart = true;
}

} // namespace Sendscope
