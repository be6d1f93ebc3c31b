#pragma once

#include "smtpreply.h"

#include <QMetaType>
#include <QStringList>

namespace Sendscope {

// What the server said it supports in its EHLO reply (RFC 5321 §4.1.1.1 and the extension
// RFCs). Forgotten after STARTTLS: RFC 3207 §4.2 requires the client to ask again.
class Capabilities
{
public:
    static Capabilities fromEhloReply(const SmtpReply &reply);

    bool isEmpty() const { return m_keywords.isEmpty(); }
    bool has(const QString &keyword) const; // case-insensitive
    QString parameters(const QString &keyword) const;

    bool startTls() const { return has(QStringLiteral("STARTTLS")); }
    bool pipelining() const { return has(QStringLiteral("PIPELINING")); }
    bool eightBitMime() const { return has(QStringLiteral("8BITMIME")); }
    bool smtpUtf8() const { return has(QStringLiteral("SMTPUTF8")); }
    bool enhancedStatusCodes() const { return has(QStringLiteral("ENHANCEDSTATUSCODES")); }
    bool chunking() const { return has(QStringLiteral("CHUNKING")); }
    bool dsn() const { return has(QStringLiteral("DSN")); }
    bool size() const { return has(QStringLiteral("SIZE")); }
    // SIZE limit in octets; 0 when none was announced (or "SIZE 0" = no limit).
    qint64 sizeLimit() const { return m_sizeLimit; }
    // AUTH mechanisms, upper case, from "AUTH a b" and the old "AUTH=a b" form.
    QStringList authMechanisms() const { return m_auth; }
    QString greetingDomain() const { return m_domain; }
    QStringList keywords() const { return m_keywords; }
    // "SIZE 35882577, PIPELINING, AUTH PLAIN LOGIN, …" for people.
    QString describe() const;

private:
    QStringList m_keywords; // upper case
    QStringList m_lines;    // keyword + parameters as sent
    QStringList m_auth;
    QString m_domain;
    qint64 m_sizeLimit = 0;
};

} // namespace Sendscope

Q_DECLARE_METATYPE(Sendscope::Capabilities)
