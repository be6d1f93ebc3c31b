#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Sendscope::Gui {

// The server's certificate could not be verified: what is wrong in words, the chain, and
// the details of the selected certificate. Cancel is the default; "Trust this certificate
// for this account" asks the caller to pin the leaf's SHA-256 fingerprint.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &host, const QList<QSslCertificate> &chain,
                      const QList<QSslError> &errors, QWidget *parent = nullptr);

    bool trustForAccount() const;
    QString leafSha256() const { return m_leafSha256; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *trustCheckBox() const { return m_trust; }
    QString detailsText() const;

private:
    void showCertificate(int row);

    QList<QSslCertificate> m_chain;
    QString m_leafSha256;
    QListWidget *m_chainList;
    QTextBrowser *m_details;
    QCheckBox *m_trust;
    QPushButton *m_connect;
    QPushButton *m_cancel;
};

} // namespace Sendscope::Gui
