#include "inboxmodel.h"

#include "mime/messagereader.h"
#include "sandbox/sandboxinbox.h"

#include <QDate>
#include <QFile>
#include <QLocale>

#include <algorithm>

namespace Sendscope::Gui {

namespace {

// The header block is everything up to the first empty line (RFC 5322 §2.1); more than
// this is not a header anyone wants in a list.
constexpr qint64 MaxHeaderRead = 256 * 1024;

QByteArray readHeaderBlock(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray head;
    while (!f.atEnd() && head.size() < MaxHeaderRead) {
        const QByteArray line = f.readLine(8192);
        head += line;
        if (line == "\r\n" || line == "\n")
            break;
    }
    return head;
}

QString mailboxText(const Mime::Mailbox &m)
{
    return m.displayName.isEmpty() ? m.address
                                   : QStringLiteral("%1 <%2>").arg(m.displayName, m.address);
}

QString mailboxName(const Mime::Mailbox &m)
{
    return m.displayName.isEmpty() ? m.address : m.displayName;
}

// Today's messages by time only; older ones with the date.
QString shortTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InboxModel::setDirectory(const QString &directory)
{
    m_dir = directory;
    reload();
}

void InboxModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_dir.isEmpty()) {
        const QList<SandboxEnvelope> all = SandboxInbox(m_dir).messages(); // oldest first
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            m_rows.append(makeRow(*it));
    }
    endResetModel();
}

InboxModel::Row InboxModel::makeRow(const SandboxEnvelope &envelope) const
{
    Row row;
    row.envelope = envelope;
    const QByteArray head = readHeaderBlock(SandboxInbox(m_dir).emlPath(envelope.id));
    const Mime::ReadResult r = Mime::MessageReader().readBytes(head);
    if (r.ok) {
        if (!r.message.from.address.isEmpty()) {
            row.from = mailboxName(r.message.from);
            row.fromFull = mailboxText(r.message.from);
        }
        QStringList to;
        QStringList toFull;
        for (const Mime::Mailbox &m : r.message.to) {
            to.append(mailboxName(m));
            toFull.append(mailboxText(m));
        }
        row.to = to.join(QStringLiteral(", "));
        row.toFull = toFull.join(QStringLiteral(", "));
        row.subject = r.message.subject;
    }
    // No header (or none of these fields): what the envelope says.
    if (row.from.isEmpty())
        row.from = row.fromFull = envelope.from.isEmpty() ? tr("<null sender>") : envelope.from;
    if (row.to.isEmpty())
        row.to = row.toFull = envelope.to.join(QStringLiteral(", "));
    return row;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FromColumn: return r.from;
        case ToColumn: return r.to;
        case SubjectColumn: return r.subject.isEmpty() ? tr("(no subject)") : r.subject;
        case SizeColumn: return QLocale().formattedDataSize(r.envelope.size);
        case TimeColumn: return shortTime(r.envelope.received);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ToColumn:
            return tr("%1\nEnvelope recipients: %2")
                    .arg(r.toFull, r.envelope.to.join(QStringLiteral(", ")));
        case FromColumn:
            return tr("%1\nEnvelope sender: %2").arg(r.fromFull, r.envelope.from);
        case TimeColumn:
            return QLocale().toString(r.envelope.received.toLocalTime(), QLocale::LongFormat);
        case SizeColumn:
            return tr("%1 octets").arg(r.envelope.size);
        default: return r.subject;
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return r.envelope.id;
    case PathRole: return emlPath(index.row());
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return r.envelope.size;
        case TimeColumn: return r.envelope.received;
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case SubjectColumn: return tr("Subject");
    case SizeColumn: return tr("Size");
    case TimeColumn: return tr("Received");
    }
    return {};
}

QString InboxModel::emlPath(int row) const
{
    return SandboxInbox(m_dir).emlPath(m_rows.at(row).envelope.id);
}

int InboxModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).envelope.id == id)
            return i;
    }
    return -1;
}

void InboxModel::addMessage(const SandboxEnvelope &envelope)
{
    if (m_dir.isEmpty() || rowOf(envelope.id) >= 0)
        return;
    // Newest first: after every row received later (normally at the top).
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).envelope.received > envelope.received)
        ++at;
    beginInsertRows(QModelIndex(), at, at);
    m_rows.insert(at, makeRow(envelope));
    endInsertRows();
}

bool InboxModel::removeMessage(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const bool ok = SandboxInbox(m_dir).remove(id);
    if (ok) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    return ok;
}

int InboxModel::clearAll()
{
    if (m_dir.isEmpty())
        return 0;
    const int n = SandboxInbox(m_dir).clear();
    reload(); // whatever could not be removed stays listed
    return n;
}

} // namespace Sendscope::Gui
