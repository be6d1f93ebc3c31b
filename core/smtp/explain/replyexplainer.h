#pragma once

#include "smtp/sessionoptions.h"
#include "smtp/smtperror.h"
#include "smtp/smtpreply.h"

#include <QAbstractSocket>
#include <QList>
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
    // Which row of the table answered: "hint:gmail-bad-credentials", "vendor:microsoft:5.7.139",
    // "enhanced:X.7.8", "reply:535", "class:5", "ssl:CertificateExpired",
    // "socket:HostNotFoundError", "kind:Timeout/Greeting". Not for display.
    QString key;

    bool isEmpty() const { return sentence.isEmpty(); }
};

// Looks replies and errors up in the checked-in table (explanations.json). The most specific
// row wins: a provider or situation hint, then a provider's own enhanced code, then the
// enhanced status code, then the reply code, then the reply class.
class ReplyExplainer
{
public:
    // A server reply: code, enhanced code, the server's own text, and the host it came from
    // (provider hints match on host or text).
    static Explanation explainReply(int code, const QString &enhancedCode,
                                    const QString &serverText, const QString &host = QString());
    static Explanation explainReply(const SmtpReply &reply, const QString &host = QString());
    static Explanation explainSocketError(QAbstractSocket::SocketError error);
    static Explanation explainSslError(QSslError::SslError error);
    // Several certificate problems at once, with the certificate described in words (its
    // issuer names an intercepting antivirus product, for example).
    static Explanation explainSslErrors(const QList<QSslError::SslError> &errors,
                                        const QString &certificateText = QString());
    // A whole failure as the CLI's last lines and the window's banner show it: the reply,
    // then the certificate errors, then the socket error, then the kind of failure and its
    // step — each after the hints that match the whole situation (host, port, mode).
    static Explanation explainError(const SmtpError &error, const SessionOptions &options);
};

} // namespace Sendscope
