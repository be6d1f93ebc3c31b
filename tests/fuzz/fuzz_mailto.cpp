// mailto: URIs (MailtoParser, RFC 6068) as they arrive from a browser or a command line:
// never crash, and whatever is accepted is safe for the composer — no field that becomes a
// header (addresses, Subject, In-Reply-To) holds CR, LF or NUL (RFC 6068 §7: a "%0D%0A" in
// a header field would inject headers), the body's line breaks are "\n" only, and the
// documented bounds (MaxAddresses, MaxFields) hold.

#include "fuzzcheck.h"

#include "mime/mailto.h"

#include <QStringList>

using Sendscope::Mime::MailtoParser;
using Sendscope::Mime::MailtoResult;

namespace {

bool hasLineBreakOrNul(QStringView s)
{
    for (QChar c : s) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return true;
    }
    return false;
}

void checkResult(const MailtoResult &r)
{
    if (!r.ok) {
        FUZZ_CHECK(!r.error.isEmpty());
        FUZZ_CHECK(r.to.isEmpty() && r.cc.isEmpty() && r.bcc.isEmpty() && r.subject.isEmpty()
                   && r.body.isEmpty() && r.inReplyTo.isEmpty());
        return;
    }
    for (const QStringList *list : {&r.to, &r.cc, &r.bcc}) {
        for (const QString &a : *list)
            FUZZ_CHECK(!hasLineBreakOrNul(a));
    }
    FUZZ_CHECK(r.to.size() + r.cc.size() + r.bcc.size() <= MailtoParser::MaxAddresses);
    FUZZ_CHECK(!hasLineBreakOrNul(r.subject));
    FUZZ_CHECK(!r.inReplyTo.contains('\r') && !r.inReplyTo.contains('\n') && !r.inReplyTo.contains('\0'));
    if (!r.inReplyTo.isEmpty())
        FUZZ_CHECK(r.inReplyTo.startsWith('<') && r.inReplyTo.endsWith('>'));
    FUZZ_CHECK(!r.body.contains(QLatin1Char('\r')));  // "line breaks as \n"
    FUZZ_CHECK(r.ignoredFields.size() + r.refusedFields.size() <= MailtoParser::MaxFields);
    for (const QStringList *list : {&r.ignoredFields, &r.refusedFields}) {
        for (const QString &f : *list) {
            FUZZ_CHECK(f == f.toLower());
            FUZZ_CHECK(list->count(f) == 1);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes),
                                           static_cast<qsizetype>(size));
    const MailtoResult r = MailtoParser::parse(text);
    checkResult(r);
    if (r.ok)
        FUZZ_CHECK(MailtoParser::isMailto(text));
    // Most mutations lose the scheme: try the same text as the part after "mailto:" too.
    if (!text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        checkResult(MailtoParser::parse(QStringLiteral("mailto:") + text));
    return 0;
}
