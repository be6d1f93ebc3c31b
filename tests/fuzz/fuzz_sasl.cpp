// SASL challenge handling (RFC 4954 §4): for every mechanism Sendscope implements, the input
// is a sequence of decoded 334 challenges. Never crash, never hang (libFuzzer's -timeout),
// a Cancel always says why, and no text meant for people or the log carries the secret.
// New mechanisms are covered as soon as supportedMechanisms() lists them.

#include "fuzzcheck.h"

#include "smtp/sasl/saslmechanism.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QStringList>

using namespace Sendscope::Sasl;

namespace {

const QString kSecret = QStringLiteral("fuzz-S3cret-7f1c9a");

Credentials credentials()
{
    Credentials c;
    c.user = QStringLiteral("fuzz.user@example.test");
    c.secret = kSecret;
    c.host = QStringLiteral("mail.example.test");
    c.port = 587;
    return c;
}

// Only meaningful when the server did not send the secret itself (a mechanism may quote the
// server's words in an error).
bool leaks(const QString &text, bool serverSentSecret)
{
    if (serverSentSecret)
        return false;
    return text.contains(kSecret)
            || text.contains(QString::fromLatin1(kSecret.toUtf8().toBase64()));
}

void checkResponse(const Response &r, bool serverSentSecret)
{
    FUZZ_CHECK(!leaks(r.logText, serverSentSecret));
    FUZZ_CHECK(!leaks(r.error, serverSentSecret));
    if (r.kind == Response::Kind::Cancel)
        FUZZ_CHECK(!r.error.isEmpty());
}

void exchange(const QString &name, const std::uint8_t *bytes, std::size_t size, bool accepted,
              bool serverSentSecret)
{
    std::unique_ptr<Mechanism> mech = createMechanism(name, credentials());
    FUZZ_CHECK(mech != nullptr);
    FUZZ_CHECK(mech->name().compare(name, Qt::CaseInsensitive) == 0);
    if (mech->hasInitialResponse())
        checkResponse(mech->start(), serverSentSecret);

    // Challenges are separated as FuzzedDataProvider's ConsumeRandomLengthString does
    // ("\\" and any other byte ends one; "\\\\" is a backslash).
    FuzzedDataProvider fdp(bytes, size);
    bool cancelled = false;
    for (int step = 0; step < 64 && fdp.remaining_bytes() > 0; ++step) {
        const std::string c = fdp.ConsumeRandomLengthString();
        const Response r = mech->challenge(QByteArray(c.data(), static_cast<qsizetype>(c.size())));
        checkResponse(r, serverSentSecret);
        if (r.kind == Response::Kind::Cancel) {
            cancelled = true;  // the session sends "*" and stops asking the mechanism
            break;
        }
    }
    const bool trusted = mech->finished(accepted && !cancelled);
    if (!accepted || cancelled)
        FUZZ_CHECK(!trusted);  // a mechanism never turns a failure into success
    FUZZ_CHECK(!leaks(mech->serverError(), serverSentSecret));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    const bool serverSentSecret = data.indexOf(kSecret.toUtf8()) >= 0
            || data.indexOf(kSecret.toUtf8().toBase64()) >= 0;
    const QStringList names = supportedMechanisms();
    FUZZ_CHECK(!names.isEmpty());
    for (const QString &name : names) {
        exchange(name, bytes, size, true, serverSentSecret);
        exchange(name, bytes, size, false, serverSentSecret);
    }
    return 0;
}
