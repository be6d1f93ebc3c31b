#include "datafilter.h"

#include <cstring>

namespace Sendscope {

void DataFilter::process(QByteArrayView in, QByteArray &out)
{
    m_in += in.size();
    const char *p = in.data();
    const char *const end = p + in.size();
    // Input that is already CRLF and has no line starting with "." is copied in one run per
    // block; only the places that need a change break the run.
    out.reserve(out.size() + in.size() + 64);

    if (m_pendingCr && p < end) {
        // A CR ended the previous block: it is a line end whether or not LF follows.
        out.append("\r\n", 2);
        m_lineStart = true;
        m_pendingCr = false;
        if (*p == '\n')
            ++p;
    }
    const char *run = p; // first byte not yet copied
    while (p < end) {
        if (m_lineStart) {
            m_lineStart = false;
            if (*p == '.') {
                out.append(run, p - run);
                out.append('.');
                run = p; // the original dot goes out with the next run
            }
        }
        const char *q = p;
        while (q < end && *q != '\r' && *q != '\n')
            ++q;
        if (q == end)
            break;
        if (*q == '\r') {
            if (q + 1 == end) {
                out.append(run, q - run);
                run = end;
                m_pendingCr = true;
                break;
            }
            if (q[1] == '\n') { // a proper CRLF: nothing to change
                p = q + 2;
                m_lineStart = true;
                continue;
            }
        }
        // A bare CR or a bare LF becomes CRLF.
        out.append(run, q - run);
        out.append("\r\n", 2);
        p = run = q + 1;
        m_lineStart = true;
    }
    if (run < end)
        out.append(run, end - run);
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
