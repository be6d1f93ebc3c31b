#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sendscope::Gui {

PasswordDialog::PasswordDialog(const QString &user, const QString &host, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember in keychain")))
    , m_keychainNote(new QLabel)
    , m_fieldLabel(new QLabel(tr("&Password:")))
    , m_user(user)
    , m_host(host)
{
    setWindowTitle(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    m_intro->setText(tr("%1 asks for the password of %2.").arg(host, user));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setChecked(true);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_fieldLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(m_fieldLabel, m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    setKeychainAvailable(true);
}

void PasswordDialog::setKeychainAvailable(bool available, const QString &reason)
{
    m_remember->setVisible(available);
    m_remember->setEnabled(available);
    m_remember->setChecked(available);
    if (available) {
        m_keychainNote->setText(tr("When remembered, it is stored in your system keychain "
                                   "once the server accepts it; otherwise it is kept in memory "
                                   "until Sendscope quits. Never in a file or the log."));
        m_keychainNote->setEnabled(false);
    } else {
        QString text = tr("Your system keychain is not available: the password will be asked "
                          "every time Sendscope starts, and kept only in memory until it "
                          "quits.");
        if (!reason.isEmpty())
            text += QLatin1Char('\n') + tr("The keychain said: %1").arg(reason);
        m_keychainNote->setText(text);
        m_keychainNote->setEnabled(true);
    }
}

void PasswordDialog::setAsksForToken(bool token)
{
    if (token) {
        setWindowTitle(tr("OAuth token"));
        m_intro->setText(tr("%1 asks for an OAuth access token of %2.").arg(m_host, m_user));
        m_fieldLabel->setText(tr("&Token:"));
        m_password->setAccessibleName(tr("OAuth token"));
    } else {
        setWindowTitle(tr("Password"));
        m_intro->setText(tr("%1 asks for the password of %2.").arg(m_host, m_user));
        m_fieldLabel->setText(tr("&Password:"));
        m_password->setAccessibleName(tr("Password"));
    }
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

} // namespace Sendscope::Gui
