#pragma once

#include <QDialog>

class QLabel;

namespace Sendscope::Gui {

// Help ▸ About Sendscope: the version, the Qt and TLS libraries in use and the licences of
// what is shipped. Opened with open(), never exec().
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QLabel *versionLabel() const { return m_version; }
    QLabel *librariesLabel() const { return m_libraries; }
    QLabel *licencesLabel() const { return m_licences; }

    static QString version();
    // "OpenSSL 3.0.11 19 Sep 2023 (openssl)", or a sentence saying there is no TLS.
    static QString tlsDescription();

private:
    QLabel *m_version;
    QLabel *m_libraries;
    QLabel *m_licences;
};

// Help ▸ About Qt as a window that does not block (QMessageBox::aboutQt() runs exec()).
QDialog *makeAboutQtDialog(QWidget *parent);

} // namespace Sendscope::Gui
