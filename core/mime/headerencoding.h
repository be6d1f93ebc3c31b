#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sendscope::Mime {

// Header lines are folded to stay under this many columns (RFC 5322 §2.1.1 SHOULD 78).
constexpr int HeaderFoldColumn = 78;

// True when `text` holds no CR, LF or NUL. Otherwise sets *error to a sentence naming
// `field` (header injection, RFC 5322 §2.2: a header body cannot hold a bare line break).
bool checkHeaderInput(const QString &field, const QString &text, QString *error);
// A field name is printable ASCII without ":" (RFC 5322 §3.6.8).
bool isValidHeaderName(QByteArrayView name);

// An unstructured header body (Subject, custom headers) starting at column `column`:
// plain ASCII folded at spaces, or RFC 2047 encoded words (UTF-8, B) for anything that is
// not plain printable ASCII, folded between words.
QByteArray encodeUnstructured(const QString &text, int column);
// A display name (RFC 5322 §3.2.5 phrase): atoms as they are, a quoted string when it has
// specials, encoded words when it is not ASCII. *column is advanced past the output.
QByteArray encodePhrase(const QString &name, int *column);
// Decodes RFC 2047 encoded words (B and Q; UTF-8, US-ASCII and ISO-8859-1) in a phrase or
// unstructured text; whitespace between adjacent encoded words is dropped (§6.2).
QString decodeEncodedWords(const QString &text);

// RFC 5322 §3.3 date-time, e.g. "Fri, 4 Dec 2026 21:00:00 +0100".
QByteArray rfc5322Date(const QDateTime &dt);

// One MIME parameter "; name=value" for a file name: the plain quoted form when the value
// is short printable ASCII. Otherwise the RFC 2231 form name*0*=UTF-8''… in continuations,
// each on its own folded line — or, with `legacy`, the old `name="=?UTF-8?B?…?="` form that
// readers without RFC 2231 show (used for Content-Type's name=).
QByteArray encodeFileNameParameter(const QByteArray &name, const QString &value, bool legacy);

} // namespace Sendscope::Mime
