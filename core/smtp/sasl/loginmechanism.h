#pragma once

#include "saslmechanism.h"

namespace Sendscope::Sasl {

// The non-standard but common LOGIN mechanism (draft-murchison-sasl-login): the server asks
// "Username:" then "Password:", each answered on its own line.
class LoginMechanism : public Mechanism
{
public:
    explicit LoginMechanism(Credentials credentials) : m_cred(std::move(credentials)) {}
    QString name() const override { return QStringLiteral("LOGIN"); }
    bool hasInitialResponse() const override { return false; }
    Response start() override { return {}; }
    Response challenge(const QByteArray &decodedChallenge) override;

private:
    Credentials m_cred;
    int m_step = 0;
};

} // namespace Sendscope::Sasl
