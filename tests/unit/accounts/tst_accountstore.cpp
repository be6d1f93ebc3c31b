#include "accounts/accountsecrets.h"
#include "accounts/accountstore.h"
#include "accounts/providerpresets.h"
#include "secrets/memorysecretstore.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope;

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsAreComplete()
    {
        const QList<ProviderPreset> list = ProviderPresets::all();
        QSet<QString> ids;
        for (const ProviderPreset &p : list) {
            QVERIFY2(!p.id.isEmpty() && !ids.contains(p.id), qPrintable(p.id));
            ids.insert(p.id);
            QVERIFY2(!p.name.isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.host.isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.note.isEmpty(), qPrintable(p.id));
        }
        for (const char *id : {"gmail", "outlook", "microsoft365", "icloud", "yahoo", "fastmail",
                               "zoho", "local-relay", "local-sandbox"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }

    void presetValues_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("noteMentions");
        QTest::newRow("gmail") << QStringLiteral("gmail") << QStringLiteral("smtp.gmail.com") << 587 << int(SecurityMode::StartTls)
                               << QStringLiteral("App Password");
        QTest::newRow("outlook") << QStringLiteral("outlook") << QStringLiteral("smtp-mail.outlook.com") << 587
                                 << int(SecurityMode::StartTls) << QStringLiteral("SMTP AUTH");
        QTest::newRow("m365") << QStringLiteral("microsoft365") << QStringLiteral("smtp.office365.com") << 587
                              << int(SecurityMode::StartTls) << QStringLiteral("OAuth");
        QTest::newRow("icloud") << QStringLiteral("icloud") << QStringLiteral("smtp.mail.me.com") << 587
                                << int(SecurityMode::StartTls) << QStringLiteral("full iCloud address");
        QTest::newRow("yahoo") << QStringLiteral("yahoo") << QStringLiteral("smtp.mail.yahoo.com") << 465
                               << int(SecurityMode::ImplicitTls) << QStringLiteral("app password");
        QTest::newRow("fastmail") << QStringLiteral("fastmail") << QStringLiteral("smtp.fastmail.com") << 465
                                  << int(SecurityMode::ImplicitTls) << QStringLiteral("app password");
        QTest::newRow("zoho") << QStringLiteral("zoho") << QStringLiteral("smtp.zoho.com") << 465 << int(SecurityMode::ImplicitTls)
                              << QStringLiteral("application-specific");
        QTest::newRow("relay") << QStringLiteral("local-relay") << QStringLiteral("localhost") << 25 << int(SecurityMode::None)
                               << QStringLiteral("relays");
        QTest::newRow("sandbox") << QStringLiteral("local-sandbox") << QStringLiteral("127.0.0.1") << 0 << int(SecurityMode::StartTls)
                                 << QStringLiteral("test server");
    }

    void presetValues()
    {
        QFETCH(QString, id);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, security);
        QFETCH(QString, noteMentions);
        const ProviderPreset p = ProviderPresets::byId(id);
        QVERIFY(p.isValid());
        QCOMPARE(p.host, host);
        QCOMPARE(int(p.port), port);
        QCOMPARE(int(p.security), security);
        QVERIFY2(p.note.contains(noteMentions), qPrintable(p.note));
    }

    void presetApplyAndMatch()
    {
        Account a;
        a.fromAddress = QStringLiteral("ada@gmail.com");
        a.port = 2525;
        ProviderPresets::byId(QStringLiteral("gmail")).applyTo(&a);
        QCOMPARE(a.host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(a.effectivePort(), quint16(587));
        QCOMPARE(a.security, SecurityMode::StartTls);
        QCOMPARE(a.user, QStringLiteral("ada@gmail.com"));  // the login is the address
        QCOMPARE(ProviderPresets::matching(a).id, QStringLiteral("gmail"));
        // Gmail's other port with TLS from the start is still Gmail; a mix-up is not.
        a.port = 465;
        a.security = SecurityMode::ImplicitTls;
        QCOMPARE(ProviderPresets::matching(a).id, QStringLiteral("gmail"));
        a.security = SecurityMode::StartTls;
        QVERIFY(!ProviderPresets::matching(a).isValid());

        Account relay;
        relay.user = QStringLiteral("someone");
        ProviderPresets::byId(QStringLiteral("local-relay")).applyTo(&relay);
        QCOMPARE(relay.authMechanism, QStringLiteral("none"));
        QVERIFY(!relay.needsLogin());
        QCOMPARE(relay.effectivePort(), quint16(25));

        Account sandbox;
        sandbox.port = 40123;  // the running sandbox's port is kept
        ProviderPresets::byId(QStringLiteral("local-sandbox")).applyTo(&sandbox);
        QCOMPARE(sandbox.port, quint16(40123));
        QCOMPARE(ProviderPresets::matching(sandbox).id, QStringLiteral("local-sandbox"));
        QVERIFY(!ProviderPresets::byId(QStringLiteral("nope")).isValid());
    }

    void findByName()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AccountStore store(&settings);
        Account a;
        a.name = QStringLiteral("Work");
        a.host = QStringLiteral("smtp.example.org");
        a.fromAddress = QStringLiteral("ada@example.org");
        const QString work = store.add(a);
        a.name = QStringLiteral("work");
        const QString lower = store.add(a);
        QCOMPARE(store.findByName(QStringLiteral("Work")).id, work);
        QCOMPARE(store.findByName(QStringLiteral("work")).id, lower);
        QCOMPARE(store.findByName(QStringLiteral("WORK")).id, work);
        QCOMPARE(store.findByName(lower).id, lower);  // an id works too
        QVERIFY(store.findByName(QStringLiteral("Home")).id.isEmpty());
    }

    void secretKeys()
    {
        Account a;
        a.id = QStringLiteral("id1");
        a.authMechanism = QStringLiteral("plain");
        QCOMPARE(AccountSecrets::secretKey(a), SecretStore::passwordKey(QStringLiteral("id1")));
        a.authMechanism = QStringLiteral("xoauth2");
        QCOMPARE(AccountSecrets::secretKey(a), SecretStore::tokenKey(QStringLiteral("id1")));
        a.authMechanism = QStringLiteral("OAUTHBEARER");
        QCOMPARE(AccountSecrets::secretKey(a), SecretStore::tokenKey(QStringLiteral("id1")));
        QVERIFY(AccountSecrets::keychainUnavailable(SecretJob::Error::NoBackend));
        QVERIFY(AccountSecrets::keychainUnavailable(SecretJob::Error::TimedOut));
        QVERIFY(AccountSecrets::keychainUnavailable(SecretJob::Error::Other));
        QVERIFY(!AccountSecrets::keychainUnavailable(SecretJob::Error::NotFound));
        QVERIFY(!AccountSecrets::keychainUnavailable(SecretJob::Error::None));
    }

    void forgetDeletesBothSecrets()
    {
        MemorySecretStore store;
        const QString id = QStringLiteral("acc");
        SecretJob *w1 = store.writeSecret(SecretStore::passwordKey(id), QStringLiteral("pw"));
        SecretJob *w2 = store.writeSecret(SecretStore::tokenKey(id), QStringLiteral("tok"));
        QSignalSpy s1(w1, &SecretJob::finished), s2(w2, &SecretJob::finished);
        QTRY_COMPARE(s1.size() + s2.size(), 2);
        AccountSecrets::forget(&store, id);
        for (const QString &key : {SecretStore::passwordKey(id), SecretStore::tokenKey(id)}) {
            SecretJob *r = store.readSecret(key);
            SecretJob::Error error = SecretJob::Error::None;
            bool done = false;
            connect(r, &SecretJob::finished, this, [&](SecretJob *j) {
                error = j->error();
                done = true;
            });
            QTRY_VERIFY(done);
            QCOMPARE(error, SecretJob::Error::NotFound);
        }
    }

    void settingsLocation()
    {
        QTemporaryDir dir;
        {
            auto s = AccountSecrets::openSettings(dir.path());
            QCOMPARE(s->fileName(), dir.filePath(QStringLiteral("sendscope.ini")));
            QCOMPARE(s->format(), QSettings::IniFormat);
        }
        qputenv("SENDSCOPE_SETTINGS", dir.filePath(QStringLiteral("env")).toLocal8Bit());
        auto s = AccountSecrets::openSettings();
        QCOMPARE(s->fileName(), dir.filePath(QStringLiteral("env/sendscope.ini")));
        qunsetenv("SENDSCOPE_SETTINGS");
    }

    void settingsHoldNoSecret()
    {
        // An account with every field set, and its secret in a store beside it: the ini
        // file holds the fields and nothing of the secret.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        const QString secret = QStringLiteral("Sup3r-s3cret-value");
        MemorySecretStore secrets;
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            Account a;
            a.name = QStringLiteral("Gmail");
            a.fromAddress = QStringLiteral("ada@gmail.com");
            ProviderPresets::byId(QStringLiteral("gmail")).applyTo(&a);
            a.id = store.add(a);
            SecretJob *job = secrets.writeSecret(AccountSecrets::secretKey(a), secret);
            QSignalSpy done(job, &SecretJob::finished);
            QTRY_COMPARE(done.size(), 1);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY(ini.contains("smtp.gmail.com"));
        QVERIFY(!ini.contains(secret.toUtf8()));
        QVERIFY(!ini.toLower().contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
