#include "accountcertificatechangeddialog.h"
#include "accountdialog.h"
#include "accountsecretflow.h"
#include "addresslineedit.h"
#include "certificatedialog.h"
#include "composerwidget.h"
#include "connectiontest.h"
#include "mainwindow.h"
#include "passworddialog.h"

#include "accounts/accountstore.h"
#include "accounts/providerpresets.h"
#include "log/protocollogmodel.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "tls/certificateinfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Sendscope;
using namespace Sendscope::Gui;

namespace {

// A secret store whose jobs fail the way a missing keychain fails (QtKeychain reports
// OtherError without a Secret Service). The real failing backend is exercised by
// test_gui_accounts_keychain_missing; this one keeps the dialog test independent of D-Bus.
class BrokenSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    SecretJob *readSecret(const QString &key) override { return failing(key); }
    SecretJob *writeSecret(const QString &key, const QString &) override
    {
        ++writes;
        return failing(key);
    }
    SecretJob *deleteSecret(const QString &key) override { return failing(key); }
    bool storesEncrypted() const override { return true; }
    QString backendName() const override { return QStringLiteral("broken"); }
    int writes = 0;

private:
    SecretJob *failing(const QString &key)
    {
        auto *job = new SecretJob(key, this);
        QMetaObject::invokeMethod(job, [job] {
            job->finish(SecretJob::Error::Other, QStringLiteral("No D-Bus session"));
        }, Qt::QueuedConnection);
        return job;
    }
};

// A keychain that takes its time (a prompt, a slow D-Bus service): answers after delayMs.
class SlowSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    int delayMs = 3000;
    SecretJob *readSecret(const QString &key) override
    {
        auto *job = new SecretJob(key, this);
        SecretJob *inner = MemorySecretStore::readSecret(key);
        connect(inner, &SecretJob::finished, job, [job, this](SecretJob *j) {
            const auto error = j->error();
            const QString text = j->errorString(), value = j->secret();
            QTimer::singleShot(delayMs, job, [job, error, text, value] {
                job->finish(error, text, value);
            });
        });
        return job;
    }
};

QString readSecretNow(SecretStore *store, const QString &key, SecretJob::Error *error)
{
    SecretJob *job = store->readSecret(key);
    QString value;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, job, [&](SecretJob *j) {
        value = j->secret();
        *error = j->error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        *error = SecretJob::Error::TimedOut;
    return value;
}

std::unique_ptr<SandboxServer> startSandbox(const QString &dir)
{
    auto server = std::make_unique<SandboxServer>();
    SandboxConfig config;
    config.dataDirectory = dir;
    server->setConfig(config);
    QString error;
    if (!server->start(&error)) {
        qWarning("sandbox: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    static Account sample()
    {
        Account a;
        a.name = QStringLiteral("Work");
        a.host = QStringLiteral("smtp.example.org");
        a.port = 465;
        a.security = SecurityMode::ImplicitTls;
        a.authMechanism = QStringLiteral("scram-sha-256");
        a.user = QStringLiteral("ada");
        a.fromAddress = QStringLiteral("ada@example.org");
        a.fromName = QStringLiteral("Lovelace, Ada");
        a.ehloName = QStringLiteral("laptop.example.org");
        a.pinnedSha256 = QString(64, QLatin1Char('a'));
        return a;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    MemorySecretStore *m_secrets = nullptr;

    Account sandboxAccount(const SandboxServer &server)
    {
        Account a;
        a.name = QStringLiteral("Sandbox");
        a.host = QStringLiteral("127.0.0.1");
        a.port = server.port();
        a.security = SecurityMode::StartTls;
        a.user = server.user();
        a.fromAddress = QStringLiteral("ada@example.org");
        return a;
    }

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setSecretStore(m_secrets);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fillAndSend(const QString &subject)
    {
        ComposerWidget *c = m_window->composer();
        c->toField()->setText(QStringLiteral("bob@example.net"));
        c->subjectField()->setText(subject);
        c->bodyField()->setPlainText(QStringLiteral("Hello"));
        m_window->sendAction()->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("sendscope-accounts-test"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("sendscope.ini")),
                                                 QSettings::IniFormat);
        m_secrets = new MemorySecretStore(this);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
        delete m_secrets;
        m_secrets = nullptr;
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QString id;
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            QVERIFY(store.isEmpty());
            QSignalSpy changed(&store, &AccountStore::changed);
            id = store.add(sample());
            QVERIFY(!id.isEmpty());
            QCOMPARE(changed.size(), 1);
            QCOMPARE(store.defaultAccountId(), id);  // the first one becomes the default
        }
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        const Account a = store.account(id);
        Account expected = sample();
        expected.id = id;
        QCOMPARE(a, expected);
        QCOMPARE(store.accounts().size(), 1);

        const SessionOptions o = a.sessionOptions();
        QCOMPARE(o.host, QStringLiteral("smtp.example.org"));
        QCOMPARE(o.port, quint16(465));
        QCOMPARE(o.security, SecurityMode::ImplicitTls);
        QCOMPARE(o.user, QStringLiteral("ada"));
        QCOMPARE(o.pinnedSha256, QString(64, QLatin1Char('a')));
        // RFC 5322 §3.2.4: the comma in the display name needs quotes.
        QCOMPARE(a.fromMailbox(), QStringLiteral("\"Lovelace, Ada\" <ada@example.org>"));
    }

    void updateRemoveDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AccountStore store(&settings);
        const QString first = store.add(sample());
        Account b = sample();
        b.name = QStringLiteral("Home");
        const QString second = store.add(b);
        QCOMPARE(store.defaultAccountId(), first);
        store.setDefaultAccountId(second);
        QCOMPARE(store.defaultAccountId(), second);

        Account changed = store.account(second);
        changed.host = QStringLiteral("mail.example.net");
        QVERIFY(store.update(changed));
        QCOMPARE(store.account(second).host, QStringLiteral("mail.example.net"));
        Account unknown = changed;
        unknown.id = QStringLiteral("nope");
        QVERIFY(!store.update(unknown));

        QVERIFY(store.remove(second));
        QCOMPARE(store.defaultAccountId(), first);
        QCOMPARE(store.accounts().size(), 1);
        QVERIFY(!store.remove(second));
        QVERIFY(store.account(second).id.isEmpty());
    }

    void noSecretField()
    {
        // Whatever is stored, nothing in the file looks like a password key.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            store.add(sample());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll().toLower();
        QVERIFY(!ini.contains("password"));
        QVERIFY(!ini.contains("secret"));
        QVERIFY(!ini.contains("token"));
    }

    void dialogEditsAndValidates()
    {
        Gui::AccountDialog dialog;
        Account a = sample();
        a.id = QStringLiteral("x");
        dialog.setAccount(a);
        Account back = dialog.account();
        QCOMPARE(back, a);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.fromAddressField()->setText(QStringLiteral("not an address"));
        QVERIFY(!ok->isEnabled());
        dialog.fromAddressField()->setText(QStringLiteral("ada@example.org"));
        QVERIFY(ok->isEnabled());
        // A new server forgets the pinned certificate of the old one.
        dialog.hostField()->setText(QStringLiteral("other.example.org"));
        QVERIFY(dialog.account().pinnedSha256.isEmpty());
        dialog.hostField()->clear();
        QVERIFY(!ok->isEnabled());
    }

    void presetFillsServerAndShowsNote()
    {
        AccountDialog dialog;
        dialog.setAccount(Account());
        dialog.fromAddressField()->setText(QStringLiteral("ada@gmail.com"));
        QComboBox *combo = dialog.presetCombo();
        const int gmail = combo->findData(QStringLiteral("gmail"));
        QVERIFY(gmail > 0);
        combo->setCurrentIndex(gmail);
        Q_EMIT combo->activated(gmail);
        const Account a = dialog.account();
        QCOMPARE(a.host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(a.effectivePort(), quint16(587));
        QCOMPARE(a.security, SecurityMode::StartTls);
        QCOMPARE(a.user, QStringLiteral("ada@gmail.com"));
        QVERIFY(!dialog.presetNote()->isHidden());
        QVERIFY2(dialog.presetNote()->text().contains(QLatin1String("App Password")),
                 qPrintable(dialog.presetNote()->text()));

        // Yahoo: TLS from the start on 465.
        const int yahoo = combo->findData(QStringLiteral("yahoo"));
        combo->setCurrentIndex(yahoo);
        Q_EMIT combo->activated(yahoo);
        QCOMPARE(dialog.account().security, SecurityMode::ImplicitTls);
        QCOMPARE(dialog.account().effectivePort(), quint16(465));

        // Typing another server leaves the preset: the note goes away.
        dialog.hostField()->setText(QStringLiteral("mail.example.org"));
        Q_EMIT dialog.hostField()->textEdited(dialog.hostField()->text());
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(dialog.presetNote()->isHidden());

        // An existing account on a known server shows that provider.
        Account outlook;
        outlook.host = QStringLiteral("smtp.office365.com");
        outlook.fromAddress = QStringLiteral("ada@example.org");
        dialog.setAccount(outlook);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("microsoft365"));
        QVERIFY(dialog.presetNote()->text().contains(QLatin1String("SMTP AUTH")));
    }

    void passwordDialogWithoutKeychain()
    {
        PasswordDialog dialog(QStringLiteral("ada"), QStringLiteral("smtp.example.org"));
        QVERIFY(dialog.rememberCheckBox()->isChecked());
        dialog.setKeychainAvailable(false, QStringLiteral("No D-Bus session"));
        QVERIFY(!dialog.remember());
        QVERIFY(dialog.rememberCheckBox()->isHidden());
        QVERIFY(dialog.keychainLabel()->text().startsWith(QLatin1String(
                "Your system keychain is not available: the password will be asked every time")));
        QVERIFY(dialog.keychainLabel()->text().contains(QLatin1String("No D-Bus session")));
    }

    void testConnectionShowsCapabilitiesInDock()
    {
        QTemporaryDir sandboxDir;
        auto sandbox = startSandbox(sandboxDir.path());
        QVERIFY(sandbox);
        AccountStore store(m_settings.get());
        Account a = sandboxAccount(*sandbox);
        a.pinnedSha256 = sandbox->certificateSha256();  // trusted before: no certificate prompt
        const QString id = store.add(a);
        {
            SecretJob *w = m_secrets->writeSecret(SecretStore::passwordKey(id), sandbox->password());
            QSignalSpy done(w, &SecretJob::finished);
            QVERIFY(done.wait(5000));
        }
        makeWindow();
        m_window->editAccount();
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->accountDialog()) != nullptr);
        QSignalSpy finished(dialog, &AccountDialog::testFinished);
        QSignalSpy stored(sandbox.get(), &SandboxServer::messageStored);
        dialog->testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog->testResult()->toPlainText()));
        QCOMPARE(m_window->findChildren<PasswordDialog *>().size(), 0);

        ConnectionTest *test = dialog->connectionTest();
        QVERIFY(test->encrypted());
        QCOMPARE(test->authMechanism().isEmpty(), false);
        // The list advertised after TLS: AUTH is there, STARTTLS is not any more.
        const QStringList caps = test->capabilities();
        QVERIFY2(caps.join(QLatin1Char('|')).contains(QLatin1String("AUTH PLAIN")), qPrintable(caps.join(QLatin1Char('|'))));
        QVERIFY(!caps.contains(QStringLiteral("STARTTLS")));
        const QString shown = dialog->testResult()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("AUTH PLAIN")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("SIZE")));
        QVERIFY(dialog->testStatus()->text().contains(QLatin1String("works")));

        // The window's log dock got the conversation: EHLO, STARTTLS, AUTH, QUIT, no MAIL.
        m_window->logModel()->flush();
        const QString log = m_window->logModel()->toPlainText();
        for (const char *word : {"EHLO", "STARTTLS", "AUTH PLAIN <redacted>", "QUIT"})
            QVERIFY2(log.contains(QLatin1String(word)), word);
        QVERIFY(!log.contains(QLatin1String("MAIL FROM")));
        QVERIFY(!log.contains(sandbox->password()));
        QCOMPARE(stored.size(), 0);

        // A wrong password: the failure is explained and nothing is remembered.
        SecretJob *w = m_secrets->writeSecret(SecretStore::passwordKey(id), QStringLiteral("wrong"));
        QSignalSpy wdone(w, &SecretJob::finished);
        QVERIFY(wdone.wait(5000));
        dialog->testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(dialog->connectionTest()->error().kind, SmtpError::Kind::AuthFailed);
        const QString why = dialog->testResult()->toPlainText();
        QVERIFY2(why.contains(QLatin1String("535")), qPrintable(why));
        QVERIFY(dialog->testStatus()->text().contains(QLatin1String("failed")));
        dialog->reject();
    }

    void testConnectionWarnsOnChangedCertificate()
    {
        QTemporaryDir dir;
        auto sandbox = startSandbox(dir.path());
        QVERIFY(sandbox);
        Account a = sandboxAccount(*sandbox);
        a.id = QStringLiteral("acct");
        a.pinnedSha256 = QString(64, QLatin1Char('c'));  // trusted once, now different
        SecretJob *w = m_secrets->writeSecret(SecretStore::passwordKey(a.id), sandbox->password());
        QSignalSpy wdone(w, &SecretJob::finished);
        QVERIFY(wdone.wait(5000));
        AccountDialog dialog;
        dialog.setSecretStore(m_secrets);
        dialog.setAccount(a);
        dialog.show();
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(dialog.connectionTest()->error().kind, SmtpError::Kind::Certificate);
        QVERIFY(dialog.testResult()->toPlainText().contains(QLatin1String("pinned")));
        AccountCertificateChangedDialog *warning = nullptr;
        QTRY_VERIFY((warning = dialog.findChild<AccountCertificateChangedDialog *>()) != nullptr);
        // Shown as two lines of 16 bytes each.
        const QString joined = warning->text().replace(QLatin1Char('\n'), QLatin1Char(':'));
        QVERIFY(joined.contains(formatFingerprint(sandbox->certificateSha256())));
        QVERIFY(joined.contains(formatFingerprint(QString(64, QLatin1Char('c')))));
        QVERIFY(warning->cancelButton()->isDefault());
        warning->trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.testResult()->toPlainText()));
        QCOMPARE(dialog.account().pinnedSha256, sandbox->certificateSha256());
        dialog.reject();
    }

    void slowKeychainKeepsWindowResponsive()
    {
        QTemporaryDir dir;
        auto sandbox = startSandbox(dir.path());
        QVERIFY(sandbox);
        AccountStore store(m_settings.get());
        Account a = sandboxAccount(*sandbox);
        a.pinnedSha256 = sandbox->certificateSha256();
        const QString id = store.add(a);
        SlowSecretStore slow;
        SecretJob *w = slow.writeSecret(SecretStore::passwordKey(id), sandbox->password());
        QSignalSpy wdone(w, &SecretJob::finished);
        QVERIFY(wdone.wait(5000));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setSecretStore(&slow);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);

        // While the keychain thinks, the window runs: timers fire, typing works, and the
        // session has not connected yet.
        fillAndSend(QStringLiteral("slow"));
        QVERIFY(m_window->stepLabel()->text().contains(QLatin1String("keychain")));
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(50);
        QTest::keyClicks(m_window->composer()->bodyField(), QStringLiteral(" typed"));
        QTest::qWait(500);
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QCOMPARE(m_window->session()->state(), SmtpSession::State::Disconnected);
        QVERIFY(m_window->isSending());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(m_window->findChildren<PasswordDialog *>().size(), 0);

        // Cancel while the keychain has not answered: nothing connects, the message stays.
        m_window->sendAction()->trigger();
        QVERIFY(m_window->isSending());
        m_window->cancelAction()->trigger();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!m_window->isSending());
        QTest::qWait(slow.delayMs + 300);  // the late answer is dropped
        QCOMPARE(m_window->session()->state(), SmtpSession::State::Disconnected);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(m_window->composer()->subjectField()->text(), QStringLiteral("slow"));
    }

    void pinnedCertificateThenChanged()
    {
        QTemporaryDir dir1, dir2;
        auto sandbox = startSandbox(dir1.path());
        QVERIFY(sandbox);
        AccountStore store(m_settings.get());
        const QString id = store.add(sandboxAccount(*sandbox));
        SecretJob *w = m_secrets->writeSecret(SecretStore::passwordKey(id), sandbox->password());
        QSignalSpy wdone(w, &SecretJob::finished);
        QVERIFY(wdone.wait(5000));
        makeWindow();
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);

        // 1. First contact: the self-signed certificate is asked about, and trusted.
        fillAndSend(QStringLiteral("first"));
        CertificateDialog *cert = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((cert = m_window->findChild<CertificateDialog *>()) != nullptr, 20000);
        QTRY_VERIFY(cert->isVisible());
        cert->trustCheckBox()->setChecked(true);
        cert->connectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(m_window->accountStore()->account(id).pinnedSha256, sandbox->certificateSha256());

        // 2. Same certificate: no question this time.
        QTRY_COMPARE(m_window->findChildren<CertificateDialog *>().size(), 0);
        fillAndSend(QStringLiteral("second"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(m_window->findChildren<CertificateDialog *>().size(), 0);

        // 3. The server comes back with another certificate: the loud warning, not the
        //    ordinary certificate question, and nothing is sent.
        const QString oldPin = sandbox->certificateSha256();
        sandbox.reset();
        auto other = startSandbox(dir2.path());
        QVERIFY(other);
        QVERIFY(other->certificateSha256() != oldPin);
        // Same account on the new port, pin kept (as if the server restarted).
        Account moved = m_window->accountStore()->account(id);
        moved.port = other->port();
        moved.user = other->user();
        QVERIFY(m_window->accountStore()->update(moved));
        w = m_secrets->writeSecret(SecretStore::passwordKey(id), other->password());
        QSignalSpy w2(w, &SecretJob::finished);
        QVERIFY(w2.wait(5000));
        QSignalSpy stored(other.get(), &SandboxServer::messageStored);
        fillAndSend(QStringLiteral("third"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(m_window->findChildren<CertificateDialog *>().size(), 0);
        AccountCertificateChangedDialog *warning = nullptr;
        QTRY_VERIFY((warning = m_window->findChild<AccountCertificateChangedDialog *>()) != nullptr);
        QTRY_VERIFY(warning->isVisible());
        const QString text = warning->text();
        QVERIFY2(text.contains(QLatin1String("The certificate changed since you trusted it")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("attack")));
        const QString joined = QString(text).replace(QLatin1Char('\n'), QLatin1Char(':'));
        QVERIFY2(joined.contains(formatFingerprint(oldPin)), qPrintable(text));
        QVERIFY2(joined.contains(formatFingerprint(other->certificateSha256())), qPrintable(text));
        QVERIFY(warning->cancelButton()->isDefault());
        QVERIFY(!warning->trustButton()->isDefault());
        QCOMPARE(m_window->accountStore()->account(id).pinnedSha256, oldPin);
        QCOMPARE(stored.size(), 0);

        // 4. "Trust the new certificate": re-pinned and sent again, without another question.
        warning->trustButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(m_window->accountStore()->account(id).pinnedSha256, other->certificateSha256());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(m_window->findChildren<CertificateDialog *>().size(), 0);
    }

    void pinnedCertificateChangedCancel()
    {
        // Cancel (the default) keeps the old pin and sends nothing.
        QTemporaryDir dir1, dir2;
        auto first = startSandbox(dir1.path());
        QVERIFY(first);
        const QString oldPin = first->certificateSha256();
        first.reset();
        auto sandbox = startSandbox(dir2.path());
        QVERIFY(sandbox);
        AccountStore store(m_settings.get());
        Account a = sandboxAccount(*sandbox);
        a.pinnedSha256 = oldPin;
        const QString id = store.add(a);
        SecretJob *w = m_secrets->writeSecret(SecretStore::passwordKey(id), sandbox->password());
        QSignalSpy wdone(w, &SecretJob::finished);
        QVERIFY(wdone.wait(5000));
        makeWindow();
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        fillAndSend(QStringLiteral("x"));
        AccountCertificateChangedDialog *warning = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((warning = m_window->findChild<AccountCertificateChangedDialog *>()) != nullptr, 30000);
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(warning->isVisible());
        QTest::keyClick(warning, Qt::Key_Return);  // the default button: Cancel
        QTRY_VERIFY(!warning->isVisible());
        QCOMPARE(warning->result(), int(QDialog::Rejected));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_window->accountStore()->account(id).pinnedSha256, oldPin);
        QCOMPARE(m_window->composer()->subjectField()->text(), QStringLiteral("x"));
    }

    void missingKeychainAsksEveryTimeNeverWrites()
    {
        QTemporaryDir dir;
        auto sandbox = startSandbox(dir.path());
        QVERIFY(sandbox);
        AccountStore store(m_settings.get());
        Account a = sandboxAccount(*sandbox);
        a.pinnedSha256 = sandbox->certificateSha256();
        const QString id = store.add(a);
        BrokenSecretStore broken;
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setSecretStore(&broken);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        fillAndSend(QStringLiteral("x"));
        PasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PasswordDialog *>()) != nullptr, 20000);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->remember());
        QVERIFY(dialog->keychainLabel()->text().contains(QLatin1String("Your system keychain is not available")));
        QCOMPARE(m_window->secretFlow()->keychainState(), AccountSecretFlow::Keychain::Unavailable);
        dialog->passwordField()->setText(sandbox->password());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.last().first().toBool());
        QTest::qWait(100);
        QCOMPARE(broken.writes, 0);  // no keychain, no fallback file either
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(sandbox->password().toUtf8()));
        Q_UNUSED(id);
    }

    void rememberedAfterSuccessOnlyAndRemovedWithAccount()
    {
        QTemporaryDir dir;
        auto sandbox = startSandbox(dir.path());
        QVERIFY(sandbox);
        AccountStore store(m_settings.get());
        Account a = sandboxAccount(*sandbox);
        a.pinnedSha256 = sandbox->certificateSha256();
        const QString id = store.add(a);
        makeWindow();
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        QSignalSpy storedSecret(m_window->secretFlow(), &AccountSecretFlow::secretStored);

        // A wrong password with "Remember" checked: refused (535), so not remembered.
        fillAndSend(QStringLiteral("x"));
        PasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PasswordDialog *>()) != nullptr, 20000);
        QVERIFY(dialog->remember());  // the keychain works: checked by default
        dialog->passwordField()->setText(QStringLiteral("wrong-password"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.last().first().toBool());
        QTest::qWait(100);
        QCOMPARE(storedSecret.size(), 0);
        SecretJob::Error error = SecretJob::Error::None;
        QCOMPARE(readSecretNow(m_secrets, SecretStore::passwordKey(id), &error), QString());
        QCOMPARE(error, SecretJob::Error::NotFound);

        // The right one: remembered once the server accepted it.
        QTRY_COMPARE(m_window->findChildren<PasswordDialog *>().size(), 0);
        m_window->sendAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PasswordDialog *>()) != nullptr, 20000);
        dialog->passwordField()->setText(sandbox->password());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY(finished.last().first().toBool());
        QTRY_COMPARE(storedSecret.size(), 1);
        QCOMPARE(readSecretNow(m_secrets, SecretStore::passwordKey(id), &error), sandbox->password());

        // Removing the account deletes its secret.
        m_window->removeAccount();
        QVERIFY(!m_window->accountStore()->contains(id));
        QTRY_COMPARE(readSecretNow(m_secrets, SecretStore::passwordKey(id), &error), QString());
        QCOMPARE(error, SecretJob::Error::NotFound);
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
