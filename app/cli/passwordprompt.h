#pragma once

#include <QString>

namespace Sendscope::Cli {

bool stdinIsTerminal();
// Reads one line from the terminal without echoing it. Returns false on EOF.
bool readPasswordNoEcho(const QString &prompt, QString *out);
// Reads all of standard input (trailing CR/LF removed) for --password-stdin.
bool readSecretFromStdin(QString *out);

} // namespace Sendscope::Cli
