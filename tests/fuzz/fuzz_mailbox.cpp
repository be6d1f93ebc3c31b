// Address parsing (Mailbox::parse / parseList): never crash, and an accepted address is one
// that can be written into "MAIL FROM:<…>" / "RCPT TO:<…>" as it is: no CR, LF or NUL (that
// would be command injection), and nothing outside RFC 5321 §4.1.2's Mailbox grammar
// (RFC 6531 §3.3 adds UTF-8) — a '>' or a space there would let the text after it become
// ESMTP parameters.

#include "fuzzcheck.h"

#include "mime/mailbox.h"

#include <QStringList>

using Sendscope::Mime::Mailbox;

namespace {

bool hasLineBreakOrNul(const QString &s)
{
    for (QChar c : s) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c.unicode() == 0)
            return true;
    }
    return false;
}

bool isUtf8NonAscii(QChar c)
{
    return c.unicode() >= 0x80;
}

// RFC 5322 §3.2.3 atext, plus UTF-8 (RFC 6531 §3.3).
bool isAtext(QChar c)
{
    if (isUtf8NonAscii(c))
        return true;
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(u));
}

// Dot-string = Atom *("." Atom)
bool isDotString(QStringView s)
{
    if (s.isEmpty() || s.startsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('.')))
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('.')) {
            if (s[i - 1] == QLatin1Char('.'))
                return false;
        } else if (!isAtext(s[i])) {
            return false;
        }
    }
    return true;
}

// Quoted-string = DQUOTE *QcontentSMTP DQUOTE; qtextSMTP = %d32-33 / %d35-91 / %d93-126;
// quoted-pairSMTP = %d92 %d32-126.
bool isQuotedString(QStringView s)
{
    if (s.size() < 2 || !s.startsWith(QLatin1Char('"')) || !s.endsWith(QLatin1Char('"')))
        return false;
    for (qsizetype i = 1; i < s.size() - 1; ++i) {
        const ushort u = s[i].unicode();
        if (u == '\\') {
            if (i + 1 >= s.size() - 1)
                return false;
            const ushort n = s[++i].unicode();
            if (n < 32 || n > 126)
                return false;
        } else if (!(isUtf8NonAscii(s[i]) || (u >= 32 && u <= 126 && u != '"'))) {
            return false;
        }
    }
    return true;
}

// address-literal = "[" 1*dcontent "]", dcontent = %d33-90 / %d94-126 (the general form;
// RFC 5321 §4.1.3 narrows it further).
bool isAddressLiteral(QStringView d)
{
    if (d.size() < 3 || !d.startsWith(QLatin1Char('[')) || !d.endsWith(QLatin1Char(']')))
        return false;
    for (QChar c : d.sliced(1, d.size() - 2)) {
        const ushort u = c.unicode();
        if (u < 33 || u > 126 || u == '[' || u == '\\' || u == ']')
            return false;
    }
    return true;
}

// Domain = sub-domain *("." sub-domain), sub-domain = Let-dig [Ldh-str] (U-labels allowed).
bool isHostName(QStringView d)
{
    const QList<QStringView> labels = d.split(QLatin1Char('.'));
    for (QStringView label : labels) {
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            const ushort u = c.unicode();
            const bool ok = isUtf8NonAscii(c) || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                    || (u >= '0' && u <= '9') || u == '-';
            if (!ok)
                return false;
        }
    }
    return true;
}

void checkAccepted(const Mailbox &m)
{
    FUZZ_CHECK(!m.address.isEmpty());
    FUZZ_CHECK(!hasLineBreakOrNul(m.address));
    FUZZ_CHECK(!hasLineBreakOrNul(m.displayName));
    // RFC 5321 §4.1.2: Mailbox = Local-part "@" ( Domain / address-literal ). One check per
    // rule, so that each kind of finding has its own place (libFuzzer tells them apart).
    const qsizetype at = m.address.lastIndexOf(QLatin1Char('@'));
    FUZZ_CHECK(at > 0);
    const QStringView local = QStringView(m.address).first(at);
    const QStringView domain = QStringView(m.address).sliced(at + 1);
    if (local.startsWith(QLatin1Char('"')))
        FUZZ_CHECK(isQuotedString(local));
    else
        FUZZ_CHECK(isDotString(local));
    if (domain.startsWith(QLatin1Char('[')))
        FUZZ_CHECK(isAddressLiteral(domain));
    else
        FUZZ_CHECK(isHostName(domain));
    FUZZ_CHECK(!m.localPart().isEmpty() && !m.domain().isEmpty());
    (void)m.isAsciiAddress();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes),
                                           static_cast<qsizetype>(size));
    Mailbox one;
    QString error;
    if (Mailbox::parse(text, &one, &error)) {
        checkAccepted(one);
        // What was accepted is accepted again as it is (the CLI and the composer re-parse).
        Mailbox again;
        QString againError;
        FUZZ_CHECK(Mailbox::parse(one.address, &again, &againError));
        FUZZ_CHECK(again.address == one.address);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }

    QList<Mailbox> list;
    QString listError;
    if (Mailbox::parseList(text, &list, &listError)) {
        for (const Mailbox &m : std::as_const(list))
            checkAccepted(m);
    } else {
        FUZZ_CHECK(!listError.isEmpty());
    }
    return 0;
}
