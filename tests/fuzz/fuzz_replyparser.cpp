// ReplyParser (RFC 5321 §4.2.1) fed the same bytes whole, byte by byte and in chunks chosen
// from the data: every way must give the same replies, each reply must be well formed, and
// the parser must never hold more than one line.

#include "fuzzcheck.h"

#include "smtp/replyparser.h"

#include <QList>

#include <functional>

using Sendscope::ReplyParser;
using Sendscope::SmtpReply;

namespace {

struct Outcome
{
    QList<SmtpReply> replies;
    QList<QList<QByteArray>> rawLines;
    bool failed = false;
    QString error;
};

// RFC 3463 §2: class "." subject "." detail, 1-3 digits each, class matching the reply.
bool wellFormedEnhanced(const QString &e, int replyClass)
{
    if (e.isEmpty())
        return true;
    const QList<QStringView> parts = QStringView(e).split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0) != QString::number(replyClass))
        return false;
    for (int i = 1; i < 3; ++i) {
        if (parts.at(i).isEmpty() || parts.at(i).size() > 3)
            return false;
        for (QChar c : parts.at(i)) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
    }
    return true;
}

void checkReply(const SmtpReply &reply, const QList<QByteArray> &raw)
{
    FUZZ_CHECK(reply.isValid());
    FUZZ_CHECK(reply.code >= 200 && reply.code <= 599);
    FUZZ_CHECK(!raw.isEmpty());
    FUZZ_CHECK(reply.lines.size() == raw.size());
    FUZZ_CHECK(wellFormedEnhanced(reply.enhancedCode, reply.replyClass()));
    const QByteArray code = QByteArray::number(reply.code);
    qsizetype total = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QByteArray &line = raw.at(i);
        FUZZ_CHECK(line.size() >= 3 && line.size() <= ReplyParser::MaxLineLength);
        FUZZ_CHECK(!line.contains('\n'));
        // Every line carries the same code (a mixed reply is an error, not a reply).
        FUZZ_CHECK(line.startsWith(code));
        const bool last = i == raw.size() - 1;
        if (last)
            FUZZ_CHECK(line.size() == 3 || line.at(3) == ' ');
        else
            FUZZ_CHECK(line.size() > 3 && line.at(3) == '-');
        FUZZ_CHECK(!reply.lines.at(i).contains(QLatin1Char('\n')));
        total += line.size() + 2;
    }
    FUZZ_CHECK(total <= ReplyParser::MaxReplyLength);
    (void)reply.summary();
    (void)reply.text();
}

// Feeds `data` in chunks of the lengths `next` gives, the way SmtpSession does: after a
// complete reply, the rest of the chunk is fed again.
Outcome run(QByteArrayView data, const std::function<qsizetype(qsizetype)> &next)
{
    ReplyParser parser;
    Outcome out;
    qsizetype lineBytes = 0;    // bytes of the current, unfinished line consumed so far
    qsizetype sinceReply = 0;   // bytes consumed since the last complete reply
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype n = next(data.size() - pos);
        QByteArrayView chunk = data.sliced(pos, n);
        pos += n;
        while (!chunk.isEmpty()) {
            const ReplyParser::Result r = parser.feed(chunk);
            FUZZ_CHECK(r.consumed >= 0 && r.consumed <= chunk.size());
            if (r.status == ReplyParser::Status::Error) {
                out.failed = true;
                out.error = parser.errorString();
                FUZZ_CHECK(!out.error.isEmpty());
                FUZZ_CHECK(parser.offendingLine().size() <= 256);
                // A failed parser stays failed until reset().
                FUZZ_CHECK(parser.feed("250 OK\r\n").status == ReplyParser::Status::Error);
                parser.reset();
                FUZZ_CHECK(!parser.isMidReply());
                const ReplyParser::Result again = parser.feed("250 OK\r\n");
                FUZZ_CHECK(again.status == ReplyParser::Status::Complete && again.consumed == 8);
                FUZZ_CHECK(parser.takeReply().code == 250);
                return out;
            }
            for (qsizetype i = 0; i < r.consumed; ++i)
                lineBytes = chunk[i] == '\n' ? 0 : lineBytes + 1;
            sinceReply += r.consumed;
            // One line at most, and its CR: more would mean the parser buffers without bound.
            FUZZ_CHECK(lineBytes <= ReplyParser::MaxLineLength + 1);
            if (r.status == ReplyParser::Status::Complete) {
                // A reply ends at a line end, and nothing after it is taken.
                FUZZ_CHECK(r.consumed > 0 && chunk[r.consumed - 1] == '\n');
                FUZZ_CHECK(lineBytes == 0);
                FUZZ_CHECK(sinceReply <= ReplyParser::MaxReplyLength);
                sinceReply = 0;
                const QList<QByteArray> raw = parser.rawLines();
                const SmtpReply reply = parser.takeReply();
                checkReply(reply, raw);
                FUZZ_CHECK(!parser.isMidReply());
                out.replies.append(reply);
                out.rawLines.append(raw);
                chunk = chunk.sliced(r.consumed);
            } else {
                // NeedMore means everything was taken.
                FUZZ_CHECK(r.consumed == chunk.size());
                FUZZ_CHECK(parser.isMidReply() == (sinceReply > 0));
                chunk = QByteArrayView();
            }
        }
    }
    return out;
}

void checkSame(const Outcome &a, const Outcome &b)
{
    FUZZ_CHECK(a.failed == b.failed);
    FUZZ_CHECK(a.error == b.error);
    FUZZ_CHECK(a.replies.size() == b.replies.size());
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        FUZZ_CHECK(a.replies.at(i).code == b.replies.at(i).code);
        FUZZ_CHECK(a.replies.at(i).enhancedCode == b.replies.at(i).enhancedCode);
        FUZZ_CHECK(a.replies.at(i).lines == b.replies.at(i).lines);
        FUZZ_CHECK(a.rawLines.at(i) == b.rawLines.at(i));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    const Outcome whole = run(data, [](qsizetype remaining) { return remaining; });
    // Byte by byte only for shorter inputs: a 64 KiB one would take 64 Ki calls and slow
    // the whole run down; the data-chosen split below still cuts long inputs everywhere.
    const Outcome byByte = data.size() <= 16384
            ? run(data, [](qsizetype) { return qsizetype(1); })
            : whole;
    SendscopeFuzz::Splitter splitter(data);
    const Outcome chunked = run(data, [&splitter](qsizetype remaining) {
        return splitter.next(remaining);
    });
    checkSame(whole, byByte);
    checkSame(whole, chunked);
    return 0;
}
