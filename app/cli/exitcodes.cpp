#include "exitcodes.h"

namespace Sendscope::Cli {

int exitCodeFor(const SmtpError &error)
{
    using K = SmtpError::Kind;
    using S = SmtpError::Step;
    switch (error.kind) {
    case K::None: return ExitOk;
    case K::InvalidInput:
    case K::Cancelled: return ExitUsage;
    case K::Timeout: return ExitTimeout;
    case K::Protocol:
    case K::ConnectFailed: return ExitConnection;
    case K::Tls:
    case K::Certificate: return ExitTls;
    case K::AuthFailed:
    case K::AuthUnavailable: return ExitAuth;
    case K::ConnectionLost:
        if (error.step == S::StartTls)
            return ExitTls;
        if (error.step == S::Auth)
            return ExitAuth;
        return ExitConnection;
    case K::Rejected:
    case K::MessageTooLarge:
    case K::Unsupported:
        switch (error.step) {
        case S::None:
        case S::Connect:
        case S::Greeting:
        case S::Hello:
        case S::Quit: return ExitConnection;
        case S::StartTls: return ExitTls;
        case S::Auth: return ExitAuth;
        case S::Mail:
        case S::Rcpt:
        case S::Data:
            // A temporary refusal followed by the server closing is a lost connection.
            if (error.reply.isTransient() && error.serverClosed)
                return ExitConnection;
            return ExitRejected;
        }
        return ExitRejected;
    }
    return ExitConnection;
}

int exitCodeFor(const MailResult &result)
{
    if (!result.error.isError())
        return ExitOk;
    if (result.finalReply.isPositive() && result.acceptedCount() > 0
        && result.acceptedCount() < result.recipients.size())
        return ExitPartial;
    return exitCodeFor(result.error);
}

} // namespace Sendscope::Cli
