#pragma once

#include "messagebuilder.h"

#include "accounts/account.h"

#include <QPlainTextEdit>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace Sendscope::Gui {

class AddressLineEdit;
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
};

} // namespace Sendscope::Gui
