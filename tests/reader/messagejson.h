#pragma once

// The parts of a ReadResult a test compares, as JSON (shared by sendscope-read-test and
// the unit tests).

#include "mime/messagereader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Sendscope::Mime::Test {

inline QJsonObject mailboxJson(const Mailbox &m)
{
    return QJsonObject{{QStringLiteral("name"), m.displayName},
                       {QStringLiteral("address"), m.address}};
}

inline QJsonArray mailboxesJson(const QList<Mailbox> &list)
{
    QJsonArray a;
    for (const Mailbox &m : list)
        a.append(mailboxJson(m));
    return a;
}

inline QJsonArray pairsJson(const QList<QPair<QByteArray, QString>> &list)
{
    QJsonArray a;
    for (const auto &p : list)
        a.append(QJsonArray{QString::fromLatin1(p.first), p.second});
    return a;
}

// The attachment's octets, from memory or its file.
inline QByteArray attachmentBytes(const Attachment &a)
{
    if (a.filePath.isEmpty())
        return a.data;
    QFile f(a.filePath);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

// SHA-256 and size of the attachment's octets, read in chunks (a large one is a file).
inline QPair<QByteArray, qint64> attachmentDigest(const Attachment &a)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (a.filePath.isEmpty()) {
        h.addData(a.data);
        return {h.result().toHex(), a.data.size()};
    }
    QFile f(a.filePath);
    qint64 size = 0;
    if (f.open(QIODevice::ReadOnly)) {
        QByteArray buf(1 << 20, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = f.read(buf.data(), buf.size())) > 0) {
            h.addData(QByteArrayView(buf.constData(), n));
            size += n;
        }
    }
    return {h.result().toHex(), size};
}

inline QJsonObject resultJson(const ReadResult &r)
{
    const Message &m = r.message;
    QJsonObject o;
    o[QStringLiteral("ok")] = r.ok;
    o[QStringLiteral("error")] = r.error;
    o[QStringLiteral("from")] = mailboxJson(m.from);
    o[QStringLiteral("to")] = mailboxesJson(m.to);
    o[QStringLiteral("cc")] = mailboxesJson(m.cc);
    o[QStringLiteral("bcc")] = mailboxesJson(m.bcc);
    o[QStringLiteral("replyTo")] = mailboxesJson(m.replyTo);
    o[QStringLiteral("subject")] = m.subject;
    o[QStringLiteral("date")] = m.date.isValid() ? m.date.toString(Qt::ISODate) : QString();
    o[QStringLiteral("messageId")] = QString::fromLatin1(m.messageId);
    o[QStringLiteral("userAgent")] = m.userAgent;
    o[QStringLiteral("headers")] = pairsJson(m.headers);
    o[QStringLiteral("text")] = m.text;
    o[QStringLiteral("html")] = m.html;
    QJsonArray atts;
    for (const Attachment &a : m.attachments) {
        const auto digest = attachmentDigest(a);
        atts.append(QJsonObject{
                {QStringLiteral("fileName"), a.fileName},
                {QStringLiteral("mediaType"), QString::fromLatin1(a.mediaType)},
                {QStringLiteral("contentId"), QString::fromLatin1(a.contentId)},
                {QStringLiteral("size"), double(digest.second)},
                {QStringLiteral("sha256"), QString::fromLatin1(digest.first)},
                {QStringLiteral("inFile"), !a.filePath.isEmpty()}});
    }
    o[QStringLiteral("attachments")] = atts;
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(r.warnings);
    o[QStringLiteral("dropped")] = pairsJson(r.droppedHeaders);
    return o;
}

} // namespace Sendscope::Mime::Test
