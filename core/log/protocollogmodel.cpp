#include "protocollogmodel.h"

#include <algorithm>

namespace Sendscope {

ProtocolLogModel::ProtocolLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProtocolLogModel::flush);
}

int ProtocolLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

qint64 ProtocolLogModel::sessionStartMsecs(int row) const
{
    auto it = std::upper_bound(m_sessionStarts.cbegin(), m_sessionStarts.cend(), row);
    if (it == m_sessionStarts.cbegin())
        return m_records.isEmpty() ? 0 : m_records.first().msecsSinceEpoch;
    return m_records.at(*(it - 1)).msecsSinceEpoch;
}

QVariant ProtocolLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const LogRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.text;
    case Qt::ToolTipRole: return r.toPlainLine();
    case DirectionRole: return int(r.direction);
    case ReplyClassRole: return int(r.replyClass);
    case ReplyCodeRole: return r.replyCode;
    case TimeRole: return r.msecsSinceEpoch;
    case ConnectionRole: return r.connectionId;
    case RedactedRole: return r.redacted;
    case SessionStartRole:
        return std::binary_search(m_sessionStarts.cbegin(), m_sessionStarts.cend(), index.row());
    case RecordRole: return QVariant::fromValue(r);
    default: return {};
    }
}

QHash<int, QByteArray> ProtocolLogModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(DirectionRole, "direction");
    names.insert(ReplyClassRole, "replyClass");
    names.insert(ReplyCodeRole, "replyCode");
    names.insert(TimeRole, "time");
    names.insert(ConnectionRole, "connection");
    names.insert(RedactedRole, "redacted");
    names.insert(SessionStartRole, "sessionStart");
    return names;
}

void ProtocolLogModel::beginSession()
{
    flush();
    // Trim older sessions: the current one is always kept whole.
    if (m_records.size() > m_maxPrevious) {
        const int drop = int(m_records.size()) - m_maxPrevious;
        beginRemoveRows(QModelIndex(), 0, drop - 1);
        m_records.remove(0, drop);
        QList<int> starts;
        for (int s : std::as_const(m_sessionStarts)) {
            if (s >= drop)
                starts.append(s - drop);
        }
        m_sessionStarts = starts;
        endRemoveRows();
    }
    m_pendingSessionStart = true;
}

void ProtocolLogModel::append(const LogRecord &record)
{
    m_pending.append(record);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProtocolLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    if (m_pendingSessionStart || m_sessionStarts.isEmpty()) {
        m_sessionStarts.append(first);
        m_pendingSessionStart = false;
    }
    m_records.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

void ProtocolLogModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_records.clear();
    m_pending.clear();
    m_sessionStarts.clear();
    endResetModel();
}

QString ProtocolLogModel::toPlainText(int first, int last) const
{
    if (last < 0 || last >= m_records.size())
        last = int(m_records.size()) - 1;
    QString out;
    for (int row = first; row <= last; ++row) {
        out += m_records.at(row).toPlainLine();
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Sendscope
