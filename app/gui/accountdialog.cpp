#include "accountdialog.h"

#include "accountcertificatechangeddialog.h"
#include "connectiontest.h"

#include "accounts/providerpresets.h"
#include "mime/mailbox.h"
#include "smtp/smtpsession.h"
#include "tls/certificateinfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sendscope::Gui {

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox)
    , m_presetNote(new QLabel)
    , m_testButton(new QPushButton(tr("&Test connection")))
    , m_testStatus(new QLabel)
    , m_testResult(new QPlainTextEdit)
    , m_name(new QLineEdit)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_security(new QComboBox)
    , m_plaintextAuth(new QCheckBox(tr("Allow the password on an unencrypted connection")))
    , m_auth(new QComboBox)
    , m_user(new QLineEdit)
    , m_fromName(new QLineEdit)
    , m_fromAddress(new QLineEdit)
    , m_ehlo(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Account"));
    m_host->setPlaceholderText(tr("smtp.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    // Protocol words stay untranslated; the explanation in brackets is translated.
    m_security->addItem(tr("STARTTLS (required)"), int(SecurityMode::StartTls));
    m_security->addItem(tr("TLS from the start"), int(SecurityMode::ImplicitTls));
    m_security->addItem(tr("None (unencrypted)"), int(SecurityMode::None));
    m_auth->addItem(tr("Automatic (strongest offered)"), QStringLiteral("auto"));
    m_auth->addItem(tr("No login"), QStringLiteral("none"));
    for (const char *m : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"})
        m_auth->addItem(QString::fromLatin1(m), QString::fromLatin1(m).toLower());
    m_user->setPlaceholderText(tr("Empty: send without logging in"));
    m_fromName->setPlaceholderText(tr("Ada Lovelace"));
    m_fromAddress->setPlaceholderText(tr("ada@example.org"));
    m_ehlo->setPlaceholderText(tr("Automatic"));
    m_name->setPlaceholderText(tr("Work, Home, Test server…"));

    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Other (enter by hand)"), QString());
    const QList<ProviderPreset> presets = ProviderPresets::all();
    for (const ProviderPreset &p : presets)
        m_preset->addItem(p.name, p.id);
    m_presetNote->setObjectName(QStringLiteral("presetNote"));
    m_presetNote->setWordWrap(true);
    m_presetNote->setTextFormat(Qt::PlainText);
    m_presetNote->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Pro&vider:"), m_preset);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Log&in:"), m_auth);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), m_plaintextAuth);
    form->addRow(tr("From na&me:"), m_fromName);
    form->addRow(tr("&From address:"), m_fromAddress);
    form->addRow(tr("&EHLO name:"), m_ehlo);

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("accountProblem"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor::fromHsl(2, 200, warn.color(QPalette::Window).lightness() < 128 ? 170 : 85));
    m_problem->setPalette(warn);

    auto *note = new QLabel(tr("The password is asked when the server wants it; you can keep "
                               "it in your system keychain. It is never stored in a file."));
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_presetNote);
    layout->addWidget(note);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Connect, EHLO, STARTTLS and AUTH, then QUIT without sending "
                                "anything. The log dock shows every step."));
    m_testStatus->setObjectName(QStringLiteral("testStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextFormat(Qt::PlainText);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setReadOnly(true);
    m_testResult->setVisible(false);
    m_testResult->setMaximumHeight(120);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testStatus, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountDialog::updatePortFromSecurity);
    for (QLineEdit *e : {m_host, m_fromAddress, m_user, m_fromName})
        connect(e, &QLineEdit::textChanged, this, &AccountDialog::validate);
    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountDialog::validate);
    connect(m_plaintextAuth, &QCheckBox::toggled, this, &AccountDialog::validate);
    connect(m_preset, &QComboBox::activated, this, &AccountDialog::onPresetChosen);
    connect(m_testButton, &QPushButton::clicked, this, &AccountDialog::startTest);
    // Editing the server by hand shows whether it is still a known provider.
    for (QLineEdit *e : {m_host})
        connect(e, &QLineEdit::textEdited, this, &AccountDialog::updatePresetNote);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountDialog::updatePresetNote);
    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountDialog::updatePresetNote);
    setMinimumWidth(500);
    validate();
}

void AccountDialog::updatePortFromSecurity()
{
    const auto mode = SecurityMode(m_security->currentData().toInt());
    // Follow the security choice only while the port is still the previous default.
    if (m_port->value() == m_lastDefaultPort)
        m_port->setValue(defaultPort(mode));
    m_lastDefaultPort = defaultPort(mode);
    m_plaintextAuth->setVisible(mode == SecurityMode::None);
}

void AccountDialog::setAccount(const Account &a)
{
    m_original = a;
    m_name->setText(a.name);
    m_host->setText(a.host);
    m_security->setCurrentIndex(qMax(0, m_security->findData(int(a.security))));
    m_lastDefaultPort = defaultPort(a.security);
    m_port->setValue(a.effectivePort());
    m_plaintextAuth->setChecked(a.allowPlaintextAuth);
    m_plaintextAuth->setVisible(a.security == SecurityMode::None);
    const int authIndex = m_auth->findData(a.authMechanism.toLower());
    m_auth->setCurrentIndex(qMax(0, authIndex));
    m_user->setText(a.user);
    m_fromName->setText(a.fromName);
    m_fromAddress->setText(a.fromAddress);
    m_ehlo->setText(a.ehloName);
    setWindowTitle(a.id.isEmpty() ? tr("New account") : tr("Edit account"));
    updatePresetNote();
    validate();
}

Account AccountDialog::account() const
{
    Account a = m_original;
    a.name = m_name->text().trimmed();
    a.host = m_host->text().trimmed();
    a.security = SecurityMode(m_security->currentData().toInt());
    a.port = quint16(m_port->value());
    a.allowPlaintextAuth = a.security == SecurityMode::None && m_plaintextAuth->isChecked();
    a.authMechanism = m_auth->currentData().toString();
    a.user = m_user->text().trimmed();
    a.fromName = m_fromName->text().trimmed();
    a.fromAddress = m_fromAddress->text().trimmed();
    a.ehloName = m_ehlo->text().trimmed();
    if (a.name.isEmpty())
        a.name = a.host;
    // A pin belongs to one server: changing the server forgets it.
    if (a.host != m_original.host || a.port != m_original.port)
        a.pinnedSha256.clear();
    // A certificate trusted while testing this very server.
    if (!m_testedPin.isEmpty() && a.host == m_testedHost && a.effectivePort() == m_testedPort)
        a.pinnedSha256 = m_testedPin;
    return a;
}

void AccountDialog::validate()
{
    QString problem;
    const QString host = m_host->text().trimmed();
    if (host.isEmpty()) {
        problem = tr("Enter the server name.");
    } else if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/'))) {
        problem = tr("The server name cannot contain spaces or slashes.");
    } else {
        Mime::Mailbox mb;
        QString why;
        if (m_fromAddress->text().trimmed().isEmpty())
            problem = tr("Enter the From address.");
        else if (!Mime::Mailbox::parse(m_fromAddress->text().trimmed(), &mb, &why))
            problem = tr("From address: %1").arg(why);
        else if (!mb.displayName.isEmpty())
            problem = tr("From address: enter only the address; the name goes in From name.");
        else if (m_fromName->text().contains(QLatin1Char('\n')))
            problem = tr("From name: a line break is not allowed.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void AccountDialog::applyPreset(const QString &id)
{
    const ProviderPreset p = ProviderPresets::byId(id);
    if (!p.isValid())
        return;
    Account a = account();
    p.applyTo(&a);
    m_applyingPreset = true;
    m_host->setText(a.host);
    m_security->setCurrentIndex(qMax(0, m_security->findData(int(a.security))));
    m_lastDefaultPort = defaultPort(a.security);
    m_port->setValue(a.effectivePort());
    m_plaintextAuth->setChecked(false);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(a.authMechanism)));
    if (m_user->text().trimmed().isEmpty())
        m_user->setText(a.user);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(p.name);
    m_applyingPreset = false;
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(p.id)));
    m_presetNote->setText(p.note);
    m_presetNote->setVisible(true);
    validate();
}

void AccountDialog::onPresetChosen(int index)
{
    const QString id = m_preset->itemData(index).toString();
    if (id.isEmpty()) {
        m_presetNote->setVisible(false);
        return;
    }
    applyPreset(id);
}

void AccountDialog::updatePresetNote()
{
    if (m_applyingPreset)
        return;
    const ProviderPreset p = ProviderPresets::matching(account());
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(p.id)));
    m_presetNote->setText(p.note);
    m_presetNote->setVisible(p.isValid());
}

void AccountDialog::startTest()
{
    if (m_test && m_test->isRunning()) {
        m_test->cancel();
        return;
    }
    validate();
    if (!m_problem->text().isEmpty())
        return;
    if (m_test)
        m_test->deleteLater();
    const Account a = account();
    auto *test = new ConnectionTest(a, m_secretStore, this);
    m_test = test;
    connect(test, &ConnectionTest::logRecord, this, &AccountDialog::logRecord);
    connect(test, &ConnectionTest::progress, m_testStatus, &QLabel::setText);
    connect(test, &ConnectionTest::finished, this, &AccountDialog::onTestFinished);
    connect(test, &ConnectionTest::certificatePinned, this, [this, a](const QString &sha) {
        m_testedPin = sha;
        m_testedHost = a.host;
        m_testedPort = a.effectivePort();
    });
    m_testResult->clear();
    m_testResult->setVisible(false);
    m_testStatus->setText(tr("Connecting to %1…").arg(a.host));
    m_testButton->setText(tr("Stop &test"));
    Q_EMIT testStarted();
    test->start();
}

void AccountDialog::onTestFinished(bool success)
{
    m_testButton->setText(tr("&Test connection"));
    if (!m_test)
        return;
    m_testStatus->setText(success ? tr("The connection works.")
                                  : tr("The connection test failed."));
    m_testResult->setPlainText(m_test->summary());
    m_testResult->setVisible(true);
    if (!success && m_test->error().kind == SmtpError::Kind::Certificate)
        warnIfCertificateChanged();
    Q_EMIT testFinished(success);
}

void AccountDialog::warnIfCertificateChanged()
{
    const Account a = account();
    const QString pinned = normalizeFingerprint(a.pinnedSha256);
    if (pinned.isEmpty())
        return;
    const QSslCertificate leaf = m_test->session()->peerCertificateChain().value(0);
    const QString presented = presentedCertificateSha256(
            m_test->error().message, leaf.isNull() ? QString() : sha256Fingerprint(leaf));
    if (presented.isEmpty() || presented == pinned)
        return;
    m_testStatus->setText(tr("The certificate changed since you trusted it."));
    auto *dialog = new AccountCertificateChangedDialog(
            a.name, a.host, pinned, presented,
            leaf.isNull() ? QString() : CertificateInfo::from(leaf).describe(), this);
    dialog->setObjectName(QStringLiteral("certificateChangedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, a, presented] {
        // Re-pinned when the account is saved; test again with the new certificate.
        m_testedPin = presented;
        m_testedHost = a.host;
        m_testedPort = a.effectivePort();
        startTest();
    });
    dialog->open();
}

void AccountDialog::reject()
{
    if (m_test)
        m_test->cancel();
    QDialog::reject();
}

void AccountDialog::accept()
{
    validate();
    if (!m_problem->text().isEmpty())
        return;
    QDialog::accept();
}

} // namespace Sendscope::Gui
