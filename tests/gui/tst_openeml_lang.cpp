// --lang: with the German translation installed the window shows its strings in German.
// The expected text is whatever the built .qm holds for the source string (the German .ts
// is filled elsewhere), and it must differ from the English.
#include "composerwidget.h"
#include "mainwindow.h"
#include "translator.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope::Gui;

class TestOpenEmlLang : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Sendscope::availableLanguages().contains(QStringLiteral("de")),
                 qPrintable(Sendscope::availableLanguages().join(QLatin1Char(' '))));
    }

    void germanWindow()
    {
        const QString loaded = Sendscope::installTranslations(qApp, QStringLiteral("de"));
        QVERIFY2(loaded.startsWith(QLatin1String("de")), qPrintable(loaded));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("sendscope.ini")), QSettings::IniFormat);
        MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The first menu's title, as the window shows it.
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        const QString shown = menus.first()->text();
        const QString english = QStringLiteral("&Message");
        const QString german = QCoreApplication::translate("Sendscope::Gui::MainWindow", "&Message");
        QCOMPARE(shown, german);
        // Qt's own strings come along (qtbase_de.qm from qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
        QVERIFY2(german != english, "sendscope_de.ts has no translation of \"&Message\"");
        QVERIFY2(shown != english, qPrintable(shown));
    }
};

QTEST_MAIN(TestOpenEmlLang)
#include "tst_openeml_lang.moc"
