#pragma once

// Shared by the fuzz targets: an invariant check that aborts (libFuzzer saves the input as
// a crash) and a splitter that cuts one input into chunks at positions chosen from the data.

#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                       \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);  \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)

namespace SendscopeFuzz {

// Chunk lengths from a xorshift generator seeded with the FNV-1a hash of the input: the
// same input always splits the same way (a crash reproduces), a mutated input splits anew.
class Splitter
{
public:
    explicit Splitter(QByteArrayView data)
    {
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (char c : data)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        m_state = h | 1;
    }

    // Length of the next chunk, 1..remaining: mostly short (every boundary is a split
    // point somewhere), sometimes long.
    qsizetype next(qsizetype remaining)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        const std::uint64_t r = m_state >> 8;
        const qsizetype cap = (r & 3) == 0 ? 4096 : ((r & 3) == 1 ? 64 : 8);
        const qsizetype n = 1 + static_cast<qsizetype>((r >> 2) % static_cast<std::uint64_t>(cap));
        return n < remaining ? n : remaining;
    }

private:
    std::uint64_t m_state;
};

} // namespace SendscopeFuzz
