#include "accountstore.h"

#include <QSettings>
#include <QUuid>

namespace Sendscope {

namespace {
QString groupPrefix()
{
    return QStringLiteral("accounts/");
}
QString orderKey()
{
    return QStringLiteral("accountOrder");
}
QString defaultKey()
{
    return QStringLiteral("defaultAccount");
}
} // namespace

AccountStore::AccountStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QStringList AccountStore::ids() const
{
    return m_settings->value(orderKey()).toStringList();
}

void AccountStore::setIds(const QStringList &ids)
{
    m_settings->setValue(orderKey(), ids);
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> out;
    const QStringList list = ids();
    for (const QString &id : list) {
        const Account a = account(id);
        if (!a.id.isEmpty())
            out.append(a);
    }
    return out;
}

bool AccountStore::isEmpty() const
{
    return ids().isEmpty();
}

bool AccountStore::contains(const QString &id) const
{
    return !id.isEmpty() && ids().contains(id);
}

Account AccountStore::account(const QString &id) const
{
    if (!contains(id))
        return Account();
    m_settings->beginGroup(groupPrefix() + id);
    Account a = Account::load(*m_settings);
    m_settings->endGroup();
    a.id = id;
    return a;
}

Account AccountStore::findByName(const QString &name) const
{
    const QList<Account> list = accounts();
    for (const Account &a : list) {
        if (a.name == name)
            return a;
    }
    for (const Account &a : list) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a;
    }
    return account(name);
}

QString AccountStore::add(Account account)
{
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(groupPrefix() + account.id);
    account.save(*m_settings);
    m_settings->endGroup();
    QStringList list = ids();
    list.append(account.id);
    setIds(list);
    if (defaultAccountId().isEmpty())
        m_settings->setValue(defaultKey(), account.id);
    Q_EMIT changed();
    return account.id;
}

bool AccountStore::update(const Account &account)
{
    if (!contains(account.id))
        return false;
    m_settings->beginGroup(groupPrefix() + account.id);
    m_settings->remove(QString());  // drop keys an older version may have left
    account.save(*m_settings);
    m_settings->endGroup();
    Q_EMIT changed();
    return true;
}

bool AccountStore::remove(const QString &id)
{
    if (!contains(id))
        return false;
    m_settings->remove(groupPrefix() + id);
    QStringList list = ids();
    list.removeAll(id);
    setIds(list);
    if (defaultAccountId() == id)
        m_settings->setValue(defaultKey(), list.value(0));
    Q_EMIT changed();
    return true;
}

QString AccountStore::defaultAccountId() const
{
    QString id = m_settings->value(defaultKey()).toString();
    if (contains(id))
        return id;
    return ids().value(0);
}

Account AccountStore::defaultAccount() const
{
    return account(defaultAccountId());
}

void AccountStore::setDefaultAccountId(const QString &id)
{
    if (!contains(id) || m_settings->value(defaultKey()).toString() == id)
        return;
    m_settings->setValue(defaultKey(), id);
    Q_EMIT changed();
}

} // namespace Sendscope
