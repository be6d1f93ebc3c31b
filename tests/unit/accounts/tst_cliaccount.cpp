#include "clioptions.h"
#include "exitcodes.h"

#include "accounts/accountstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope;
using namespace Sendscope::Cli;

class TestCliAccount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_id;

    int parse(const QStringList &args, CliOptions *o, QString *message)
    {
        bool exitNow = false;
        return parseArguments(QStringList{QStringLiteral("sendscope-cli"),
                                          QStringLiteral("--settings-dir"), m_dir.path()}
                                      + args,
                              o, message, &exitNow);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("sendscope.ini")), QSettings::IniFormat);
        AccountStore store(&settings);
        Account a;
        a.name = QStringLiteral("Work mail");
        a.host = QStringLiteral("smtp.example.org");
        a.port = 2587;
        a.security = SecurityMode::StartTls;
        a.authMechanism = QStringLiteral("scram-sha-256");
        a.user = QStringLiteral("ada");
        a.fromAddress = QStringLiteral("ada@example.org");
        a.fromName = QStringLiteral("Ada Lovelace");
        a.ehloName = QStringLiteral("laptop.example.org");
        a.pinnedSha256 = QString(64, QLatin1Char('b'));
        a.timeoutSeconds = 42;
        m_id = store.add(a);
        // The lab's environment variables must not replace the account's fields.
        qputenv("SMTP_HOST", "env.example.net");
        qputenv("SMTP_USER", "env-user");
        qputenv("SMTP_FROM", "env@example.net");
    }

    void accountFieldsAreTheBase()
    {
        CliOptions o;
        QString message;
        QCOMPARE(parse({QStringLiteral("--account"), QStringLiteral("Work mail"),
                        QStringLiteral("--to"), QStringLiteral("bob@example.net")},
                       &o, &message),
                 int(ExitOk));
        QCOMPARE(o.accountId, m_id);
        QCOMPARE(o.accountName, QStringLiteral("Work mail"));
        QCOMPARE(o.session.host, QStringLiteral("smtp.example.org"));
        QCOMPARE(o.session.port, quint16(2587));
        QCOMPARE(o.session.security, SecurityMode::StartTls);
        QCOMPARE(o.session.authMechanism, QStringLiteral("scram-sha-256"));
        QCOMPARE(o.session.user, QStringLiteral("ada"));
        QCOMPARE(o.session.ehloName, QStringLiteral("laptop.example.org"));
        QCOMPARE(o.session.pinnedSha256, QString(64, QLatin1Char('b')));
        QCOMPARE(o.session.timeoutSeconds, 42);
        QCOMPARE(o.from, QStringLiteral("Ada Lovelace <ada@example.org>"));
    }

    void commandLineOverrides()
    {
        CliOptions o;
        QString message;
        QCOMPARE(parse({QStringLiteral("--account"), QStringLiteral("work MAIL"),  // any case
                        QStringLiteral("--server"), QStringLiteral("other.example.org"),
                        QStringLiteral("--security"), QStringLiteral("tls"),
                        QStringLiteral("--user"), QStringLiteral("bob"),
                        QStringLiteral("--auth"), QStringLiteral("plain"),
                        QStringLiteral("--from"), QStringLiteral("bob@example.org"),
                        QStringLiteral("--to"), QStringLiteral("carol@example.net")},
                       &o, &message),
                 int(ExitOk));
        QCOMPARE(o.session.host, QStringLiteral("other.example.org"));
        QCOMPARE(o.session.security, SecurityMode::ImplicitTls);
        QCOMPARE(o.session.port, quint16(465));  // the new security's port, not the account's
        QCOMPARE(o.session.user, QStringLiteral("bob"));
        QCOMPARE(o.session.authMechanism, QStringLiteral("plain"));
        QCOMPARE(o.from, QStringLiteral("bob@example.org"));
        QCOMPARE(o.session.ehloName, QStringLiteral("laptop.example.org"));  // kept

        CliOptions p;
        QCOMPARE(parse({QStringLiteral("--account"), QStringLiteral("Work mail"),
                        QStringLiteral("--port"), QStringLiteral("25"),
                        QStringLiteral("--to"), QStringLiteral("carol@example.net")},
                       &p, &message),
                 int(ExitOk));
        QCOMPARE(p.session.port, quint16(25));
        QCOMPARE(p.session.security, SecurityMode::StartTls);
    }

    void unknownAccount()
    {
        CliOptions o;
        QString message;
        QCOMPARE(parse({QStringLiteral("--account"), QStringLiteral("Home"),
                        QStringLiteral("--to"), QStringLiteral("bob@example.net")},
                       &o, &message),
                 int(ExitUsage));
        QVERIFY2(message.contains(QLatin1String("\"Home\"")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Work mail")), qPrintable(message));
    }

    void withoutAccountTheEnvironmentStillCounts()
    {
        CliOptions o;
        QString message;
        QCOMPARE(parse({QStringLiteral("--to"), QStringLiteral("bob@example.net")}, &o, &message),
                 int(ExitOk));
        QVERIFY(o.accountId.isEmpty());
        QCOMPARE(o.session.host, QStringLiteral("env.example.net"));
        QCOMPARE(o.session.user, QStringLiteral("env-user"));
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cliaccount.moc"
