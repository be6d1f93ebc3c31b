#include "accountcertificatechangeddialog.h"

#include "tls/certificateinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace Sendscope::Gui {

AccountCertificateChangedDialog::AccountCertificateChangedDialog(
        const QString &accountName, const QString &host, const QString &pinnedSha256,
        const QString &newSha256, const QString &newDescription, QWidget *parent)
    : QDialog(parent)
    , m_newSha256(normalizeFingerprint(newSha256))
    , m_headline(new QLabel)
    , m_body(new QLabel)
    , m_fingerprints(new QLabel)
{
    setWindowTitle(tr("Certificate changed"));
    m_headline->setText(tr("The certificate changed since you trusted it"));
    m_headline->setObjectName(QStringLiteral("certificateChangedHeadline"));
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_headline->setTextFormat(Qt::PlainText);

    m_body->setText(tr("%1 presented a different certificate than the one you trusted for the "
                       "account \"%2\". This can mean an attack — someone between you and the "
                       "server — or a renewed certificate. Nothing was sent. Trust the new "
                       "certificate only if you know it was renewed (ask the provider, or "
                       "compare the fingerprint through another channel).")
                            .arg(host, accountName));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);

    QString fp = tr("Trusted before: SHA-256 %1").arg(formatFingerprint(normalizeFingerprint(pinnedSha256)))
            + QLatin1Char('\n')
            + tr("Presented now: SHA-256 %1")
                      .arg(m_newSha256.isEmpty() ? tr("unknown") : formatFingerprint(m_newSha256));
    if (!newDescription.isEmpty())
        fp += QLatin1Char('\n') + newDescription;
    m_fingerprints->setText(fp);
    m_fingerprints->setObjectName(QStringLiteral("certificateChangedFingerprints"));
    m_fingerprints->setWordWrap(true);
    m_fingerprints->setTextFormat(Qt::PlainText);
    m_fingerprints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprints->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_trust = buttons->addButton(tr("&Trust the new certificate"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustNewCertificateButton"));
    m_trust->setEnabled(!m_newSha256.isEmpty());
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_headline);
    textColumn->addWidget(m_body);
    textColumn->addWidget(m_fingerprints);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_cancel->setFocus();
}

QString AccountCertificateChangedDialog::text() const
{
    return m_headline->text() + QLatin1Char('\n') + m_body->text() + QLatin1Char('\n')
            + m_fingerprints->text();
}

QString presentedCertificateSha256(const QString &errorMessage, const QString &peerLeafSha256)
{
    if (!peerLeafSha256.isEmpty())
        return normalizeFingerprint(peerLeafSha256);
    // The session's message ends with the presented certificate's description,
    // "…, SHA-256 ab:cd:…": take the last fingerprint in it.
    static const QRegularExpression re(QStringLiteral("((?:[0-9a-fA-F]{2}:){31}[0-9a-fA-F]{2})"));
    QString last;
    QRegularExpressionMatchIterator it = re.globalMatch(errorMessage);
    while (it.hasNext())
        last = it.next().captured(1);
    return normalizeFingerprint(last);
}

} // namespace Sendscope::Gui
