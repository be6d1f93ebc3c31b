#include "logfilterproxy.h"

#include "log/logrecord.h"
#include "log/protocollogmodel.h"

namespace Sendscope::Gui {

LogFilterProxy::LogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void LogFilterProxy::setHideTls(bool hide)
{
    if (m_hideTls == hide)
        return;
    m_hideTls = hide;
    refilter();
}

void LogFilterProxy::setHideInfo(bool hide)
{
    if (m_hideInfo == hide)
        return;
    m_hideInfo = hide;
    refilter();
}

void LogFilterProxy::refilter()
{
    // invalidateFilter() announces every shown or hidden stretch as its own insert/remove;
    // with 100 000 alternating rows that costs minutes. Rebuilding the mapping in one go
    // (one layoutChanged) takes milliseconds.
    invalidate();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_hideTls && !m_hideInfo)
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto dir = LogRecord::Direction(idx.data(ProtocolLogModel::DirectionRole).toInt());
    if (m_hideTls && dir == LogRecord::Direction::Tls)
        return false;
    if (m_hideInfo && dir == LogRecord::Direction::Info)
        return false;
    return true;
}

} // namespace Sendscope::Gui
