#include "composerwidget.h"

#include "addresslineedit.h"
#include "logstyle.h"
#include "opennotice.h"
#include "recentaddresses.h"

#include "mime/mailbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Sendscope::Gui {

namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList out;
    if (!data || !data->hasUrls())
        return out;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &u : urls) {
        if (u.isLocalFile() && QFileInfo(u.toLocalFile()).isFile())
            out.append(u.toLocalFile());
    }
    return out;
}

} // namespace

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

ComposerWidget::ComposerWidget(RecentAddresses *recent, QWidget *parent)
    : QWidget(parent)
    , m_from(new QComboBox)
    , m_accountButton(new QToolButton)
    , m_to(new AddressLineEdit)
    , m_cc(new AddressLineEdit)
    , m_bcc(new AddressLineEdit)
    , m_subject(new QLineEdit)
    , m_body(new BodyEdit)
    , m_problems(new QLabel)
    , m_attachmentBox(new QWidget)
    , m_attachmentList(new QListWidget)
    , m_attachmentSummary(new QLabel)
    , m_sendHtml(new QCheckBox)
    , m_fromNote(new QLabel)
    , m_openNotice(new OpenNotice)
{
    m_from->setObjectName(QStringLiteral("fromSelector"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setMinimumContentsLength(24);
    m_accountButton->setText(tr("Accounts"));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The popup arrow is drawn inside the button's corner: room for it beside the text.
    m_accountButton->setMinimumWidth(m_accountButton->sizeHint().width()
                                     + style()->pixelMetric(QStyle::PM_MenuButtonIndicator));

    for (AddressLineEdit *f : {m_to, m_cc, m_bcc}) {
        f->setCompletionModel(recent->model());
        connect(f, &AddressLineEdit::validityChanged, this, &ComposerWidget::updateProblems);
    }
    m_to->setObjectName(QStringLiteral("toField"));
    m_cc->setObjectName(QStringLiteral("ccField"));
    m_bcc->setObjectName(QStringLiteral("bccField"));
    m_to->setPlaceholderText(tr("name@example.org, Someone <someone@example.org>"));
    m_bcc->setPlaceholderText(tr("Not shown to the other recipients"));
    m_subject->setObjectName(QStringLiteral("subjectField"));
    m_body->setObjectName(QStringLiteral("bodyField"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("Write your message here. Drop files on the window to attach them."));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    auto addRow = [grid](int row, const QString &label, QWidget *field, QWidget *extra = nullptr) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(l, row, 0);
        if (extra) {
            auto *h = new QHBoxLayout;
            h->setSpacing(6);
            h->addWidget(field, 1);
            h->addWidget(extra);
            grid->addLayout(h, row, 1);
        } else {
            grid->addWidget(field, row, 1);
        }
    };
    addRow(0, tr("&From:"), m_from, m_accountButton);
    addRow(1, tr("&To:"), m_to);
    addRow(2, tr("&Cc:"), m_cc);
    addRow(3, tr("&Bcc:"), m_bcc);
    addRow(4, tr("S&ubject:"), m_subject);
    grid->setColumnStretch(1, 1);

    m_problems->setObjectName(QStringLiteral("addressProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();
    {
        QPalette p = m_problems->palette();
        p.setColor(QPalette::WindowText, LogStyle::color(LogStyle::Category::Permanent, p));
        m_problems->setPalette(p);
    }

    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    m_attachmentList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachmentList->setFlow(QListView::LeftToRight);
    m_attachmentList->setWrapping(true);
    m_attachmentList->setResizeMode(QListView::Adjust);
    m_attachmentList->setSpacing(2);
    m_attachmentList->setMaximumHeight(72);
    m_attachmentList->setAccessibleName(tr("Attachments"));
    auto *removeButton = new QPushButton(tr("&Remove"));
    removeButton->setToolTip(tr("Remove the selected attachments"));
    connect(removeButton, &QPushButton::clicked, this, &ComposerWidget::removeSelectedAttachments);
    auto *attachButton = new QPushButton(tr("Attach…"));
    connect(attachButton, &QPushButton::clicked, this, &ComposerWidget::attachRequested);
    m_attachmentSummary->setObjectName(QStringLiteral("attachmentSummary"));
    m_attachmentSummary->setTextFormat(Qt::PlainText);
    m_attachmentSummary->setWordWrap(true);
    auto *attRow = new QHBoxLayout;
    attRow->setContentsMargins(0, 0, 0, 0);
    attRow->addWidget(m_attachmentSummary, 1);
    attRow->addWidget(attachButton);
    attRow->addWidget(removeButton);
    auto *attLayout = new QVBoxLayout(m_attachmentBox);
    attLayout->setContentsMargins(0, 0, 0, 0);
    attLayout->setSpacing(4);
    attLayout->addWidget(m_attachmentList);
    attLayout->addLayout(attRow);
    m_attachmentBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_fromNote->setObjectName(QStringLiteral("fromNote"));
    m_fromNote->setWordWrap(true);
    m_fromNote->setTextFormat(Qt::PlainText);
    m_fromNote->hide();
    m_sendHtml->setObjectName(QStringLiteral("sendHtmlBox"));
    m_sendHtml->setText(tr("Also send the HTML version from the file (kept as it was: it "
                           "cannot be edited here, and edits to the text above do not change it)"));
    m_sendHtml->hide();
    layout->addWidget(m_openNotice);
    layout->addLayout(grid);
    layout->addWidget(m_fromNote);
    layout->addWidget(m_problems);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_sendHtml);
    layout->addWidget(m_attachmentBox);

    connect(m_body, &BodyEdit::filesDropped, this, &ComposerWidget::addAttachments);
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT accountChanged(currentAccountId());
    });
    setAcceptDrops(false);  // the main window takes drops for the whole composer
}

void ComposerWidget::setAccounts(const QList<Account> &accounts, const QString &currentId)
{
    const QSignalBlocker block(m_from);
    m_accounts = accounts;
    m_from->clear();
    for (const Account &a : accounts)
        m_from->addItem(a.label(), a.id);
    const int idx = m_from->findData(currentId);
    m_from->setCurrentIndex(idx >= 0 ? idx : (accounts.isEmpty() ? -1 : 0));
    m_from->setPlaceholderText(tr("No account yet: add one from Accounts"));
}

QString ComposerWidget::currentAccountId() const
{
    return m_from->currentData().toString();
}

ComposedMessage ComposerWidget::composed() const
{
    ComposedMessage m;
    for (const Account &a : m_accounts) {
        if (a.id == currentAccountId())
            m.from = a.fromMailbox();
    }
    m.to = m_to->text();
    m.cc = m_cc->text();
    m.bcc = m_bcc->text();
    m.subject = m_subject->text();
    m.body = m_body->toPlainText();
    m.attachments = m_attachments;
    if (m_sendHtml->isChecked())
        m.html = m_html;
    m.headers = keptHeaders();
    return m;
}

QStringList ComposerWidget::validate()
{
    for (AddressLineEdit *f : {m_to, m_cc, m_bcc})
        f->validate();
    updateProblems();
    QStringList problems;
    if (currentAccountId().isEmpty())
        problems.append(tr("From: add an account first (Accounts ▸ New account)."));
    const QList<QPair<QString, AddressLineEdit *>> fields = {
        {tr("To"), m_to}, {tr("Cc"), m_cc}, {tr("Bcc"), m_bcc}};
    for (const auto &f : fields) {
        if (f.second->isMarkedBad())
            problems.append(tr("%1: %2").arg(f.first, f.second->problem()));
    }
    if (m_to->text().trimmed().isEmpty() && m_cc->text().trimmed().isEmpty()
        && m_bcc->text().trimmed().isEmpty())
        problems.append(tr("To: add at least one recipient."));
    return problems;
}

void ComposerWidget::updateProblems()
{
    QStringList lines;
    const QList<QPair<QString, AddressLineEdit *>> fields = {
        {tr("To"), m_to}, {tr("Cc"), m_cc}, {tr("Bcc"), m_bcc}};
    for (const auto &f : fields) {
        if (f.second->isMarkedBad())
            lines.append(tr("%1: %2").arg(f.first, f.second->problem()));
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

QStringList ComposerWidget::recipientMailboxes() const
{
    QStringList out;
    for (AddressLineEdit *f : {m_to, m_cc, m_bcc}) {
        QList<Mime::Mailbox> list;
        QString why;
        if (!f->text().trimmed().isEmpty() && Mime::Mailbox::parseList(f->text(), &list, &why)) {
            for (const Mime::Mailbox &m : std::as_const(list))
                out.append(m.displayName.isEmpty()
                                   ? m.address
                                   : QStringLiteral("%1 <%2>").arg(m.displayName, m.address));
        }
    }
    return out;
}

QString ComposerWidget::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void ComposerWidget::addAttachments(const QStringList &paths)
{
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (!fi.isFile() || m_attachments.contains(fi.absoluteFilePath()))
            continue;
        m_attachments.append(fi.absoluteFilePath());
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                         tr("%1 (%2)").arg(fi.fileName(), formatSize(fi.size())));
        item->setToolTip(fi.absoluteFilePath());
        item->setData(Qt::UserRole, fi.absoluteFilePath());
        m_attachmentList->addItem(item);
    }
    updateAttachmentSummary();
}

void ComposerWidget::removeSelectedAttachments()
{
    const QList<QListWidgetItem *> items = m_attachmentList->selectedItems();
    for (QListWidgetItem *item : items) {
        m_attachments.removeAll(item->data(Qt::UserRole).toString());
        delete item;
    }
    updateAttachmentSummary();
}

qint64 ComposerWidget::attachmentsTotal() const
{
    qint64 total = 0;
    for (const QString &p : m_attachments)
        total += QFileInfo(p).size();
    return total;
}

void ComposerWidget::setServerSizeLimit(qint64 bytes)
{
    m_sizeLimit = bytes;
    updateAttachmentSummary();
}

bool ComposerWidget::exceedsSizeLimit() const
{
    // Base64 makes attachments about 4/3 larger on the wire (RFC 2045 §6.8).
    return m_sizeLimit > 0 && attachmentsTotal() * 4 / 3 + m_body->toPlainText().size() > m_sizeLimit;
}

void ComposerWidget::updateAttachmentSummary()
{
    m_attachmentBox->setVisible(!m_attachments.isEmpty());
    QString text = tr("%n attachment(s), %1 in all", nullptr, int(m_attachments.size()))
                           .arg(formatSize(attachmentsTotal()));
    QPalette p = palette();
    if (exceedsSizeLimit()) {
        text += QLatin1Char(' ')
                + tr("— larger than the %1 the server accepts (SIZE); it will be refused.")
                          .arg(formatSize(m_sizeLimit));
        p.setColor(QPalette::WindowText, LogStyle::color(LogStyle::Category::Transient, p));
    }
    m_attachmentSummary->setPalette(p);
    m_attachmentSummary->setText(text);
}

// ---- opening a message ----------------------------------------------------------------

QString ComposerWidget::mailboxText(const Mime::Mailbox &mailbox)
{
    if (mailbox.displayName.isEmpty())
        return mailbox.address;
    // RFC 5322 §3.2.3: a name with specials must be a quoted-string to parse back.
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    QString name = mailbox.displayName;
    bool quote = false;
    for (QChar c : name)
        quote = quote || specials.contains(c);
    if (quote) {
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        name.replace(QLatin1Char('"'), QLatin1String("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return QStringLiteral("%1 <%2>").arg(name, mailbox.address);
}

bool ComposerWidget::setMessage(const Mime::Message &message, std::shared_ptr<QTemporaryDir> storage)
{
    bool matched = message.from.address.isEmpty();
    for (const Account &a : std::as_const(m_accounts)) {
        if (!message.from.address.isEmpty()
            && a.fromAddress.compare(message.from.address, Qt::CaseInsensitive) == 0) {
            m_from->setCurrentIndex(m_from->findData(a.id));
            matched = true;
            break;
        }
    }
    m_fromNote->setText(matched ? QString()
                                : tr("The file was written from %1, which is none of your "
                                     "accounts; it will be sent from the account chosen above.")
                                          .arg(mailboxText(message.from)));
    m_fromNote->setVisible(!matched);

    auto join = [](const QList<Mime::Mailbox> &list) {
        QStringList parts;
        for (const Mime::Mailbox &m : list)
            parts.append(mailboxText(m));
        return parts.join(QStringLiteral(", "));
    };
    m_to->setText(join(message.to));
    m_cc->setText(join(message.cc));
    m_bcc->setText(join(message.bcc));
    for (AddressLineEdit *f : {m_to, m_cc, m_bcc})
        f->validate();
    m_subject->setText(message.subject);
    m_body->setPlainText(message.text);

    m_html = message.html;
    m_sendHtml->setChecked(!m_html.isEmpty());
    m_sendHtml->setVisible(!m_html.isEmpty());
    m_keptHeaders = message.headers;

    // The old files may go only after the list no longer names them.
    m_attachments.clear();
    m_attachmentList->clear();
    QStringList paths;
    for (const Mime::Attachment &a : message.attachments) {
        if (!a.filePath.isEmpty())
            paths.append(a.filePath);
    }
    m_storage = std::move(storage);
    addAttachments(paths);
    updateProblems();
    return matched;
}

QList<QPair<QByteArray, QString>> ComposerWidget::keptHeaders() const
{
    if (!m_openNotice->keepHeadersBox()->isChecked())
        return {};
    return m_keptHeaders;
}

} // namespace Sendscope::Gui
