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
    , m_details(new QLabel(newDescription))
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

    // Fingerprints one per line in a fixed font, so the eye can compare them column by column.
    // 32 bytes as two lines of 16, so the dialog stays narrow.
    auto twoLines = [](const QString &hex) {
        const QString f = formatFingerprint(hex);
        return f.size() == 95 ? f.left(47) + QLatin1Char('\n') + f.mid(48) : f;
    };
    const QString oldFp = twoLines(normalizeFingerprint(pinnedSha256));
    const QString newFp = m_newSha256.isEmpty() ? tr("unknown") : twoLines(m_newSha256);
    m_fingerprints->setText(tr("Trusted before (SHA-256):") + QLatin1Char('\n') + oldFp
                            + QLatin1Char('\n') + tr("Presented now (SHA-256):")
                            + QLatin1Char('\n') + newFp);
    m_fingerprints->setObjectName(QStringLiteral("certificateChangedFingerprints"));
    m_fingerprints->setTextFormat(Qt::PlainText);
    m_fingerprints->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprints->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setVisible(!newDescription.isEmpty());

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignVCenter);

    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_trust = buttons->addButton(tr("&Trust the new certificate"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustNewCertificateButton"));
    m_trust->setEnabled(!m_newSha256.isEmpty());
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Wrapped labels straight in the top-level layout, so the dialog's height follows them.
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_body);
    layout->addWidget(m_fingerprints);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_cancel->setFocus();
}

QString AccountCertificateChangedDialog::text() const
{
    return m_headline->text() + QLatin1Char('\n') + m_body->text() + QLatin1Char('\n')
            + m_fingerprints->text() + QLatin1Char('\n') + m_details->text();
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
