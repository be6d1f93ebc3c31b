#pragma once

#include "smtpreply.h"

#include <QAbstractSocket>
#include <QMetaType>
#include <QSslError>
#include <QString>

namespace Sendscope {

// Why a session or a message did not succeed, as a value: what kind of failure, at which
// step, the server's reply if there was one, and a translated sentence for a person that
// quotes the server's own words.
struct SmtpError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        InvalidInput,     // bad options or message, found before connecting
        ConnectFailed,    // no TCP connection
        ConnectionLost,   // the server closed or reset the connection
        Protocol,         // garbage, oversized or out-of-order replies
        Tls,              // STARTTLS missing or refused, handshake failed, injection
        Certificate,      // certificate not trusted / pin mismatch / rejected by the user
        AuthFailed,       // the server refused the credentials
        AuthUnavailable,  // no acceptable mechanism, or credentials would go in clear
        Rejected,         // MAIL/RCPT/DATA refused
        MessageTooLarge,  // larger than the server's SIZE
        Unsupported,      // the message needs an extension the server lacks (SMTPUTF8)
        Timeout,
        Cancelled,
    };
    Q_ENUM(Kind)

    // The protocol step, which decides the CLI's exit class.
    enum class Step { None, Connect, Greeting, Hello, StartTls, Auth, Mail, Rcpt, Data, Quit };
    Q_ENUM(Step)

    Kind kind = Kind::None;
    Step step = Step::None;
    SmtpReply reply;  // the server's reply, when one caused this
    QString message;  // translated, for a person
    QString detail;   // more detail (e.g. the certificate and the TLS errors)
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QList<QSslError::SslError> sslErrors;
    bool serverClosed = false;  // the server closed the connection after the reply

    bool isError() const { return kind != Kind::None; }
    bool isTemporary() const { return reply.isTransient(); }

    static QString kindName(Kind kind);
    static QString stepName(Step step);
};

} // namespace Sendscope

Q_DECLARE_METATYPE(Sendscope::SmtpError)
