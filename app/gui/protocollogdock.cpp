#include "protocollogdock.h"

#include "logfilterproxy.h"
#include "logitemdelegate.h"
#include "logstyle.h"
#include "serverline.h"

#include "log/logrecord.h"
#include "log/protocollogmodel.h"
#include "smtp/explain/replyexplainer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Sendscope::Gui {

ProtocolLogDock::ProtocolLogDock(ProtocolLogModel *model, QWidget *parent)
    : QDockWidget(tr("Protocol log"), parent)
    , m_model(model)
    , m_proxy(new LogFilterProxy(this))
    , m_delegate(new LogItemDelegate(model, this))
    , m_view(new QListView)
    , m_details(new QTextBrowser)
    , m_toolBar(new QToolBar)
    , m_search(new QLineEdit)
{
    setObjectName(QStringLiteral("protocolLogDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                | QDockWidget::DockWidgetClosable);
    m_proxy->setSourceModel(model);

    m_view->setObjectName(QStringLiteral("protocolLogView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    // Every row has the same height: the view never measures 100 000 rows one by one.
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("SMTP conversation"));
    m_view->setMouseTracking(true);

    m_details->setObjectName(QStringLiteral("replyDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Explanation of the selected line"));
    m_details->setMinimumHeight(60);

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_relativeAction = m_toolBar->addAction(tr("Relative time"));
    m_relativeAction->setCheckable(true);
    m_relativeAction->setToolTip(tr("Show milliseconds since the session started instead of the clock time"));
    connect(m_relativeAction, &QAction::toggled, this, [this](bool on) {
        m_delegate->setRelativeTime(on);
        m_view->viewport()->update();
    });
    m_hideTlsAction = m_toolBar->addAction(tr("Hide TLS"));
    m_hideTlsAction->setCheckable(true);
    m_hideTlsAction->setToolTip(tr("Hide handshake and certificate details"));
    connect(m_hideTlsAction, &QAction::toggled, m_proxy, &LogFilterProxy::setHideTls);
    m_hideInfoAction = m_toolBar->addAction(tr("Hide info"));
    m_hideInfoAction->setCheckable(true);
    m_hideInfoAction->setToolTip(tr("Show only what went over the wire"));
    connect(m_hideInfoAction, &QAction::toggled, m_proxy, &LogFilterProxy::setHideInfo);
    m_toolBar->addSeparator();

    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setToolTip(tr("Enter: next match; Shift+Enter: previous match"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delegate->setHighlight(text);
        m_view->viewport()->update();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        findNext(QApplication::keyboardModifiers() & Qt::ShiftModifier);
    });

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, &ProtocolLogDock::copySelection);
    m_saveAction = new QAction(tr("Save log…"), this);
    m_saveAction->setToolTip(tr("Save the log as text or HTML"));
    connect(m_saveAction, &QAction::triggered, this, &ProtocolLogDock::startSave);
    m_clearAction = new QAction(tr("Clear"), this);
    m_clearAction->setToolTip(tr("Remove every line from the log"));
    connect(m_clearAction, &QAction::triggered, m_model, &ProtocolLogModel::clear);
    m_legendAction = new QAction(tr("Legend"), this);
    m_legendAction->setToolTip(tr("What the colours mean"));
    connect(m_legendAction, &QAction::triggered, this, &ProtocolLogDock::showLegend);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addAction(m_clearAction);
    m_toolBar->addAction(m_legendAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_saveAction);
    m_view->addAction(m_clearAction);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("logSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({440, 190});  // room for the legend until the user moves it

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(4, 2, 4, 4);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProtocolLogDock::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProtocolLogDock::updateDetails);
    // Follow the conversation while the view is at its end; stay put when the user scrolled up.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_stickToBottom = bar->value() >= bar->maximum() - 1;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_stickToBottom)
            m_view->scrollToBottom();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProtocolLogDock::updateDetails);
    updateDetails();
}

void ProtocolLogDock::setHost(const QString &host)
{
    m_host = host;
    m_delegate->setHost(host);
}

void ProtocolLogDock::saveSettings(QSettings &s) const
{
    s.setValue(QStringLiteral("log/relativeTime"), m_relativeAction->isChecked());
    s.setValue(QStringLiteral("log/hideTls"), m_hideTlsAction->isChecked());
    s.setValue(QStringLiteral("log/hideInfo"), m_hideInfoAction->isChecked());
    if (auto *splitter = widget()->findChild<QSplitter *>())
        s.setValue(QStringLiteral("log/splitter"), splitter->saveState());
}

void ProtocolLogDock::restoreSettings(const QSettings &s)
{
    m_relativeAction->setChecked(s.value(QStringLiteral("log/relativeTime"), false).toBool());
    m_hideTlsAction->setChecked(s.value(QStringLiteral("log/hideTls"), false).toBool());
    m_hideInfoAction->setChecked(s.value(QStringLiteral("log/hideInfo"), false).toBool());
    if (auto *splitter = widget()->findChild<QSplitter *>())
        splitter->restoreState(s.value(QStringLiteral("log/splitter")).toByteArray());
}

void ProtocolLogDock::focusSearch()
{
    show();
    raise();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ProtocolLogDock::findNext(bool backwards)
{
    const QString needle = m_search->text();
    const int rows = m_proxy->rowCount();
    if (needle.isEmpty() || rows == 0)
        return false;
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row()
                                                       : (backwards ? rows : -1);
    for (int i = 1; i <= rows; ++i) {
        const int row = ((backwards ? start - i : start + i) % rows + rows) % rows;
        const QModelIndex idx = m_proxy->index(row, 0);
        if (idx.data(Qt::DisplayRole).toString().contains(needle, Qt::CaseInsensitive)) {
            m_view->setCurrentIndex(idx);
            m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

QString ProtocolLogDock::selectedText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString out;
    for (const QModelIndex &idx : std::as_const(rows)) {
        const int src = m_proxy->mapToSource(idx).row();
        const qint64 start = m_delegate->relativeTime() ? m_model->sessionStartMsecs(src) : -1;
        out += m_model->record(src).toPlainLine(start);
        out += QLatin1Char('\n');
    }
    return out;
}

void ProtocolLogDock::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QString ProtocolLogDock::toHtml() const
{
    const QPalette pal = palette();
    QString html = QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
            "<style>body{background:%2;color:%3;font-family:monospace;white-space:pre}"
            ".sep{border-top:1px dashed %4;margin-top:4px}</style></head><body>\n")
                           .arg(tr("Sendscope protocol log").toHtmlEscaped(),
                                pal.color(QPalette::Base).name(), pal.color(QPalette::Text).name(),
                                pal.color(QPalette::Mid).name());
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex idx = m_proxy->index(row, 0);
        const int src = m_proxy->mapToSource(idx).row();
        const LogStyle::Category cat = LogStyle::category(idx);
        const qint64 start = m_delegate->relativeTime() ? m_model->sessionStartMsecs(src) : -1;
        html += QStringLiteral("<div%1 style=\"color:%2\">%3</div>\n")
                        .arg(LogItemDelegate::startsSession(idx) ? QStringLiteral(" class=\"sep\"")
                                                                 : QString(),
                             LogStyle::color(cat, pal).name(),
                             m_model->record(src).toPlainLine(start).toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

bool ProtocolLogDock::saveTo(const QString &path, bool html, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (html) {
        file.write(toHtml().toUtf8());
    } else {
        const int rows = m_proxy->rowCount();
        for (int row = 0; row < rows; ++row) {
            const int src = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            const qint64 start = m_delegate->relativeTime() ? m_model->sessionStartMsecs(src) : -1;
            file.write(m_model->record(src).toPlainLine(start).toUtf8());
            file.write("\n");
        }
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ProtocolLogDock::startSave()
{
    auto *dialog = new QFileDialog(this, tr("Save protocol log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString textFilter = tr("Text (*.txt *.log)");
    const QString htmlFilter = tr("HTML (*.html *.htm)");
    dialog->setNameFilters({textFilter, htmlFilter});
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("sendscope-log.txt"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, htmlFilter](const QString &f) {
        dialog->setDefaultSuffix(f == htmlFilter ? QStringLiteral("html") : QStringLiteral("txt"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, htmlFilter](const QString &path) {
        const bool html = dialog->selectedNameFilter() == htmlFilter
                || path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
        QString error;
        if (!saveTo(path, html, &error))
            m_details->setPlainText(tr("Could not save the log to %1: %2").arg(path, error));
    });
    dialog->open();
}

void ProtocolLogDock::showLegend()
{
    m_view->clearSelection();
    m_view->setCurrentIndex(QModelIndex());
    m_details->setHtml(legendHtml());
}

QString ProtocolLogDock::detailsText() const
{
    return m_details->toPlainText();
}

QString ProtocolLogDock::legendHtml() const
{
    const QPalette pal = palette();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (int i = 0; i < LogStyle::CategoryCount; ++i) {
        const auto cat = LogStyle::Category(i);
        html += QStringLiteral("<tr><td><span style=\"color:%1\">&#9632;</span></td>"
                               "<td style=\"color:%1\"><b>%2</b></td><td>%3</td></tr>")
                        .arg(LogStyle::color(cat, pal).name(), LogStyle::name(cat).toHtmlEscaped(),
                             LogStyle::description(cat).toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p>")
                    .arg(tr("Select a line to see what it means. Passwords and login data are "
                            "shown only as &lt;redacted&gt;."));
    return html;
}

QString ProtocolLogDock::rowHtml(const QModelIndex &index) const
{
    const QPalette pal = palette();
    const LogStyle::Category cat = LogStyle::category(index);
    const QString line = index.data(Qt::DisplayRole).toString();
    QString html;
    const auto dir = LogRecord::Direction(index.data(ProtocolLogModel::DirectionRole).toInt());
    if (dir == LogRecord::Direction::Server) {
        const ServerLine s = ServerLine::parse(line);
        if (s.code == 0) {
            html += QStringLiteral("<p>%1</p>").arg(tr("This line is not an SMTP reply.").toHtmlEscaped());
        } else {
            const Explanation e = ReplyExplainer::explainReply(s.code, s.enhanced, s.text, m_host);
            const QString code = s.enhanced.isEmpty()
                    ? QString::number(s.code)
                    : QStringLiteral("%1 %2").arg(QString::number(s.code), s.enhanced);
            html += QStringLiteral("<p><b style=\"color:%1\">%2</b> — %3</p>")
                            .arg(LogStyle::color(cat, pal).name(), code.toHtmlEscaped(),
                                 e.sentence.toHtmlEscaped());
            if (!s.text.isEmpty())
                html += QStringLiteral("<p>%1 <tt>%2</tt></p>")
                                .arg(tr("The server's words:").toHtmlEscaped(), s.text.toHtmlEscaped());
            if (!e.suggestion.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(tr("What to try: %1").arg(e.suggestion).toHtmlEscaped());
            if (!e.reference.isEmpty())
                html += QStringLiteral("<p><i>%1</i></p>").arg(tr("See %1.").arg(e.reference).toHtmlEscaped());
        }
    } else {
        html += QStringLiteral("<p><b style=\"color:%1\">%2</b> — %3</p><p><tt>%4</tt></p>")
                        .arg(LogStyle::color(cat, pal).name(), LogStyle::name(cat).toHtmlEscaped(),
                             LogStyle::description(cat).toHtmlEscaped(), line.toHtmlEscaped());
        if (index.data(ProtocolLogModel::RedactedRole).toBool())
            html += QStringLiteral("<p>%1</p>")
                            .arg(tr("A secret in this line was replaced by &lt;redacted&gt; "
                                    "before it reached the log."));
    }
    return html;
}

void ProtocolLogDock::updateDetails()
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid() || !m_view->selectionModel()->isSelected(idx))
        m_details->setHtml(legendHtml());
    else
        m_details->setHtml(rowHtml(idx));
}

void ProtocolLogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateDetails();
    QDockWidget::changeEvent(event);
}

} // namespace Sendscope::Gui
