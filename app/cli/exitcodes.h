#pragma once

#include "smtp/mailjob.h"
#include "smtp/smtperror.h"

namespace Sendscope::Cli {

// sendscope-cli's exit classes (DESIGN.md, "the step decides").
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,         // usage or bad input, found before connecting
    ExitConnection = 2,    // cannot connect, connection lost, protocol violation
    ExitTls = 3,           // STARTTLS, handshake, certificate
    ExitAuth = 4,          // authentication failed or impossible
    ExitRejected = 5,      // message or every recipient rejected
    ExitPartial = 6,       // accepted for some recipients only
    ExitTimeout = 7,
};

int exitCodeFor(const SmtpError &error);
int exitCodeFor(const MailResult &result);

} // namespace Sendscope::Cli
