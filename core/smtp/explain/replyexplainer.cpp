#include "replyexplainer.h"

#include <QCoreApplication>

namespace Sendscope {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::ReplyExplainer", s);
}
} // namespace

Explanation ReplyExplainer::explainReply(int code, const QString &enhancedCode,
                                         const QString &serverText, const QString &host)
{
    Q_UNUSED(enhancedCode)
    Q_UNUSED(serverText)
    Q_UNUSED(host)
    Explanation e;
    e.reference = QStringLiteral("RFC 5321 §4.2.1");
    switch (code / 100) {
    case 2: e.sentence = tr("The server accepted the command."); break;
    case 3: e.sentence = tr("The server is waiting for more input."); break;
    case 4:
        e.sentence = tr("The server refused for now; the same request may work later.");
        e.suggestion = tr("Wait a few minutes and try again.");
        break;
    case 5:
        e.sentence = tr("The server refused the request permanently.");
        e.suggestion = tr("Read the server's words above: sending it again unchanged will fail "
                          "again.");
        break;
    default: e.sentence = tr("The server sent a reply code SMTP does not define."); break;
    }
    return e;
}

Explanation ReplyExplainer::explainSocketError(QAbstractSocket::SocketError error)
{
    Explanation e;
    e.sentence = tr("The network connection failed (socket error %1).").arg(int(error));
    return e;
}

Explanation ReplyExplainer::explainSslError(QSslError::SslError error)
{
    Explanation e;
    e.sentence = QSslError(error).errorString();
    return e;
}

Explanation ReplyExplainer::explainError(const SmtpError &error, const SessionOptions &options)
{
    if (error.reply.isValid())
        return explainReply(error.reply.code, error.reply.enhancedCode, error.reply.text(),
                            options.host);
    if (!error.sslErrors.isEmpty())
        return explainSslError(error.sslErrors.first());
    if (error.socketError != QAbstractSocket::UnknownSocketError)
        return explainSocketError(error.socketError);
    return {};
}

} // namespace Sendscope
