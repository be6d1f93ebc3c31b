#pragma once

#include "smtperror.h"
#include "smtpreply.h"

#include <QIODevice>
#include <QList>
#include <QMetaType>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Sendscope {

// One message to send: the envelope and a device the body is read from as it goes out.
// The session does not own the device; it reads it from the current position to its end.
struct MailJob
{
    QString from;             // envelope sender (may be empty: the null reverse-path)
    QStringList recipients;   // envelope recipients (To + Cc + Bcc)
    QPointer<QIODevice> body; // the message in RFC 5322 form, any line endings
    qint64 size = -1;         // size of the body in octets when known (for SIZE= and progress)
    bool eightBit = false;    // the body has 8-bit octets: BODY=8BITMIME when offered
    bool needsSmtpUtf8 = false; // computed by the session from the addresses too
};

struct RecipientResult
{
    QString address;
    SmtpReply reply;
    bool accepted() const { return reply.isPositive(); }
};

struct MailResult
{
    int index = 0;                   // which job of the session (0-based)
    QList<RecipientResult> recipients;
    SmtpReply mailReply;
    SmtpReply finalReply;            // the reply after the final "."
    SmtpError error;                 // Kind::None when the server took it for every recipient
    qint64 bytesSent = 0;

    int acceptedCount() const;
    bool isComplete() const { return !error.isError(); }
};

} // namespace Sendscope

Q_DECLARE_METATYPE(Sendscope::MailResult)
