// sendscope-compose-test SPEC.json OUT.eml [READ_SIZE]
// Composes the message a JSON spec describes with MessageWriter and writes its wire form,
// reading the device READ_SIZE octets at a time (default 4093, odd on purpose). Prints
// {"size":…,"written":…,"eightBit":…,"messageId":…} on stdout. Exit 1: the writer refused
// the input (its error on stderr); 2: bad spec or I/O; 3: size() differs from the output.
#include "mime/messagewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Sendscope::Mime;

namespace {

Mailbox mailbox(const QJsonValue &v)
{
    Mailbox m;
    if (v.isString()) {
        m.address = v.toString();
    } else {
        const QJsonObject o = v.toObject();
        m.displayName = o.value(QLatin1String("name")).toString();
        m.address = o.value(QLatin1String("address")).toString();
    }
    return m;
}

QList<Mailbox> mailboxes(const QJsonValue &v)
{
    QList<Mailbox> out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out.append(mailbox(x));
    return out;
}

int fail(int code, const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(2, QStringLiteral("usage: sendscope-compose-test SPEC.json OUT.eml [READ_SIZE]"));
    QFile specFile(args.at(1));
    if (!specFile.open(QIODevice::ReadOnly))
        return fail(2, specFile.errorString());
    QJsonParseError perr;
    const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll(), &perr).object();
    if (perr.error != QJsonParseError::NoError)
        return fail(2, perr.errorString());

    Message m;
    m.from = mailbox(spec.value(QLatin1String("from")));
    m.to = mailboxes(spec.value(QLatin1String("to")));
    m.cc = mailboxes(spec.value(QLatin1String("cc")));
    m.bcc = mailboxes(spec.value(QLatin1String("bcc")));
    m.replyTo = mailboxes(spec.value(QLatin1String("reply_to")));
    m.subject = spec.value(QLatin1String("subject")).toString();
    if (spec.contains(QLatin1String("date")))
        m.date = QDateTime::fromString(spec.value(QLatin1String("date")).toString(), Qt::ISODate);
    m.messageId = spec.value(QLatin1String("message_id")).toString().toUtf8();
    m.userAgent = spec.value(QLatin1String("user_agent")).toString();
    const QJsonArray headers = spec.value(QLatin1String("headers")).toArray();
    for (const QJsonValue &h : headers) {
        const QJsonArray pair = h.toArray();
        m.headers.append({pair.at(0).toString().toUtf8(), pair.at(1).toString()});
    }
    m.text = spec.value(QLatin1String("text")).toString();
    m.html = spec.value(QLatin1String("html")).toString();
    const QJsonArray atts = spec.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &v : atts) {
        const QJsonObject o = v.toObject();
        Attachment a;
        a.filePath = o.value(QLatin1String("path")).toString();
        a.data = QByteArray::fromBase64(o.value(QLatin1String("data_base64")).toString().toLatin1());
        a.fileName = o.value(QLatin1String("file_name")).toString();
        a.mediaType = o.value(QLatin1String("media_type")).toString().toLatin1();
        a.contentId = o.value(QLatin1String("content_id")).toString().toLatin1();
        m.attachments.append(a);
    }

    MessageWriter::Options options;
    options.allow8Bit = spec.value(QLatin1String("allow_8bit")).toBool();
    options.smtpUtf8 = spec.value(QLatin1String("smtputf8")).toBool();
    if (spec.contains(QLatin1String("boundary_prefix"))) {
        const QByteArray prefix = spec.value(QLatin1String("boundary_prefix")).toString().toLatin1();
        auto counter = std::make_shared<int>(0);
        options.boundaryGenerator = [prefix, counter] {
            return prefix + QByteArray::number(++*counter);
        };
    }

    MessageWriter writer(m, options);
    if (!writer.open(QIODevice::ReadOnly))
        return fail(1, writer.errorString());
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(2, out.errorString());
    const qint64 chunk = args.size() > 3 ? args.at(3).toLongLong() : 4093;
    QByteArray buf(qMax<qint64>(1, chunk), Qt::Uninitialized);
    qint64 written = 0;
    for (;;) {
        const qint64 n = writer.read(buf.data(), buf.size());
        if (n < 0)
            return fail(2, writer.errorString());
        if (n == 0)
            break;
        if (out.write(buf.constData(), n) != n)
            return fail(2, out.errorString());
        written += n;
    }
    if (!writer.atEnd())
        return fail(3, QStringLiteral("read() returned 0 before atEnd()"));
    QJsonObject result;
    result.insert(QLatin1String("size"), double(writer.size()));
    result.insert(QLatin1String("written"), double(written));
    result.insert(QLatin1String("eightBit"), writer.hasEightBit());
    result.insert(QLatin1String("messageId"), QString::fromUtf8(writer.messageId()));
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return written == writer.size() ? 0 : fail(3, QStringLiteral("size() %1 but %2 octets written")
                                                         .arg(writer.size()).arg(written));
}
