// MessageWriter on random Message models (any Unicode in subject, names, text and HTML,
// CR/LF/NUL included; small in-memory attachments; a boundary generator that returns what
// the data says): open() either refuses with a reason, or the output is exactly size()
// octets, CRLF only (no bare CR or LF, RFC 5322 §2.3), no line over 998 octets (§2.1.1),
// the same after a seek(), and MessageReader reads back the same subject and text — with
// the normalisations the round-trip unit test (tests/unit/reader) allows: line breaks come
// back as "\n", a single text part may gain a final "\n", and text that is not valid UTF-16
// (lone surrogates) comes back as U+FFFD; a TAB in the subject comes back as a space.
// FUZZ_DEBUG=1 fuzz_messagewriter FILE prints the message and the wire form.

#include "fuzzcheck.h"

#include "mime/messagereader.h"
#include "mime/messagewriter.h"

#include <QTimeZone>

#include <fuzzer/FuzzedDataProvider.h>

using namespace Sendscope::Mime;

namespace {

// Text from the data: mostly characters that matter to the writer (line breaks, NUL, dots,
// dashes, "=?", spaces, non-ASCII, a surrogate pair), sometimes any UTF-16 code unit.
QString fuzzText(FuzzedDataProvider &fdp, std::size_t maxLen)
{
    static const char16_t interesting[] = {u'\r', u'\n', u'\0', u'\t', u' ', u'.', u'-', u'=',
                                           u'?', u'"', u'\\', u'a', u'Z', u'0', u'<', u'>',
                                           u'@', u',', u'é', u'€', u'日', 0xD83D, 0xDE80, 0xFEFF};
    const std::size_t len = fdp.ConsumeIntegralInRange<std::size_t>(0, maxLen);
    QString s;
    for (std::size_t i = 0; i < len && fdp.remaining_bytes() > 0; ++i) {
        const std::uint8_t k = fdp.ConsumeIntegral<std::uint8_t>();
        if (k < 96)
            s += QChar(interesting[k % std::size(interesting)]);
        else if (k < 200)
            s += QLatin1Char(char(0x20 + k % 95));
        else
            s += QChar(fdp.ConsumeIntegral<char16_t>());
    }
    return s;
}

Mailbox fuzzMailbox(FuzzedDataProvider &fdp)
{
    static const char *const addresses[] = {"a@example.com", "bob.smith+tag@example.org",
                                            "\"quoted local\"@example.net", "x@[127.0.0.1]",
                                            "jörg@bücher.example", "user@xn--bcher-kva.example"};
    Mailbox m;
    if (fdp.ConsumeBool())
        m.displayName = fuzzText(fdp, 40);
    if (fdp.ConsumeIntegralInRange(0, 7) == 0)
        m.address = fuzzText(fdp, 30);
    else
        m.address = QString::fromUtf8(addresses[fdp.ConsumeIntegralInRange<std::size_t>(0, std::size(addresses) - 1)]);
    return m;
}

bool hasBreakOrNul(const QString &s)
{
    return s.contains(QLatin1Char('\r')) || s.contains(QLatin1Char('\n')) || s.contains(QChar(0));
}

// What the reader gives back for a text body: line breaks as "\n", UTF-8-clean.
QString normalisedText(const QString &text)
{
    QString t = QString::fromUtf8(text.toUtf8());
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t;
}

void checkWire(const QByteArray &out)
{
    FUZZ_CHECK(out.endsWith("\r\n"));
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == '\r') {
            FUZZ_CHECK(i + 1 < out.size() && out.at(i + 1) == '\n');  // no bare CR
            FUZZ_CHECK(i - lineStart <= 998);
            ++i;
            lineStart = i + 1;
        } else {
            FUZZ_CHECK(out.at(i) != '\n');  // no bare LF
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    FuzzedDataProvider fdp(bytes, size);
    Message m;
    m.from = fuzzMailbox(fdp);
    const int nTo = fdp.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < nTo; ++i)
        m.to.append(fuzzMailbox(fdp));
    if (fdp.ConsumeBool())
        m.cc.append(fuzzMailbox(fdp));
    if (fdp.ConsumeBool())
        m.bcc.append(fuzzMailbox(fdp));
    m.subject = fuzzText(fdp, 200);
    m.date = QDateTime(QDate(2026, 12, 4), QTime(21, 0), QTimeZone(3600));
    if (fdp.ConsumeIntegralInRange(0, 7) == 0)
        m.headers.append({QByteArray("X-Fuzz"), fuzzText(fdp, 80)});

    MessageWriter::Options options;
    options.allow8Bit = fdp.ConsumeBool();
    options.smtpUtf8 = fdp.ConsumeBool();
    // Deterministic ids; the boundaries first from the data (possibly invalid, reused or
    // found in a body: the writer must ask again), then always fresh valid ones.
    options.messageIdGenerator = [](const Message &) { return QByteArray("fuzz.1@example.com"); };
    std::vector<QByteArray> boundaries;
    const int nBoundaries = fdp.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < nBoundaries; ++i)
        boundaries.push_back(QByteArray::fromStdString(fdp.ConsumeRandomLengthString(80)));
    std::size_t nextBoundary = 0;
    int fresh = 0;
    options.boundaryGenerator = [&]() {
        if (nextBoundary < boundaries.size())
            return boundaries[nextBoundary++];
        return QByteArray("=_fuzz_") + QByteArray::number(++fresh);
    };

    const int nAtt = fdp.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < nAtt; ++i) {
        Attachment a;
        a.fileName = fuzzText(fdp, 30);
        if (a.fileName.isEmpty())
            a.fileName = QStringLiteral("file.bin");
        static const char *const types[] = {"application/octet-stream", "text/plain", "image/png", ""};
        a.mediaType = types[fdp.ConsumeIntegralInRange(0, 3)];
        if (fdp.ConsumeBool())
            a.contentId = "part" + QByteArray::number(i) + "@example.com";
        a.data = QByteArray::fromStdString(fdp.ConsumeRandomLengthString(600));
        m.attachments.append(a);
    }
    m.text = fuzzText(fdp, 3000);
    if (fdp.ConsumeBool())
        m.html = fuzzText(fdp, 1000);

    MessageWriter w(m, options);
    if (!w.open(QIODevice::ReadOnly)) {
        FUZZ_CHECK(!w.errorString().isEmpty());
        return 0;
    }
    // Header injection is always refused (RFC 5322 §2.2).
    FUZZ_CHECK(!hasBreakOrNul(m.subject));

    QByteArray out;
    char buf[1000];
    for (;;) {
        const qint64 n = w.read(buf, sizeof buf);
        FUZZ_CHECK(n >= 0);
        if (n == 0)
            break;
        out.append(buf, n);
        FUZZ_CHECK(out.size() <= w.size());
    }
    FUZZ_CHECK(out.size() == w.size());
    checkWire(out);

    // Random access gives the same octets.
    const qint64 at = out.size() / 3;
    FUZZ_CHECK(w.seek(at));
    const QByteArray tail = w.readAll();
    FUZZ_CHECK(tail == out.sliced(at));

    ReadLimits limits;
    limits.fileThreshold = 256;
    const ReadResult r = MessageReader(limits).readBytes(out);
    FUZZ_CHECK(r.ok);
    if (qEnvironmentVariableIsSet("FUZZ_DEBUG"))  // replaying a finding: show what was read
        std::fprintf(stderr, "subject: %s\ntext: %s\nread back: %s\n%s\nwire:\n%s\n",
                     qPrintable(m.subject), qPrintable(m.text), qPrintable(r.message.subject),
                     qPrintable(r.message.text), out.constData());
    // The reader turns TAB in header text into a space (messagereader.cpp cleanHeaderText).
    FUZZ_CHECK(r.message.subject == QString::fromUtf8(m.subject.toUtf8()).replace(QLatin1Char('\t'), QLatin1Char(' ')));
    const QString want = normalisedText(m.text);
    const QString got = r.message.text;
    const bool single = m.html.isEmpty() && m.attachments.isEmpty();
    FUZZ_CHECK(got == want || (single && !want.endsWith(QLatin1Char('\n')) && got == want + QLatin1Char('\n')));
    FUZZ_CHECK(r.message.attachments.size() == m.attachments.size());
    return 0;
}
