#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Sendscope::Gui {

// Asks for the password (or OAuth token) the server wants. The text is never logged or
// written to a file; "Remember in keychain" asks the caller to store it in the system
// keychain once the server has accepted it.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &user, const QString &host, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberCheckBox() const { return m_remember; }
    QLabel *keychainLabel() const { return m_keychainNote; }

    // Whether the keychain works. When it does not, "ask every time" is the only choice:
    // there is no plaintext fallback. reason: the keychain's own words, may be empty.
    void setKeychainAvailable(bool available, const QString &reason = QString());
    void setAsksForToken(bool token);
    // Checked and available.
    bool remember() const;

private:
    QLabel *m_intro;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_fieldLabel;
    QString m_user;
    QString m_host;
};

} // namespace Sendscope::Gui
