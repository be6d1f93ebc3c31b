#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Sendscope::Gui {

// The loud warning for a pinned account whose server now shows a different certificate.
// Cancel is the default; accepted() means "Trust the new certificate" (re-pin and retry).
class AccountCertificateChangedDialog : public QDialog
{
    Q_OBJECT
public:
    AccountCertificateChangedDialog(const QString &accountName, const QString &host,
                                    const QString &pinnedSha256, const QString &newSha256,
                                    const QString &newDescription, QWidget *parent = nullptr);

    QString newSha256() const { return m_newSha256; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString text() const;  // everything the dialog says, for tests and copying

private:
    QString m_newSha256;
    QLabel *m_headline;
    QLabel *m_body;
    QLabel *m_fingerprints;
    QLabel *m_details;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

// The certificate the server presented when a session failed, as SHA-256 hex (lower case,
// no colons): from the session's peer chain, else from the error's text. Empty if unknown.
QString presentedCertificateSha256(const QString &errorMessage,
                                   const QString &peerLeafSha256);

} // namespace Sendscope::Gui
