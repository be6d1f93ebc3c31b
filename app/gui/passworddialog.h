#pragma once

#include <QDialog>

class QLineEdit;

namespace Sendscope::Gui {

// Asks for the password the server wants. The text is never logged or stored; the caller
// keeps it in memory for the running application only.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &user, const QString &host, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordField() const { return m_password; }

private:
    QLineEdit *m_password;
};

} // namespace Sendscope::Gui
