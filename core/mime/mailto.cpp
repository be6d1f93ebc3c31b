#include "mailto.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Sendscope::Mime {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

struct Decoder
{
    bool badEscape = false;
    bool badUtf8 = false;

    // RFC 3986 §2.1 percent-decoding of one component, the octets read as UTF-8 (RFC 6068
    // §5). Characters that arrive unencoded (raw non-ASCII from a browser, a space typed on a
    // command line) are kept; a '%' without two hex digits stays a '%'. '+' is kept: it
    // means a space only in HTML forms, never in a mailto: URI.
    QString operator()(QStringView in)
    {
        QByteArray bytes;
        bytes.reserve(in.size());
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < in.size(); ++i) {
            if (in.at(i) != QLatin1Char('%'))
                continue;
            bytes += in.sliced(runStart, i - runStart).toUtf8();
            const int hi = i + 2 < in.size() ? hexValue(in.at(i + 1)) : -1;
            const int lo = hi >= 0 ? hexValue(in.at(i + 2)) : -1;
            if (lo >= 0) {
                bytes += char(hi * 16 + lo);
                i += 2;
            } else {
                badEscape = true;
                bytes += '%';
            }
            runStart = i + 1;
        }
        bytes += in.sliced(runStart).toUtf8();
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString out = utf8(bytes);
        if (utf8.hasError())
            badUtf8 = true;
        return out;
    }
};

bool hasLineBreak(const QString &s)
{
    return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n'));
}

// Other C0 controls and DEL have no place in a header or in text someone edits.
QString withoutControls(const QString &s, bool keepNewline, bool *removed)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && !(keepNewline && u == '\n')) || u == 0x7f) {
            *removed = true;
            continue;
        }
        out += c;
    }
    return out;
}

// Header fields a link must never set: they would forge the sender, the route or the
// structure of the message (RFC 6068 §7, "unsafe header fields").
bool isUnsafeField(const QString &name)
{
    static const QStringList unsafe = {
        QStringLiteral("from"), QStringLiteral("sender"), QStringLiteral("reply-to"),
        QStringLiteral("return-path"), QStringLiteral("received"), QStringLiteral("date"),
        QStringLiteral("message-id"), QStringLiteral("mime-version"),
        QStringLiteral("dkim-signature"), QStringLiteral("authentication-results"),
        QStringLiteral("apparently-to"), QStringLiteral("delivered-to")};
    return unsafe.contains(name) || name.startsWith(QLatin1String("content-"))
            || name.startsWith(QLatin1String("resent-")) || name.startsWith(QLatin1String("arc-"));
}

} // namespace

bool MailtoParser::isMailto(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

MailtoResult MailtoParser::parse(const QString &uri)
{
    MailtoResult r;
    const QString in = uri.trimmed();
    if (in.size() > MaxLength) {
        r.error = tr("The mailto: link is %1 characters long; at most %2 are accepted.")
                          .arg(in.size())
                          .arg(MaxLength);
        return r;
    }
    if (!isMailto(in)) {
        r.error = tr("\"%1\" is not a mailto: link.").arg(in.left(80));
        return r;
    }
    QStringView rest = QStringView(in).sliced(7);
    // RFC 3986 §3.5: a fragment is not part of what the link asks for.
    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        if (hash + 1 < rest.size())
            r.warnings.append(tr("The part after '#' was ignored; write it as %23 to keep it."));
        rest = rest.first(hash);
    }
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    const QStringView path = q >= 0 ? rest.first(q) : rest;
    const QStringView query = q >= 0 ? rest.sliced(q + 1) : QStringView();

    Decoder decode;
    int addresses = 0;
    bool tooMany = false;
    // RFC 6068 §2: to = addr-spec *("," addr-spec); a comma inside an address is
    // percent-encoded, so the list is split before decoding.
    auto addAddresses = [&](QStringView raw, QStringList *target, const QString &label) {
        const QList<QStringView> parts = raw.split(QLatin1Char(','));
        for (QStringView p : parts) {
            const QString a = decode(p).trimmed();
            if (a.isEmpty())
                continue;
            if (hasLineBreak(a) || a.contains(QChar(0))) {
                // A line break would end the header and start another one.
                r.warnings.append(tr("%1: an address with a line break was left out.").arg(label));
                continue;
            }
            if (++addresses > MaxAddresses) {
                tooMany = true;
                continue;
            }
            bool removed = false;
            target->append(withoutControls(a, false, &removed));
        }
    };
    addAddresses(path, &r.to, QStringLiteral("To"));

    bool subjectSeen = false;
    bool bodySeen = false;
    int fields = 0;
    const QList<QStringView> pairs = query.split(QLatin1Char('&'));
    for (QStringView pair : pairs) {
        if (pair.isEmpty())
            continue;
        if (++fields > MaxFields) {
            r.warnings.append(tr("The link has more than %1 fields; the rest were ignored.").arg(MaxFields));
            break;
        }
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QStringView rawName = eq >= 0 ? pair.first(eq) : pair;
        const QStringView rawValue = eq >= 0 ? pair.sliced(eq + 1) : QStringView();
        // hfnames compare without case (RFC 6068 §2, RFC 5322 §1.2.2).
        const QString name = decode(rawName).trimmed().toLower();
        if (name == QLatin1String("to")) {
            addAddresses(rawValue, &r.to, QStringLiteral("To"));
        } else if (name == QLatin1String("cc")) {
            addAddresses(rawValue, &r.cc, QStringLiteral("Cc"));
        } else if (name == QLatin1String("bcc")) {
            addAddresses(rawValue, &r.bcc, QStringLiteral("Bcc"));
        } else if (name == QLatin1String("subject")) {
            if (subjectSeen) {
                r.warnings.append(tr("The link has more than one subject; the first was kept."));
                continue;
            }
            subjectSeen = true;
            QString s = decode(rawValue);
            // Header injection ("?subject=a%0D%0ABcc:x"): a subject is one unstructured
            // line (RFC 5322 §2.2, §3.6.5). Each line break becomes a space, so the text
            // stays visible to the user and can never start a header field of its own.
            if (hasLineBreak(s)) {
                s.replace(QLatin1String("\r\n"), QLatin1String(" "));
                s.replace(QLatin1Char('\r'), QLatin1Char(' '));
                s.replace(QLatin1Char('\n'), QLatin1Char(' '));
                r.warnings.append(tr("The subject held a line break; it was replaced by a space so "
                                     "that it cannot add a header field."));
            }
            bool removed = false;
            r.subject = withoutControls(s, false, &removed);
            if (removed)
                r.warnings.append(tr("Control characters were removed from the subject."));
        } else if (name == QLatin1String("body")) {
            if (bodySeen) {
                r.warnings.append(tr("The link has more than one body; the first was kept."));
                continue;
            }
            bodySeen = true;
            // RFC 6068 §5: line breaks in a body are encoded as %0D%0A; the composer edits
            // text with "\n" and the writer sends CRLF again.
            QString b = decode(rawValue);
            b.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            b.replace(QLatin1Char('\r'), QLatin1Char('\n'));
            bool removed = false;
            r.body = withoutControls(b, true, &removed);
            if (removed)
                r.warnings.append(tr("Control characters were removed from the body."));
        } else if (name == QLatin1String("in-reply-to")) {
            // RFC 6068 §3 names In-Reply-To as safe. It must be one msg-id (RFC 5322 §3.6.4).
            static const QRegularExpression msgId(
                    QStringLiteral("^<[\\x21-\\x3b\\x3d\\x3f-\\x7e]+@[\\x21-\\x3b\\x3d\\x3f-\\x7e]+>$"));
            const QString v = decode(rawValue).trimmed();
            if (msgId.match(v).hasMatch()) {
                r.inReplyTo = v.toLatin1();
            } else {
                r.warnings.append(tr("In-Reply-To \"%1\" is not a message identifier and was left out.")
                                          .arg(v.left(80).simplified()));
                if (!r.refusedFields.contains(name))
                    r.refusedFields.append(name);
            }
        } else if (name.isEmpty()) {
            continue;
        } else if (isUnsafeField(name) || hasLineBreak(name)) {
            QString shown = name.left(40);
            bool removed = false;
            shown = withoutControls(shown, false, &removed);
            if (!r.refusedFields.contains(shown)) {
                r.refusedFields.append(shown);
                r.warnings.append(tr("The link tried to set %1; that field was refused.").arg(shown));
            }
        } else if (!r.ignoredFields.contains(name.left(40))) {
            // RFC 6068 §2: header fields the composer does not know are not used.
            r.ignoredFields.append(name.left(40));
        }
    }
    if (tooMany)
        r.warnings.append(tr("The link names more than %1 addresses; the rest were left out.").arg(MaxAddresses));
    if (decode.badEscape)
        r.warnings.append(tr("A '%' not followed by two hexadecimal digits was kept as it is."));
    if (decode.badUtf8)
        r.warnings.append(tr("Some octets were not valid UTF-8 and were replaced."));
    r.ok = true;
    return r;
}

} // namespace Sendscope::Mime
