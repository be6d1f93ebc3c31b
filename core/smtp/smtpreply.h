#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sendscope {

// One complete server reply (RFC 5321 §4.2): the code, the RFC 3463 enhanced status code
// when the server gave one, and the text of every line (code and enhanced code removed).
struct SmtpReply
{
    int code = 0;
    QString enhancedCode;  // "5.7.8", empty when absent
    QStringList lines;     // text of each line, in order

    bool isValid() const { return code >= 200 && code <= 599; }
    int replyClass() const { return code / 100; }
    bool isPositive() const { return code / 100 == 2; }
    bool isIntermediate() const { return code / 100 == 3; }
    bool isTransient() const { return code / 100 == 4; }
    bool isPermanent() const { return code / 100 == 5; }

    // All lines joined with a space: the server's own words, for messages.
    QString text() const { return lines.join(QLatin1Char(' ')); }
    // "550 5.1.1 text", as a person would quote it.
    QString summary() const;
};

} // namespace Sendscope

Q_DECLARE_METATYPE(Sendscope::SmtpReply)
