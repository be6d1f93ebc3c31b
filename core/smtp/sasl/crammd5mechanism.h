#pragma once

#include "saslmechanism.h"

namespace Sendscope::Sasl {

// RFC 2195: the server sends a challenge, the client answers "user hex(HMAC-MD5(password,
// challenge))". The password never crosses the wire, but the server must store it in clear.
class CramMd5Mechanism : public Mechanism
{
public:
    explicit CramMd5Mechanism(Credentials credentials)
        : m_cred(std::move(credentials))
    {
    }
    QString name() const override { return QStringLiteral("CRAM-MD5"); }
    bool hasInitialResponse() const override { return false; }
    Response start() override { return {}; }
    Response challenge(const QByteArray &decodedChallenge) override;

private:
    Credentials m_cred;
    bool m_answered = false;
};

} // namespace Sendscope::Sasl
