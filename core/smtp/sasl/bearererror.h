#pragma once

#include <QByteArray>
#include <QString>

namespace Sendscope::Sasl {

// The error a server puts in a 334 challenge when it refuses a bearer token: a JSON object
// for OAUTHBEARER (RFC 7628 §3.2.2) and for XOAUTH2 (Google, Microsoft), e.g.
// {"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"}.
class BearerError
{
public:
    // Decodes a challenge. Anything that is not such a JSON object is kept as `raw` text.
    static BearerError fromChallenge(const QByteArray &decodedChallenge);

    bool isJson() const { return m_json; }
    QString status() const { return m_status; }
    QString schemes() const { return m_schemes; }
    QString scope() const { return m_scope; }
    QString openidConfiguration() const { return m_openidConfiguration; }
    QString raw() const { return m_raw; }

    // For people (translated): what the status means, then the scope the server wants.
    QString describe() const;

private:
    bool m_json = false;
    QString m_status;
    QString m_schemes;
    QString m_scope;
    QString m_openidConfiguration;
    QString m_raw;
};

} // namespace Sendscope::Sasl
