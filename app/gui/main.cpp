#include "apppalette.h"
#include "fileopenfilter.h"
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>

#include "accounts/accountsecrets.h"

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sendscope"));
    QApplication::setOrganizationName(QStringLiteral("Sendscope"));
    QApplication::setApplicationVersion(QStringLiteral(SENDSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("sendscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sendscope.svg")));

    // --lang is read before the parser is built, so --help is translated too.
    QString lang;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    const QStringList languages = Sendscope::availableLanguages();
    // "de_AT" finds the German translation as well.
    if (!lang.isEmpty() && lang != QLatin1String("en") && !languages.contains(lang)
        && !languages.contains(lang.section(QLatin1Char('_'), 0, 0))) {
        const QByteArray msg = QCoreApplication::translate("main", "Unknown language \"%1\": use en or one of %2.\n")
                                       .arg(lang, languages.join(QStringLiteral(", ")))
                                       .toLocal8Bit();
        std::fputs(msg.constData(), stderr);
        return 1;
    }
    // Without --lang: the system locale. "en" is the source language: nothing to load.
    if (lang != QLatin1String("en"))
        Sendscope::installTranslations(&app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "An SMTP client that shows its work."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption settingsDir(
            QStringLiteral("settings-dir"),
            QCoreApplication::translate("main", "Keep settings in DIR/sendscope.ini instead of "
                                                "the usual place (for tests and portable use)."),
            QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption paletteOption(
            QStringLiteral("palette"),
            QCoreApplication::translate("main", "Developer option: force a light or dark "
                                                "palette (light, dark, system)."),
            QCoreApplication::translate("main", "NAME"), QStringLiteral("system"));
    parser.addOption(settingsDir);
    parser.addOption(paletteOption);
    const QCommandLineOption langOption(
            QStringLiteral("lang"),
            QCoreApplication::translate("main", "Show the window in LANG (de, fr, es, zh_CN, en) "
                                                "instead of the system language."),
            QCoreApplication::translate("main", "LANG"));
    parser.addOption(langOption);
    parser.addPositionalArgument(
            QStringLiteral("message"),
            QCoreApplication::translate("main", "An .eml file or a mailto: link to open in the "
                                                "composer."),
            QStringLiteral("[file.eml|mailto:…]"));
    parser.process(app);

    if (!Sendscope::Gui::applyPalette(parser.value(paletteOption))) {
        const QByteArray msg = QCoreApplication::translate("main", "Unknown palette \"%1\": use light, dark or system.\n")
                                       .arg(parser.value(paletteOption))
                                       .toLocal8Bit();
        std::fputs(msg.constData(), stderr);
        return 1;
    }

    // The same settings as sendscope-cli --account: --settings-dir, else SENDSCOPE_SETTINGS,
    // else the platform's place.
    const std::unique_ptr<QSettings> settings = Sendscope::AccountSecrets::openSettings(
            parser.isSet(settingsDir) ? parser.value(settingsDir) : QString());

    Sendscope::Gui::MainWindow window(settings.get());
    // macOS delivers .eml files and mailto: links as QFileOpenEvent, also at start-up.
    app.installEventFilter(new Sendscope::Gui::FileOpenFilter(&window, &app));
    window.show();
    // Links arrive here still percent-encoded; MailtoParser decodes them.
    const QStringList targets = parser.positionalArguments();
    if (!targets.isEmpty())
        window.openTarget(targets.first());
    return app.exec();
}
