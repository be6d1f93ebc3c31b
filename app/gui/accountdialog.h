#pragma once

#include "accounts/account.h"
#include "connectiontest.h"
#include "log/logrecord.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Sendscope {
class SecretStore;
}

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
    QLineEdit *userField() const { return m_user; }
    QComboBox *presetCombo() const { return m_preset; }
    QLabel *presetNote() const { return m_presetNote; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *testStatus() const { return m_testStatus; }
    QPlainTextEdit *testResult() const { return m_testResult; }
    ConnectionTest *connectionTest() const { return m_test; }

    // Where "Test connection" finds and keeps the secret; not owned (nullptr: keychain).
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    // Fills server, port, security and login from a ProviderPresets id, shows its note.
    void applyPreset(const QString &id);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Every protocol log record of "Test connection", for the window's log dock.
    void testStarted();
    void logRecord(const Sendscope::LogRecord &record);
    void testFinished(bool success);

private:
    void updatePortFromSecurity();
    void validate();
    void onPresetChosen(int index);
    void updatePresetNote();
    void startTest();
    void onTestFinished(bool success);
    void warnIfCertificateChanged();

    Account m_original;
    QComboBox *m_preset;
    QLabel *m_presetNote;
    QPushButton *m_testButton;
    QLabel *m_testStatus;
    QPlainTextEdit *m_testResult;
    QPointer<ConnectionTest> m_test;
    SecretStore *m_secretStore = nullptr;
    // A certificate trusted during "Test connection", for the server it was tested on.
    QString m_testedPin;
    QString m_testedHost;
    quint16 m_testedPort = 0;
    bool m_applyingPreset = false;
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
