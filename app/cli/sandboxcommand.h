#pragma once

#include <QStringList>

namespace Sendscope::Cli {

// True when the arguments ask for the sandbox server (`--sandbox`).
bool isSandboxCommand(const QStringList &arguments);

// `sendscope-cli --sandbox [--port N] [--dir DIR] [--user U --password-env VAR] [--verbose]`:
// runs the sandbox server until SIGINT or SIGTERM. Once listening it prints one line,
//   sandbox listening on 127.0.0.1:PORT user=USER password=PASS dir=DIR cert-sha256=HEX
// and returns 0 after a clean shutdown, 1 for bad arguments, 2 when it cannot listen or
// cannot prepare its folder. Needs the QCoreApplication to exist; runs its event loop.
int runSandboxCommand(const QStringList &arguments);

} // namespace Sendscope::Cli
