#include "sessionoptions.h"

namespace Sendscope {

QString securityModeName(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::StartTls: return QStringLiteral("starttls");
    case SecurityMode::ImplicitTls: return QStringLiteral("tls");
    case SecurityMode::None: return QStringLiteral("none");
    }
    return QString();
}

bool parseSecurityMode(const QString &text, SecurityMode *mode)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("starttls"))
        *mode = SecurityMode::StartTls;
    else if (t == QLatin1String("tls") || t == QLatin1String("ssl"))
        *mode = SecurityMode::ImplicitTls;
    else if (t == QLatin1String("none") || t == QLatin1String("plain"))
        *mode = SecurityMode::None;
    else
        return false;
    return true;
}

quint16 defaultPort(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::StartTls: return 587;
    case SecurityMode::ImplicitTls: return 465;
    case SecurityMode::None: return 25;
    }
    return 587;
}

} // namespace Sendscope
