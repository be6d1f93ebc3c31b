// The accounts flow against the real system keychain (QtKeychain → Secret Service).
// realKeychain runs under tests/unit/secrets/with-keyring.sh (private D-Bus session with an
// unlocked gnome-keyring); missingKeychain runs with a D-Bus address that leads nowhere.
#include "accountsecretflow.h"
#include "addresslineedit.h"
#include "composerwidget.h"
#include "mainwindow.h"
#include "passworddialog.h"

#include "accounts/accountsecrets.h"
#include "accounts/accountstore.h"
#include "sandbox/sandboxserver.h"
#include "secrets/keychainsecretstore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sendscope;
using namespace Sendscope::Gui;

class TestAccountsKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<SandboxServer> m_sandbox;
    const QString m_accountName = QStringLiteral("Sandbox keyring");

    QString iniPath() const { return m_settingsDir.filePath(QStringLiteral("sendscope.ini")); }

    QString addAccount()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        AccountStore store(&settings);
        Account a;
        a.name = m_accountName;
        a.host = QStringLiteral("127.0.0.1");
        a.port = m_sandbox->port();
        a.security = SecurityMode::StartTls;
        a.user = m_sandbox->user();
        a.fromAddress = QStringLiteral("ada@example.org");
        a.fromName = QStringLiteral("Ada");
        a.pinnedSha256 = m_sandbox->certificateSha256();  // trusted before
        return store.add(a);
    }

    static QString readKeychain(const QString &key, SecretJob::Error *error)
    {
        KeychainSecretStore store(AccountSecrets::serviceName());
        SecretJob *job = store.readSecret(key);
        QString value;
        bool done = false;
        connect(job, &SecretJob::finished, &store, [&](SecretJob *j) {
            value = j->secret();
            *error = j->error();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            *error = SecretJob::Error::TimedOut;
        return value;
    }

    static void send(MainWindow *w, const QString &subject)
    {
        ComposerWidget *c = w->composer();
        c->toField()->setText(QStringLiteral("bob@example.net"));
        c->subjectField()->setText(subject);
        c->bodyField()->setPlainText(QStringLiteral("Hello"));
        w->sendAction()->trigger();
    }

    // Runs sendscope-cli to the end; returns its exit code, stderr in *err.
    int runCli(const QStringList &args, QByteArray *err, const QByteArray &passwordEnv = {},
               const QString &settingsEnv = QString())
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SMTP_PASS"));
        env.remove(QStringLiteral("SENDSCOPE_SETTINGS"));
        if (!settingsEnv.isEmpty())
            env.insert(QStringLiteral("SENDSCOPE_SETTINGS"), settingsEnv);
        if (!passwordEnv.isEmpty())
            env.insert(QStringLiteral("TEST_PW"), QString::fromUtf8(passwordEnv));
        cli.setProcessEnvironment(env);
        cli.setStandardInputFile(QProcess::nullDevice());
        cli.start(QStringLiteral(SENDSCOPE_CLI_PATH), args);
        // The sandbox runs in this process: let the event loop serve it while the CLI runs.
        if (!QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000)) {
            cli.kill();
            return -101;
        }
        *err = cli.readAllStandardError();
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -102;
    }

    QStringList cliArgs(const QString &subject) const
    {
        return {QStringLiteral("--settings-dir"), m_settingsDir.path(),
                QStringLiteral("--account"), m_accountName,
                QStringLiteral("--to"), QStringLiteral("carol@example.net"),
                QStringLiteral("--subject"), subject,
                QStringLiteral("--body"), QStringLiteral("from the CLI"),
                QStringLiteral("--verbose")};
    }

    void checkNoSecretInSettings()
    {
        const QByteArray password = m_sandbox->password().toUtf8();
        QDirIterator it(m_settingsDir.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(password), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("sendscope-keychain-test"));
        QVERIFY(m_sandboxDir.isValid() && m_settingsDir.isValid());
        m_sandbox = std::make_unique<SandboxServer>();
        SandboxConfig config;
        config.dataDirectory = m_sandboxDir.path();
        m_sandbox->setConfig(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void realKeychain()
    {
        const QString id = addAccount();
        QSignalSpy stored(m_sandbox.get(), &SandboxServer::messageStored);
        const QString key = SecretStore::passwordKey(id);

        // 1. First run: asked once, "Remember in keychain" checked, stored after AUTH.
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            MainWindow window(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy finished(&window, &MainWindow::sendFinished);
            QSignalSpy kept(window.secretFlow(), &AccountSecretFlow::secretStored);
            send(&window, QStringLiteral("first run"));
            PasswordDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<PasswordDialog *>()) != nullptr, 30000);
            QTRY_VERIFY(dialog->isVisible());
            QCOMPARE(window.secretFlow()->keychainState(), AccountSecretFlow::Keychain::Available);
            QVERIFY(dialog->rememberCheckBox()->isVisible());
            QVERIFY(dialog->remember());
            dialog->passwordField()->setText(m_sandbox->password());
            dialog->accept();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            QVERIFY(finished.first().first().toBool());
            QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 20000);
            QVERIFY(kept.first().at(1).toBool());
        }
        SecretJob::Error error = SecretJob::Error::Other;
        QCOMPARE(readKeychain(key, &error), m_sandbox->password());
        QCOMPARE(error, SecretJob::Error::None);
        QCOMPARE(stored.size(), 1);

        // 2. "Restart": new settings, new window, new keychain store; sends without asking.
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            MainWindow window(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy finished(&window, &MainWindow::sendFinished);
            QSignalSpy states(window.session(), &SmtpSession::stateChanged);
            send(&window, QStringLiteral("second run"));
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            QVERIFY(finished.first().first().toBool());
            QCOMPARE(window.findChildren<PasswordDialog *>().size(), 0);
            for (const QList<QVariant> &s : std::as_const(states))
                QVERIFY(s.first().value<SmtpSession::State>() != SmtpSession::State::AwaitingCredentials);
        }
        QCOMPARE(stored.size(), 2);
        checkNoSecretInSettings();

        // 3. sendscope-cli --account: same settings, same keychain entry, no password option.
        QByteArray err;
        int code = runCli(cliArgs(QStringLiteral("from the cli")), &err);
        QVERIFY2(code == 0, err.constData());
        QVERIFY2(err.contains("from the keychain"), err.constData());
        QVERIFY(!err.contains(m_sandbox->password().toUtf8()));
        QCOMPARE(stored.size(), 3);
        const SandboxEnvelope env = stored.last().first().value<SandboxEnvelope>();
        QCOMPARE(env.to, QStringList{QStringLiteral("carol@example.net")});
        QCOMPARE(env.authUser, m_sandbox->user());

        // Command-line options override the account: a closed port fails to connect (2).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        code = runCli(cliArgs(QStringLiteral("x")) << QStringLiteral("--port") << QString::number(closed), &err);
        QVERIFY2(code == 2, err.constData());
        QCOMPARE(stored.size(), 3);
        // An unknown account is bad input (1) and names the saved ones.
        QStringList unknown = cliArgs(QStringLiteral("x"));
        unknown[3] = QStringLiteral("No such account");
        code = runCli(unknown, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(m_accountName.toUtf8()), err.constData());

        // 4. Removing the account deletes its secret from the keychain.
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            MainWindow window(&settings);
            QCOMPARE(window.composer()->currentAccountId(), id);
            window.removeAccount();
            QTRY_VERIFY_WITH_TIMEOUT(
                    (readKeychain(key, &error), error == SecretJob::Error::NotFound), 20000);
        }
    }

    void missingKeychain()
    {
        // QtKeychain without a Secret Service fails (OtherError): say so, ask every time,
        // and store nothing anywhere.
        const QString id = addAccount();
        QSignalSpy stored(m_sandbox.get(), &SandboxServer::messageStored);
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            MainWindow window(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy finished(&window, &MainWindow::sendFinished);
            QSignalSpy kept(window.secretFlow(), &AccountSecretFlow::secretStored);
            send(&window, QStringLiteral("no keychain"));
            PasswordDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<PasswordDialog *>()) != nullptr, 30000);
            QTRY_VERIFY(dialog->isVisible());
            QCOMPARE(window.secretFlow()->keychainState(), AccountSecretFlow::Keychain::Unavailable);
            QVERIFY(!dialog->remember());
            QVERIFY(!dialog->rememberCheckBox()->isVisible());
            QVERIFY2(dialog->keychainLabel()->text().contains(
                             QLatin1String("Your system keychain is not available: the password "
                                           "will be asked every time")),
                     qPrintable(dialog->keychainLabel()->text()));
            dialog->passwordField()->setText(m_sandbox->password());
            dialog->accept();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            QVERIFY(finished.first().first().toBool());
            QTest::qWait(200);
            QCOMPARE(kept.size(), 0);
        }
        QCOMPARE(stored.size(), 1);
        checkNoSecretInSettings();

        // The CLI: without a keychain and without a password option it says why (1) …
        QByteArray err;
        int code = runCli(cliArgs(QStringLiteral("cli")), &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("keychain is not available"), err.constData());
        // … and with --password-env it sends; the settings found through SENDSCOPE_SETTINGS.
        QStringList args = cliArgs(QStringLiteral("cli")).mid(2);
        QCOMPARE(args.first(), QStringLiteral("--account"));
        code = runCli(args << QStringLiteral("--password-env") << QStringLiteral("TEST_PW"),
                      &err, m_sandbox->password().toUtf8(), m_settingsDir.path());
        QVERIFY2(code == 0, err.constData());
        QCOMPARE(stored.size(), 2);
        Q_UNUSED(id);
    }
};

QTEST_MAIN(TestAccountsKeychain)
#include "tst_accounts_keychain.moc"
