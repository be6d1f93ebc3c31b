#include "scrammechanism.h"

#include "saslprep.h"
#include "sasltext_p.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Sendscope::Sasl {

namespace {

// RFC 5802 §7: gs2-header without channel binding and without authzid.
constexpr char Gs2Header[] = "n,,";

// RFC 5802 §7: printable = %x21-2B / %x2D-7E (no comma).
bool isPrintableNonce(const QByteArray &nonce)
{
    for (const char c : nonce) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e || c == ',')
            return false;
    }
    return !nonce.isEmpty();
}

bool isDigits(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The value of "k=value" up to the next ',' (later attributes are extensions).
QByteArray attributeValue(const QByteArray &message)
{
    const qsizetype comma = message.indexOf(',');
    return comma < 0 ? message.mid(2) : message.mid(2, comma - 2);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// RFC 5802 §7 server-error-value, in words.
QString describeServerError(const QByteArray &value)
{
    const QString v = Detail::printableExcerpt(value, 80);
    QString why;
    if (value == "invalid-proof")
        why = QCoreApplication::translate("Sendscope::Sasl", "the password is wrong");
    else if (value == "unknown-user")
        why = QCoreApplication::translate("Sendscope::Sasl",
                                          "the server does not know this user name");
    else if (value == "invalid-username-encoding")
        why = QCoreApplication::translate("Sendscope::Sasl",
                                          "the server could not read the user name");
    else if (value == "invalid-encoding")
        why = QCoreApplication::translate("Sendscope::Sasl",
                                          "the server could not read our message");
    else if (value == "extensions-not-supported")
        why = QCoreApplication::translate("Sendscope::Sasl",
                                          "the server does not support an extension we used");
    else if (value == "no-resources")
        why = QCoreApplication::translate("Sendscope::Sasl",
                                          "the server is short of resources; try again later");
    else if (value.startsWith("channel-binding") || value.startsWith("server-does-support")
             || value == "unsupported-channel-binding-type")
        why = QCoreApplication::translate("Sendscope::Sasl",
                                          "the server and client disagree about channel binding");
    if (why.isEmpty())
        return QCoreApplication::translate("Sendscope::Sasl", "SCRAM error “%1”").arg(v);
    return QCoreApplication::translate("Sendscope::Sasl", "SCRAM error “%1”: %2").arg(v, why);
}

} // namespace

ScramMechanism::ScramMechanism(Hash hash, Credentials credentials, QByteArray clientNonce)
    : m_hash(hash)
    , m_cred(std::move(credentials))
    , m_clientNonce(std::move(clientNonce))
{
    if (m_clientNonce.isEmpty()) {
        // 18 random bytes: 144 bits, 24 base64 characters without padding.
        QByteArray raw(18, Qt::Uninitialized);
        QRandomGenerator::system()->generate(raw.begin(), raw.end());
        m_clientNonce = raw.toBase64();
    }
}

QString ScramMechanism::name() const
{
    return m_hash == Hash::Sha1 ? QStringLiteral("SCRAM-SHA-1") : QStringLiteral("SCRAM-SHA-256");
}

QCryptographicHash::Algorithm ScramMechanism::algorithm() const
{
    return m_hash == Hash::Sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
}

QByteArray ScramMechanism::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, algorithm());
}

Response ScramMechanism::fail(const QString &error)
{
    m_step = Step::Failed;
    m_failure = error;
    m_expectedServerSignature.clear();
    return Detail::cancel(error);
}

Response ScramMechanism::start()
{
    if (m_step != Step::Initial)
        return fail(QCoreApplication::translate("Sendscope::Sasl", "SCRAM was started twice."));
    // RFC 5802 §5.1: the user name is prepared with SASLprep and then escaped.
    const QString user = saslPrep(m_cred.user);
    if (user.isEmpty())
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The user name cannot be used with SCRAM: it is empty or contains "
                "characters SASLprep (RFC 4013) forbids."));
    if (!isPrintableNonce(m_clientNonce))
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The SCRAM client nonce must be printable ASCII without commas."));

    m_clientFirstBare = "n=" + Detail::escapeSaslName(user.toUtf8()) + ",r=" + m_clientNonce;
    m_step = Step::SentClientFirst;
    Response r;
    r.data = Gs2Header + m_clientFirstBare;
    r.logText = QLatin1String(Gs2Header) + QStringLiteral("n=") + Detail::loggableUser(m_cred)
            + QStringLiteral(",r=") + QString::fromLatin1(m_clientNonce);
    return r;
}

Response ScramMechanism::challenge(const QByteArray &decodedChallenge)
{
    switch (m_step) {
    case Step::Initial:
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The server sent a SCRAM challenge before the client's first message."));
    case Step::SentClientFirst:
        return onServerFirst(decodedChallenge);
    case Step::SentClientFinal:
        return onServerFinal(decodedChallenge);
    case Step::Verified:
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The server sent another SCRAM challenge after proving itself."));
    case Step::Failed:
        break;
    }
    return Detail::cancel(m_failure.isEmpty() ? QCoreApplication::translate(
                                  "Sendscope::Sasl", "The SCRAM exchange has already failed.")
                                              : m_failure);
}

Response ScramMechanism::onServerFirst(const QByteArray &message)
{
    if (message.startsWith("e=")) {
        m_serverError = describeServerError(attributeValue(message));
        return fail(QCoreApplication::translate("Sendscope::Sasl", "The server refused SCRAM: %1.")
                            .arg(m_serverError));
    }
    // RFC 5802 §5.1: an "m=" extension is mandatory and unknown to us: the client must fail.
    if (message.startsWith("m="))
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The server requires a SCRAM extension that Sendscope does not know."));

    // RFC 5802 §7: server-first-message = nonce "," salt "," iteration-count ["," ext]
    const QList<QByteArray> parts = message.split(',');
    if (parts.size() < 3 || !parts.at(0).startsWith("r=") || !parts.at(1).startsWith("s=")
        || !parts.at(2).startsWith("i="))
        return fail(QCoreApplication::translate("Sendscope::Sasl",
                                                "The server's first SCRAM message is malformed: %1")
                            .arg(Detail::printableExcerpt(message)));

    const QByteArray nonce = parts.at(0).mid(2);
    // RFC 5802 §5.1: the server's nonce starts with the client's and adds its own part.
    if (!nonce.startsWith(m_clientNonce) || nonce.size() <= m_clientNonce.size()
        || !isPrintableNonce(nonce))
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The server's SCRAM nonce does not continue the one the client sent; "
                "the exchange may have been tampered with."));

    const auto salt = QByteArray::fromBase64Encoding(parts.at(1).mid(2),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty())
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl", "The server's SCRAM salt is missing or not valid base64."));

    const QByteArray iterText = parts.at(2).mid(2);
    bool ok = false;
    const qlonglong iterations = iterText.size() <= 12 ? iterText.toLongLong(&ok) : 0;
    if (!isDigits(iterText) || !ok || iterations < 1)
        return fail(QCoreApplication::translate(
                            "Sendscope::Sasl",
                            "The server's SCRAM iteration count “%1” is not a positive number.")
                            .arg(Detail::printableExcerpt(iterText, 20)));
    if (iterations > MaxIterations)
        return fail(QCoreApplication::translate(
                            "Sendscope::Sasl",
                            "The server asked for %1 SCRAM iterations; more than %2 are refused so "
                            "that a server cannot freeze the application.")
                            .arg(iterations)
                            .arg(MaxIterations));

    // RFC 5802 §5.1: Normalize(password) is SASLprep.
    const QString password = saslPrep(m_cred.secret);
    if (password.isEmpty())
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The password cannot be used with SCRAM: it is empty or contains "
                "characters SASLprep (RFC 4013) forbids."));

    // RFC 5802 §3: SaltedPassword := Hi(Normalize(password), salt, i), Hi being PBKDF2.
    const QCryptographicHash::Algorithm alg = algorithm();
    QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
            alg, password.toUtf8(), salt.decoded, static_cast<int>(iterations),
            static_cast<quint64>(QCryptographicHash::hashLength(alg)));
    if (salted.isEmpty())
        return fail(QCoreApplication::translate("Sendscope::Sasl",
                                                "Computing the SCRAM salted password failed."));

    const QByteArray clientFinalWithoutProof
            = "c=" + QByteArray(Gs2Header).toBase64() + ",r=" + nonce;
    const QByteArray authMessage
            = m_clientFirstBare + ',' + message + ',' + clientFinalWithoutProof;

    QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, alg);
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = static_cast<char>(proof.at(i) ^ clientSignature.at(i));
    const QByteArray serverKey = hmac(salted, "Server Key");
    m_expectedServerSignature = hmac(serverKey, authMessage);
    salted.fill('\0');
    clientKey.fill('\0');

    m_step = Step::SentClientFinal;
    Response r;
    r.data = clientFinalWithoutProof + ",p=" + proof.toBase64();
    // The proof allows an offline guess at the password: never shown.
    r.logText = QString::fromLatin1(clientFinalWithoutProof) + QStringLiteral(",p=<redacted>");
    return r;
}

Response ScramMechanism::onServerFinal(const QByteArray &message)
{
    // RFC 5802 §7: server-final-message = (server-error / verifier) ["," extensions]
    if (message.startsWith("e=")) {
        m_serverError = describeServerError(attributeValue(message));
        m_step = Step::Failed;
        m_failure = QCoreApplication::translate("Sendscope::Sasl", "The server refused SCRAM: %1.")
                            .arg(m_serverError);
        // Acknowledge with an empty line so the server ends with its own 5xx reply
        // (RFC 4954 §4); finished() stays false whatever it says.
        return Response();
    }
    if (!message.startsWith("v="))
        return fail(QCoreApplication::translate(
                            "Sendscope::Sasl",
                            "The server's final SCRAM message has no server signature: %1")
                            .arg(Detail::printableExcerpt(message)));
    const auto signature = QByteArray::fromBase64Encoding(attributeValue(message),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    // RFC 5802 §5.1: the client MUST verify ServerSignature.
    if (!signature || !constantTimeEqual(signature.decoded, m_expectedServerSignature))
        return fail(QCoreApplication::translate(
                "Sendscope::Sasl",
                "The server's SCRAM signature is wrong: it does not know the password, "
                "or it is not the server it claims to be."));
    m_step = Step::Verified;
    m_expectedServerSignature.clear();
    // RFC 4954 §4: additional data with success comes as a 334 answered by an empty line.
    return Response();
}

bool ScramMechanism::finished(bool serverAccepted)
{
    return serverAccepted && m_step == Step::Verified;
}

} // namespace Sendscope::Sasl
