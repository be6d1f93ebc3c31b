#include "inboxview.h"

#include "inboxhtmlview.h"
#include "inboxmodel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sendscope::Gui {

namespace {

// The source tab shows this much of a message; the file itself is never changed.
constexpr qint64 MaxSourceShown = 4 * 1024 * 1024;
constexpr qint64 MaxInlinePart = 16 * 1024 * 1024;

QString mailboxes(const QList<Mime::Mailbox> &list)
{
    QStringList out;
    for (const Mime::Mailbox &m : list)
        out.append(m.displayName.isEmpty() ? m.address
                                           : QStringLiteral("%1 <%2>").arg(m.displayName, m.address));
    return out.join(QStringLiteral(", "));
}

QToolButton *toolButton(QAction *action)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

InboxView::InboxView(InboxModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_header(new QLabel)
    , m_tabs(new QTabWidget)
    , m_text(new QPlainTextEdit)
    , m_html(new InboxHtmlView)
    , m_blockedLabel(new QLabel)
    , m_htmlPage(new QWidget)
    , m_source(new QPlainTextEdit)
    , m_attachments(new QListWidget)
    , m_attachmentPage(new QWidget)
    , m_saveButton(new QPushButton(tr("Save…")))
    , m_countLabel(new QLabel)
{
    setObjectName(QStringLiteral("inboxView"));

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected message from the sandbox inbox"));
    connect(m_deleteAction, &QAction::triggered, this, &InboxView::deleteSelected);
    m_clearAction = new QAction(tr("Clear…"), this);
    m_clearAction->setToolTip(tr("Delete every message in the sandbox inbox"));
    connect(m_clearAction, &QAction::triggered, this, &InboxView::clearAll);
    m_reloadAction = new QAction(tr("Reload"), this);
    m_reloadAction->setToolTip(tr("List the inbox folder again"));
    connect(m_reloadAction, &QAction::triggered, m_model, &InboxModel::reload);
    addAction(m_deleteAction);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InboxModel::SortRole);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InboxModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Sandbox inbox"));
    QHeaderView *h = m_table->horizontalHeader();
    h->setHighlightSections(false);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(InboxModel::SubjectColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(InboxModel::SizeColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(InboxModel::TimeColumn, QHeaderView::ResizeToContents);
    h->resizeSection(InboxModel::FromColumn, 110);
    h->resizeSection(InboxModel::ToColumn, 100);

    m_header->setObjectName(QStringLiteral("inboxHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(4, 4, 4, 4);

    m_text->setObjectName(QStringLiteral("inboxText"));
    m_text->setReadOnly(true);
    m_html->setObjectName(QStringLiteral("inboxHtml"));
    m_blockedLabel->setObjectName(QStringLiteral("inboxBlocked"));
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->hide();
    auto *htmlLayout = new QVBoxLayout(m_htmlPage);
    htmlLayout->setContentsMargins(0, 0, 0, 0);
    htmlLayout->setSpacing(2);
    htmlLayout->addWidget(m_blockedLabel);
    htmlLayout->addWidget(m_html, 1);
    connect(m_html, &InboxHtmlView::blockedChanged, this, [this](int n) {
        m_blockedLabel->setVisible(n > 0);
        m_blockedLabel->setText(tr("%n outside resource(s) not loaded: the sandbox never "
                                   "fetches remote content.", nullptr, n));
    });
    connect(m_html, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        m_html->setToolTip(url.isEmpty() ? QString()
                                         : tr("Link to %1 (not opened)").arg(url.toDisplayString()));
    });

    m_source->setObjectName(QStringLiteral("inboxSource"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_attachments->setObjectName(QStringLiteral("inboxAttachments"));
    m_saveButton->setObjectName(QStringLiteral("inboxSaveAttachment"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, &InboxView::saveSelectedAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_saveButton->setEnabled(row >= 0); });
    connect(m_attachments, &QListWidget::itemActivated, this, &InboxView::saveSelectedAttachment);
    auto *attLayout = new QVBoxLayout(m_attachmentPage);
    attLayout->setContentsMargins(0, 0, 0, 0);
    attLayout->addWidget(m_attachments, 1);
    auto *attButtons = new QHBoxLayout;
    attButtons->addStretch();
    attButtons->addWidget(m_saveButton);
    attLayout->addLayout(attButtons);

    m_tabs->setObjectName(QStringLiteral("inboxPreviewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_htmlPage, tr("HTML"));
    m_tabs->addTab(m_source, tr("Source"));
    m_tabs->addTab(m_attachmentPage, tr("Attachments"));

    auto *preview = new QWidget;
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(0);
    previewLayout->addWidget(m_header);
    previewLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("inboxSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(preview);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_countLabel->setObjectName(QStringLiteral("inboxCount"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_countLabel, 1);
    bar->addWidget(toolButton(m_reloadAction));
    bar->addWidget(toolButton(m_deleteAction));
    bar->addWidget(toolButton(m_clearAction));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxView::showSelected);
    const auto changed = [this] {
        updateActions();
        Q_EMIT countChanged(m_model->rowCount());
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    // The shown message may be gone after a reset or removal.
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::showSelected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxView::showSelected);
    updateActions();
    showSelected();
}

void InboxView::updateActions()
{
    const int n = m_model->rowCount();
    m_countLabel->setText(n == 0 ? tr("No messages yet.") : tr("%n message(s)", nullptr, n));
    m_clearAction->setEnabled(n > 0);
    m_deleteAction->setEnabled(m_table->selectionModel()->currentIndex().isValid());
}

void InboxView::selectRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void InboxView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        showMessage(QString(), QString());
    } else {
        showMessage(current.data(InboxModel::IdRole).toString(),
                    current.data(InboxModel::PathRole).toString());
    }
    updateActions();
}

void InboxView::showMessage(const QString &id, const QString &path)
{
    if (!id.isEmpty() && id == m_currentId && m_current.ok)
        return;
    m_currentId = id;
    m_current = Mime::ReadResult();
    m_text->clear();
    m_html->clearMessage();
    m_source->clear();
    m_attachments->clear();
    m_tabs->setTabText(m_tabs->indexOf(m_attachmentPage), tr("Attachments"));
    // Nothing selected: nothing to read, and no "no plain-text part" either.
    m_tabs->setEnabled(!id.isEmpty());
    m_text->setPlaceholderText(id.isEmpty() ? QString() : tr("No plain-text part."));
    if (id.isEmpty()) {
        m_header->setText(m_model->rowCount() == 0
                                  ? tr("Messages sent to the sandbox appear here.")
                                  : tr("Select a message to see it."));
        return;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_header->setText(tr("Cannot read %1: %2")
                                  .arg(QFileInfo(path).fileName(), file.errorString())
                                  .toHtmlEscaped());
        return;
    }
    QByteArray source = file.read(MaxSourceShown);
    if (!file.atEnd())
        source += QByteArray("\r\n[") + tr("… %1 more octets not shown")
                                                 .arg(file.size() - MaxSourceShown)
                                                 .toUtf8()
                + "]";
    m_source->setPlainText(QString::fromUtf8(source));
    file.seek(0);
    m_current = Mime::MessageReader().read(&file);
    if (!m_current.ok) {
        m_header->setText(tr("Not a readable message: %1").arg(m_current.error).toHtmlEscaped());
        m_tabs->setCurrentWidget(m_source);
        return;
    }
    const Mime::Message &m = m_current.message;
    const int row = m_model->rowOf(id);
    const SandboxEnvelope env = row >= 0 ? m_model->envelope(row) : SandboxEnvelope();
    QString head = QStringLiteral("<b>%1</b>").arg((m.subject.isEmpty() ? tr("(no subject)")
                                                                         : m.subject)
                                                          .toHtmlEscaped());
    const auto line = [&head](const QString &label, const QString &value) {
        if (!value.isEmpty())
            head += QStringLiteral("<br>%1 %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("From:"), mailboxes({m.from}));
    line(tr("To:"), mailboxes(m.to));
    line(tr("Cc:"), mailboxes(m.cc));
    if (m.date.isValid())
        line(tr("Date:"), QLocale().toString(m.date.toLocalTime(), QLocale::LongFormat));
    if (!env.id.isEmpty()) {
        const QString how = env.tls ? tr("over %1", "TLS protocol").arg(env.tlsProtocol)
                                    : tr("without TLS");
        line(tr("Envelope:"), tr("%1 → %2, %3, AUTH %4")
                                      .arg(env.from.isEmpty() ? tr("<null sender>") : env.from,
                                           env.to.join(QStringLiteral(", ")), how,
                                           env.authUser.isEmpty() ? tr("none") : env.authUser));
    }
    m_header->setText(head);

    m_text->setPlainText(m.text);
    QHash<QByteArray, QByteArray> inlineParts;
    for (const Mime::Attachment &a : m.attachments) {
        if (a.contentId.isEmpty())
            continue;
        QByteArray bytes = a.data;
        if (bytes.isEmpty() && !a.filePath.isEmpty()) {
            QFile f(a.filePath);
            if (f.open(QIODevice::ReadOnly))
                bytes = f.read(MaxInlinePart);
        }
        inlineParts.insert(a.contentId, bytes);
    }
    m_html->showHtml(m.html, inlineParts);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_htmlPage), !m.html.isEmpty());

    for (const Mime::Attachment &a : m.attachments) {
        const qint64 size = a.filePath.isEmpty() ? a.data.size() : QFileInfo(a.filePath).size();
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2, %3)")
                                                 .arg(a.effectiveFileName(),
                                                      QString::fromLatin1(a.mediaType),
                                                      QLocale().formattedDataSize(size)));
        m_attachments->addItem(item);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_attachmentPage),
                       tr("Attachments (%1)").arg(m.attachments.size()));
    if (m_attachments->count() > 0)
        m_attachments->setCurrentRow(0);
    // Where the content is: the text, else the HTML.
    if (m_tabs->currentWidget() != m_source && m_tabs->currentWidget() != m_attachmentPage)
        m_tabs->setCurrentWidget(m.text.isEmpty() && !m.html.isEmpty() ? m_htmlPage : m_text);
}

bool InboxView::saveAttachment(int index, const QString &path, QString *error) const
{
    if (!m_current.ok || index < 0 || index >= m_current.message.attachments.size()) {
        *error = tr("There is no such attachment.");
        return false;
    }
    const Mime::Attachment &a = m_current.message.attachments.at(index);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    if (a.filePath.isEmpty()) {
        out.write(a.data);
    } else {
        // Decoded to a temporary file by the reader: copied in chunks, never all in memory.
        QFile in(a.filePath);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the attachment: %1").arg(in.errorString());
            out.cancelWriting();
            return false;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(256 * 1024);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                break;
        }
    }
    if (!out.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

void InboxView::saveSelectedAttachment()
{
    const int index = m_attachments->currentRow();
    if (!m_current.ok || index < 0 || index >= m_current.message.attachments.size())
        return;
    auto *dialog = new QFileDialog(this, tr("Save attachment"));
    dialog->setObjectName(QStringLiteral("saveAttachmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // Only the file name part: a name in the message never chooses the folder.
    dialog->selectFile(QFileInfo(m_current.message.attachments.at(index).effectiveFileName()).fileName());
    const QString id = m_currentId;
    connect(dialog, &QFileDialog::fileSelected, this, [this, index, id](const QString &path) {
        if (id != m_currentId)
            return; // another message is shown now
        QString error;
        if (!saveAttachment(index, path, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Attachment not saved"), error,
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void InboxView::deleteSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(InboxModel::IdRole).toString();
    const QString subject = m_proxy->index(current.row(), InboxModel::SubjectColumn).data().toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete message"),
                                tr("Delete \"%1\" from the sandbox inbox?").arg(subject),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("inboxDeleteConfirmation"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const int row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)).row();
        if (!m_model->removeMessage(id))
            return;
        if (m_proxy->rowCount() > 0)
            selectRow(qMin(row, m_proxy->rowCount() - 1));
    });
    box->open();
}

void InboxView::clearAll()
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear the sandbox inbox"),
                                tr("Delete all %n message(s) in the sandbox inbox?", nullptr, n),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("inboxClearConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_model->clearAll();
    });
    box->open();
}

} // namespace Sendscope::Gui
