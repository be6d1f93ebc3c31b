#pragma once

#include "account.h"

#include <QList>
#include <QObject>

class QSettings;

namespace Sendscope {

// Accounts kept in QSettings under "accounts/<id>/…", in the order they were added, and
// which one is the default. Never stores a secret (there is no field for one).
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // The store does not own the settings; they must outlive it.
    explicit AccountStore(QSettings *settings, QObject *parent = nullptr);

    QList<Account> accounts() const;
    bool isEmpty() const;
    Account account(const QString &id) const;  // an invalid Account when unknown
    bool contains(const QString &id) const;
    // The account with this name (exactly, else ignoring case), else the one with this id;
    // an invalid Account when none.
    Account findByName(const QString &name) const;

    // Gives the account a new id, stores it and returns the id. The first account becomes
    // the default.
    QString add(Account account);
    // Replaces the stored account with the same id; false when there is none.
    bool update(const Account &account);
    bool remove(const QString &id);

    QString defaultAccountId() const;
    Account defaultAccount() const;
    void setDefaultAccountId(const QString &id);

Q_SIGNALS:
    void changed();

private:
    QStringList ids() const;
    void setIds(const QStringList &ids);

    QSettings *m_settings;
};

} // namespace Sendscope
