// Writes PNGs of the main window after a successful and after a failed send, for reviewers:
//   gui_screenshots --out DIR --palette light|dark
// tools/screenshots.sh runs it under Xvfb (real fonts and a real window system).
#include "testservers.h"

#include "accountdialog.h"
#include "addresslineedit.h"
#include "apppalette.h"
#include "certificatedialog.h"
#include "composerwidget.h"
#include "logfilterproxy.h"
#include "mainwindow.h"
#include "protocollogdock.h"

#include "accounts/accountstore.h"
#include "accounts/providerpresets.h"
#include "log/protocollogmodel.h"

#include "translator.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Sendscope;
using namespace Sendscope::Gui;

namespace {

void say(const QString &s)
{
    std::fprintf(stderr, "%s\n", qPrintable(s));
}

bool waitForSend(int count, int *finishedCount)
{
    return QTest::qWaitFor([&] { return *finishedCount >= count; }, 30000);
}

void selectRow(MainWindow &w, const QString &prefix)
{
    ProtocolLogModel *m = w.logModel();
    m->flush();
    for (int i = m->rowCount() - 1; i >= 0; --i) {
        if (m->index(i).data().toString().startsWith(prefix)) {
            const QModelIndex idx = w.logDock()->proxy()->mapFromSource(m->index(i));
            w.logDock()->view()->setCurrentIndex(idx);
            w.logDock()->view()->scrollTo(idx);
            return;
        }
    }
}

bool save(QWidget &w, const QString &path)
{
    QTest::qWait(200);  // let tooltips and animations settle
    const bool ok = w.grab().save(path);
    say(ok ? QStringLiteral("wrote %1").arg(path) : QStringLiteral("FAILED to write %1").arg(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sendscope-screenshots"));
    QCommandLineParser parser;
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("output folder"),
                                    QStringLiteral("DIR"), QStringLiteral("screenshots"));
    const QCommandLineOption paletteOpt(QStringLiteral("palette"), QStringLiteral("light or dark"),
                                        QStringLiteral("NAME"), QStringLiteral("light"));
    parser.addOption(outOpt);
    parser.addOption(paletteOpt);
    // The window in another language (issue 7): --lang de, or SENDSCOPE_SCREENSHOT_LANG.
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("de, fr, es, zh_CN"),
                                     QStringLiteral("LANG"),
                                     qEnvironmentVariable("SENDSCOPE_SCREENSHOT_LANG"));
    parser.addOption(langOpt);
    parser.addHelpOption();
    parser.process(app);
    const QString lang = parser.value(langOpt);
    if (!lang.isEmpty()) {
        if (!Sendscope::availableLanguages().contains(lang)) {
            std::fprintf(stderr, "Unknown language \"%s\"\n", qPrintable(lang));
            return 2;
        }
        // Empty would mean "the system locale"; English screenshots stay untranslated.
        Sendscope::installTranslations(&app, lang);
    }
    const QString palette = parser.value(paletteOpt);
    if (!applyPalette(palette))
        return 2;
    const QString out = parser.value(outOpt);
    QDir().mkpath(out);
    if (qEnvironmentVariableIsEmpty("SENDSCOPE_PYTHON"))
        qputenv("SENDSCOPE_PYTHON", SENDSCOPE_DEFAULT_PYTHON);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("sendscope.ini")), QSettings::IniFormat);

    Test::AiosmtpdServer aiosmtpd;
    QString error;
    if (!aiosmtpd.start(&error) || !QTest::qWaitFor([&] { return aiosmtpd.isListening(); }, 15000)) {
        say(QStringLiteral("aiosmtpd did not start: %1 %2").arg(error, QString::fromUtf8(aiosmtpd.output())));
        return 1;
    }
    Test::ScriptServer strict([](const QByteArray &line) -> QByteArray {
        const QByteArray cmd = line.left(4).toUpper();
        if (cmd == "EHLO")
            return "250-mx.example.net\r\n250-SIZE 10240000\r\n250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n";
        if (cmd == "MAIL")
            return "250 2.1.0 Ok\r\n";
        if (cmd == "RCPT")
            return "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\r\n";
        if (cmd == "RSET")
            return "250 2.0.0 Ok\r\n";
        if (cmd == "QUIT")
            return "221 2.0.0 Bye\r\n";
        return "502 5.5.2 Error: command not recognized\r\n";
    });
    strict.greeting = "220 mx.example.net ESMTP Postfix\r\n";
    if (!strict.listen())
        return 1;

    AccountStore store(&settings);
    Account a;
    a.name = QStringLiteral("Local test server");
    a.host = QStringLiteral("127.0.0.1");
    a.port = aiosmtpd.port();
    a.security = SecurityMode::None;
    a.authMechanism = QStringLiteral("none");
    a.fromAddress = QStringLiteral("ada@example.org");
    a.fromName = QStringLiteral("Ada Lovelace");
    const QString okId = store.add(a);
    a.name = QStringLiteral("Strict relay");
    a.port = strict.port();
    const QString strictId = store.add(a);

    MainWindow w(&settings);
    w.resize(1360, 820);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    int finished = 0;
    QObject::connect(&w, &MainWindow::sendFinished, &w, [&finished] { ++finished; });

    ComposerWidget *c = w.composer();
    c->fromSelector()->setCurrentIndex(c->fromSelector()->findData(okId));
    c->toField()->setText(QStringLiteral("Bob Example <bob@example.net>, carol@example.net"));
    c->ccField()->setText(QStringLiteral("team@example.net"));
    c->subjectField()->setText(QStringLiteral("Quarterly figures"));
    c->bodyField()->setPlainText(QStringLiteral(
            "Hello Bob, hello Carol,\n\nthe figures for the last quarter are below. The short "
            "version: we are on track.\n\n  Revenue      +12 %\n  Costs         −3 %\n\n"
            "Best,\nAda\n"));
    save(w, QStringLiteral("%1/%2-compose.png").arg(out, palette));

    w.sendAction()->trigger();
    if (!waitForSend(1, &finished))
        return 1;
    selectRow(w, QStringLiteral("250 "));
    save(w, QStringLiteral("%1/%2-sent.png").arg(out, palette));

    c->fromSelector()->setCurrentIndex(c->fromSelector()->findData(strictId));
    c->ccField()->clear();
    c->toField()->setText(QStringLiteral("bob@example.net"));
    w.sendAction()->trigger();
    if (!waitForSend(2, &finished))
        return 1;
    selectRow(w, QStringLiteral("550 "));
    save(w, QStringLiteral("%1/%2-failed.png").arg(out, palette));

    // An untrusted (self-signed) certificate: the dialog the session's question opens.
    QTemporaryDir pki;
    QProcess gen;
    const QString python = qEnvironmentVariable("SENDSCOPE_PYTHON");
    gen.start(python, {QStringLiteral(SENDSCOPE_SOURCE_DIR "/tests/support/certs.py"), pki.path()});
    if (QTest::qWaitFor([&] { return gen.state() == QProcess::NotRunning; }, 60000)
        && gen.exitCode() == 0) {
        Test::ScriptServer tls([](const QByteArray &line) -> QByteArray {
            return line.toUpper().startsWith("QUIT") ? QByteArray("221 Bye\r\n")
                                                     : QByteArray("250 Ok\r\n");
        });
        if (tls.listenTls(pki.filePath(QStringLiteral("selfsigned.pem")),
                          pki.filePath(QStringLiteral("selfsigned.key")))) {
            a.name = QStringLiteral("Self-signed server");
            a.port = tls.port();
            a.security = SecurityMode::ImplicitTls;
            const QString tlsId = w.accountStore()->add(a);
            QTest::qWait(50);
            c->fromSelector()->setCurrentIndex(c->fromSelector()->findData(tlsId));
            w.sendAction()->trigger();
            CertificateDialog *dialog = nullptr;
            if (QTest::qWaitFor([&] { return (dialog = w.findChild<CertificateDialog *>()) != nullptr; }, 15000)) {
                if (!QTest::qWaitForWindowExposed(dialog))
                    say(QStringLiteral("the certificate dialog was not exposed"));
                save(*dialog, QStringLiteral("%1/%2-certificate.png").arg(out, palette));
                dialog->cancelButton()->click();
                waitForSend(3, &finished);
            } else {
                say(QStringLiteral("no certificate dialog appeared"));
            }
        } else {
            say(QStringLiteral("the TLS test server did not start"));
        }
    } else {
        say(QStringLiteral("certs.py failed; no certificate screenshot"));
    }
    c->fromSelector()->setCurrentIndex(c->fromSelector()->findData(strictId));

    // A bad address, explained before sending.
    c->toField()->setText(QStringLiteral("bob@example.net, carol(at)example.net"));
    c->toField()->validate();
    w.sendAction()->trigger();
    save(w, QStringLiteral("%1/%2-bad-address.png").arg(out, palette));

    // A new account from a provider preset with a note: the dialog's longest strings.
    w.newAccount();
    AccountDialog *accountDialog = w.accountDialog();
    if (accountDialog && QTest::qWaitForWindowExposed(accountDialog)) {
        const QList<ProviderPreset> presets = ProviderPresets::all();
        for (const ProviderPreset &p : presets) {
            if (!p.note.isEmpty()) {
                accountDialog->applyPreset(p.id);
                break;
            }
        }
        accountDialog->fromAddressField()->setText(QStringLiteral("ada@example.org"));
        accountDialog->userField()->setText(QStringLiteral("ada@example.org"));
        save(*accountDialog, QStringLiteral("%1/%2-account.png").arg(out, palette));
        accountDialog->reject();
    } else {
        say(QStringLiteral("the account dialog did not open"));
    }
    return 0;
}
