#pragma once

#include <QString>

namespace Sendscope::Sasl {

// RFC 4013 SASLprep for query strings (unassigned code points allowed): map, NFKC,
// reject prohibited output and bad bidirectional text. Returns a null QString on failure.
// Plain ASCII without control characters comes back unchanged.
QString saslPrep(const QString &input);

} // namespace Sendscope::Sasl
