#pragma once

#include "saslmechanism.h"

namespace Sendscope::Sasl {

// RFC 4616: authzid NUL authcid NUL passwd, sent as the initial response.
class PlainMechanism : public Mechanism
{
public:
    explicit PlainMechanism(Credentials credentials)
        : m_cred(std::move(credentials))
    {
    }
    QString name() const override { return QStringLiteral("PLAIN"); }
    bool hasInitialResponse() const override { return true; }
    Response start() override;
    Response challenge(const QByteArray &decodedChallenge) override;

private:
    Credentials m_cred;
    bool m_sent = false;
    bool m_failed = false;
};

} // namespace Sendscope::Sasl
