#include "messagesource.h"

#include "mime/mailbox.h"
#include "mime/message.h"
#include "mime/messagewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace Sendscope::Cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::Cli", s);
}

bool parseField(const QString &field, const QStringList &values, QList<Mime::Mailbox> *out,
                QString *error)
{
    for (const QString &v : values) {
        Mime::Mailbox m;
        QString why;
        if (!Mime::Mailbox::parse(v, &m, &why)) {
            *error = tr("%1: %2").arg(field, why);
            return false;
        }
        out->append(m);
    }
    return true;
}

bool hasEightBit(QIODevice *device)
{
    // One pass over the file before connecting: cheap next to sending it.
    char buf[64 * 1024];
    qint64 n = 0;
    bool found = false;
    while (!found && (n = device->read(buf, sizeof buf)) > 0) {
        for (qint64 i = 0; i < n; ++i) {
            if (uchar(buf[i]) >= 0x80) {
                found = true;
                break;
            }
        }
    }
    device->seek(0);
    return found;
}

bool readText(const QString &path, const QString &option, QString *text, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1 \"%2\": %3.").arg(option, path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = tr("%1 \"%2\" is not UTF-8 text.").arg(option, path);
        return false;
    }
    return true;
}

} // namespace

bool buildMessageSource(const CliOptions &o, MessageSource *out, QString *error)
{
    Mime::Mailbox from;
    QString why;
    if (!Mime::Mailbox::parse(o.from, &from, &why)) {
        *error = tr("--from: %1").arg(why);
        return false;
    }
    QList<Mime::Mailbox> to, cc, bcc;
    if (!parseField(QStringLiteral("--to"), o.to, &to, error)
        || !parseField(QStringLiteral("--cc"), o.cc, &cc, error)
        || !parseField(QStringLiteral("--bcc"), o.bcc, &bcc, error))
        return false;
    out->envelopeFrom = from.address;
    for (const auto *list : {&to, &cc, &bcc}) {
        for (const Mime::Mailbox &m : *list) {
            if (!out->envelopeRecipients.contains(m.address, Qt::CaseInsensitive))
                out->envelopeRecipients.append(m.address);
        }
    }

    if (!o.emlFile.isEmpty()) {
        auto file = std::make_unique<QFile>(o.emlFile);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = tr("Cannot open --eml \"%1\": %2.").arg(o.emlFile, file->errorString());
            return false;
        }
        out->size = file->isSequential() ? -1 : file->size();
        if (!file->isSequential())
            out->eightBit = hasEightBit(file.get());
        out->device = std::move(file);
        return true;
    }

    Mime::Message m;
    m.from = from;
    m.to = to;
    m.cc = cc;
    m.bcc = bcc;
    if (!parseField(QStringLiteral("--reply-to"), o.replyTo, &m.replyTo, error))
        return false;
    m.subject = o.subject;
    m.headers = o.headers;
    m.userAgent = QStringLiteral("sendscope-cli/") + QStringLiteral(SENDSCOPE_VERSION);
    if (!o.bodyFile.isEmpty()) {
        if (!readText(o.bodyFile, QStringLiteral("--body-file"), &m.text, error))
            return false;
    } else {
        m.text = o.body;
    }
    if (!o.htmlFile.isEmpty() && !readText(o.htmlFile, QStringLiteral("--html-file"), &m.html, error))
        return false;
    for (const QString &path : o.attachments) {
        Mime::Attachment a;
        a.filePath = path;
        // An image the HTML shows as "cid:NAME" goes inline (multipart/related).
        const QString name = a.effectiveFileName();
        if (!m.html.isEmpty() && m.html.contains(QStringLiteral("cid:") + name)
            && name.toUtf8() == name.toLatin1() && !name.contains(QLatin1Char(' ')))
            a.contentId = name.toLatin1();
        m.attachments.append(a);
    }

    // The server's 8BITMIME is not known before connecting: 7-bit encodings throughout.
    auto writer = std::make_unique<Mime::MessageWriter>(std::move(m));
    if (!writer->open(QIODevice::ReadOnly)) {
        *error = writer->errorString();
        return false;
    }
    out->size = writer->size();
    out->eightBit = writer->hasEightBit();
    out->device = std::move(writer);
    return true;
}

bool writeEmlFile(MessageSource *source, const QString &path, QString *error)
{
    QIODevice *in = source->device.get();
    if (!in || in->isSequential() || !in->seek(0)) {
        *error = tr("The message cannot be written to \"%1\": its source cannot be read twice.")
                         .arg(path);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write --eml-out \"%1\": %2.").arg(path, out.errorString());
        return false;
    }
    QByteArray buf(256 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = in->read(buf.data(), buf.size())) > 0) {
        if (out.write(buf.constData(), n) != n)
            break;
    }
    if (n < 0) {
        *error = tr("Reading the message for --eml-out failed: %1.").arg(in->errorString());
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        *error = tr("Cannot write --eml-out \"%1\": %2.").arg(path, out.errorString());
        return false;
    }
    in->seek(0);
    return true;
}

} // namespace Sendscope::Cli
