#include "account.h"

#include <QSettings>

namespace Sendscope {

QString Account::fromMailbox() const
{
    if (fromName.isEmpty())
        return fromAddress;
    // RFC 5322 §3.2.4: a display name with specials must be quoted.
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    bool needQuotes = false;
    for (QChar c : fromName) {
        if (specials.contains(c)) {
            needQuotes = true;
            break;
        }
    }
    QString quoted = fromName;
    if (needQuotes) {
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return quoted + QStringLiteral(" <") + fromAddress + QLatin1Char('>');
}

QString Account::label() const
{
    const QString who = fromMailbox();
    if (!name.isEmpty() && name != fromAddress && name != host)
        return QStringLiteral("%1 — %2").arg(who, name);
    return QStringLiteral("%1 — %2").arg(who, host);
}

SessionOptions Account::sessionOptions() const
{
    SessionOptions o;
    o.host = host;
    o.port = effectivePort();
    o.security = security;
    o.allowPlaintextAuth = allowPlaintextAuth;
    o.authMechanism = user.isEmpty() ? QStringLiteral("none") : authMechanism;
    o.user = user;
    o.ehloName = ehloName;
    o.pinnedSha256 = pinnedSha256;
    o.timeoutSeconds = timeoutSeconds;
    return o;
}

void Account::save(QSettings &s) const
{
    s.setValue(QStringLiteral("name"), name);
    s.setValue(QStringLiteral("host"), host);
    s.setValue(QStringLiteral("port"), int(port));
    s.setValue(QStringLiteral("security"), securityModeName(security));
    s.setValue(QStringLiteral("allowPlaintextAuth"), allowPlaintextAuth);
    s.setValue(QStringLiteral("auth"), authMechanism);
    s.setValue(QStringLiteral("user"), user);
    s.setValue(QStringLiteral("fromAddress"), fromAddress);
    s.setValue(QStringLiteral("fromName"), fromName);
    s.setValue(QStringLiteral("ehloName"), ehloName);
    s.setValue(QStringLiteral("pinnedSha256"), pinnedSha256);
    s.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
}

Account Account::load(const QSettings &s)
{
    Account a;
    a.name = s.value(QStringLiteral("name")).toString();
    a.host = s.value(QStringLiteral("host")).toString();
    const int port = s.value(QStringLiteral("port"), 0).toInt();
    a.port = port > 0 && port < 65536 ? quint16(port) : 0;
    SecurityMode mode = SecurityMode::StartTls;
    if (parseSecurityMode(s.value(QStringLiteral("security")).toString(), &mode))
        a.security = mode;
    a.allowPlaintextAuth = s.value(QStringLiteral("allowPlaintextAuth"), false).toBool();
    a.authMechanism = s.value(QStringLiteral("auth"), QStringLiteral("auto")).toString();
    a.user = s.value(QStringLiteral("user")).toString();
    a.fromAddress = s.value(QStringLiteral("fromAddress")).toString();
    a.fromName = s.value(QStringLiteral("fromName")).toString();
    a.ehloName = s.value(QStringLiteral("ehloName")).toString();
    a.pinnedSha256 = s.value(QStringLiteral("pinnedSha256")).toString();
    a.timeoutSeconds = s.value(QStringLiteral("timeoutSeconds"), 0).toInt();
    return a;
}

bool Account::operator==(const Account &o) const
{
    return id == o.id && name == o.name && host == o.host && port == o.port
            && security == o.security && allowPlaintextAuth == o.allowPlaintextAuth
            && authMechanism == o.authMechanism && user == o.user
            && fromAddress == o.fromAddress && fromName == o.fromName
            && ehloName == o.ehloName && pinnedSha256 == o.pinnedSha256
            && timeoutSeconds == o.timeoutSeconds;
}

} // namespace Sendscope
