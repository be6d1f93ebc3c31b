#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QSslSocket>
#include <QVBoxLayout>

namespace Sendscope::Gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel)
    , m_libraries(new QLabel)
    , m_licences(new QLabel)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sendscope"));

    auto *icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("Sendscope %1").arg(version()));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setText(tr("An SMTP client that shows its work. Version %1.").arg(version()));
    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setText(tr("Qt %1 (built with %2)\nTLS: %3")
                                 .arg(QString::fromLatin1(qVersion()),
                                      QStringLiteral(QT_VERSION_STR), tlsDescription()));
    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setText(tr("Licences:\n"
                           "Sendscope: MIT\n"
                           "Qt: LGPLv3\n"
                           "QtKeychain: BSD-3-Clause\n"
                           "OpenSSL: Apache-2.0"));
    for (QLabel *l : {title, m_version, m_libraries, m_licences}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(m_version);
    layout->addWidget(m_libraries);
    layout->addWidget(m_licences);
    layout->addWidget(buttons);
}

QString AboutDialog::version()
{
    // One place: the CMake project version (target_compile_definitions).
    return QStringLiteral(SENDSCOPE_VERSION);
}

QString AboutDialog::tlsDescription()
{
    if (!QSslSocket::supportsSsl())
        return tr("none available (no TLS backend could be loaded)");
    return tr("%1 (backend \"%2\")")
            .arg(QSslSocket::sslLibraryVersionString(), QSslSocket::activeBackend());
}

QDialog *makeAboutQtDialog(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutQtDialog"));
    box->setWindowTitle(QCoreApplication::translate("Sendscope::Gui::AboutDialog", "About Qt"));
    box->setIconPixmap(QPixmap(QStringLiteral(":/qt-project.org/qmessagebox/images/qtlogo-64.png")));
    box->setTextFormat(Qt::PlainText);
    box->setText(QCoreApplication::translate("Sendscope::Gui::AboutDialog", "This program uses Qt %1.")
                         .arg(QString::fromLatin1(qVersion())));
    box->setInformativeText(QCoreApplication::translate(
            "Sendscope::Gui::AboutDialog",
            "Qt is a C++ toolkit for cross-platform application development. It is used here "
            "under the GNU Lesser General Public License version 3 (LGPLv3); its source and "
            "licence terms are at https://www.qt.io/licensing/."));
    box->setStandardButtons(QMessageBox::Close);
    return box;
}

} // namespace Sendscope::Gui
