#pragma once

#include "smtp/sessionoptions.h"

#include <QMetaType>
#include <QString>

class QSettings;

namespace Sendscope {

// One sending account: where to connect, how to log in and who the mail is from.
// Holds no secret: passwords live in memory (and later in the keychain), never here.
struct Account
{
    QString id;               // stable key in the settings, made by AccountStore::add()
    QString name;             // what the From selector shows
    QString host;
    quint16 port = 0;         // 0: defaultPort(security)
    SecurityMode security = SecurityMode::StartTls;
    bool allowPlaintextAuth = false;
    QString authMechanism = QStringLiteral("auto"); // "auto", "none" or a SASL name
    QString user;
    QString fromAddress;
    QString fromName;         // display name of the From identity
    QString ehloName;         // empty: the session picks
    QString pinnedSha256;     // a certificate the user trusted for this account
    int timeoutSeconds = 0;

    bool isValid() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    quint16 effectivePort() const { return port ? port : defaultPort(security); }
    bool needsLogin() const
    {
        return !user.isEmpty() && authMechanism != QLatin1String("none");
    }
    // "Ada Lovelace <ada@example.org>" or the bare address.
    QString fromMailbox() const;
    // "Ada Lovelace <ada@example.org> — smtp.example.org" for selectors.
    QString label() const;
    SessionOptions sessionOptions() const;

    void save(QSettings &settings) const;       // into the current group
    static Account load(const QSettings &settings);

    bool operator==(const Account &o) const;
    bool operator!=(const Account &o) const { return !(*this == o); }
};

} // namespace Sendscope

Q_DECLARE_METATYPE(Sendscope::Account)
