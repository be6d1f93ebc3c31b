#pragma once

#include "accounts/account.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Sendscope::Gui {

// Adds or edits one account: server, port, security, login and the From identity.
// Open it with open(); read account() when accepted() arrives.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountDialog(QWidget *parent = nullptr);

    void setAccount(const Account &account);
    // The account as edited; keeps the id (and pin) of the one given to setAccount().
    Account account() const;

    QLineEdit *hostField() const { return m_host; }
    QLineEdit *fromAddressField() const { return m_fromAddress; }

    void accept() override;

private:
    void updatePortFromSecurity();
    void validate();

    Account m_original;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QCheckBox *m_plaintextAuth;
    QComboBox *m_auth;
    QLineEdit *m_user;
    QLineEdit *m_fromName;
    QLineEdit *m_fromAddress;
    QLineEdit *m_ehlo;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    quint16 m_lastDefaultPort = 587;
};

} // namespace Sendscope::Gui
