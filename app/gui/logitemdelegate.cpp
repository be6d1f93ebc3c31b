#include "logitemdelegate.h"

#include "logstyle.h"
#include "serverline.h"

#include "log/logrecord.h"
#include "log/protocollogmodel.h"
#include "smtp/explain/replyexplainer.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Sendscope::Gui {

namespace {
constexpr int HPad = 6;
constexpr int VPad = 2;
} // namespace

LogItemDelegate::LogItemDelegate(const ProtocolLogModel *source, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_source(source)
{
}

int LogItemDelegate::sourceRow(const QModelIndex &index) const
{
    QModelIndex idx = index;
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(idx.model()))
        idx = proxy->mapToSource(idx);
    return idx.row();
}

bool LogItemDelegate::startsSession(const QModelIndex &index)
{
    if (index.row() == 0)
        return false;  // nothing above it to separate from
    if (index.data(ProtocolLogModel::SessionStartRole).toBool())
        return true;
    // The session's first row may be filtered out: a change of connection starts one too.
    const QModelIndex prev = index.siblingAtRow(index.row() - 1);
    return prev.data(ProtocolLogModel::ConnectionRole) != index.data(ProtocolLogModel::ConnectionRole);
}

QString LogItemDelegate::timeText(const QModelIndex &index) const
{
    const qint64 t = index.data(ProtocolLogModel::TimeRole).toLongLong();
    if (m_relative && m_source) {
        const qint64 start = m_source->sessionStartMsecs(sourceRow(index));
        return tr("+%L1 ms").arg(t - start);
    }
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QSize LogItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Uniform: the view asks once and uses it for every row.
    return QSize(option.fontMetrics.averageCharWidth() * 80, option.fontMetrics.height() + 2 * VPad + 1);
}

void LogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const LogStyle::Category cat = LogStyle::category(index);
    const bool selected = option.state & QStyle::State_Selected;
    QRect r = option.rect;

    // Background: selection, else a tint for refusals and errors, else a search match.
    if (selected) {
        painter->fillRect(r, pal.brush(option.state & QStyle::State_Active ? QPalette::Active
                                                                            : QPalette::Inactive,
                                       QPalette::Highlight));
    } else {
        QColor bg = LogStyle::background(cat, pal);
        if (!m_highlight.isEmpty()
            && index.data(Qt::DisplayRole).toString().contains(m_highlight, Qt::CaseInsensitive))
            bg = LogStyle::tint(pal.color(QPalette::Highlight), pal.color(QPalette::Base), 0.25);
        if (bg.isValid())
            painter->fillRect(r, bg);
    }

    if (startsSession(index)) {
        QPen pen(LogStyle::tint(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45));
        pen.setWidth(1);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(r.left(), r.top(), r.right(), r.top());
    }
    r.adjust(HPad, VPad + 1, -HPad, -VPad);

    const QFontMetrics &fm = option.fontMetrics;
    const QColor fg = selected ? pal.color(QPalette::HighlightedText) : LogStyle::color(cat, pal);
    const QColor dim = selected ? pal.color(QPalette::HighlightedText)
                                : LogStyle::color(LogStyle::Category::Info, pal);

    // Time column: wide enough for either form so switching does not move the text.
    const int timeWidth = qMax(fm.horizontalAdvance(QStringLiteral("00:00:00.000")),
                               fm.horizontalAdvance(tr("+%L1 ms").arg(999999)));
    painter->setPen(dim);
    painter->drawText(QRect(r.left(), r.top(), timeWidth, r.height()),
                      Qt::AlignRight | Qt::AlignVCenter, timeText(index));
    int x = r.left() + timeWidth + 2 * HPad;

    // Direction marker: protocol notation, untranslated.
    const auto dir = LogRecord::Direction(index.data(ProtocolLogModel::DirectionRole).toInt());
    LogRecord rec;
    rec.direction = dir;
    const int markWidth = fm.horizontalAdvance(QStringLiteral("TLS")) + HPad;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(fg);
    painter->drawText(QRect(x, r.top(), markWidth, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      rec.directionMarker());
    x += markWidth + HPad;

    QFont textFont = option.font;
    if (cat == LogStyle::Category::Error || cat == LogStyle::Category::Permanent)
        textFont.setBold(true);
    if (cat == LogStyle::Category::Info)
        textFont.setItalic(true);
    painter->setFont(textFont);
    painter->setPen(fg);
    const QRect textRect(x, r.top(), r.right() - x, r.height());
    const QString text = QFontMetrics(textFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                           Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);

    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

QString LogItemDelegate::toolTipFor(const QModelIndex &index) const
{
    const QString line = index.data(Qt::DisplayRole).toString();
    const auto dir = LogRecord::Direction(index.data(ProtocolLogModel::DirectionRole).toInt());
    if (dir != LogRecord::Direction::Server)
        return line.size() > 100 ? line : QString();
    const ServerLine s = ServerLine::parse(line);
    if (s.code == 0)
        return tr("The server sent a line that is not an SMTP reply.");
    const Explanation e = ReplyExplainer::explainReply(s.code, s.enhanced, s.text, m_host);
    QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                          .arg((s.enhanced.isEmpty() ? QString::number(s.code)
                                                     : QStringLiteral("%1 %2").arg(s.code).arg(s.enhanced))
                                       .toHtmlEscaped(),
                               e.sentence.toHtmlEscaped());
    if (!e.suggestion.isEmpty())
        tip += QStringLiteral("<p>%1</p>").arg(tr("What to try: %1").arg(e.suggestion).toHtmlEscaped());
    if (!e.reference.isEmpty())
        tip += QStringLiteral("<p><i>%1</i></p>").arg(e.reference.toHtmlEscaped());
    return tip;
}

bool LogItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const QString tip = toolTipFor(index);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), tip, view, option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Sendscope::Gui
