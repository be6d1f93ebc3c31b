#pragma once

#include <QHostAddress>
#include <QString>

namespace Sendscope {

// How the sandbox server runs. Every field has a working default, so a default-constructed
// config starts a server on 127.0.0.1, any free port, with generated credentials.
struct SandboxConfig
{
    // Where certificate, credentials and inbox/ live; empty = defaultDataDirectory().
    QString dataDirectory;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 = any free port

    // Both empty = generated once and kept in <dataDirectory>/credentials.json (mode 0600).
    QString user;
    QString password;

    qint64 maxMessageSize = 50 * 1024 * 1024; // advertised as SIZE (RFC 1870)
    int maxConnections = 50; // more get 421 and are closed
    int idleTimeoutSeconds = 300; // RFC 5321 §4.5.3.2.7: at least 5 minutes
    int maxRecipients = 1000; // RFC 5321 §4.5.3.1.8: at least 100
    // MAIL needs AUTH (and AUTH needs STARTTLS) unless this is false.
    bool requireAuth = true;
    // The name in the greeting and the EHLO reply.
    QString hostName = QStringLiteral("localhost");

    // QStandardPaths::AppDataLocation + "/sandbox".
    static QString defaultDataDirectory();
};

} // namespace Sendscope
