#include "sandboxcommand.h"

#include "exitcodes.h"

#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#else
#include <atomic>
#endif

namespace Sendscope::Cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::Cli", s);
}

void printLine(std::FILE *stream, const QString &line)
{
    const QByteArray b = line.toLocal8Bit() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stream);
    std::fflush(stream);
}

#ifdef Q_OS_UNIX
// Self-pipe: the handler only writes one byte; the event loop reads it through a
// QSocketNotifier, so the shutdown itself runs in ordinary code.
int g_signalFds[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const int saved = errno;
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &c, 1);
    errno = saved;
}

bool installSignalHandlers(QObject *context, const std::function<void()> &onSignal)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    for (int fd : g_signalFds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [onSignal] {
        char buf[16];
        while (::read(g_signalFds[1], buf, sizeof buf) > 0) { }
        onSignal();
    });
    struct sigaction sa = {};
    sa.sa_handler = onTerminationSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}
#else
// No self-pipe here: the handler sets a flag that a timer looks at.
std::atomic<bool> g_signalled {false};

extern "C" void onTerminationSignal(int)
{
    g_signalled = true;
}

bool installSignalHandlers(QObject *context, const std::function<void()> &onSignal)
{
    std::signal(SIGINT, onTerminationSignal);
    std::signal(SIGTERM, onTerminationSignal);
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [onSignal] {
        if (g_signalled.exchange(false))
            onSignal();
    });
    timer->start(200);
    return true;
}
#endif

} // namespace

bool isSandboxCommand(const QStringList &arguments)
{
    return arguments.mid(1).contains(QStringLiteral("--sandbox"));
}

int runSandboxCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
            tr("Run the sandbox: a local SMTP server on 127.0.0.1 that stores what it receives."));
    p.addHelpOption();
    p.addOption(QCommandLineOption(QStringLiteral("sandbox"), tr("Run the sandbox server.")));
    p.addOption(QCommandLineOption(QStringLiteral("port"),
                                   tr("Port to listen on; 0 (default) picks a free one."),
                                   QStringLiteral("N")));
    p.addOption(QCommandLineOption(QStringLiteral("dir"),
                                   tr("Folder for certificate, credentials and inbox/."),
                                   QStringLiteral("DIR")));
    p.addOption(QCommandLineOption(QStringLiteral("user"),
                                   tr("AUTH user name (default: generated and kept)."),
                                   QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("password-env"),
                                   tr("Read the AUTH password from this environment variable."),
                                   QStringLiteral("VAR")));
    p.addOption(QCommandLineOption(QStringLiteral("max-size"),
                                   tr("Largest message in bytes (default 52428800)."),
                                   QStringLiteral("BYTES")));
    p.addOption(QCommandLineOption(QStringLiteral("idle-timeout"),
                                   tr("Close a connection idle this long (default 300)."),
                                   QStringLiteral("SECONDS")));
    p.addOption(QCommandLineOption(QStringLiteral("verbose"),
                                   tr("Show every connection's conversation on stderr.")));

    auto usage = [](const QString &message) {
        printLine(stderr, message);
        return int(ExitUsage);
    };
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        printLine(stdout, p.helpText());
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()));

    SandboxConfig config;
    if (p.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return usage(tr("The port \"%1\" is not a number from 0 to 65535.")
                                 .arg(p.value(QStringLiteral("port"))));
        config.port = quint16(port);
    }
    if (p.isSet(QStringLiteral("dir")))
        config.dataDirectory = QDir(p.value(QStringLiteral("dir"))).absolutePath();
    if (p.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const qint64 size = p.value(QStringLiteral("max-size")).toLongLong(&ok);
        if (!ok || size < 1)
            return usage(tr("--max-size needs a positive number of bytes."));
        config.maxMessageSize = size;
    }
    if (p.isSet(QStringLiteral("idle-timeout"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("idle-timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 24 * 3600)
            return usage(tr("--idle-timeout needs a number of seconds from 1 to 86400."));
        config.idleTimeoutSeconds = seconds;
    }
    const bool hasUser = p.isSet(QStringLiteral("user"));
    const bool hasPasswordEnv = p.isSet(QStringLiteral("password-env"));
    if (hasUser != hasPasswordEnv)
        return usage(tr("--user and --password-env go together."));
    if (hasUser) {
        config.user = p.value(QStringLiteral("user"));
        const QString var = p.value(QStringLiteral("password-env"));
        config.password = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (config.user.isEmpty())
            return usage(tr("--user needs a name."));
        if (config.password.isEmpty())
            return usage(tr("The environment variable %1 (--password-env) is not set or empty.")
                                 .arg(var));
    }

    SandboxServer server;
    server.setConfig(config);
    const bool verbose = p.isSet(QStringLiteral("verbose"));
    if (verbose) {
        QObject::connect(&server, &SandboxServer::logRecord, &server, [](const LogRecord &r) {
            printLine(stderr, QStringLiteral("#%1 ").arg(r.connectionId) + r.toPlainLine());
        });
    }
    QObject::connect(&server, &SandboxServer::messageStored, &server, [](const SandboxEnvelope &e) {
        printLine(stderr,
                  tr("stored %1 (%2 bytes) from <%3> to %4")
                          .arg(e.id)
                          .arg(e.size)
                          .arg(e.from, e.to.join(QStringLiteral(", "))));
    });
    QObject::connect(&server, &SandboxServer::stopped, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(ExitOk); });

    if (!installSignalHandlers(&server, [&server] { server.stop(); })) {
        printLine(stderr, tr("Cannot install the SIGINT/SIGTERM handlers."));
        return ExitConnection;
    }
    QString error;
    if (!server.start(&error)) {
        printLine(stderr, error);
        return ExitConnection;
    }
    // The one line scripts parse (README, tests): protocol words, not translated.
    printLine(stdout,
              QStringLiteral("sandbox listening on %1:%2 user=%3 password=%4 dir=%5 "
                             "cert-sha256=%6")
                      .arg(server.host())
                      .arg(server.port())
                      .arg(server.user(), server.password(),
                           QDir::toNativeSeparators(server.dataDirectory()),
                           server.certificateSha256()));
    const int rc = QCoreApplication::exec();
    printLine(stderr, tr("sandbox stopped"));
    return rc;
}

} // namespace Sendscope::Cli
