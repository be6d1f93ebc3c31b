#pragma once

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

    // Parses and validates one mailbox. On failure returns false and sets *error to a
    // sentence naming the bad address and what is wrong with it.
    static bool parse(const QString &text, Mailbox *out, QString *error);
    // A comma-separated list; quoted display names may contain commas.
    static bool parseList(const QString &text, QList<Mailbox> *out, QString *error);
};

} // namespace Sendscope::Mime
