#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Sendscope {

enum class SecurityMode {
    StartTls,     // plain connect, STARTTLS required before anything else (default)
    ImplicitTls,  // TLS from the first byte (port 465, RFC 8314)
    None,         // no encryption: credentials only with allowPlaintextAuth
};

QString securityModeName(SecurityMode mode);         // "starttls", "tls", "none"
bool parseSecurityMode(const QString &text, SecurityMode *mode);
quint16 defaultPort(SecurityMode mode);               // 587, 465, 25

// How one session connects and authenticates. Holds no secret: the password or token is
// handed to SmtpSession::setSecret() and kept only in memory.
struct SessionOptions
{
    QString host;
    quint16 port = 0;  // 0: defaultPort(security)
    SecurityMode security = SecurityMode::StartTls;
    bool allowPlaintextAuth = false;
    QString authMechanism = QStringLiteral("auto"); // "auto", "none" or a SASL name
    QString user;
    QString ehloName;                // empty: FQDN of this host or the local address literal
    QList<QSslCertificate> extraCaCertificates;  // --ca-file, added to the system store
    QString pinnedSha256;            // leaf certificate accepted whatever the chain says
    int timeoutSeconds = 0;          // 0: RFC 5321 §4.5.3.2 per-step values
    int connectTimeoutSeconds = 30;  // per resolved address
};

} // namespace Sendscope
