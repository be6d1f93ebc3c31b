#pragma once

#include "mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Sendscope::Mime {

// The minimal message of the engine issue: one text/plain UTF-8 part with Date, Message-ID,
// From, To, Cc, Subject and MIME-Version. The MIME issue replaces it with Message and
// MessageWriter.
struct SimpleMessage
{
    Mailbox from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QString subject;
    QString body;
    QList<QPair<QByteArray, QString>> extraHeaders;
    QDateTime date = QDateTime::currentDateTime();
    QString messageIdDomain;  // right side of Message-ID; the From domain when empty

    QByteArray toBytes() const;
};

// RFC 2047 encoded words for non-ASCII header text, folded to stay under 78 columns.
QByteArray encodeHeaderText(const QString &text, int firstLineUsed);
QByteArray formatMailbox(const Mailbox &m);
QByteArray rfc5322Date(const QDateTime &dt);
QByteArray quotedPrintable(const QByteArray &utf8);

} // namespace Sendscope::Mime
