#include "testservers.h"

#include "addresslineedit.h"
#include "composerwidget.h"
#include "logfilterproxy.h"
#include "logitemdelegate.h"
#include "logstyle.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "certificatedialog.h"
#include "passworddialog.h"
#include "protocollogdock.h"

#include "accounts/accountstore.h"
#include "log/logrecord.h"
#include "log/protocollogmodel.h"
#include "tls/certificateinfo.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QMimeData>
#include <QUrl>
#include <QCheckBox>
#include <QProcess>
#include <QSslCertificate>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "secrets/memorysecretstore.h"

#include <QTest>

#include <memory>

using namespace Sendscope;
using namespace Sendscope::Gui;
using Sendscope::Test::AiosmtpdServer;
using Sendscope::Test::ScriptServer;

namespace {

struct Row
{
    LogRecord::Direction direction;
    LogStyle::Category category;
    QString text;
};

QList<Row> rows(const ProtocolLogModel *model)
{
    QList<Row> out;
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex idx = model->index(i);
        out.append({LogRecord::Direction(idx.data(ProtocolLogModel::DirectionRole).toInt()),
                    LogStyle::category(idx), idx.data(Qt::DisplayRole).toString()});
    }
    return out;
}

int findRow(const QList<Row> &list, const QString &prefix, int from = 0)
{
    for (int i = from; i < list.size(); ++i) {
        if (list.at(i).text.startsWith(prefix))
            return i;
    }
    return -1;
}

QString dumpRows(const QList<Row> &list)
{
    QString s;
    for (const Row &r : list)
        s += QStringLiteral("[%1/%2] %3\n").arg(int(r.direction)).arg(int(r.category)).arg(r.text);
    return s;
}

// The usual reply script of a small ESMTP server; tests override single commands.
QByteArray defaultReply(const QByteArray &line)
{
    const QByteArray cmd = line.left(4).toUpper();
    if (cmd == "EHLO")
        return "250-script.test\r\n250-SIZE 1000000\r\n250 8BITMIME\r\n";
    if (cmd == "MAIL")
        return "250 2.1.0 Ok\r\n";
    if (cmd == "RCPT")
        return "250 2.1.5 Ok\r\n";
    if (cmd == "DATA")
        return "354 End data with <CR><LF>.<CR><LF>\r\n";
    if (cmd == "RSET")
        return "250 2.0.0 Ok\r\n";
    if (cmd == "QUIT")
        return "221 2.0.0 Bye\r\n";
    return "502 5.5.2 Error: command not recognized\r\n";
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QString addAccount(quint16 port, const QString &user = QString(), bool plaintext = false,
                       SecurityMode security = SecurityMode::None)
    {
        AccountStore store(m_settings.get());
        Account a;
        a.name = QStringLiteral("Local test");
        a.host = QStringLiteral("127.0.0.1");
        a.port = port;
        a.security = security;
        a.allowPlaintextAuth = plaintext;
        a.user = user;
        a.authMechanism = user.isEmpty() ? QStringLiteral("none") : QStringLiteral("plain");
        a.fromAddress = QStringLiteral("ada@example.org");
        a.fromName = QStringLiteral("Ada Lovelace");
        a.timeoutSeconds = 20;
        return store.add(a);
    }

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        // Never the developer's real keychain from a test.
        m_window->setSecretStore(new MemorySecretStore(m_window.get()));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fill(const QString &to, const QString &subject, const QString &body)
    {
        ComposerWidget *c = m_window->composer();
        c->toField()->setText(to);
        c->subjectField()->setText(subject);
        c->bodyField()->setPlainText(body);
    }

    void checkMessageKept(const QString &to, const QString &subject, const QString &body)
    {
        ComposerWidget *c = m_window->composer();
        QCOMPARE(c->toField()->text(), to);
        QCOMPARE(c->subjectField()->text(), subject);
        QCOMPARE(c->bodyField()->toPlainText(), body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("sendscope-gui-test"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("sendscope.ini")),
                                                 QSettings::IniFormat);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void shortcuts()
    {
        addAccount(25);
        makeWindow();
        QCOMPARE(m_window->sendAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(m_window->attachAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QCOMPARE(m_window->saveDraftAction()->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(m_window->cancelAction()->shortcut(), QKeySequence(Qt::Key_Escape));
        QVERIFY(!m_window->cancelAction()->isEnabled());
        QVERIFY(m_window->openAction()->isEnabled());
        QCOMPARE(m_window->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    }

    void firstStartWithoutSandboxAsksForAnAccount()
    {
        m_settings->setValue(QStringLiteral("sandbox/autostart"), false);
        makeWindow();
        QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("accountDialog")));
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("accountDialog"));
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal());
    }

    void sendToAiosmtpd()
    {
        AiosmtpdServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(server.isListening(), 15000);
        addAccount(server.port());
        makeWindow();

        const QString to = QStringLiteral("Bob <bob@example.net>, carol@example.net");
        const QString subject = QStringLiteral("Window test Ünïcode");
        const QString body = QStringLiteral("Hello from the window.\nSecond line.\n");
        fill(to, subject, body);
        QSignalSpy progress(m_window->session(), &SmtpSession::progress);
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        QSignalSpy states(m_window->session(), &SmtpSession::stateChanged);
        m_window->sendAction()->trigger();
        QVERIFY(m_window->isSending());
        QVERIFY(m_window->cancelAction()->isEnabled());
        QVERIFY(m_window->progressBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);

        // Progress during DATA ends at the whole message.
        QVERIFY(!progress.isEmpty());
        const qint64 total = progress.last().at(1).toLongLong();
        QVERIFY(total > 100);
        QCOMPARE(progress.last().at(0).toLongLong(), total);
        QVERIFY(!states.isEmpty());

        // The outcome in the status bar and the banner.
        QVERIFY2(m_window->stepLabel()->text().contains(QLatin1String("127.0.0.1")),
                 qPrintable(m_window->stepLabel()->text()));
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Positive);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(!m_window->isSending());
        QVERIFY(!m_window->progressBar()->isVisible());

        // The conversation, with the meaning of each row.
        m_window->logModel()->flush();
        const QList<Row> log = rows(m_window->logModel());
        const int greeting = findRow(log, QStringLiteral("220 "));
        QVERIFY2(greeting >= 0, qPrintable(dumpRows(log)));
        QCOMPARE(log.at(greeting).direction, LogRecord::Direction::Server);
        QCOMPARE(log.at(greeting).category, LogStyle::Category::Positive);
        const int ehlo = findRow(log, QStringLiteral("EHLO "));
        QVERIFY(ehlo > greeting);
        QCOMPARE(log.at(ehlo).category, LogStyle::Category::Client);
        const int mail = findRow(log, QStringLiteral("MAIL FROM:<ada@example.org>"));
        QVERIFY2(mail > ehlo, qPrintable(dumpRows(log)));
        QCOMPARE(log.at(mail).direction, LogRecord::Direction::Client);
        QVERIFY(findRow(log, QStringLiteral("RCPT TO:<bob@example.net>")) > mail);
        QVERIFY(findRow(log, QStringLiteral("RCPT TO:<carol@example.net>")) > mail);
        const int go = findRow(log, QStringLiteral("354"));
        QVERIFY(go > mail);
        QCOMPARE(log.at(go).category, LogStyle::Category::Intermediate);
        const int quit = findRow(log, QStringLiteral("QUIT"));
        QVERIFY(quit > go);
        QCOMPARE(log.at(quit + 1).category, LogStyle::Category::Positive);  // 221
        QVERIFY(findRow(log, QStringLiteral("Connecting to 127.0.0.1")) >= 0);
        QCOMPARE(log.at(findRow(log, QStringLiteral("Connecting to"))).category,
                 LogStyle::Category::Info);
        // The first row of the session carries the session start.
        QVERIFY(m_window->logModel()->index(0).data(ProtocolLogModel::SessionStartRole).toBool());

        // The server really received the message (aiosmtpd prints it).
        QTRY_VERIFY_WITH_TIMEOUT(server.output().contains("Second line."), 5000);
        QVERIFY(server.output().contains("bob@example.net"));
        QVERIFY(server.output().contains("=?UTF-8?"));

        // Recipients are remembered for completion.
        const QStringList recent = m_settings->value(QStringLiteral("composer/recentAddresses")).toStringList();
        QVERIFY2(recent.contains(QStringLiteral("Bob <bob@example.net>")), qPrintable(recent.join(QLatin1Char('|'))));
        QVERIFY(recent.contains(QStringLiteral("carol@example.net")));

        // A second, larger send: several progress steps, shown in words and on the bar,
        // in a new, visibly separated session.
        QString big;
        for (int i = 0; i < 40000; ++i)
            big += QStringLiteral("Line %1 of a long message, to watch the progress bar.\n").arg(i);
        m_window->composer()->bodyField()->setPlainText(big);
        QStringList stepTexts;
        QList<int> barValues;
        connect(m_window->session(), &SmtpSession::progress, this, [&] {
            // Connected after the window's own slot, so this sees what the window shows.
            stepTexts.append(m_window->stepLabel()->text());
            barValues.append(m_window->progressBar()->value());
        });
        progress.clear();
        const int before = m_window->logModel()->rowCount();
        m_window->sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY2(progress.size() >= 4, qPrintable(QString::number(progress.size())));
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toLongLong() >= progress.at(i - 1).at(0).toLongLong());
        QVERIFY(progress.first().at(0).toLongLong() < progress.last().at(0).toLongLong());
        QVERIFY(barValues.first() < 100);
        QCOMPARE(barValues.last(), 100);
        QVERIFY2(stepTexts.first().startsWith(QLatin1String("Sending ")) && stepTexts.first().endsWith(QLatin1String(" %")),
                 qPrintable(stepTexts.first()));
        QCOMPARE(stepTexts.last(), QStringLiteral("Sending 100 %"));
        QTRY_VERIFY_WITH_TIMEOUT(server.output().contains("Line 39999 of a long message"), 5000);
        m_window->logModel()->flush();
        QVERIFY(m_window->logModel()->index(before).data(ProtocolLogModel::SessionStartRole).toBool());
        QVERIFY(LogItemDelegate::startsSession(m_window->logDock()->proxy()->index(before, 0)));
        QVERIFY(!LogItemDelegate::startsSession(m_window->logDock()->proxy()->index(before + 1, 0)));
    }

    void connectionRefusedShowsBannerAndKeepsMessage()
    {
        addAccount(Sendscope::Test::freePort());
        makeWindow();
        const QString to = QStringLiteral("bob@example.net");
        const QString subject = QStringLiteral("Will not arrive");
        const QString body = QStringLiteral("Body that must survive.");
        fill(to, subject, body);
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        // Ctrl+Return in the body sends (the editor must not swallow it).
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        m_window->composer()->bodyField()->setFocus();
        QTest::keyClick(m_window->composer()->bodyField(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        MessageBanner *b = m_window->banner();
        QVERIFY(b->isVisible());
        QCOMPARE(b->kind(), MessageBanner::Kind::Error);
        QVERIFY2(b->text().contains(QLatin1String("127.0.0.1")), qPrintable(b->text()));
        QVERIFY(!b->suggestion().isEmpty());
        checkMessageKept(to, subject, body);
        m_window->logModel()->flush();
        const QList<Row> log = rows(m_window->logModel());
        bool sawError = false;
        for (const Row &r : log)
            sawError = sawError || r.category == LogStyle::Category::Error;
        QVERIFY2(sawError, qPrintable(dumpRows(log)));
        QVERIFY(m_window->sendAction()->isEnabled());
    }

    void recipientRefusedShowsServerWords()
    {
        ScriptServer server([](const QByteArray &line) -> QByteArray {
            if (line.toUpper().startsWith("RCPT"))
                return "550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown\r\n";
            return defaultReply(line);
        });
        QVERIFY(server.listen());
        addAccount(server.port());
        makeWindow();
        const QString to = QStringLiteral("nobody@example.net");
        fill(to, QStringLiteral("Hello"), QStringLiteral("Text"));
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        m_window->sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        MessageBanner *b = m_window->banner();
        QCOMPARE(b->kind(), MessageBanner::Kind::Error);
        QVERIFY2(b->serverWords().contains(QLatin1String("550 5.1.1")), qPrintable(b->serverWords()));
        QVERIFY(b->serverWords().contains(QLatin1String("User unknown")));
        QVERIFY(!b->suggestion().isEmpty());
        checkMessageKept(to, QStringLiteral("Hello"), QStringLiteral("Text"));
        QVERIFY(!server.commands.contains("DATA"));

        m_window->logModel()->flush();
        const QList<Row> log = rows(m_window->logModel());
        const int refused = findRow(log, QStringLiteral("550 5.1.1"));
        QVERIFY2(refused >= 0, qPrintable(dumpRows(log)));
        QCOMPARE(log.at(refused).category, LogStyle::Category::Permanent);
        // The side pane explains the reply in words, with the enhanced code.
        ProtocolLogDock *dock = m_window->logDock();
        dock->view()->setCurrentIndex(dock->proxy()->mapFromSource(m_window->logModel()->index(refused)));
        QVERIFY2(dock->detailsText().contains(QLatin1String("550 5.1.1")), qPrintable(dock->detailsText()));
        QVERIFY(dock->detailsText().contains(QLatin1String("User unknown")));
        QVERIFY(!dock->delegate()->toolTipFor(dock->view()->currentIndex()).isEmpty());
        // SIZE from EHLO reaches the composer.
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(900 * 1000, 'x'));
        big.close();
        m_window->composer()->addAttachments({big.fileName()});
        QVERIFY(m_window->composer()->exceedsSizeLimit());
        QVERIFY(m_window->composer()->attachmentSummary()->text().contains(QLatin1String("SIZE")));
    }

    void cancelWhileWaiting()
    {
        // A server that accepts the connection and never greets: the window must stay
        // responsive and Esc must stop it.
        ScriptServer server(defaultReply);
        server.greeting.clear();
        QVERIFY(server.listen());
        addAccount(server.port());
        makeWindow();
        fill(QStringLiteral("bob@example.net"), QStringLiteral("Cancel me"), QStringLiteral("x"));
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        m_window->sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), SmtpSession::State::Negotiating, 10000);
        QVERIFY(m_window->cancelButton()->isVisible());
        QVERIFY(finished.isEmpty());
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        m_window->composer()->subjectField()->setFocus();
        QTest::keyClick(m_window->composer()->subjectField(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Information);
        QVERIFY(m_window->stepLabel()->text().contains(QLatin1String("Cancelled")));
        checkMessageKept(QStringLiteral("bob@example.net"), QStringLiteral("Cancel me"), QStringLiteral("x"));
        QVERIFY(!m_window->cancelAction()->isEnabled());
    }

    void passwordIsAskedAndNeverLogged()
    {
        const QString password = QStringLiteral("s3cret-Pass!word");
        const QByteArray payload = QByteArray("\0ada\0", 5) + password.toUtf8();
        ScriptServer server([payload](const QByteArray &line) -> QByteArray {
            if (line.toUpper().startsWith("EHLO"))
                return "250-script.test\r\n250-AUTH PLAIN\r\n250 SIZE 1000000\r\n";
            if (line.toUpper().startsWith("AUTH PLAIN")) {
                return QByteArray::fromBase64(line.mid(11)) == payload
                        ? QByteArray("235 2.7.0 Authentication successful\r\n")
                        : QByteArray("535 5.7.8 Authentication credentials invalid\r\n");
            }
            return defaultReply(line);
        });
        QVERIFY(server.listen());
        addAccount(server.port(), QStringLiteral("ada"), true);
        makeWindow();
        fill(QStringLiteral("bob@example.net"), QStringLiteral("Login"), QStringLiteral("x"));
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        m_window->sendAction()->trigger();
        PasswordDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PasswordDialog *>()) != nullptr, 10000);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(m_window->session()->state(), SmtpSession::State::AwaitingCredentials);
        QVERIFY(m_window->stepLabel()->text().contains(QLatin1String("password")));
        QCOMPARE(dialog->passwordField()->echoMode(), QLineEdit::Password);
        dialog->passwordField()->setText(password);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), true);

        m_window->logModel()->flush();
        const QString all = m_window->logModel()->toPlainText();
        QVERIFY2(all.contains(QLatin1String("AUTH PLAIN <redacted>")), qPrintable(all));
        QVERIFY(!all.contains(password));
        QVERIFY(!all.contains(QString::fromLatin1(payload.toBase64())));
        // Neither in the saved settings.
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(password.toUtf8()));

        // The password is kept for this run: the second send does not ask again.
        m_window->sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(m_window->findChildren<PasswordDialog *>().size(), 0);
    }

    void untrustedCertificateAskedThenPinned()
    {
        // Certificates made now by tests/support/certs.py (never checked in).
        QTemporaryDir pki;
        QProcess gen;
        gen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString python = qEnvironmentVariable("SENDSCOPE_PYTHON", QStringLiteral("python3"));
        gen.start(python, {qEnvironmentVariable("SENDSCOPE_SOURCE_DIR") + QStringLiteral("/tests/support/certs.py"),
                           pki.path()});
        QTRY_COMPARE_WITH_TIMEOUT(gen.state(), QProcess::NotRunning, 60000);
        QCOMPARE(gen.exitCode(), 0);
        const QString cert = pki.filePath(QStringLiteral("selfsigned.pem"));
        const QList<QSslCertificate> leaf = QSslCertificate::fromPath(cert);
        QCOMPARE(leaf.size(), 1);
        const QString fingerprint = sha256Fingerprint(leaf.first());

        ScriptServer server(defaultReply);
        QVERIFY(server.listenTls(cert, pki.filePath(QStringLiteral("selfsigned.key"))));
        const QString id = addAccount(server.port(), QString(), false, SecurityMode::ImplicitTls);
        makeWindow();
        fill(QStringLiteral("bob@example.net"), QStringLiteral("Over TLS"), QStringLiteral("x"));
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);

        // 1. Cancel (the default) refuses the certificate: nothing is sent.
        m_window->sendAction()->trigger();
        CertificateDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<CertificateDialog *>()) != nullptr, 15000);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal());
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->connectButton()->isDefault());
        QVERIFY(!dialog->trustCheckBox()->isChecked());
        QCOMPARE(dialog->leafSha256(), fingerprint);
        QVERIFY2(dialog->detailsText().contains(formatFingerprint(fingerprint)), qPrintable(dialog->detailsText()));
        QCOMPARE(m_window->session()->state(), SmtpSession::State::AwaitingTlsDecision);
        QTest::keyClick(dialog, Qt::Key_Return);  // Enter must mean Cancel here
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(!server.commands.contains("DATA"));
        QVERIFY(m_window->accountStore()->account(id).pinnedSha256.isEmpty());
        QTRY_COMPARE(m_window->findChildren<CertificateDialog *>().size(), 0);

        // 2. Trusting it for the account pins its fingerprint, and the message goes out.
        m_window->sendAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<CertificateDialog *>()) != nullptr, 15000);
        dialog->trustCheckBox()->setChecked(true);
        dialog->connectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(m_window->accountStore()->account(id).pinnedSha256, fingerprint);
        QVERIFY(server.data.contains("Subject: Over TLS"));

        // 3. The pinned certificate is accepted without asking.
        QTRY_COMPARE(m_window->findChildren<CertificateDialog *>().size(), 0);
        m_window->sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(m_window->findChildren<CertificateDialog *>().size(), 0);
        m_window->logModel()->flush();
        QVERIFY(m_window->logModel()->toPlainText().contains(QLatin1String("pinned SHA-256")));
    }

    void badAddressIsExplainedBeforeSending()
    {
        addAccount(Sendscope::Test::freePort());
        makeWindow();
        fill(QStringLiteral("bob@example.net, not an address"), QStringLiteral("S"), QStringLiteral("B"));
        AddressLineEdit *to = m_window->composer()->toField();
        QVERIFY(!to->validate());
        QVERIFY(to->isMarkedBad());
        QVERIFY(!to->problem().isEmpty());
        QVERIFY(m_window->composer()->problemLabel()->isVisibleTo(m_window.get()));
        m_window->sendAction()->trigger();
        QVERIFY(!m_window->isSending());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(m_window->banner()->text().contains(to->problem()));
        QCOMPARE(m_window->session()->state(), SmtpSession::State::Disconnected);
        m_window->logModel()->flush();
        QCOMPARE(m_window->logModel()->rowCount(), 0);  // nothing went out
        // Fixing the text clears the mark.
        to->setText(QStringLiteral("bob@example.net"));
        QVERIFY(to->validate());
        QVERIFY(!m_window->composer()->problemLabel()->isVisibleTo(m_window.get()));
        // Header injection through the subject is refused before sending.
        m_window->composer()->subjectField()->setText(QStringLiteral("a\r\nBcc: eve@example.net"));
        m_window->sendAction()->trigger();
        QVERIFY(!m_window->isSending());
        QVERIFY(m_window->banner()->text().contains(QLatin1String("Subject")));
    }

    void attachmentsAreListedAndSent()
    {
        AiosmtpdServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(server.isListening(), 15000);
        addAccount(server.port());
        makeWindow();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(2048, 'n'));
        f.close();
        ComposerWidget *c = m_window->composer();
        c->addAttachments({f.fileName(), f.fileName()});
        QCOMPARE(c->attachments().size(), 1);
        QCOMPARE(c->attachmentList()->count(), 1);
        QCOMPARE(c->attachmentsTotal(), 2048);
        QVERIFY(c->attachmentSummary()->text().contains(QLatin1String("1 attachment")));
        fill(QStringLiteral("bob@example.net"), QStringLiteral("With file"), QStringLiteral("x"));
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        m_window->sendAction()->trigger();
        QVERIFY(m_window->isSending());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);
        // The attachment arrived as a MIME part with its name and its bytes in base64.
        QTRY_VERIFY_WITH_TIMEOUT(server.output().contains("notes.txt"), 5000);
        QVERIFY(server.output().contains("multipart/mixed"));
        QVERIFY(server.output().contains(QByteArray(2048, 'n').toBase64().left(76)));
        c->attachmentList()->item(0)->setSelected(true);
        c->removeSelectedAttachments();
        QVERIFY(c->attachments().isEmpty());
    }

    void completionFromRecentAddresses()
    {
        m_settings->setValue(QStringLiteral("composer/recentAddresses"),
                             QStringList{QStringLiteral("Bob <bob@example.net>"),
                                         QStringLiteral("carol@example.net")});
        addAccount(25);
        makeWindow();
        AddressLineEdit *to = m_window->composer()->toField();
        to->setFocus();
        QTest::keyClicks(to, QStringLiteral("dave@example.net, car"));
        QCompleter *completer = to->completer();
        QCOMPARE(completer->completionPrefix(), QStringLiteral("car"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("carol@example.net"));
        // Choosing it replaces only the address being typed.
        Q_EMIT completer->activated(QStringLiteral("carol@example.net"));
        QCOMPARE(to->text(), QStringLiteral("dave@example.net, carol@example.net, "));
        QVERIFY(to->validate());
        // "contains" matching: a display name finds its entry too.
        QTest::keyClicks(to, QStringLiteral("bob"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Bob <bob@example.net>"));
    }

    void dropFilesAttaches()
    {
        addAccount(25);
        makeWindow();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("dropped.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'p'));
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        const QPoint pos = m_window->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(m_window->composer()->attachments(), QStringList{QFileInfo(f.fileName()).absoluteFilePath()});
        QVERIFY(m_window->composer()->attachmentList()->isVisibleTo(m_window.get()));
        QVERIFY(m_window->composer()->attachmentList()->item(0)->text().contains(QLatin1String("dropped.pdf")));
        // Dropped or pasted on the body, a file is attached rather than pasted as a path.
        m_window->composer()->attachmentList()->selectAll();
        m_window->composer()->removeSelectedAttachments();
        QVERIFY(m_window->composer()->attachments().isEmpty());
        QSignalSpy dropped(m_window->composer()->bodyField(), &BodyEdit::filesDropped);
        m_window->composer()->bodyField()->setFocus();
        auto *paste = new QMimeData;
        paste->setUrls({QUrl::fromLocalFile(f.fileName())});
        QApplication::clipboard()->setMimeData(paste);
        m_window->composer()->bodyField()->paste();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(m_window->composer()->attachments().size(), 1);
        QVERIFY(m_window->composer()->bodyField()->toPlainText().isEmpty());
    }

    void saveDraftWritesEml()
    {
        addAccount(25);
        makeWindow();
        fill(QString(), QStringLiteral("Draft subject"), QStringLiteral("Draft body"));
        QDir(MainWindow::draftsDirectory()).removeRecursively();
        QVERIFY(m_window->saveDraft());
        const QStringList files = QDir(MainWindow::draftsDirectory()).entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), 1);
        QFile f(MainWindow::draftsDirectory() + QLatin1Char('/') + files.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray eml = f.readAll();
        QVERIFY(eml.contains("Subject: Draft subject\r\n"));
        QVERIFY(eml.contains("From: Ada Lovelace <ada@example.org>"));
        QVERIFY(eml.contains("Draft body"));
        QDir(MainWindow::draftsDirectory()).removeRecursively();
    }

    void dockStateIsRemembered()
    {
        addAccount(25);
        makeWindow();
        m_window->logDock()->hideTlsAction()->setChecked(true);
        m_window->logDock()->relativeTimeAction()->setChecked(true);
        m_window->close();
        m_window.reset();
        makeWindow();
        QVERIFY(m_window->logDock()->hideTlsAction()->isChecked());
        QVERIFY(m_window->logDock()->relativeTimeAction()->isChecked());
        QVERIFY(m_settings->contains(QStringLiteral("window/state")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
