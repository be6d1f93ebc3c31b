#include "clioptions.h"
#include "clirunner.h"
#include "exitcodes.h"
#include "sandboxcommand.h"
#include "translator.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sendscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sendscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SENDSCOPE_VERSION));
    Sendscope::installTranslations(&app);
    if (Sendscope::Cli::isSandboxCommand(QCoreApplication::arguments()))
        return Sendscope::Cli::runSandboxCommand(QCoreApplication::arguments());

    Sendscope::Cli::CliOptions options;
    QString message;
    bool exitNow = false;
    const int parsed = Sendscope::Cli::parseArguments(QCoreApplication::arguments(), &options,
                                                      &message, &exitNow);
    if (parsed != 0 || exitNow) {
        const QByteArray b = message.toLocal8Bit() + '\n';
        std::fwrite(b.constData(), 1, size_t(b.size()), parsed == 0 ? stdout : stderr);
        return parsed;
    }
    Sendscope::Cli::CliRunner runner(std::move(options));
    QObject::connect(&runner, &Sendscope::Cli::CliRunner::done, &app, &QCoreApplication::exit);
    const int started = runner.start();
    if (started >= 0)
        return started;
    return QCoreApplication::exec();
}
