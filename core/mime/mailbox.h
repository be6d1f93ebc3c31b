#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sendscope::Mime {

// One address with an optional display name: `Name <local@domain>` or `local@domain`.
struct Mailbox
{
    QString displayName;
    QString address;

    QString localPart() const { return address.section(QLatin1Char('@'), 0, -2); }
    QString domain() const { return address.section(QLatin1Char('@'), -1); }
    bool isAsciiAddress() const;
    bool isAsciiLocalPart() const;
    // The address with an internationalized domain in its ASCII (punycode) form, RFC 5890;
    // the local part unchanged.
    QString asciiDomainAddress() const;

    // The header form `name <addr>` starting at *column (after "To:" or ", "), with the
    // display name as atoms, a quoted string or RFC 2047 encoded words. The domain is in
    // punycode unless `smtpUtf8`; a non-ASCII local part stays UTF-8 (RFC 6532 §3.2), which
    // only an SMTPUTF8 server accepts — the session refuses it elsewhere.
    QByteArray toHeader(bool smtpUtf8, int *column) const;

    // Parses and validates one mailbox. The display name may be quoted (with backslash
    // escapes) or hold RFC 2047 encoded words. On failure returns false and sets *error to a
    // sentence naming the bad address and what is wrong with it.
    static bool parse(const QString &text, Mailbox *out, QString *error);
    // A comma-separated list; quoted display names may contain commas.
    static bool parseList(const QString &text, QList<Mailbox> *out, QString *error);
};

// "a, b" for a header starting at `column`, folded between mailboxes.
QByteArray formatMailboxList(const QList<Mailbox> &list, bool smtpUtf8, int column);

} // namespace Sendscope::Mime
