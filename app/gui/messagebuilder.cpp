#include "messagebuilder.h"

#include "mime/mailbox.h"
#include "mime/simplemessage.h"

#include <QBuffer>
#include <QCoreApplication>

namespace Sendscope::Gui {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::Gui::MessageBuilder", s);
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
    // TODO(MIME merge): attachments and the HTML alternative go through MessageWriter here.
    if (!in.attachments.isEmpty()) {
        *error = tr("Attachments are not yet supported in this build: remove them to send "
                    "the text alone. They arrive with MIME composition.");
        return false;
    }
    if (!in.html.isEmpty()) {
        *error = tr("Rich text is not yet supported in this build; it arrives with MIME "
                    "composition.");
        return false;
    }
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

    Mime::SimpleMessage m;
    m.from = from;
    m.to = to;
    m.cc = cc;  // Bcc only in the envelope (RFC 5322 §3.6.3)
    m.subject = in.subject;
    m.body = in.body;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(m.toBytes());
    buffer->open(QIODevice::ReadOnly);
    out->size = buffer->size();
    out->eightBit = false;  // quoted-printable and encoded words keep it 7-bit
    out->device = std::move(buffer);
    return true;
}

} // namespace Sendscope::Gui
