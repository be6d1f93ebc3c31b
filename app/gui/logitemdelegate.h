#pragma once

#include <QStyledItemDelegate>

namespace Sendscope {
class ProtocolLogModel;
}

namespace Sendscope::Gui {

// Draws one protocol log row: time (absolute or relative to the session start), a direction
// marker and the text, coloured by meaning. Every row has the same height so the view can
// use uniformItemSizes with 100 000 rows. The first row of a session gets a rule above it.
class LogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    LogItemDelegate(const ProtocolLogModel *source, QObject *parent = nullptr);

    void setRelativeTime(bool relative) { m_relative = relative; }
    bool relativeTime() const { return m_relative; }
    void setHighlight(const QString &text) { m_highlight = text; }
    void setHost(const QString &host) { m_host = host; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The time column as shown for a row (proxy or source index).
    QString timeText(const QModelIndex &index) const;
    // The explanation shown on hover for a server reply; empty for other rows.
    QString toolTipFor(const QModelIndex &index) const;
    // True when the row begins a session (drawn with a separator).
    static bool startsSession(const QModelIndex &index);

private:
    int sourceRow(const QModelIndex &index) const;

    const ProtocolLogModel *m_source;
    bool m_relative = false;
    QString m_highlight;
    QString m_host;
};

} // namespace Sendscope::Gui
