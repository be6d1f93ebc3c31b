#include "sandboxcertificate.h"

#include "sandboxfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sendscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sendscope::SandboxCertificate", text);
}

constexpr long ValidSeconds = 730L * 24 * 3600; // ~2 years, under the 825 days Apple accepts
constexpr qint64 RenewBeforeSeconds = 30LL * 24 * 3600;

struct Free
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template<typename T> using Owned = std::unique_ptr<T, Free>;

QString opensslError(const QString &what)
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return what;
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return what + QStringLiteral(" (") + QString::fromLatin1(buf) + QLatin1Char(')');
}

QByteArray readBio(BIO *bio)
{
    QByteArray out;
    char buf[4096];
    int n = 0;
    while ((n = BIO_read(bio, buf, int(sizeof buf))) > 0)
        out.append(buf, n);
    return out;
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    Owned<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool addName(X509_NAME *name, const char *field, const char *value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>(value), -1, -1, 0)
            == 1;
}

// True when the PEM key is the private half of the PEM certificate's public key.
bool keyMatches(const QByteArray &certPem, const QByteArray &keyPem)
{
    Owned<BIO> cb(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    Owned<BIO> kb(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!cb || !kb)
        return false;
    Owned<X509> cert(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr));
    Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr));
    const bool ok = cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

bool SandboxCertificate::generate(QByteArray *certificatePem, QByteArray *keyPem, QString *error)
{
    Owned<EVP_PKEY_CTX> kctx(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr));
    EVP_PKEY *rawKey = nullptr;
    if (!kctx || EVP_PKEY_keygen_init(kctx.get()) <= 0
        || EVP_PKEY_CTX_set_ec_paramgen_curve_nid(kctx.get(), NID_X9_62_prime256v1) <= 0
        || EVP_PKEY_keygen(kctx.get(), &rawKey) <= 0) {
        *error = opensslError(tr("Cannot generate the sandbox's EC P-256 key."));
        return false;
    }
    Owned<EVP_PKEY> key(rawKey);

    Owned<X509> cert(X509_new());
    Owned<BIGNUM> serial(BN_new());
    bool ok = cert && serial
            && X509_set_version(cert.get(), 2)
                    == 1 // v3
                         // RFC 5280 §4.1.2.2: positive, at most 20 octets; 127 random bits.
            && BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1
            && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr
            // An hour back, so a clock a little behind still accepts it.
            && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr
            && X509_gmtime_adj(X509_getm_notAfter(cert.get()), ValidSeconds) != nullptr
            && X509_set_pubkey(cert.get(), key.get()) == 1;
    if (ok) {
        X509_NAME *name = X509_get_subject_name(cert.get());
        ok = addName(name, "CN", "localhost") && addName(name, "O", "Sendscope sandbox")
                && X509_set_issuer_name(cert.get(), name) == 1;
    }
    if (ok) {
        X509V3_CTX ctx {};
        X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
        // A self-signed end-entity certificate: no keyUsage, so OpenSSL still sees it as
        // self-issued when it is the trust anchor itself (tls_trust_file, --cacert).
        ok = addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
                && addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth")
                && addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash")
                && addExtension(cert.get(), &ctx, NID_subject_alt_name,
                                "DNS:localhost,IP:127.0.0.1,IP:::1")
                && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    }
    if (!ok) {
        *error = opensslError(tr("Cannot make the sandbox's certificate."));
        return false;
    }

    Owned<BIO> certBio(BIO_new(BIO_s_mem()));
    Owned<BIO> keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
                != 1) {
        *error = opensslError(tr("Cannot encode the sandbox's certificate."));
        return false;
    }
    *certificatePem = readBio(certBio.get());
    *keyPem = readBio(keyBio.get());
    return true;
}

bool SandboxCertificate::loadOrCreate(const QString &directory, SandboxCertificate *out,
                                      QString *error)
{
    out->certificatePath = directory + QLatin1Char('/') + certificateFileName();
    out->keyPath = directory + QLatin1Char('/') + keyFileName();
    out->created = false;

    QFile cf(out->certificatePath);
    QFile kf(out->keyPath);
    if (cf.open(QIODevice::ReadOnly) && kf.open(QIODevice::ReadOnly)) {
        const QByteArray certPem = cf.read(1024 * 1024);
        const QByteArray keyPem = kf.read(1024 * 1024);
        const QSslCertificate cert(certPem, QSsl::Pem);
        const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        const QDateTime renewAfter = QDateTime::currentDateTimeUtc().addSecs(RenewBeforeSeconds);
        if (!cert.isNull() && !key.isNull() && cert.expiryDate() > renewAfter
            && keyMatches(certPem, keyPem)) {
            SandboxFiles::restrictToOwner(out->keyPath);
            out->certificate = cert;
            out->key = key;
            return true;
        }
    }
    cf.close();
    kf.close();

    QByteArray certPem, keyPem;
    if (!generate(&certPem, &keyPem, error))
        return false;
    // The key first: a certificate on disk always has its key beside it.
    if (!SandboxFiles::writeOwnerOnly(out->keyPath, keyPem, error)
        || !SandboxFiles::writeAtomically(out->certificatePath, certPem, error)) {
        return false;
    }
    out->certificate = QSslCertificate(certPem, QSsl::Pem);
    out->key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (out->certificate.isNull() || out->key.isNull()) {
        *error = tr("The TLS backend cannot read the sandbox's new certificate or key.");
        return false;
    }
    out->created = true;
    return true;
}

} // namespace Sendscope
