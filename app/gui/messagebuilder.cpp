#include "messagebuilder.h"

#include "mime/mailbox.h"
#include "mime/message.h"
#include "mime/messagewriter.h"

#include <QCoreApplication>

namespace Sendscope::Gui {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::Gui", s);
}

bool parseField(const QString &label, const QString &text, QList<Mime::Mailbox> *out,
                QString *error)
{
    if (text.trimmed().isEmpty())
        return true;
    QString why;
    if (!Mime::Mailbox::parseList(text, out, &why)) {
        *error = tr("%1: %2").arg(label, why);
        return false;
    }
    return true;
}

bool hasLineBreak(const QString &s)
{
    return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n'));
}

} // namespace

bool buildMessage(const ComposedMessage &in, BuildPurpose purpose, BuiltMessage *out,
                  QString *error)
{
    Mime::Mailbox from;
    QString why;
    if (!Mime::Mailbox::parse(in.from, &from, &why)) {
        *error = tr("From: %1").arg(why);
        return false;
    }
    QList<Mime::Mailbox> to, cc, bcc;
    if (!parseField(tr("To"), in.to, &to, error) || !parseField(tr("Cc"), in.cc, &cc, error)
        || !parseField(tr("Bcc"), in.bcc, &bcc, error))
        return false;
    if (purpose == BuildPurpose::Send && to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
        *error = tr("To: add at least one recipient.");
        return false;
    }
    // Header injection: a line break in the subject would start a new header.
    if (hasLineBreak(in.subject)) {
        *error = tr("Subject: a line break is not allowed in the subject.");
        return false;
    }

    out->envelopeFrom = from.address;
    out->envelopeRecipients.clear();
    for (const auto *list : {&to, &cc, &bcc}) {
        for (const Mime::Mailbox &m : *list) {
            if (!out->envelopeRecipients.contains(m.address, Qt::CaseInsensitive))
                out->envelopeRecipients.append(m.address);
        }
    }

    Mime::Message m;
    m.from = from;
    m.to = to;
    m.cc = cc;
    m.bcc = bcc; // envelope only: the writer never makes it a header (RFC 5322 §3.6.3)
    m.subject = in.subject;
    m.text = in.body;
    m.html = in.html;
    m.userAgent = QStringLiteral("Sendscope/") + QCoreApplication::applicationVersion();
    m.headers = in.headers;
    for (const QString &path : in.attachments) {
        Mime::Attachment a;
        a.filePath = path;
        // An image the HTML shows as "cid:NAME" goes inline (multipart/related).
        const QString name = a.effectiveFileName();
        if (!m.html.isEmpty() && m.html.contains(QStringLiteral("cid:") + name)
            && name.toUtf8() == name.toLatin1() && !name.contains(QLatin1Char(' ')))
            a.contentId = name.toLatin1();
        m.attachments.append(a);
    }
    // Streamed: a 1 GB attachment is read in chunks while it goes out, never held whole.
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

} // namespace Sendscope::Gui
