#pragma once

#include "saslmechanism.h"

namespace Sendscope::Sasl {

// Google's and Microsoft's XOAUTH2: one initial response
// "user=" user ^A "auth=Bearer " token ^A ^A. A refused token comes back as a 334 with a
// base64 JSON error, which the client acknowledges with an empty line; then 535 follows.
class XOAuth2Mechanism : public Mechanism
{
public:
    explicit XOAuth2Mechanism(Credentials credentials)
        : m_cred(std::move(credentials))
    {
    }
    QString name() const override { return QStringLiteral("XOAUTH2"); }
    bool hasInitialResponse() const override { return true; }
    Response start() override;
    Response challenge(const QByteArray &decodedChallenge) override;
    QString serverError() const override { return m_serverError; }

private:
    Credentials m_cred;
    QString m_failure;
    QString m_serverError;
    bool m_sent = false;
    bool m_errorAnswered = false;
};

} // namespace Sendscope::Sasl
