#pragma once

#include <QObject>
#include <QStringList>

class QSettings;
class QStringListModel;

namespace Sendscope::Gui {

// Addresses the user sent to, most recent first, for completion in To/Cc/Bcc. Stored in
// QSettings under "composer/recentAddresses", at most MaxEntries.
class RecentAddresses : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 200;

    RecentAddresses(QSettings *settings, QObject *parent = nullptr);

    QStringListModel *model() const { return m_model; }
    QStringList addresses() const;
    // Moves each mailbox ("Name <a@b>" or "a@b") to the front.
    void remember(const QStringList &mailboxes);

private:
    QSettings *m_settings;
    QStringListModel *m_model;
};

} // namespace Sendscope::Gui
