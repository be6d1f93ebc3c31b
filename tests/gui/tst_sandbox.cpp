// The window's sandbox: first start without an account, the inbox, the sandbox dock and
// other programs sending to the in-process server.
#include "addresslineedit.h"
#include "composerwidget.h"
#include "inboxhtmlview.h"
#include "inboxmodel.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "protocollogdock.h"
#include "sandboxcontroller.h"
#include "sandboxdock.h"

#include "accounts/accountstore.h"
#include "log/protocollogmodel.h"
#include "mime/messagereader.h"
#include "sandbox/sandboxinbox.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

#include <memory>

using namespace Sendscope;
using namespace Sendscope::Gui;

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    SandboxServer *server() const { return m_window->sandbox()->server(); }
    InboxView *inbox() const { return m_window->sandboxDock()->inboxView(); }
    InboxModel *inboxModel() const { return m_window->sandboxDock()->inboxModel(); }

    // Composes and sends through the window; true when the window reports success.
    bool sendFromWindow(const QString &to, const QString &subject, const QString &body,
                        const QStringList &attachments = {})
    {
        ComposerWidget *c = m_window->composer();
        c->toField()->setText(to);
        c->subjectField()->setText(subject);
        c->bodyField()->setPlainText(body);
        if (!attachments.isEmpty())
            c->addAttachments(attachments);
        QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
        m_window->sendAction()->trigger();
        if (!finished.wait(30000) && finished.isEmpty())
            return false;
        return finished.first().first().toBool();
    }

    int inboxRowWithSubject(const QString &subject) const
    {
        QTableView *t = inbox()->table();
        for (int r = 0; r < t->model()->rowCount(); ++r) {
            if (t->model()->index(r, InboxModel::SubjectColumn).data().toString() == subject)
                return r;
        }
        return -1;
    }

    // Answers the confirmation box that `trigger` opens.
    void confirm(const QString &objectName, QMessageBox::StandardButton button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(objectName)) != nullptr);
        QTRY_VERIFY(box->isVisible());
        box->button(button)->click();
    }

    static QString cliPath() { return QStringLiteral(SENDSCOPE_CLI_PATH); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("sendscope-sandbox-test"));
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

    void firstStartUsesTheSandbox()
    {
        makeWindow();
        QVERIFY(m_window->sandbox()->isRunning());
        // Beside the explicit settings file, never in the user's real data folder.
        QCOMPARE(server()->dataDirectory(), QDir(m_dir->filePath(QStringLiteral("sandbox"))).absolutePath());

        const Account a = m_window->accountStore()->defaultAccount();
        QCOMPARE(a.id, m_window->sandbox()->accountId());
        QCOMPARE(m_window->accountStore()->accounts().size(), 1);
        QCOMPARE(a.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(a.port, server()->port());
        QVERIFY(a.port != 0);
        QCOMPARE(a.security, SecurityMode::StartTls);
        QCOMPARE(a.authMechanism.toUpper(), QStringLiteral("PLAIN"));
        QCOMPARE(a.user, server()->user());
        QCOMPARE(a.pinnedSha256, server()->certificateSha256());
        QCOMPARE(a.pinnedSha256.size(), 64);
        QVERIFY(a.isValid());
        QCOMPARE(m_window->composer()->currentAccountId(), a.id);
        // The password is not written to the settings.
        m_settings->sync();
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(server()->password().toUtf8()));

        // No account dialog: the first start has an account already.
        QTest::qWait(300);
        QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("accountDialog")));

        // The dock says how other programs reach the same server.
        SandboxDock *dock = m_window->sandboxDock();
        QCOMPARE(dock->hostField()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(dock->portField()->text(), QString::number(server()->port()));
        QCOMPARE(dock->userField()->text(), server()->user());
        QCOMPARE(dock->passwordField()->text(), server()->password());
        QVERIFY(!server()->password().isEmpty());
        QCOMPARE(dock->fingerprintField()->text(), server()->certificateSha256());
        QVERIFY(dock->hintLabel()->text().contains(
                QStringLiteral("127.0.0.1:%1").arg(server()->port())));
        QVERIFY(dock->hintLabel()->text().contains(QLatin1String("STARTTLS")));
        QVERIFY(dock->runButton()->isChecked());
    }

    void secondStartKeepsPortAndAccount()
    {
        makeWindow();
        const QString id = m_window->sandbox()->accountId();
        const quint16 port = server()->port();
        const QString user = server()->user();
        m_window.reset();
        makeWindow();
        QCOMPARE(m_window->sandbox()->accountId(), id);
        QCOMPARE(m_window->accountStore()->accounts().size(), 1);
        QCOMPARE(server()->port(), port);
        QCOMPARE(server()->user(), user);
    }

    void busyPortMovesTheAccount()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        m_settings->setValue(QStringLiteral("sandbox/port"), squatter.serverPort());
        makeWindow();
        QVERIFY(m_window->sandbox()->isRunning());
        QVERIFY(server()->port() != squatter.serverPort());
        QCOMPARE(m_window->accountStore()->defaultAccount().port, server()->port());

        // Stop and start with the toggle: the account follows a new port too.
        SandboxDock *dock = m_window->sandboxDock();
        dock->runButton()->click();
        QVERIFY(!m_window->sandbox()->isRunning());
        QCOMPARE(dock->runButton()->text(), QStringLiteral("Start"));
        QVERIFY(dock->portField()->text().isEmpty());
        squatter.close();
        // Its last port taken meanwhile: a free one again.
        QTcpServer second;
        QVERIFY(second.listen(QHostAddress::LocalHost, quint16(m_settings->value(QStringLiteral("sandbox/port")).toUInt())));
        dock->runButton()->click();
        QVERIFY(m_window->sandbox()->isRunning());
        QVERIFY(server()->port() != second.serverPort());
        QCOMPARE(m_window->accountStore()->defaultAccount().port, server()->port());
        QCOMPARE(dock->portField()->text(), QString::number(server()->port()));
    }

    void withoutAutostartTheDialogStillComes()
    {
        m_settings->setValue(QStringLiteral("sandbox/autostart"), false);
        makeWindow();
        QVERIFY(!m_window->sandbox()->isRunning());
        QVERIFY(m_window->accountStore()->isEmpty());
        QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("accountDialog")));
    }

    void sendAppearsInTheInbox()
    {
        makeWindow();
        const QString subject = QStringLiteral("Sandbox test Ünïcode");
        const QString body = QStringLiteral("Hello sandbox.\nSecond line.\n");
        QVERIFY(sendFromWindow(QStringLiteral("Bob <bob@example.net>"), subject, body));

        QTRY_COMPARE(inboxModel()->rowCount(), 1);
        const int row = inboxRowWithSubject(subject);
        QVERIFY(row >= 0);
        QTableView *t = inbox()->table();
        // Names in the narrow columns, the addresses in their tooltips.
        QCOMPARE(t->model()->index(row, InboxModel::FromColumn).data().toString(),
                 QStringLiteral("Sandbox user"));
        QVERIFY(t->model()->index(row, InboxModel::FromColumn).data(Qt::ToolTipRole).toString().contains(
                QLatin1String("you@sandbox.localhost")));
        QCOMPARE(t->model()->index(row, InboxModel::ToColumn).data().toString(), QStringLiteral("Bob"));
        QVERIFY(t->model()->index(row, InboxModel::ToColumn).data(Qt::ToolTipRole).toString().contains(
                QLatin1String("bob@example.net")));
        QVERIFY(!t->model()->index(row, InboxModel::SizeColumn).data().toString().isEmpty());
        QVERIFY(!t->model()->index(row, InboxModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(m_window->sandboxDock()->tabs()->tabText(0), QStringLiteral("Inbox (1)"));

        inbox()->selectRow(row);
        QVERIFY(inbox()->currentMessage().ok);
        QCOMPARE(inbox()->textView()->toPlainText().trimmed(), body.trimmed());
        QVERIFY(inbox()->headerLabel()->text().contains(QLatin1String("Sandbox test")));
        QVERIFY(inbox()->sourceView()->toPlainText().contains(QLatin1String("Subject: ")));
        QVERIFY(inbox()->sourceView()->toPlainText().contains(QLatin1String("Hello sandbox.")));

        // The stored file is what the server received, and it reads back.
        const QString path = t->model()->index(row, 0).data(InboxModel::PathRole).toString();
        QVERIFY(QFile::exists(path));
        const Mime::ReadResult r = Mime::MessageReader().readFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.message.subject, subject);
        QCOMPARE(r.message.to.size(), 1);
        QCOMPARE(r.message.to.first().address, QStringLiteral("bob@example.net"));

        // Both sides of the conversation, each in its own log; no password in either.
        m_window->logModel()->flush();
        m_window->sandbox()->logModel()->flush();
        const QString client = m_window->logModel()->toPlainText();
        const QString sandboxSide = m_window->sandbox()->logModel()->toPlainText();
        QVERIFY2(client.contains(QLatin1String("AUTH PLAIN")), qPrintable(client));
        QVERIFY2(sandboxSide.contains(QLatin1String("MAIL FROM:<you@sandbox.localhost>")),
                 qPrintable(sandboxSide));
        QVERIFY(sandboxSide.contains(QLatin1String("250 ")));
        QVERIFY(!client.contains(QLatin1String("Sandbox listening")));
        QVERIFY(!client.contains(server()->password()));
        QVERIFY(!sandboxSide.contains(server()->password()));
        QCOMPARE(m_window->sandboxDock()->serverLogView()->model(), m_window->sandbox()->logModel());

        // A second send (the password is handed over again) lands on top.
        QVERIFY(sendFromWindow(QStringLiteral("carol@example.net"), QStringLiteral("Second"),
                               QStringLiteral("Two")));
        QTRY_COMPARE(inboxModel()->rowCount(), 2);
        QCOMPARE(t->model()->index(0, InboxModel::SubjectColumn).data().toString(),
                 QStringLiteral("Second"));
    }

    void attachmentIsSaved()
    {
        makeWindow();
        const QString file = m_dir->filePath(QStringLiteral("report.bin"));
        QByteArray payload;
        for (int i = 0; i < 5000; ++i)
            payload.append(char(i * 7));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(payload);
        }
        QVERIFY(sendFromWindow(QStringLiteral("bob@example.net"), QStringLiteral("With file"),
                               QStringLiteral("See attached."), {file}));
        QTRY_COMPARE(inboxModel()->rowCount(), 1);
        inbox()->selectRow(0);
        QCOMPARE(inbox()->attachmentList()->count(), 1);
        QVERIFY(inbox()->attachmentList()->item(0)->text().startsWith(QLatin1String("report.bin")));
        QVERIFY(inbox()->saveAttachmentButton()->isEnabled());
        const QString out = m_dir->filePath(QStringLiteral("saved.bin"));
        QString error;
        QVERIFY2(inbox()->saveAttachment(0, out, &error), qPrintable(error));
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), payload);

        // "Save…" opens a file dialog with open(), named after the attachment.
        inbox()->saveAttachmentButton()->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("saveAttachmentDialog"))));
        QVERIFY(dialog->isModal());
        dialog->reject();
    }

    void deleteAndClear()
    {
        makeWindow();
        for (int i = 0; i < 3; ++i)
            QVERIFY(sendFromWindow(QStringLiteral("bob@example.net"),
                                   QStringLiteral("Message %1").arg(i), QStringLiteral("Body")));
        QTRY_COMPARE(inboxModel()->rowCount(), 3);
        const QString inboxDir = server()->inboxDirectory();
        QCOMPARE(SandboxInbox(inboxDir).messages().size(), 3);

        // Delete asks; Cancel keeps the message.
        inbox()->selectRow(inboxRowWithSubject(QStringLiteral("Message 1")));
        inbox()->deleteAction()->trigger();
        confirm(QStringLiteral("inboxDeleteConfirmation"), QMessageBox::Cancel);
        QTest::qWait(50);
        QCOMPARE(inboxModel()->rowCount(), 3);

        inbox()->deleteAction()->trigger();
        confirm(QStringLiteral("inboxDeleteConfirmation"), QMessageBox::Yes);
        QTRY_COMPARE(inboxModel()->rowCount(), 2);
        QCOMPARE(inboxRowWithSubject(QStringLiteral("Message 1")), -1);
        QCOMPARE(SandboxInbox(inboxDir).messages().size(), 2);

        inbox()->clearAction()->trigger();
        confirm(QStringLiteral("inboxClearConfirmation"), QMessageBox::Yes);
        QTRY_COMPARE(inboxModel()->rowCount(), 0);
        QVERIFY(QDir(inboxDir).entryList({QStringLiteral("*.eml")}, QDir::Files).isEmpty());
        QVERIFY(inbox()->currentId().isEmpty());
        QVERIFY(!inbox()->clearAction()->isEnabled());
    }

    void externalClientsAppear_data()
    {
        QTest::addColumn<QString>("client");
        QTest::newRow("sendscope-cli") << QStringLiteral("cli");
        QTest::newRow("python smtplib") << QStringLiteral("python");
    }

    void externalClientsAppear()
    {
        QFETCH(QString, client);
        makeWindow();
        SandboxDock *dock = m_window->sandboxDock();
        // Everything another program needs, read from the dock as a person would.
        const QString host = dock->hostField()->text();
        const QString port = dock->portField()->text();
        const QString user = dock->userField()->text();
        const QString password = dock->passwordField()->text();
        const QString pin = dock->fingerprintField()->text();

        // An HTML part with a remote image: the preview must not fetch it.
        QTcpServer tracker;
        QVERIFY(tracker.listen(QHostAddress::LocalHost, 0));
        const QString html = QStringLiteral("<p>Hi <b>there</b></p><img src=\"http://127.0.0.1:%1/pixel.png\">")
                                     .arg(tracker.serverPort());
        const QString subject = QStringLiteral("From outside (%1)").arg(client);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SANDBOX_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (client == QLatin1String("cli")) {
            const QString htmlFile = m_dir->filePath(QStringLiteral("mail.html"));
            QFile f(htmlFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(html.toUtf8());
            f.close();
            p.start(cliPath(), {QStringLiteral("--server"), host, QStringLiteral("--port"), port,
                                QStringLiteral("--pin-sha256"), pin, QStringLiteral("--user"), user,
                                QStringLiteral("--password-env"), QStringLiteral("SANDBOX_PASSWORD"),
                                QStringLiteral("--from"), QStringLiteral("dev@example.org"),
                                QStringLiteral("--to"), QStringLiteral("qa@example.org"),
                                QStringLiteral("--subject"), subject, QStringLiteral("--body"),
                                QStringLiteral("Plain part from outside."),
                                QStringLiteral("--html-file"), htmlFile});
        } else {
            // Python verifies the sandbox's certificate itself against the PEM file.
            const QString script = QStringLiteral(R"PY(
import os, smtplib, ssl, sys
from email.message import EmailMessage
host, port, user, cafile, subject, html = sys.argv[1:7]
m = EmailMessage()
m["From"] = "dev@example.org"
m["To"] = "qa@example.org"
m["Subject"] = subject
m.set_content("Plain part from outside.\n")
m.add_alternative(html, subtype="html")
ctx = ssl.create_default_context(cafile=cafile)
with smtplib.SMTP(host, int(port), timeout=20) as s:
    s.starttls(context=ctx)
    s.login(user, os.environ["SANDBOX_PASSWORD"])
    s.send_message(m)
print("sent")
)PY");
            QString python = qEnvironmentVariable("SENDSCOPE_PYTHON");
            if (python.isEmpty())
                python = QStringLiteral("python3");
            p.start(python, {QStringLiteral("-c"), script, host, port, user,
                             server()->certificatePath(), subject, html});
        }
        // The server runs on this thread: wait by spinning the event loop, never blocking.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
        QVERIFY2(p.error() != QProcess::FailedToStart, qPrintable(p.program()));
        const QByteArray output = p.readAll();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, output.constData());

        QTRY_COMPARE(inboxModel()->rowCount(), 1);
        const int row = inboxRowWithSubject(subject);
        QVERIFY(row >= 0);
        inbox()->selectRow(row);
        QVERIFY(inbox()->textView()->toPlainText().contains(QLatin1String("Plain part from outside.")));
        inbox()->previewTabs()->setCurrentWidget(inbox()->htmlView()->parentWidget());
        QVERIFY(inbox()->htmlView()->toPlainText().contains(QLatin1String("Hi there")));
        QTRY_COMPARE(inbox()->htmlView()->blockedCount(), 1);
        QTest::qWait(200);
        QVERIFY(!tracker.hasPendingConnections());
        // The sandbox's side of that conversation is in the sandbox log only.
        m_window->sandbox()->logModel()->flush();
        QVERIFY(m_window->sandbox()->logModel()->toPlainText().contains(
                QLatin1String("RCPT TO:<qa@example.org>"), Qt::CaseInsensitive));
        m_window->logModel()->flush();
        QVERIFY(!m_window->logModel()->toPlainText().contains(QLatin1String("qa@example.org")));
    }

    void htmlViewRefusesEverythingOutside()
    {
        InboxHtmlView view;
        QHash<QByteArray, QByteArray> parts;
        QImage img(4, 4, QImage::Format_RGB32);
        img.fill(Qt::red);
        QByteArray png;
        {
            QBuffer b(&png);
            b.open(QIODevice::WriteOnly);
            img.save(&b, "PNG");
        }
        parts.insert("logo@x", png);
        view.showHtml(QStringLiteral("<img src=\"cid:logo@x\"><img src=\"https://example.org/a.png\">"
                                     "<img src=\"file:///etc/hostname\"><a href=\"http://example.org/\">l</a>"),
                      parts);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@x")))
                         .value<QImage>()
                         .size(),
                 QSize(4, 4));
        QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ftp://example.org/x"))).isNull());
        QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://example.org/x"))).isNull());
        QVERIFY(view.blockedCount() >= 3);
        QVERIFY(!view.openLinks());
        QVERIFY(!view.openExternalLinks());
    }
};

QTEST_MAIN(TestSandbox)
#include "tst_sandbox.moc"
