#include "passwordprompt.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Sendscope::Cli {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

bool readPasswordNoEcho(const QString &prompt, QString *out)
{
    std::cerr << prompt.toStdString() << std::flush;
#ifdef Q_OS_WIN
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(h, &mode);
    SetConsoleMode(h, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios old {};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
#ifdef Q_OS_WIN
    SetConsoleMode(h, mode);
#else
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    std::cerr << std::endl;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *out = QString::fromStdString(line);
    return ok;
}

bool readSecretFromStdin(QString *out)
{
    std::string all;
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
        all.append(buf, n);
        if (all.size() > 64 * 1024)
            return false;
    }
    while (!all.empty() && (all.back() == '\n' || all.back() == '\r'))
        all.pop_back();
    *out = QString::fromStdString(all);
    return true;
}

} // namespace Sendscope::Cli
