#pragma once

#include <QSortFilterProxyModel>

namespace Sendscope::Gui {

// Hides TLS details and/or info lines of the protocol log. Never sorts: the log's order is
// the order things happened.
class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    bool hideTls() const { return m_hideTls; }
    bool hideInfo() const { return m_hideInfo; }
    void setHideTls(bool hide);
    void setHideInfo(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    bool m_hideTls = false;
    bool m_hideInfo = false;
};

} // namespace Sendscope::Gui
