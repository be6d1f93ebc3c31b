// The window sends one message end to end through a real server that a Python wrapper has
// started: tests/gui/run_postfix_gui.py (a private Postfix with Dovecot SASL) and
// tests/secrets/test_secrets_everywhere.py (sendscope-cli --sandbox). Not useful on its own:
// the server, the secret and the output folder come from the environment, and a missing
// variable is a failure, never a skip.
//
//   SENDSCOPE_PF_HOST, SENDSCOPE_PF_PORT   the STARTTLS submission port
//   SENDSCOPE_PF_PIN                       SHA-256 of the server certificate (the account pin)
//   SENDSCOPE_PF_USER, SENDSCOPE_PF_PASSWORD  typed into the password dialog
//   SENDSCOPE_PF_TO                        two recipients, comma separated
//   SENDSCOPE_PF_SUBJECT, SENDSCOPE_PF_ATTACH (a file path)
//   SENDSCOPE_PF_OUT                       a folder: settings ini, saved logs (txt, html), and
//                                          the draft path is written to OUT/draft-path.txt

#include "addresslineedit.h"
#include "composerwidget.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "passworddialog.h"
#include "protocollogdock.h"

#include "accounts/accountstore.h"
#include "log/logrecord.h"
#include "log/protocollogmodel.h"
#include "secrets/memorysecretstore.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Sendscope;
using namespace Sendscope::Gui;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

class TestPostfixSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("sendscope-gui-postfix-test"));
    }

    void sendThroughRealServer()
    {
        const char *required[] = {"SENDSCOPE_PF_HOST", "SENDSCOPE_PF_PORT", "SENDSCOPE_PF_PIN",
                                  "SENDSCOPE_PF_USER", "SENDSCOPE_PF_PASSWORD", "SENDSCOPE_PF_TO",
                                  "SENDSCOPE_PF_SUBJECT", "SENDSCOPE_PF_ATTACH", "SENDSCOPE_PF_OUT"};
        for (const char *name : required)
            QVERIFY2(qEnvironmentVariableIsSet(name),
                     qPrintable(QStringLiteral("%1 is not set: run this through its Python wrapper")
                                        .arg(QLatin1String(name))));
        const QString password = env("SENDSCOPE_PF_PASSWORD");
        const QString user = env("SENDSCOPE_PF_USER");
        const QDir out(env("SENDSCOPE_PF_OUT"));
        QVERIFY(out.exists());

        QSettings settings(out.filePath(QStringLiteral("sendscope.ini")), QSettings::IniFormat);
        // The window's own sandbox would add an account and take the default: not here.
        settings.setValue(QStringLiteral("sandbox/autostart"), false);
        QString id;
        {
            AccountStore store(&settings);
            Account a;
            a.name = QStringLiteral("Test server");
            a.host = env("SENDSCOPE_PF_HOST");
            a.port = quint16(env("SENDSCOPE_PF_PORT").toUInt());
            QVERIFY(a.port != 0);
            a.security = SecurityMode::StartTls;
            a.user = user;
            a.authMechanism = QStringLiteral("plain");
            a.fromAddress = user;
            a.fromName = QStringLiteral("Ada Lovelace");
            // The CA of the test PKI is not in the system store and an Account has no CA
            // field: the server certificate is pinned, as the certificate dialog would do.
            a.pinnedSha256 = env("SENDSCOPE_PF_PIN");
            a.timeoutSeconds = 30;
            id = store.add(a);
            store.setDefaultAccountId(id);
        }

        MemorySecretStore secrets;  // never the developer's keychain; outlives the window
        MainWindow window(&settings);
        window.setSecretStore(&secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.composer()->currentAccountId(), id);

        ComposerWidget *c = window.composer();
        c->toField()->setText(env("SENDSCOPE_PF_TO"));
        c->subjectField()->setText(env("SENDSCOPE_PF_SUBJECT"));
        c->bodyField()->setPlainText(QStringLiteral("Hallo Bob,\nGrüße aus dem Fenster — ünïcödé.\n"
                                                    ".a line that starts with a dot\n"));
        c->addAttachments({env("SENDSCOPE_PF_ATTACH")});
        QCOMPARE(c->attachments().size(), 1);

        QSignalSpy finished(&window, &MainWindow::sendFinished);
        window.sendAction()->trigger();
        QVERIFY(window.isSending());
        PasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<PasswordDialog *>()) != nullptr, 30000);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(window.session()->state(), SmtpSession::State::AwaitingCredentials);
        // The session is encrypted before the password is asked (RFC 4954 §4, PLAIN).
        QVERIFY(window.session()->isEncrypted());
        QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);
        dialog->rememberCheckBox()->setChecked(false);
        QTest::keyClicks(dialog->passwordField(), password);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(window.banner()->text() + QLatin1Char('\n') + window.banner()->serverWords()));
        QCOMPARE(window.banner()->kind(), MessageBanner::Kind::Positive);

        // What the log dock shows, row by row.
        window.logModel()->flush();
        ProtocolLogModel *model = window.logModel();
        QStringList rows;
        QList<LogRecord::Direction> dirs;
        for (int i = 0; i < model->rowCount(); ++i) {
            const QModelIndex idx = model->index(i);
            rows.append(idx.data(Qt::DisplayRole).toString());
            dirs.append(LogRecord::Direction(idx.data(ProtocolLogModel::DirectionRole).toInt()));
        }
        const QString all = model->toPlainText();
        auto find = [&](const QString &prefix, int from, LogRecord::Direction d) {
            for (int i = from; i < rows.size(); ++i) {
                if (rows.at(i).startsWith(prefix) && dirs.at(i) == d)
                    return i;
            }
            return -1;
        };
        const int starttls = find(QStringLiteral("STARTTLS"), 0, LogRecord::Direction::Client);
        QVERIFY2(starttls >= 0, qPrintable(all));
        int established = -1;
        for (int i = starttls; i < rows.size() && established < 0; ++i) {
            if (rows.at(i).contains(QLatin1String("TLS established")))
                established = i;
        }
        QVERIFY2(established > starttls, qPrintable(all));
        const int auth = find(QStringLiteral("AUTH PLAIN <redacted>"), established,
                              LogRecord::Direction::Client);
        QVERIFY2(auth > established, qPrintable(all));
        QVERIFY2(find(QStringLiteral("235"), auth, LogRecord::Direction::Server) > auth, qPrintable(all));
        const int dot = find(QStringLiteral("."), auth, LogRecord::Direction::Client);
        QVERIFY2(dot > auth && rows.at(dot) == QLatin1String("."), qPrintable(all));
        // The server's next words after the final dot: 250, the message is queued.
        int reply = dot + 1;
        while (reply < rows.size() && dirs.at(reply) != LogRecord::Direction::Server)
            ++reply;
        QVERIFY2(reply < rows.size() && rows.at(reply).startsWith(QLatin1String("250")), qPrintable(all));
        for (const QString &to : env("SENDSCOPE_PF_TO").split(QLatin1Char(','))) {
            const QString addr = to.trimmed().section(QLatin1Char('<'), -1).remove(QLatin1Char('>'));
            QVERIFY2(all.contains(QStringLiteral("RCPT TO:<%1>").arg(addr)), qPrintable(all));
        }
        QVERIFY2(!all.contains(password), "the password is in the log");
        QVERIFY(!all.contains(QString::fromLatin1(password.toUtf8().toBase64())));

        // Everything the user can write from here: the log as text and HTML, a draft, the
        // settings. The wrapper searches these files for the secret in every encoding.
        QString error;
        QVERIFY2(window.logDock()->saveTo(out.filePath(QStringLiteral("log.txt")), false, &error),
                 qPrintable(error));
        QVERIFY2(window.logDock()->saveTo(out.filePath(QStringLiteral("log.html")), true, &error),
                 qPrintable(error));
        QVERIFY(window.saveDraft());
        const QDir drafts(MainWindow::draftsDirectory());
        const QStringList emls = drafts.entryList({QStringLiteral("*.eml")});
        QCOMPARE(emls.size(), 1);
        QFile where(out.filePath(QStringLiteral("draft-path.txt")));
        QVERIFY(where.open(QIODevice::WriteOnly));
        where.write(drafts.filePath(emls.first()).toUtf8());
        where.close();
        window.close();  // writes the window state into the settings too
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
};

QTEST_MAIN(TestPostfixSend)
#include "tst_postfix.moc"
