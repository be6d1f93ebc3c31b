// Not a test: writes PNGs of the window on a first start (the sandbox is the account) and
// after a send, with the sandbox dock and its inbox, for reviewers:
//   gui_sandbox_screenshots --out DIR --palette light|dark
// tools/screenshots.sh runs it under Xvfb when available.
#include "addresslineedit.h"
#include "apppalette.h"
#include "composerwidget.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "sandboxdock.h"

#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Sendscope::Gui;

namespace {

bool save(QWidget &w, const QString &path)
{
    QTest::qWait(200); // let layouts and animations settle
    const bool ok = w.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED to write", qPrintable(path));
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

    // A fresh settings folder: the first start of a newcomer.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("sendscope.ini")), QSettings::IniFormat);
    MainWindow w(&settings);
    w.resize(1360, 820);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    SandboxDock *dock = w.sandboxDock();
    dock->raise();
    save(w, QStringLiteral("%1/%2-sandbox-first-start.png").arg(out, palette));

    int finished = 0;
    bool success = false;
    QObject::connect(&w, &MainWindow::sendFinished, &w, [&](bool ok) {
        ++finished;
        success = ok;
    });
    ComposerWidget *c = w.composer();
    c->toField()->setText(QStringLiteral("Bob Example <bob@example.net>"));
    c->subjectField()->setText(QStringLiteral("Trying the sandbox"));
    c->bodyField()->setPlainText(QStringLiteral(
            "Hello Bob,\n\nthis went to the built-in sandbox: nothing left this computer, and "
            "the message is in the inbox beside the log.\n\nBest,\nAda\n"));
    w.sendAction()->trigger();
    if (!QTest::qWaitFor([&] { return finished > 0; }, 30000) || !success) {
        std::fprintf(stderr, "the send to the sandbox failed\n");
        return 1;
    }
    if (!QTest::qWaitFor([&] { return dock->inboxView()->table()->model()->rowCount() > 0; }, 5000))
        return 1;
    dock->inboxView()->selectRow(0);
    dock->raise();
    save(w, QStringLiteral("%1/%2-sandbox-inbox.png").arg(out, palette));

    dock->tabs()->setCurrentIndex(1);
    save(w, QStringLiteral("%1/%2-sandbox-server-log.png").arg(out, palette));
    return 0;
}
