#pragma once

#include "saslmechanism.h"

#include <QCryptographicHash>

namespace Sendscope::Sasl {

// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677), without channel binding ("n,,").
// The client proves it knows the password without sending it, and the server proves in
// its final message ("v=") that it knows it too; finished() refuses a login without that.
class ScramMechanism : public Mechanism
{
public:
    enum class Hash { Sha1, Sha256 };

    // The largest iteration count accepted. PBKDF2 runs on the caller's (GUI) thread, so
    // a hostile server must not be able to freeze the application with it.
    // PBKDF2 runs on the GUI thread: 100 000 rounds cost ~0.1-0.5 s here, a hostile server
    // asking for millions would freeze the window for seconds. Real servers use 4096-15000.
    static constexpr int MaxIterations = 100000;

    // `clientNonce` is for tests (RFC example exchanges); empty means a fresh random one.
    ScramMechanism(Hash hash, Credentials credentials, QByteArray clientNonce = QByteArray());

    QString name() const override;
    bool hasInitialResponse() const override { return true; }
    Response start() override;
    Response challenge(const QByteArray &decodedChallenge) override;
    bool finished(bool serverAccepted) override;
    QString serverError() const override { return m_serverError; }

    // For tests: the nonce sent in the client-first message.
    QByteArray clientNonce() const { return m_clientNonce; }

private:
    enum class Step { Initial, SentClientFirst, SentClientFinal, Verified, Failed };

    Response fail(const QString &error);
    Response onServerFirst(const QByteArray &message);
    Response onServerFinal(const QByteArray &message);
    QCryptographicHash::Algorithm algorithm() const;
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;

    Hash m_hash;
    Credentials m_cred;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
    QString m_serverError;
    QString m_failure;
    Step m_step = Step::Initial;
};

} // namespace Sendscope::Sasl
