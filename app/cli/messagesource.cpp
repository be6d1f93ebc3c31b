#include "messagesource.h"

#include "mime/mailbox.h"
#include "mime/simplemessage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace Sendscope::Cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("sendscope-cli", s);
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

    if (!o.htmlFile.isEmpty() || !o.attachments.isEmpty()) {
        *error = tr("--html-file and --attach are not yet supported; they arrive with MIME "
                    "composition.");
        return false;
    }
    Mime::SimpleMessage m;
    m.from = from;
    m.to = to;
    m.cc = cc;
    m.subject = o.subject;
    m.extraHeaders = o.headers;
    if (!o.bodyFile.isEmpty()) {
        QFile f(o.bodyFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot open --body-file \"%1\": %2.").arg(o.bodyFile, f.errorString());
            return false;
        }
        m.body = QString::fromUtf8(f.readAll());
    } else {
        m.body = o.body;
    }
    for (QChar c : std::as_const(m.subject)) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            *error = tr("--subject contains a line break; that would inject headers.");
            return false;
        }
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(m.toBytes());
    buffer->open(QIODevice::ReadOnly);
    out->size = buffer->size();
    out->eightBit = false; // quoted-printable and encoded words keep it 7-bit
    out->device = std::move(buffer);
    return true;
}

} // namespace Sendscope::Cli
