#pragma once

#include "smtp/sessionoptions.h"
#include "smtp/smtperror.h"

#include <QAbstractSocket>
#include <QSslError>
#include <QString>

namespace Sendscope {

// What a reply or an error means, in words: one sentence of what happened, one of what to
// try, and where the rule is written.
struct Explanation
{
    QString sentence;
    QString suggestion;
    QString reference;  // "RFC 5321 §4.2.3", "RFC 3463 §3.8"
    bool generic = true; // only the reply class was known

    bool isEmpty() const { return sentence.isEmpty(); }
};

class ReplyExplainer
{
public:
    // A server reply: code, enhanced code, the server's own text, and the host it came from
    // (provider hints match on host or text).
    static Explanation explainReply(int code, const QString &enhancedCode,
                                    const QString &serverText, const QString &host = QString());
    static Explanation explainSocketError(QAbstractSocket::SocketError error);
    static Explanation explainSslError(QSslError::SslError error);
    // A whole failure as the CLI's last lines and the window's banner show it.
    static Explanation explainError(const SmtpError &error, const SessionOptions &options);
};

} // namespace Sendscope
