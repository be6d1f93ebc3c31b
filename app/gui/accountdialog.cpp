#include "accountdialog.h"

#include "mime/mailbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sendscope::Gui {

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
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

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
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

    auto *note = new QLabel(tr("The password is asked when the server wants it and kept only "
                               "while Sendscope runs."));
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountDialog::updatePortFromSecurity);
    for (QLineEdit *e : {m_host, m_fromAddress, m_user, m_fromName})
        connect(e, &QLineEdit::textChanged, this, &AccountDialog::validate);
    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountDialog::validate);
    connect(m_plaintextAuth, &QCheckBox::toggled, this, &AccountDialog::validate);
    setMinimumWidth(440);
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

void AccountDialog::accept()
{
    validate();
    if (!m_problem->text().isEmpty())
        return;
    QDialog::accept();
}

} // namespace Sendscope::Gui
