#include "recentaddresses.h"

#include <QSettings>
#include <QStringListModel>

namespace Sendscope::Gui {

namespace {
QString settingsKey()
{
    return QStringLiteral("composer/recentAddresses");
}
}

RecentAddresses::RecentAddresses(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_model(new QStringListModel(this))
{
    m_model->setStringList(m_settings->value(settingsKey()).toStringList());
}

QStringList RecentAddresses::addresses() const
{
    return m_model->stringList();
}

void RecentAddresses::remember(const QStringList &mailboxes)
{
    QStringList list = m_model->stringList();
    for (auto it = mailboxes.crbegin(); it != mailboxes.crend(); ++it) {
        const QString m = it->trimmed();
        if (m.isEmpty())
            continue;
        list.removeIf([&m](const QString &s) { return s.compare(m, Qt::CaseInsensitive) == 0; });
        list.prepend(m);
    }
    while (list.size() > MaxEntries)
        list.removeLast();
    m_model->setStringList(list);
    m_settings->setValue(settingsKey(), list);
}

} // namespace Sendscope::Gui
