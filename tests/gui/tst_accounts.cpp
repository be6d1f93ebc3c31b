#include "accountdialog.h"

#include "accounts/accountstore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope;

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

private Q_SLOTS:
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
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
