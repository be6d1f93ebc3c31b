#pragma once

#include "mime/messagereader.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Sendscope::Gui {

class InboxHtmlView;
class InboxModel;

// The sandbox inbox: the list of stored messages (newest first) over a preview with the
// text, the HTML (nothing loaded from outside the message), the raw source and the
// attachments, which can be saved. Delete and Clear ask first (QMessageBox::open()).
class InboxView : public QWidget
{
    Q_OBJECT
public:
    explicit InboxView(InboxModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTabWidget *previewTabs() const { return m_tabs; }
    QPlainTextEdit *textView() const { return m_text; }
    InboxHtmlView *htmlView() const { return m_html; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QListWidget *attachmentList() const { return m_attachments; }
    QPushButton *saveAttachmentButton() const { return m_saveButton; }
    QLabel *headerLabel() const { return m_header; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *clearAction() const { return m_clearAction; }
    QAction *reloadAction() const { return m_reloadAction; }

    // The message shown in the preview: its id, and what MessageReader made of it (its
    // storage stays alive while the message is shown).
    QString currentId() const { return m_currentId; }
    const Mime::ReadResult &currentMessage() const { return m_current; }

    void selectRow(int row);
    // Writes attachment `index` of the shown message to path (QSaveFile).
    bool saveAttachment(int index, const QString &path, QString *error) const;

public Q_SLOTS:
    void deleteSelected(); // asks first
    void clearAll();       // asks first
    void saveSelectedAttachment(); // opens a file dialog

Q_SIGNALS:
    void countChanged(int count);

private:
    void showSelected();
    void showMessage(const QString &id, const QString &path);
    void updateActions();

    InboxModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    InboxHtmlView *m_html;
    QLabel *m_blockedLabel;
    QWidget *m_htmlPage;
    QPlainTextEdit *m_source;
    QListWidget *m_attachments;
    QWidget *m_attachmentPage;
    QPushButton *m_saveButton;
    QAction *m_deleteAction;
    QAction *m_clearAction;
    QAction *m_reloadAction;
    QLabel *m_countLabel;

    QString m_currentId;
    Mime::ReadResult m_current;
};

} // namespace Sendscope::Gui
