#include "apppalette.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>

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
    parser.process(app);

    if (!Sendscope::Gui::applyPalette(parser.value(paletteOption))) {
        const QByteArray msg = QCoreApplication::translate("main", "Unknown palette \"%1\": use light, dark or system.\n")
                                       .arg(parser.value(paletteOption))
                                       .toLocal8Bit();
        std::fputs(msg.constData(), stderr);
        return 1;
    }

    std::unique_ptr<QSettings> settings;
    if (parser.isSet(settingsDir)) {
        const QString dir = parser.value(settingsDir);
        QDir().mkpath(dir);
        settings = std::make_unique<QSettings>(dir + QStringLiteral("/sendscope.ini"),
                                               QSettings::IniFormat);
    } else {
        settings = std::make_unique<QSettings>();
    }

    Sendscope::Gui::MainWindow window(settings.get());
    window.show();
    return app.exec();
}
