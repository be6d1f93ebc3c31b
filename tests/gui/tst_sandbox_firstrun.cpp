// The real `sendscope` executable on a fresh machine: no settings, no data, no keychain. It
// must come up with its sandbox listening, and another program must be able to send to it
// with only what the sandbox wrote into the user's data folder.
#include "sandbox/sandboxinbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope;

class TestSandboxFirstRun : public QObject
{
    Q_OBJECT

private:
    QProcess m_app;

    static QString findFile(const QString &root, const QString &name)
    {
        QDirIterator it(root, {name}, QDir::Files, QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

private Q_SLOTS:
    void cleanup()
    {
        // Also when a check failed half-way: the window never outlives the test.
        if (m_app.state() != QProcess::NotRunning) {
            m_app.kill();
            QTRY_VERIFY(m_app.state() == QProcess::NotRunning);
        }
    }

    void freshHomeSendsAtOnce()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString config = home.filePath(QStringLiteral("config"));
        const QString data = home.filePath(QStringLiteral("data"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain to fall back on

        QProcess &app = m_app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(SENDSCOPE_GUI_PATH), {});

        // The sandbox writes its credentials and certificate into the data folder, and the
        // window saves the port with the account it made.
        QString credentials;
        QString certificate;
        QString ini;
        quint16 port = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    credentials = findFile(data, QStringLiteral("credentials.json"));
                    certificate = findFile(data, QStringLiteral("certificate.pem"));
                    ini = findFile(config, QStringLiteral("*.conf"));
                    if (ini.isEmpty())
                        return false;
                    QSettings s(ini, QSettings::IniFormat);
                    port = quint16(s.value(QStringLiteral("sandbox/port")).toUInt());
                    return !credentials.isEmpty() && !certificate.isEmpty() && port != 0;
                }(),
                20000);
        QVERIFY2(app.state() == QProcess::Running, app.readAll().constData());
        {
            // The account the window made: the sandbox, pinned, with no password stored.
            QSettings s(ini, QSettings::IniFormat);
            const QString id = s.value(QStringLiteral("sandbox/accountId")).toString();
            QVERIFY(!id.isEmpty());
            QCOMPARE(s.value(QStringLiteral("defaultAccount")).toString(), id);
        }

        QFile cf(credentials);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QJsonObject c = QJsonDocument::fromJson(cf.readAll()).object();
        const QString user = c.value(QStringLiteral("user")).toString();
        const QString password = c.value(QStringLiteral("password")).toString();
        QVERIFY(!user.isEmpty() && !password.isEmpty());
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificate);
        QCOMPARE(certs.size(), 1);
        const QString pin = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());

        QProcess cli;
        QProcessEnvironment cliEnv = QProcessEnvironment::systemEnvironment();
        cliEnv.insert(QStringLiteral("SANDBOX_PASSWORD"), password);
        cli.setProcessEnvironment(cliEnv);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(SENDSCOPE_CLI_PATH),
                  {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                   QString::number(port), QStringLiteral("--pin-sha256"), pin,
                   QStringLiteral("--user"), user, QStringLiteral("--password-env"),
                   QStringLiteral("SANDBOX_PASSWORD"), QStringLiteral("--from"),
                   QStringLiteral("dev@example.org"), QStringLiteral("--to"),
                   QStringLiteral("qa@example.org"), QStringLiteral("--subject"),
                   QStringLiteral("First run"), QStringLiteral("--body"), QStringLiteral("Hi")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 cli.readAll().constData());

        const QString inboxDir = QFileInfo(credentials).absolutePath() + QStringLiteral("/inbox");
        QTRY_COMPARE(SandboxInbox(inboxDir).messages().size(), 1);
        QCOMPARE(SandboxInbox(inboxDir).messages().first().to, QStringList{QStringLiteral("qa@example.org")});

        app.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFirstRun)
#include "tst_sandbox_firstrun.moc"
