#pragma once

// Internal helpers shared by the mechanisms; not part of the library's API.

#include "saslmechanism.h"

#include <QByteArray>
#include <QString>

namespace Sendscope::Sasl::Detail {

// Server-supplied text made safe to show: printable ASCII only, bounded in length.
inline QString printableExcerpt(const QByteArray &bytes, int maxLength = 200)
{
    QString out;
    for (const char c : bytes) {
        if (out.size() >= maxLength) {
            out += QChar(0x2026); // ellipsis
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QLatin1Char(c) : QLatin1Char('?');
    }
    return out;
}

// The user name for a log line, unless it could give the secret away.
inline QString loggableUser(const Credentials &cred)
{
    if (!cred.secret.isEmpty() && cred.user.contains(cred.secret))
        return QStringLiteral("<redacted>");
    return cred.user;
}

// RFC 5802 §5.1 / RFC 5801 §4 saslname: ',' and '=' are escaped as =2C and =3D.
inline QByteArray escapeSaslName(const QByteArray &name)
{
    QByteArray out;
    out.reserve(name.size());
    for (const char c : name) {
        if (c == '=')
            out += "=3D";
        else if (c == ',')
            out += "=2C";
        else
            out += c;
    }
    return out;
}

// RFC 6750 §2.1 b64token characters; this also keeps the ^A separators of XOAUTH2 and
// OAUTHBEARER (RFC 7628 §3.1) out of the token.
inline bool isBearerToken(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z')
                || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'.' || u == u'_' || u == u'~'
                || u == u'+' || u == u'/' || u == u'=';
        if (!ok)
            return false;
    }
    return true;
}

// Control characters (including ^A, CR, LF) would break the key/value framing.
inline bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

inline Response cancel(const QString &error)
{
    Response r;
    r.kind = Response::Kind::Cancel;
    r.error = error;
    return r;
}

} // namespace Sendscope::Sasl::Detail
