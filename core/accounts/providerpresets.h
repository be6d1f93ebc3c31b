#pragma once

#include "smtp/sessionoptions.h"

#include <QList>
#include <QString>

namespace Sendscope {

struct Account;

// Known submission servers: what a person would otherwise look up. A preset fills the
// server part of an account and carries a short, translated note about logging in.
struct ProviderPreset
{
    QString id;            // stable, untranslated: "gmail", "outlook", "local-sandbox", …
    QString name;          // translated, for the combo box
    QString host;
    quint16 port = 587;   // 0: any (the sandbox picks a free port)
    SecurityMode security = SecurityMode::StartTls;
    QString authMechanism = QStringLiteral("auto");
    quint16 alternativePort = 0;  // the other port the provider offers (0: none)
    SecurityMode alternativeSecurity = SecurityMode::ImplicitTls;
    bool userIsAddress = true;    // the login is the full e-mail address
    QString note;          // translated

    bool isValid() const { return !id.isEmpty(); }
    // Copies host, port, security and login mechanism into the account.
    void applyTo(Account *account) const;
};

class ProviderPresets
{
public:
    static QList<ProviderPreset> all();
    static ProviderPreset byId(const QString &id);  // invalid when unknown
    // The preset whose server and port the account uses, or an invalid one.
    static ProviderPreset matching(const Account &account);
};

} // namespace Sendscope
