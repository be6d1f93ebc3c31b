#include "certificatedialog.h"

#include "tls/certificateinfo.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sendscope::Gui {

CertificateDialog::CertificateDialog(const QString &host, const QList<QSslCertificate> &chain,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent)
    , m_chain(chain)
    , m_chainList(new QListWidget)
    , m_details(new QTextBrowser)
    , m_trust(new QCheckBox(tr("&Trust this certificate for this account")))
{
    setWindowTitle(tr("Certificate not trusted"));
    if (!chain.isEmpty())
        m_leafSha256 = sha256Fingerprint(chain.first());

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *title = new QLabel(tr("The certificate of %1 could not be verified.").arg(host));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);

    QString why;
    const QStringList reasons = describeErrors(errors);
    for (const QString &r : reasons)
        why += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
    auto *errorsLabel = new QLabel(
            QStringLiteral("<ul style=\"margin-left:0\">%1</ul><p>%2</p>")
                    .arg(why, tr("Someone may be listening in, or the server is set up with a "
                                 "certificate of its own. Connect only if you know this "
                                 "certificate is the right one — compare its SHA-256 "
                                 "fingerprint with what the server's administrator gave you.")
                                      .toHtmlEscaped()));
    errorsLabel->setObjectName(QStringLiteral("certificateErrors"));
    errorsLabel->setWordWrap(true);
    errorsLabel->setTextFormat(Qt::RichText);

    for (int i = 0; i < chain.size(); ++i) {
        const CertificateInfo ci = CertificateInfo::from(chain.at(i));
        QString label = i == 0 ? tr("Server: %1").arg(ci.subject) : tr("Issuer: %1").arg(ci.subject);
        if (ci.selfSigned)
            label += tr(" (self-signed)");
        m_chainList->addItem(label);
        m_chainList->item(i)->setToolTip(label);
    }
    // Longer translations ("(selbstsigniert)") wrap instead of hiding behind a scroll bar.
    m_chainList->setWordWrap(true);
    m_chainList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chainList->setAccessibleName(tr("Certificate chain"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setObjectName(QStringLiteral("certificateDetails"));

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_chainList);
    split->addWidget(m_details);
    split->setStretchFactor(1, 2);
    split->setSizes({190, 430});

    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("C&onnect anyway"), QDialogButtonBox::AcceptRole);
    // Pressing Enter must not accept an untrusted certificate.
    m_connect->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_trust->setToolTip(tr("Remember the SHA-256 fingerprint: this server is accepted "
                           "without asking as long as it shows this very certificate."));

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *topText = new QVBoxLayout;
    topText->addWidget(title);
    topText->addWidget(errorsLabel);
    top->addLayout(topText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_trust);
    layout->addWidget(buttons);

    connect(m_chainList, &QListWidget::currentRowChanged, this, &CertificateDialog::showCertificate);
    if (!chain.isEmpty())
        m_chainList->setCurrentRow(0);
    resize(640, 480);
}

bool CertificateDialog::trustForAccount() const
{
    return m_trust->isChecked();
}

QString CertificateDialog::detailsText() const
{
    return m_details->toPlainText();
}

void CertificateDialog::showCertificate(int row)
{
    if (row < 0 || row >= m_chain.size()) {
        m_details->clear();
        return;
    }
    const QSslCertificate &cert = m_chain.at(row);
    const CertificateInfo ci = CertificateInfo::from(cert);
    const QLocale locale;
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    html += line(tr("Subject"), cert.subjectDisplayName());
    html += line(tr("Issuer"), cert.issuerDisplayName());
    if (!ci.subjectAltNames.isEmpty())
        html += line(tr("Names"), ci.subjectAltNames.join(QStringLiteral(", ")));
    html += line(tr("Valid from"), locale.toString(ci.notBefore, QLocale::LongFormat));
    html += line(tr("Valid until"), locale.toString(ci.notAfter, QLocale::LongFormat));
    html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td><tt>%2</tt></td></tr>")
                    .arg(tr("SHA-256").toHtmlEscaped(), formatFingerprint(ci.sha256).toHtmlEscaped());
    if (ci.selfSigned)
        html += line(tr("Note"), tr("Self-signed: no authority vouches for it."));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace Sendscope::Gui
