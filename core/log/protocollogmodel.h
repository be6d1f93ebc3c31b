#pragma once

#include "logrecord.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

namespace Sendscope {

// The protocol log as a list model. Core gives meaning as roles (direction, reply class);
// the app maps them to palette colours. Records are appended in batches (one
// beginInsertRows per event-loop pass), so 100 000 lines stay cheap for views.
//
// Retention: every record of the current session is kept; when a new session starts, older
// sessions are trimmed so that at most maxPreviousRecords() of them remain.
class ProtocolLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DirectionRole = Qt::UserRole + 1,
        ReplyClassRole,
        ReplyCodeRole,
        TimeRole,            // msecs since epoch (qint64)
        ConnectionRole,
        RedactedRole,
        SessionStartRole,    // true on the first record of a session
        RecordRole,          // the whole LogRecord
    };
    Q_ENUM(Role)

    explicit ProtocolLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const LogRecord &record(int row) const { return m_records.at(row); }
    qint64 sessionStartMsecs(int row) const;

    void setMaxPreviousRecords(int max) { m_maxPrevious = max; }
    int maxPreviousRecords() const { return m_maxPrevious; }

    // Plain-text form of rows [first, last], one line each.
    QString toPlainText(int first = 0, int last = -1) const;

public Q_SLOTS:
    void beginSession();
    void append(const Sendscope::LogRecord &record);
    void flush();  // insert pending records now (normally done on the next event-loop pass)
    void clear();

private:
    QList<LogRecord> m_records;
    QList<LogRecord> m_pending;
    QList<int> m_sessionStarts;  // row of the first record of each session
    bool m_pendingSessionStart = false;
    int m_maxPrevious = 20000;
    QTimer m_flushTimer;
};

} // namespace Sendscope
