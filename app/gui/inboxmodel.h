#pragma once

#include "sandbox/sandboxenvelope.h"

#include <QAbstractTableModel>
#include <QList>

namespace Sendscope::Gui {

// The sandbox inbox as a table, newest first: from, to, subject, size, time. Rows come
// from the <id>.json envelopes; From, To and Subject are read from each .eml's header
// block only (decoded by MessageReader), so a large inbox lists quickly.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FromColumn, ToColumn, SubjectColumn, SizeColumn, TimeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PathRole, SortRole };

    explicit InboxModel(QObject *parent = nullptr);

    // Lists the folder (the sandbox's inbox/) again.
    void setDirectory(const QString &directory);
    QString directory() const { return m_dir; }
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    SandboxEnvelope envelope(int row) const { return m_rows.at(row).envelope; }
    QString emlPath(int row) const;
    int rowOf(const QString &id) const;

    // Removes the message's files; false when they could not be removed.
    bool removeMessage(const QString &id);
    // Removes every message; returns how many.
    int clearAll();

public Q_SLOTS:
    // A message the running server has just stored (SandboxServer::messageStored).
    void addMessage(const Sendscope::SandboxEnvelope &envelope);

private:
    struct Row
    {
        SandboxEnvelope envelope;
        QString from;     // names (or addresses) only, for the narrow columns
        QString fromFull; // "Name <address>", for tooltips
        QString to;
        QString toFull;
        QString subject;
    };
    Row makeRow(const SandboxEnvelope &envelope) const;

    QString m_dir;
    QList<Row> m_rows; // newest first
};

} // namespace Sendscope::Gui
