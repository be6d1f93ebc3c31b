// EHLO capability parsing (RFC 5321 §4.1.1.1): server bytes -> ReplyParser -> Capabilities.
// Whatever the server lists, the result must be consistent and the automatic AUTH choice
// must stay within what was offered, what we implement, and what the link allows.

#include "fuzzcheck.h"

#include "smtp/capabilities.h"
#include "smtp/replyparser.h"
#include "smtp/sasl/saslmechanism.h"

using Sendscope::Capabilities;
using Sendscope::ReplyParser;
using Sendscope::SmtpReply;

namespace {

void checkCapabilities(const SmtpReply &reply, const Capabilities &caps)
{
    if (!reply.isPositive()) {
        FUZZ_CHECK(caps.isEmpty());
        FUZZ_CHECK(caps.authMechanisms().isEmpty());
        FUZZ_CHECK(caps.sizeLimit() == 0);
        return;
    }
    const QStringList keywords = caps.keywords();
    FUZZ_CHECK(caps.isEmpty() == keywords.isEmpty());
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        const QString &k = keywords.at(i);
        FUZZ_CHECK(!k.isEmpty());
        FUZZ_CHECK(!k.contains(QLatin1Char(' ')));
        FUZZ_CHECK(k == k.toUpper());
        FUZZ_CHECK(keywords.indexOf(k) == i);  // each keyword once
        FUZZ_CHECK(caps.has(k) && caps.has(k.toLower()));
        (void)caps.parameters(k);
    }
    const QStringList auth = caps.authMechanisms();
    for (qsizetype i = 0; i < auth.size(); ++i) {
        const QString &m = auth.at(i);
        FUZZ_CHECK(!m.isEmpty() && !m.contains(QLatin1Char(' ')));
        FUZZ_CHECK(m == m.toUpper());
        FUZZ_CHECK(auth.indexOf(m) == i);
    }
    if (!auth.isEmpty())
        FUZZ_CHECK(caps.has(QStringLiteral("AUTH")));
    FUZZ_CHECK(caps.sizeLimit() >= 0);
    if (caps.sizeLimit() > 0)
        FUZZ_CHECK(caps.size());
    FUZZ_CHECK(!caps.greetingDomain().contains(QLatin1Char(' ')));
    (void)caps.startTls();
    (void)caps.pipelining();
    (void)caps.smtpUtf8();
    (void)caps.describe();

    // `--auth auto` on what this server offered.
    const QStringList ours = Sendscope::Sasl::supportedMechanisms();
    for (bool encrypted : {false, true}) {
        const QString chosen = Sendscope::Sasl::chooseAuto(auth, encrypted);
        if (chosen.isEmpty())
            continue;
        FUZZ_CHECK(ours.contains(chosen, Qt::CaseInsensitive));
        FUZZ_CHECK(auth.contains(chosen, Qt::CaseInsensitive));
        // Never a reusable secret over a clear link.
        if (!encrypted)
            FUZZ_CHECK(!Sendscope::Sasl::sendsSecretInClear(chosen));
    }

    // After STARTTLS the session forgets all of it (RFC 3207 §4.2).
    FUZZ_CHECK(Capabilities().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    QByteArrayView data(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    ReplyParser parser;
    while (!data.isEmpty()) {
        const ReplyParser::Result r = parser.feed(data);
        if (r.status != ReplyParser::Status::Complete)
            break;
        const SmtpReply reply = parser.takeReply();
        checkCapabilities(reply, Capabilities::fromEhloReply(reply));
        data = data.sliced(r.consumed);
    }
    return 0;
}
