#pragma once

#include "saslmechanism.h"

namespace Sendscope::Sasl {

// RFC 7628 OAUTHBEARER: GS2 header "n,a=user," then ^A-separated host, port and
// "auth=Bearer token", ended by ^A^A. An error arrives as a 334 with JSON; the client
// answers with a single ^A (RFC 7628 §3.2.3) and the server ends with a failure reply.
class OAuthBearerMechanism : public Mechanism
{
public:
    explicit OAuthBearerMechanism(Credentials credentials)
        : m_cred(std::move(credentials))
    {
    }
    QString name() const override { return QStringLiteral("OAUTHBEARER"); }
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
