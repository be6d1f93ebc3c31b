#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sendscope::Mime {

// What a mailto: URI asks for (RFC 6068), already decoded and made safe to put in a
// composer: no field holds a line break that could start a header.
struct MailtoResult
{
    bool ok = false;     // false: `error` says why, and nothing else is set
    QString error;
    QStringList to;      // addr-specs as written, each decoded; checked later by the composer
    QStringList cc;
    QStringList bcc;
    QString subject;
    QString body;        // line breaks as "\n"
    QByteArray inReplyTo; // "<id@host>" when given and well-formed
    // Fields that were present but not used: unknown ones (ignored, RFC 6068 §2) and unsafe
    // ones such as From or Received (refused, RFC 6068 §7). Lower case, each once.
    QStringList ignoredFields;
    QStringList refusedFields;
    // Things that were repaired or left out, one sentence each, for the user to read.
    QStringList warnings;
};

// Parses "mailto:" URIs. Percent-decoding is done here, per component and after splitting,
// as UTF-8 (RFC 6068 §2, §5); a '+' stays a '+' (it is not a space in a URI). Input is
// taken as it arrives from a command line or a browser: undecoded "%XX", raw non-ASCII
// characters and stray '%' are all accepted.
class MailtoParser
{
    Q_DECLARE_TR_FUNCTIONS(Sendscope::Mime::MailtoParser)
public:
    // Bounds for hostile input: longer URIs are refused, further addresses and fields are
    // dropped with a warning.
    static constexpr qsizetype MaxLength = 256 * 1024;
    static constexpr int MaxAddresses = 500;
    static constexpr int MaxFields = 100;

    static bool isMailto(const QString &text);
    static MailtoResult parse(const QString &uri);
};

} // namespace Sendscope::Mime
