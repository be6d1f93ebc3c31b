#pragma once

#include "messagebuilder.h"

#include "accounts/account.h"
#include "mime/message.h"

#include <QPlainTextEdit>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTemporaryDir;
class QToolButton;

namespace Sendscope::Gui {

class AddressLineEdit;
class OpenNotice;
class RecentAddresses;

// The body editor: dropping files attaches them instead of pasting their paths.
class BodyEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

// From, To, Cc, Bcc, Subject, the plain-text body and the attachment list. Checks addresses
// as they are typed and says what is wrong before anything is sent.
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWidget(RecentAddresses *recent, QWidget *parent = nullptr);

    void setAccounts(const QList<Account> &accounts, const QString &currentId);
    QString currentAccountId() const;

    ComposedMessage composed() const;
    // Checks every field; marks the bad ones. Returns the problems, one sentence each.
    QStringList validate();

    void addAttachments(const QStringList &paths);
    void removeSelectedAttachments();
    QStringList attachments() const { return m_attachments; }
    qint64 attachmentsTotal() const;
    // SIZE from the last EHLO of the current account (0: none announced).
    void setServerSizeLimit(qint64 bytes);
    bool exceedsSizeLimit() const;

    // The mailboxes typed in To, Cc and Bcc, for the recent-address list.
    QStringList recipientMailboxes() const;

    QComboBox *fromSelector() const { return m_from; }
    AddressLineEdit *toField() const { return m_to; }
    AddressLineEdit *ccField() const { return m_cc; }
    AddressLineEdit *bccField() const { return m_bcc; }
    QLineEdit *subjectField() const { return m_subject; }
    BodyEdit *bodyField() const { return m_body; }
    QListWidget *attachmentList() const { return m_attachmentList; }
    QLabel *problemLabel() const { return m_problems; }
    QLabel *attachmentSummary() const { return m_attachmentSummary; }
    QToolButton *accountButton() const { return m_accountButton; }

    static QString formatSize(qint64 bytes);

Q_SIGNALS:
    void accountChanged(const QString &id);
    void attachRequested();

private:
    void updateProblems();
    void updateAttachmentSummary();

    QComboBox *m_from;
    QToolButton *m_accountButton;
    AddressLineEdit *m_to;
    AddressLineEdit *m_cc;
    AddressLineEdit *m_bcc;
    QLineEdit *m_subject;
    BodyEdit *m_body;
    QLabel *m_problems;
    QWidget *m_attachmentBox;
    QListWidget *m_attachmentList;
    QLabel *m_attachmentSummary;
    QStringList m_attachments;
    qint64 m_sizeLimit = 0;
    QList<Account> m_accounts;

public:
    // Replaces every field with a message read from a file. Each attachment must have its
    // filePath set (MessageOpener writes them into `storage`); the composer keeps `storage`
    // alive while it holds them. The From account whose address matches is selected;
    // returns false when none does (fromNote() then names the file's sender).
    bool setMessage(const Mime::Message &message, std::shared_ptr<QTemporaryDir> storage = {});
    // The text/html alternative from the file: this composer does not edit HTML, so it is
    // kept as it was and sent along only while sendHtmlBox() is checked.
    QString keptHtml() const { return m_html; }
    QCheckBox *sendHtmlBox() const { return m_sendHtml; }
    // Header fields from the file to send again (In-Reply-To, References, X-…), while the
    // notice's "Keep … when sending" box is checked; empty otherwise.
    QList<QPair<QByteArray, QString>> keptHeaders() const;
    void setKeptHeaders(const QList<QPair<QByteArray, QString>> &headers) { m_keptHeaders = headers; }
    QLabel *fromNote() const { return m_fromNote; }
    OpenNotice *openNotice() const { return m_openNotice; }
    // "Name <addr>" with the name quoted when it holds a comma or other specials.
    static QString mailboxText(const Mime::Mailbox &mailbox);

private:
    QString m_html;
    QCheckBox *m_sendHtml = nullptr;
    QList<QPair<QByteArray, QString>> m_keptHeaders;
    QLabel *m_fromNote = nullptr;
    OpenNotice *m_openNotice = nullptr;
    std::shared_ptr<QTemporaryDir> m_storage;
};

} // namespace Sendscope::Gui
