#include "passworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sendscope::Gui {

PasswordDialog::PasswordDialog(const QString &user, const QString &host, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit)
{
    setWindowTitle(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    auto *intro = new QLabel(tr("%1 asks for the password of %2.").arg(host, user));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *note = new QLabel(tr("It is kept in memory until Sendscope quits and never written "
                               "to disk or to the log."));
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

} // namespace Sendscope::Gui
