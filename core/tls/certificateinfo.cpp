#include "certificateinfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslKey>

namespace Sendscope {

namespace {
QString nameOf(const QStringList &cn, const QString &whole)
{
    return cn.isEmpty() ? whole : cn.join(QStringLiteral(", "));
}
} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = nameOf(certificate.subjectInfo(QSslCertificate::CommonName),
                          certificate.subjectDisplayName());
    info.issuer = nameOf(certificate.issuerInfo(QSslCertificate::CommonName),
                         certificate.issuerDisplayName());
    const auto alt = certificate.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        info.subjectAltNames.append(it.value());
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = sha256Fingerprint(certificate);
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

QString CertificateInfo::describe() const
{
    return QCoreApplication::translate("Sendscope::CertificateInfo",
                                       "certificate \"%1\" issued by \"%2\", valid from %3 to "
                                       "%4, SHA-256 %5")
            .arg(subject, issuer, notBefore.toUTC().toString(Qt::ISODate),
                 notAfter.toUTC().toString(Qt::ISODate), formatFingerprint(sha256));
}

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString normalizeFingerprint(const QString &text)
{
    QString hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')))
            return QString();
        hex.append(QLatin1Char(l));
    }
    return hex.size() == 64 ? hex : QString();
}

QString formatFingerprint(const QString &hex)
{
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += hex.mid(i, 2).toUpper();
    }
    return out;
}

bool hasWeakKey(const QSslCertificate &certificate)
{
    const QSslKey key = certificate.publicKey();
    return !key.isNull() && key.algorithm() != QSsl::Ec && key.length() > 0
            && key.length() < 2048;
}

QStringList describeErrors(const QList<QSslError> &errors, const QSslCertificate &leaf)
{
    QStringList out;
    for (const QSslError &e : errors) {
        // OpenSSL's "key too small" reaches Qt as UnspecifiedError; say what it is.
        const QSslCertificate cert = e.certificate().isNull() ? leaf : e.certificate();
        if (e.error() == QSslError::UnspecifiedError && hasWeakKey(cert)) {
            out.append(QCoreApplication::translate("Sendscope::CertificateInfo",
                                                   "the certificate's key has only %1 bits; "
                                                   "keys under 2048 bits are refused as too weak")
                               .arg(cert.publicKey().length()));
            continue;
        }
        out.append(e.errorString());
    }
    return out;
}

} // namespace Sendscope
