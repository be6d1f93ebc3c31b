#include "providerpresets.h"

#include "account.h"

#include <QCoreApplication>

namespace Sendscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sendscope::ProviderPresets", text);
}

ProviderPreset preset(const char *id, const QString &name, const char *host, quint16 port,
                      SecurityMode security, quint16 altPort, SecurityMode altSecurity,
                      const QString &note)
{
    ProviderPreset p;
    p.id = QString::fromLatin1(id);
    p.name = name;
    p.host = QString::fromLatin1(host);
    p.port = port;
    p.security = security;
    p.alternativePort = altPort;
    p.alternativeSecurity = altSecurity;
    p.note = note;
    return p;
}

} // namespace

void ProviderPreset::applyTo(Account *account) const
{
    account->host = host;
    if (port != 0)  // the sandbox's port is known only while it runs
        account->port = port;
    account->security = security;
    account->authMechanism = authMechanism;
    account->allowPlaintextAuth = false;
    if (userIsAddress && account->user.isEmpty() && !account->fromAddress.isEmpty()
        && authMechanism != QLatin1String("none"))
        account->user = account->fromAddress;
}

QList<ProviderPreset> ProviderPresets::all()
{
    using S = SecurityMode;
    QList<ProviderPreset> list;
    list.append(preset("gmail", tr("Gmail"), "smtp.gmail.com", 587, S::StartTls, 465,
                       S::ImplicitTls,
                       tr("Gmail needs an App Password (with 2-Step Verification turned on), "
                          "or an OAuth token with XOAUTH2; your normal password is refused. "
                          "Port 465 with TLS from the start works too.")));
    list.append(preset("outlook", tr("Outlook.com"), "smtp-mail.outlook.com", 587,
                       S::StartTls, 0, S::StartTls,
                       tr("SMTP AUTH must be enabled for the mailbox. Microsoft is retiring "
                          "password (basic) authentication: an OAuth token with XOAUTH2 is the "
                          "lasting way.")));
    list.append(preset("microsoft365", tr("Microsoft 365"), "smtp.office365.com", 587,
                       S::StartTls, 0, S::StartTls,
                       tr("SMTP AUTH must be enabled for the mailbox by an administrator. "
                          "Microsoft is retiring password (basic) authentication: an OAuth "
                          "token with XOAUTH2 is the lasting way.")));
    list.append(preset("icloud", tr("iCloud Mail"), "smtp.mail.me.com", 587, S::StartTls, 0,
                       S::StartTls,
                       tr("Use an app-specific password made at appleid.apple.com; the user "
                          "name is your full iCloud address.")));
    list.append(preset("yahoo", tr("Yahoo Mail"), "smtp.mail.yahoo.com", 465, S::ImplicitTls,
                       587, S::StartTls,
                       tr("Yahoo needs an app password generated in the account's security "
                          "settings. Port 587 with STARTTLS works too.")));
    list.append(preset("fastmail", tr("Fastmail"), "smtp.fastmail.com", 465, S::ImplicitTls,
                       587, S::StartTls,
                       tr("Fastmail needs an app password (Settings → Privacy & Security). "
                          "Port 587 with STARTTLS works too.")));
    list.append(preset("zoho", tr("Zoho Mail"), "smtp.zoho.com", 465, S::ImplicitTls, 587,
                       S::StartTls,
                       tr("With two-factor authentication, use an application-specific "
                          "password. Accounts in other regions use their own server "
                          "(smtp.zoho.eu, smtp.zoho.in, …).")));
    ProviderPreset relay = preset("local-relay", tr("Local relay (localhost:25)"), "localhost",
                                  25, S::None, 0, S::None,
                                  tr("A mail server on this computer that relays without a "
                                     "login, such as Postfix or an SSH tunnel. Nothing is "
                                     "encrypted: use it only on this machine."));
    relay.authMechanism = QStringLiteral("none");
    relay.userIsAddress = false;
    list.append(relay);
    ProviderPreset sandbox = preset("local-sandbox", tr("Local sandbox"), "127.0.0.1", 0,
                                    S::StartTls, 0, S::StartTls,
                                    tr("Sendscope's own test server on this computer: it keeps "
                                       "every message instead of delivering it. Its port, user "
                                       "name and password are shown when it runs; its "
                                       "certificate is its own, so trust it once."));
    sandbox.userIsAddress = false;
    list.append(sandbox);
    return list;
}

ProviderPreset ProviderPresets::byId(const QString &id)
{
    const QList<ProviderPreset> list = all();
    for (const ProviderPreset &p : list) {
        if (p.id == id)
            return p;
    }
    return ProviderPreset();
}

ProviderPreset ProviderPresets::matching(const Account &account)
{
    const QList<ProviderPreset> list = all();
    const QString host = account.host.toLower();
    const quint16 port = account.effectivePort();
    for (const ProviderPreset &p : list) {
        if (p.host != host)
            continue;
        if (p.port == 0 && p.security == account.security)
            return p;
        if ((p.port == port && p.security == account.security)
            || (p.alternativePort == port && p.alternativeSecurity == account.security))
            return p;
    }
    return ProviderPreset();
}

} // namespace Sendscope
