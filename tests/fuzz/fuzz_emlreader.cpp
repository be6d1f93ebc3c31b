// MessageReader::readBytes on any bytes, with small ReadLimits so that the temporary-file
// path, the memory budget, the part and depth limits and the warning cap are all reached by
// short inputs: never crash or hang (-timeout), and a message that comes out can be put into
// the composer as it is — no CR or LF in the Subject or any address or display name (that
// would inject headers when it is sent again, RFC 5322 §2.2); header text (Subject, other
// headers) holds no NUL either (cleanHeaderText in messagereader.cpp).

#include "fuzzcheck.h"

#include "mime/messagereader.h"

#include <QFile>

using namespace Sendscope::Mime;

namespace {

bool hasLineBreakOrNul(QStringView s)
{
    for (QChar c : s) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return true;
    }
    return false;
}

bool hasLineBreak(QStringView s)
{
    return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n'));
}

// Addresses are kept as written, even invalid ones (the composer's Mailbox::parse refuses
// them before sending, parseAddressList in mimeparse_p.h): only line breaks must be gone.
void checkMailbox(const Mailbox &m)
{
    FUZZ_CHECK(!hasLineBreak(m.address));
    FUZZ_CHECK(!hasLineBreak(m.displayName));
}

ReadLimits smallLimits()
{
    ReadLimits l;
    l.maxDepth = 6;
    l.maxParts = 40;
    l.maxHeaderBytes = 2048;
    l.fileThreshold = 200;
    l.maxTextBytes = 1500;
    l.maxMemoryBytes = 3000;
    l.maxWarnings = 20;
    return l;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    static const MessageReader reader(smallLimits());
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const ReadResult r = reader.readBytes(data);
    if (!r.ok) {
        FUZZ_CHECK(!r.error.isEmpty());
        return 0;
    }
    const Message &m = r.message;
    FUZZ_CHECK(!hasLineBreakOrNul(m.subject));
    FUZZ_CHECK(!hasLineBreakOrNul(m.userAgent));
    FUZZ_CHECK(!m.messageId.contains('\r') && !m.messageId.contains('\n'));
    checkMailbox(m.from);
    for (const QList<Mailbox> *l : {&m.to, &m.cc, &m.bcc, &m.replyTo}) {
        for (const Mailbox &b : *l)
            checkMailbox(b);
    }
    for (const auto &h : m.headers)
        FUZZ_CHECK(!hasLineBreakOrNul(h.second));
    FUZZ_CHECK(r.warnings.size() <= reader.limits().maxWarnings + 1);  // + "and N more"
    // Bounded memory: what is held in memory stays within the budget (plus the text parts,
    // which have their own bound).
    qint64 inMemory = 0;
    for (const Attachment &a : m.attachments) {
        FUZZ_CHECK(!hasLineBreak(a.fileName));
        inMemory += a.data.size();
        if (!a.filePath.isEmpty()) {
            FUZZ_CHECK(a.data.isEmpty());
            FUZZ_CHECK(r.storage && a.filePath.startsWith(r.storage->path()));
            FUZZ_CHECK(QFile::exists(a.filePath));
        }
    }
    FUZZ_CHECK(inMemory <= reader.limits().maxMemoryBytes);
    FUZZ_CHECK(m.text.size() <= reader.limits().maxTextBytes);
    return 0;
}
