#include "saslprep.h"

#include <QChar>
#include <QList>

namespace Sendscope::Sasl {

namespace {

bool inRange(char32_t c, char32_t lo, char32_t hi)
{
    return c >= lo && c <= hi;
}

// RFC 3454 C.1.2: non-ASCII space characters, mapped to SPACE (RFC 4013 §2.1).
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || inRange(c, 0x2000, 0x200B) || c == 0x202F || c == 0x205F
            || c == 0x3000;
}

// RFC 3454 B.1: commonly mapped to nothing (RFC 4013 §2.1).
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || inRange(c, 0x180B, 0x180D)
            || inRange(c, 0x200B, 0x200D) || c == 0x2060 || inRange(c, 0xFE00, 0xFE0F)
            || c == 0xFEFF;
}

// RFC 4013 §2.3: tables C.1.2, C.2.1, C.2.2, C.3, C.4, C.5, C.6, C.7, C.8, C.9 of RFC 3454.
bool isProhibited(char32_t c)
{
    if (isNonAsciiSpace(c))
        return true;
    if (c < 0x20 || c == 0x7F) // C.2.1
        return true;
    if (inRange(c, 0x80, 0x9F) || c == 0x06DD || c == 0x070F || c == 0x180E || c == 0x200C
        || c == 0x200D || c == 0x2028 || c == 0x2029 || inRange(c, 0x2060, 0x2063)
        || inRange(c, 0x206A, 0x206F) || c == 0xFEFF || inRange(c, 0xFFF9, 0xFFFC)
        || inRange(c, 0x1D173, 0x1D17A)) // C.2.2
        return true;
    if (inRange(c, 0xE000, 0xF8FF) || inRange(c, 0xF0000, 0xFFFFD)
        || inRange(c, 0x100000, 0x10FFFD)) // C.3
        return true;
    if (inRange(c, 0xFDD0, 0xFDEF) || (c & 0xFFFE) == 0xFFFE) // C.4
        return true;
    if (inRange(c, 0xD800, 0xDFFF)) // C.5 (a lone surrogate)
        return true;
    if (inRange(c, 0xFFF9, 0xFFFD)) // C.6
        return true;
    if (inRange(c, 0x2FF0, 0x2FFB)) // C.7
        return true;
    if (c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F
        || inRange(c, 0x202A, 0x202E)) // C.8
        return true;
    if (c == 0xE0001 || inRange(c, 0xE0020, 0xE007F)) // C.9
        return true;
    return false;
}

} // namespace

QString saslPrep(const QString &input)
{
    QString mapped;
    mapped.reserve(input.size());
    for (const char32_t c : input.toUcs4()) {
        if (isMappedToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped += QLatin1Char(' ');
        else
            mapped += QString::fromUcs4(&c, 1);
    }
    // RFC 4013 §2.2: Unicode normalization form KC.
    QString normalized = mapped.normalized(QString::NormalizationForm_KC);

    bool hasRandAL = false;
    bool hasL = false;
    const QList<uint> ucs = normalized.toUcs4();
    for (const uint c : ucs) {
        if (isProhibited(c))
            return QString();
        const QChar::Direction d = QChar::direction(c);
        if (d == QChar::DirR || d == QChar::DirAL)
            hasRandAL = true;
        else if (d == QChar::DirL)
            hasL = true;
    }
    // RFC 3454 §6: right-to-left text must not mix with left-to-right characters and must
    // begin and end with a right-to-left character.
    if (hasRandAL) {
        const auto isRandAL = [](uint c) {
            const QChar::Direction d = QChar::direction(c);
            return d == QChar::DirR || d == QChar::DirAL;
        };
        if (hasL || !isRandAL(ucs.first()) || !isRandAL(ucs.last()))
            return QString();
    }
    if (normalized.isNull())
        return QStringLiteral("");
    return normalized;
}

} // namespace Sendscope::Sasl
