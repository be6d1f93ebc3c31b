#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Sendscope {

// A certificate described for people: what an error message and the certificate dialog show.
struct CertificateInfo
{
    QString subject;   // CN, else the whole subject
    QString issuer;
    QStringList subjectAltNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;    // lower-case hex, no colons
    bool selfSigned = false;

    static CertificateInfo from(const QSslCertificate &certificate);
    // "subject CN=mail.example.com, issued by …, valid … to …, SHA-256 ab:cd:…"
    QString describe() const;
};

// SHA-256 of the DER form, lower-case hex without separators.
QString sha256Fingerprint(const QSslCertificate &certificate);
// Accepts "AB:CD:…", "ab cd …" or "abcd…"; returns lower-case hex, or empty when it is not
// a SHA-256 fingerprint (64 hex digits).
QString normalizeFingerprint(const QString &text);
// "ab:cd:ef:…" for display.
QString formatFingerprint(const QString &hex);
// The reasons, in words, one per error.
QStringList describeErrors(const QList<QSslError> &errors,
                           const QSslCertificate &leaf = QSslCertificate());
// True when the certificate's key is too weak to trust (RSA/DSA/DH under 2048 bits).
bool hasWeakKey(const QSslCertificate &certificate);

} // namespace Sendscope
