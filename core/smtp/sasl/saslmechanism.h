#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sendscope::Sasl {

// What a mechanism needs to authenticate. `secret` is a password or, for XOAUTH2 and
// OAUTHBEARER, a bearer token. Never logged; the session scrubs it from server text too.
struct Credentials
{
    QString user;
    QString secret;
    QString host;  // for OAUTHBEARER's host= field
    quint16 port = 0;
};

// One reply of the client in the SASL exchange (RFC 4954). `data` is raw (the session
// base64-encodes it); `logText` is what the protocol log shows for it, already redacted.
struct Response
{
    enum class Kind {
        Send,   // send data (possibly empty: an empty line)
        Cancel, // send "*" (RFC 4954 §4): the exchange cannot go on
    };
    Kind kind = Kind::Send;
    QByteArray data;
    QString logText;
    QString error;  // for Cancel: why, for a person (translated)
};

// A SASL client mechanism. The session drives it:
//   AUTH <name> [initial response]        -- from start()
//   334 <challenge>  -> challenge(decoded) -> client line
//   235 / 5xx        -> finished(success)  (SCRAM checks the server signature here)
class Mechanism
{
public:
    virtual ~Mechanism() = default;

    virtual QString name() const = 0;  // "PLAIN", upper case, as on the wire

    // The initial response for "AUTH NAME <base64>", or std::nullopt-like: hasInitial false.
    virtual bool hasInitialResponse() const = 0;
    // Cancel when the credentials cannot be used with this mechanism (a NUL in a PLAIN
    // password, a token with control characters, a user name SASLprep forbids): the
    // caller must then send nothing. Every later challenge() is cancelled too.
    virtual Response start() = 0;
    virtual Response challenge(const QByteArray &decodedChallenge) = 0;
    // Called with the final outcome; returns false when the mechanism itself finds the
    // exchange untrustworthy (SCRAM server signature missing or wrong).
    virtual bool finished(bool serverAccepted) { return serverAccepted; }
    // A decoded error the server put in a challenge (XOAUTH2/OAUTHBEARER JSON), for people.
    virtual QString serverError() const { return QString(); }
};

// Mechanism names Sendscope implements, upper case.
QStringList supportedMechanisms();

// A mechanism by name (case-insensitive); nullptr when unknown.
std::unique_ptr<Mechanism> createMechanism(const QString &name, const Credentials &credentials);

// `--auth auto`: the strongest of `offered` that we implement. SCRAM-SHA-256 > SCRAM-SHA-1
// > PLAIN > LOGIN, PLAIN and LOGIN only when `encrypted`. CRAM-MD5 and the token
// mechanisms are used only when asked for by name. Empty when nothing fits.
QString chooseAuto(const QStringList &offered, bool encrypted);

// Mechanisms that send the secret in a form anyone on the path can reuse.
bool sendsSecretInClear(const QString &name);

} // namespace Sendscope::Sasl
