#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Sendscope {

// The sandbox's TLS identity: an EC P-256 key and a self-signed certificate for localhost,
// 127.0.0.1 and ::1, valid about two years. Generated on first start (Qt cannot make keys,
// so this uses OpenSSL's libcrypto) and kept in the sandbox folder; the key file is 0600.
// Never a fixed key: each installation makes its own.
struct SandboxCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;
    bool created = false; // made on this start

    // Loads both files, or makes new ones when either is missing, unreadable, does not match
    // the other, or expires within 30 days.
    static bool loadOrCreate(const QString &directory, SandboxCertificate *out, QString *error);
    // A new key and certificate as PEM.
    static bool generate(QByteArray *certificatePem, QByteArray *keyPem, QString *error);

    static QString certificateFileName() { return QStringLiteral("certificate.pem"); }
    static QString keyFileName() { return QStringLiteral("private-key.pem"); }
};

} // namespace Sendscope
