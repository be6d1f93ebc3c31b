#include "smtp/sasl/bearererror.h"
#include "smtp/sasl/crammd5mechanism.h"
#include "smtp/sasl/loginmechanism.h"
#include "smtp/sasl/oauthbearermechanism.h"
#include "smtp/sasl/plainmechanism.h"
#include "smtp/sasl/saslmechanism.h"
#include "smtp/sasl/saslprep.h"
#include "smtp/sasl/scrammechanism.h"
#include "smtp/sasl/xoauth2mechanism.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Sendscope::Sasl;

Q_DECLARE_METATYPE(Response::Kind)

namespace {

Credentials creds(const QString &user, const QString &secret, const QString &host = QString(),
                  quint16 port = 0)
{
    Credentials c;
    c.user = user;
    c.secret = secret;
    c.host = host;
    c.port = port;
    return c;
}

// RFC 5802 §5 and RFC 7677 §3 example exchanges (user "user", password "pencil").
struct ScramVector
{
    ScramMechanism::Hash hash;
    QByteArray nonce;
    QByteArray clientFirst;
    QByteArray serverFirst;
    QByteArray clientFinal;
    QByteArray serverFinal;
};

ScramVector rfc5802()
{
    return {ScramMechanism::Hash::Sha1,
            "fyko+d2lbbFgONRv9qkxdawL",
            "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
            "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="};
}

ScramVector rfc7677()
{
    return {ScramMechanism::Hash::Sha256,
            "rOprNGfwEbeRWgbNEkqO",
            "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,"
            "i=4096",
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
            "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
            "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="};
}

// Computed independently with Python's hashlib/hmac: a user name that needs escaping, a
// non-ASCII password, 10000 iterations and an extension after the iteration count.
ScramVector independentSha256()
{
    return {ScramMechanism::Hash::Sha256,
            "Qx7+nonce/9",
            "n,,n=j=3D\xc3\xbc=2Cx,r=Qx7+nonce/9",
            "r=Qx7+nonce/9Server-Part_1,s=AQIDBAUGBwgJCgsMDQ4PEA==,i=10000,x=ext",
            "c=biws,r=Qx7+nonce/9Server-Part_1,p=s8Mh9wyIxYjnIcWC993MgXq4yDT7QT5TmQiXoaCQHEk=",
            "v=vT3y67TFZkdSFXlIUQv4QS4oCukDAR2fYotHgsDqKuk="};
}

// Drives a mechanism the way SmtpSession does: start() when it has an initial response,
// then one challenge() per 334. Stops at the first Cancel.
QList<Response> run(Mechanism &m, const QList<QByteArray> &challenges)
{
    QList<Response> out;
    if (m.hasInitialResponse())
        out << m.start();
    for (const QByteArray &c : challenges) {
        if (!out.isEmpty() && out.last().kind == Response::Kind::Cancel)
            break;
        out << m.challenge(c);
    }
    return out;
}

} // namespace

class TestSasl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plain_data();
    void plain();
    void plainRejectsNul();
    void login();
    void cramMd5_data();
    void cramMd5();
    void cramMd5RejectsSecondChallenge();
    void scramRfcVectors_data();
    void scramRfcVectors();
    void scramServerFinal_data();
    void scramServerFinal();
    void scramServerFirstRejected_data();
    void scramServerFirstRejected();
    void scramUserNameEscaped();
    void scramRandomNonce();
    void scramPasswordSaslPrep();
    void scramIterationLimit();
    void saslPrep_data();
    void saslPrep();
    void xoauth2Wire();
    void xoauth2ErrorJson_data();
    void xoauth2ErrorJson();
    void xoauth2RejectsBadToken();
    void oauthBearerWire_data();
    void oauthBearerWire();
    void oauthBearerError();
    void factory_data();
    void factory();
    void supportedAreCreatable();
    void chooseAuto_data();
    void chooseAuto();
    void sendsSecretInClear_data();
    void sendsSecretInClear();
    void logTextNeverCarriesSecrets_data();
    void logTextNeverCarriesSecrets();
};

void TestSasl::plain_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("ascii") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                           << QByteArray("\0tim\0tanstaaftanstaaf", 21);
    QTest::newRow("utf-8") << QStringLiteral("j\u00fcrgen") << QStringLiteral("p\u00e4ss")
                           << QByteArray("\0j\xc3\xbcrgen\0p\xc3\xa4ss", 14);
}

void TestSasl::plain()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, wire);

    PlainMechanism m(creds(user, password));
    QCOMPARE(m.name(), QStringLiteral("PLAIN"));
    QVERIFY(m.hasInitialResponse());
    const Response r = m.start();
    QCOMPARE(r.kind, Response::Kind::Send);
    QCOMPARE(r.data, wire);
    QCOMPARE(r.logText, QStringLiteral("<redacted>"));
    // RFC 4954 has no further PLAIN step: any challenge after the initial response is refused.
    QCOMPARE(m.challenge(QByteArray()).kind, Response::Kind::Cancel);
}

void TestSasl::plainRejectsNul()
{
    PlainMechanism m(
            creds(QStringLiteral("tim"), QStringLiteral("pa") + QChar(0) + QStringLiteral("ss")));
    const Response r = m.start();
    QCOMPARE(r.kind, Response::Kind::Cancel);
    QVERIFY(r.data.isEmpty());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(m.challenge(QByteArray()).kind, Response::Kind::Cancel);
}

void TestSasl::login()
{
    LoginMechanism m(creds(QStringLiteral("tim"), QStringLiteral("secret")));
    QVERIFY(!m.hasInitialResponse());
    const Response u = m.challenge("Username:");
    QCOMPARE(u.kind, Response::Kind::Send);
    QCOMPARE(u.data, QByteArray("tim"));
    const Response p = m.challenge("Password:");
    QCOMPARE(p.kind, Response::Kind::Send);
    QCOMPARE(p.data, QByteArray("secret"));
    QCOMPARE(p.logText, QStringLiteral("<redacted>"));
    const Response extra = m.challenge("More:");
    QCOMPARE(extra.kind, Response::Kind::Cancel);
    QVERIFY(!extra.error.isEmpty());
}

void TestSasl::cramMd5_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QByteArray>("wire");

    // RFC 2195 §2 example.
    QTest::newRow("rfc2195") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                             << QByteArray("<1896.697170952@postoffice.reston.mci.net>")
                             << QByteArray("tim b913a602c7eda7a495b4e6e7334d3890");
    // Independently computed with Python's hmac module.
    QTest::newRow("other challenge")
            << QStringLiteral("alice") << QStringLiteral("wonderland")
            << QByteArray("<12345.67890@mail.example.org>")
            << QByteArray("alice ") + QByteArray("87039d0fec34845af5bc3b9650a95bcf");
}

void TestSasl::cramMd5()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, wire);

    CramMd5Mechanism m(creds(user, password));
    QCOMPARE(m.name(), QStringLiteral("CRAM-MD5"));
    QVERIFY(!m.hasInitialResponse());
    const Response r = m.challenge(challenge);
    QCOMPARE(r.kind, Response::Kind::Send);
    QCOMPARE(r.data, wire);
    QCOMPARE(r.logText, user + QStringLiteral(" <redacted>"));
}

void TestSasl::cramMd5RejectsSecondChallenge()
{
    CramMd5Mechanism m(creds(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
    QCOMPARE(m.challenge(QByteArray()).kind, Response::Kind::Cancel);
    QCOMPARE(m.challenge("<1.2@h>").kind, Response::Kind::Send);
    const Response again = m.challenge("<1.3@h>");
    QCOMPARE(again.kind, Response::Kind::Cancel);
    QVERIFY(!again.error.isEmpty());
}

void TestSasl::scramRfcVectors_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("SCRAM-SHA-1 RFC 5802 §5") << 1;
    QTest::newRow("SCRAM-SHA-256 RFC 7677 §3") << 256;
    QTest::newRow("SCRAM-SHA-256 escaped user, UTF-8 password") << 0;
}

void TestSasl::scramRfcVectors()
{
    QFETCH(int, which);
    const ScramVector v = which == 1 ? rfc5802() : which == 256 ? rfc7677() : independentSha256();
    const Credentials c = which == 0
            ? creds(QStringLiteral("j=\u00fc,x"), QStringLiteral("p\u00e4ssw\u00f6rd"))
            : creds(QStringLiteral("user"), QStringLiteral("pencil"));

    ScramMechanism m(v.hash, c, v.nonce);
    QCOMPARE(m.name(),
             which == 1 ? QStringLiteral("SCRAM-SHA-1") : QStringLiteral("SCRAM-SHA-256"));
    QVERIFY(m.hasInitialResponse());

    const Response first = m.start();
    QCOMPARE(first.kind, Response::Kind::Send);
    QCOMPARE(first.data, v.clientFirst);

    const Response final = m.challenge(v.serverFirst);
    QCOMPARE(final.kind, Response::Kind::Send);
    QCOMPARE(final.data, v.clientFinal);
    QVERIFY(final.logText.endsWith(QStringLiteral(",p=<redacted>")));
    QVERIFY(!final.logText.contains(
            QString::fromLatin1(v.clientFinal.mid(v.clientFinal.indexOf(",p=") + 3))));

    const Response ack = m.challenge(v.serverFinal);
    QCOMPARE(ack.kind, Response::Kind::Send);
    QVERIFY(ack.data.isEmpty());
    QVERIFY(m.finished(true));
    QVERIFY(!m.finished(false));
    QVERIFY(m.serverError().isEmpty());
}

void TestSasl::scramServerFinal_data()
{
    QTest::addColumn<QByteArray>("serverFinal"); // empty: the server sends 235 at once
    QTest::addColumn<Response::Kind>("kind");
    QTest::addColumn<bool>("hasServerError");

    const QByteArray good = rfc7677().serverFinal;
    QByteArray flipped = good;
    flipped[5] = flipped[5] == 'A' ? 'B' : 'A';
    QTest::newRow("tampered signature") << flipped << Response::Kind::Cancel << false;
    QTest::newRow("signature of the other hash")
            << rfc5802().serverFinal << Response::Kind::Cancel << false;
    QTest::newRow("signature not base64")
            << QByteArray("v=!!!!") << Response::Kind::Cancel << false;
    QTest::newRow("no verifier") << QByteArray("x=1") << Response::Kind::Cancel << false;
    QTest::newRow("missing (235 without v=)") << QByteArray() << Response::Kind::Send << false;
    QTest::newRow("server error") << QByteArray("e=invalid-proof") << Response::Kind::Send << true;
}

void TestSasl::scramServerFinal()
{
    QFETCH(QByteArray, serverFinal);
    QFETCH(Response::Kind, kind);
    QFETCH(bool, hasServerError);

    const ScramVector v = rfc7677();
    ScramMechanism m(v.hash, creds(QStringLiteral("user"), QStringLiteral("pencil")), v.nonce);
    m.start();
    QCOMPARE(m.challenge(v.serverFirst).data, v.clientFinal);
    if (!serverFinal.isEmpty()) {
        const Response r = m.challenge(serverFinal);
        QCOMPARE(r.kind, kind);
        if (kind == Response::Kind::Cancel)
            QVERIFY(!r.error.isEmpty());
        else
            QVERIFY(r.data.isEmpty());
    }
    // Whatever the server says next, the login is not trusted.
    QVERIFY(!m.finished(true));
    QCOMPARE(!m.serverError().isEmpty(), hasServerError);
    if (hasServerError)
        QVERIFY(m.serverError().contains(QStringLiteral("invalid-proof")));
}

void TestSasl::scramServerFirstRejected_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QString>("errorMentions");

    const QByteArray n = rfc7677().nonce;
    QTest::newRow("foreign nonce")
            << QByteArray("r=XXXXNGfwEbeRWgbNEkqOabc,s=QSXCR+Q6sek8bf92,i=4096")
            << QStringLiteral("nonce");
    QTest::newRow("nonce without server part")
            << QByteArray("r=" + n + ",s=QSXCR+Q6sek8bf92,i=4096") << QStringLiteral("nonce");
    QTest::newRow("truncated nonce")
            << QByteArray("r=rOprNG,s=QSXCR+Q6sek8bf92,i=4096") << QStringLiteral("nonce");
    QTest::newRow("missing salt") << QByteArray("r=" + n + "abc,i=4096")
                                  << QStringLiteral("malformed");
    QTest::newRow("empty salt") << QByteArray("r=" + n + "abc,s=,i=4096") << QStringLiteral("salt");
    QTest::newRow("salt not base64")
            << QByteArray("r=" + n + "abc,s=@@@,i=4096") << QStringLiteral("salt");
    QTest::newRow("zero iterations")
            << QByteArray("r=" + n + "abc,s=QSXCR+Q6sek8bf92,i=0") << QStringLiteral("iteration");
    QTest::newRow("negative iterations")
            << QByteArray("r=" + n + "abc,s=QSXCR+Q6sek8bf92,i=-5") << QStringLiteral("iteration");
    QTest::newRow("text iterations") << QByteArray("r=" + n + "abc,s=QSXCR+Q6sek8bf92,i=many")
                                     << QStringLiteral("iteration");
    QTest::newRow("absurd iterations") << QByteArray("r=" + n + "abc,s=QSXCR+Q6sek8bf92,i=1000001")
                                       << QStringLiteral("1000001");
    QTest::newRow("huge iterations")
            << QByteArray("r=" + n + "abc,s=QSXCR+Q6sek8bf92,i=99999999999999999999")
            << QStringLiteral("iteration");
    QTest::newRow("mandatory extension")
            << QByteArray("m=ext,r=" + n + "abc,s=QSXCR+Q6sek8bf92,i=4096")
            << QStringLiteral("extension");
    QTest::newRow("attributes out of order")
            << QByteArray("s=QSXCR+Q6sek8bf92,r=" + n + "abc,i=4096")
            << QStringLiteral("malformed");
    QTest::newRow("server error") << QByteArray("e=unknown-user") << QStringLiteral("unknown-user");
}

void TestSasl::scramServerFirstRejected()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QString, errorMentions);

    const ScramVector v = rfc7677();
    ScramMechanism m(v.hash, creds(QStringLiteral("user"), QStringLiteral("pencil")), v.nonce);
    QCOMPARE(m.start().kind, Response::Kind::Send);
    const Response r = m.challenge(serverFirst);
    QCOMPARE(r.kind, Response::Kind::Cancel);
    QVERIFY(r.data.isEmpty());
    QVERIFY2(r.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(r.error));
    // Once failed, it stays failed: a later v= (even the right one) does not make it trusted.
    QCOMPARE(m.challenge(v.serverFinal).kind, Response::Kind::Cancel);
    QVERIFY(!m.finished(true));
}

void TestSasl::scramUserNameEscaped()
{
    ScramMechanism m(ScramMechanism::Hash::Sha256,
                     creds(QStringLiteral("a=b,c"), QStringLiteral("pencil")), "nonce123");
    const Response r = m.start();
    QCOMPARE(r.data, QByteArray("n,,n=a=3Db=2Cc,r=nonce123"));

    ScramMechanism bad(ScramMechanism::Hash::Sha1,
                       creds(QStringLiteral("us\u0007er"), QStringLiteral("pencil")), "nonce");
    const Response refused = bad.start();
    QCOMPARE(refused.kind, Response::Kind::Cancel);
    QVERIFY(!refused.error.isEmpty());
    QCOMPARE(bad.challenge("r=nonceX,s=QSXCR+Q6sek8bf92,i=4096").kind, Response::Kind::Cancel);
}

void TestSasl::scramRandomNonce()
{
    ScramMechanism a(ScramMechanism::Hash::Sha256, creds(QStringLiteral("u"), QStringLiteral("p")));
    ScramMechanism b(ScramMechanism::Hash::Sha256, creds(QStringLiteral("u"), QStringLiteral("p")));
    QVERIFY(a.clientNonce().size() >= 24);
    QVERIFY(a.clientNonce() != b.clientNonce());
    QVERIFY(!a.clientNonce().contains(','));
    const Response r = a.start();
    QCOMPARE(r.data, QByteArray("n,,n=u,r=") + a.clientNonce());
}

void TestSasl::scramPasswordSaslPrep()
{
    // RFC 4013 §2.1: a no-break space is mapped to a space and a soft hyphen to nothing, so
    // both passwords must produce the same proof.
    const ScramVector v = rfc7677();
    ScramMechanism plain(v.hash, creds(QStringLiteral("user"), QStringLiteral("pen cil")), v.nonce);
    ScramMechanism mapped(
            v.hash, creds(QStringLiteral("user"), QStringLiteral("pen\u00a0c\u00adil")), v.nonce);
    plain.start();
    mapped.start();
    const QByteArray a = plain.challenge(v.serverFirst).data;
    const QByteArray b = mapped.challenge(v.serverFirst).data;
    QVERIFY(!a.isEmpty());
    QCOMPARE(b, a);
    QVERIFY(a != v.clientFinal);

    ScramMechanism forbidden(v.hash, creds(QStringLiteral("user"), QStringLiteral("pen\u0007cil")),
                             v.nonce);
    forbidden.start();
    QCOMPARE(forbidden.challenge(v.serverFirst).kind, Response::Kind::Cancel);
}

void TestSasl::scramIterationLimit()
{
    // The largest accepted count still works (and is what a hostile server can cost us);
    // one more is refused before any work is done.
    const QByteArray nonce = "abc";
    const QByteArray atLimit
            = "r=abcdef,s=QSXCR+Q6sek8bf92,i=" + QByteArray::number(ScramMechanism::MaxIterations);
    ScramMechanism m(ScramMechanism::Hash::Sha256,
                     creds(QStringLiteral("user"), QStringLiteral("pencil")), nonce);
    m.start();
    QElapsedTimer timer;
    timer.start();
    const Response r = m.challenge(atLimit);
    qInfo("SCRAM-SHA-256 with %d iterations took %lld ms", ScramMechanism::MaxIterations,
          static_cast<long long>(timer.elapsed()));
    QCOMPARE(r.kind, Response::Kind::Send);
    QVERIFY(r.data.startsWith("c=biws,r=abcdef,p="));
}

void TestSasl::saslPrep_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output"); // null: prohibited

    // RFC 4013 §3 examples.
    QTest::newRow("soft hyphen mapped to nothing")
            << QStringLiteral("I\u00adX") << QStringLiteral("IX");
    QTest::newRow("no transformation") << QStringLiteral("user") << QStringLiteral("user");
    QTest::newRow("case preserved") << QStringLiteral("USER") << QStringLiteral("USER");
    QTest::newRow("NFKC ordinal a") << QStringLiteral("\u00aa") << QStringLiteral("a");
    QTest::newRow("NFKC roman nine") << QStringLiteral("\u2168") << QStringLiteral("IX");
    QTest::newRow("prohibited BEL") << QStringLiteral("\u0007") << QString();
    QTest::newRow("bidi check") << QStringLiteral("\u0627\u0031") << QString();
    // Beyond the RFC's list.
    QTest::newRow("ideographic space") << QStringLiteral("a\u3000b") << QStringLiteral("a b");
    QTest::newRow("private use") << QStringLiteral("a\ue000") << QString();
    QTest::newRow("right-to-left word")
            << QStringLiteral("\u0627\u0628") << QStringLiteral("\u0627\u0628");
}

void TestSasl::saslPrep()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    const QString got = Sendscope::Sasl::saslPrep(input);
    QCOMPARE(got.isNull(), output.isNull());
    QCOMPARE(got, output);
}

void TestSasl::xoauth2Wire()
{
    XOAuth2Mechanism m(creds(QStringLiteral("someuser@example.com"),
                             QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")));
    QCOMPARE(m.name(), QStringLiteral("XOAUTH2"));
    QVERIFY(m.hasInitialResponse());
    const Response r = m.start();
    QCOMPARE(r.kind, Response::Kind::Send);
    // Google's documented example (developers.google.com/gmail/imap/xoauth2-protocol).
    QCOMPARE(r.data,
             QByteArray("user=someuser@example.com\x01"
                        "auth=Bearer "
                        "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    QCOMPARE(r.data.toBase64(),
             QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRj"
                        "Mk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    QCOMPARE(r.logText, QStringLiteral("user=someuser@example.com^Aauth=Bearer <redacted>^A^A"));
    QVERIFY(m.serverError().isEmpty());
    QVERIFY(m.finished(true));
}

void TestSasl::xoauth2ErrorJson_data()
{
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QStringList>("mentions");

    // Google's documented error, exactly as base64 in its 334.
    QTest::newRow("google 401") << QByteArray::fromBase64(
            "eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJ"
            "odHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==")
                                << QStringList {QStringLiteral("401"),
                                                QStringLiteral("https://mail.google.com/"),
                                                QStringLiteral("Bearer"),
                                                QStringLiteral("expired")};
    QTest::newRow("numeric status, no scope")
            << QByteArray("{\"status\":400}")
            << QStringList {QStringLiteral("400"), QStringLiteral("could not read")};
    QTest::newRow("not json") << QByteArray("Token refused\r\n\x01")
                              << QStringList {QStringLiteral("Token refused")};
}

void TestSasl::xoauth2ErrorJson()
{
    QFETCH(QByteArray, challenge);
    QFETCH(QStringList, mentions);

    XOAuth2Mechanism m(creds(QStringLiteral("u@example.com"), QStringLiteral("tok.en")));
    m.start();
    const Response r = m.challenge(challenge);
    // The client answers the error with an empty line; the server then sends 535.
    QCOMPARE(r.kind, Response::Kind::Send);
    QVERIFY(r.data.isEmpty());
    const QString err = m.serverError();
    for (const QString &word : mentions)
        QVERIFY2(err.contains(word), qPrintable(err));
    for (const QChar c : err)
        QVERIFY(c.isPrint());
    QVERIFY(!m.finished(false));
    QCOMPARE(m.challenge("{}").kind, Response::Kind::Cancel);
}

void TestSasl::xoauth2RejectsBadToken()
{
    XOAuth2Mechanism m(creds(QStringLiteral("u@example.com"),
                             QStringLiteral("tok\x01"
                                            "auth=x")));
    const Response r = m.start();
    QCOMPARE(r.kind, Response::Kind::Cancel);
    QVERIFY(r.data.isEmpty());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(m.challenge(QByteArray()).kind, Response::Kind::Cancel);
}

void TestSasl::oauthBearerWire_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("log");

    // RFC 7628 §4.1 example, with its host and port.
    QTest::newRow("rfc7628 §4.1")
            << QStringLiteral("user@example.com") << QStringLiteral("server.example.com") << 143
            << QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                          "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01")
            << QStringLiteral("n,a=user@example.com,^Ahost=server.example.com^Aport=143"
                              "^Aauth=Bearer <redacted>^A^A");
    QTest::newRow("saslname escaping, no host")
            << QStringLiteral("a,b=c") << QString() << 0
            << QByteArray("n,a=a=2Cb=3Dc,\x01"
                          "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01")
            << QStringLiteral("n,a=a,b=c,^Aauth=Bearer <redacted>^A^A");
    QTest::newRow("no user")
            << QString() << QStringLiteral("smtp.example.net") << 587
            << QByteArray("n,,\x01host=smtp.example.net\x01port=587\x01"
                          "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01")
            << QStringLiteral("n,,^Ahost=smtp.example.net^Aport=587^Aauth=Bearer <redacted>^A^A");
}

void TestSasl::oauthBearerWire()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, wire);
    QFETCH(QString, log);

    OAuthBearerMechanism m(creds(user, QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="),
                                 host, static_cast<quint16>(port)));
    QCOMPARE(m.name(), QStringLiteral("OAUTHBEARER"));
    QVERIFY(m.hasInitialResponse());
    const Response r = m.start();
    QCOMPARE(r.kind, Response::Kind::Send);
    QCOMPARE(r.data, wire);
    QCOMPARE(r.logText, log);
}

void TestSasl::oauthBearerError()
{
    OAuthBearerMechanism m(creds(QStringLiteral("user@example.com"), QStringLiteral("token"),
                                 QStringLiteral("server.example.com"), 143));
    m.start();
    // RFC 7628 §4.3 example error.
    const QByteArray json = "{\"status\":\"invalid_token\",\"scope\":\"example_scope\","
                            "\"openid-configuration\":\"https://example.com/.well-known/"
                            "openid-configuration\"}";
    const Response r = m.challenge(json);
    // RFC 7628 §3.2.3: the client answers an error with a single %x01.
    QCOMPARE(r.kind, Response::Kind::Send);
    QCOMPARE(r.data, QByteArray("\x01", 1));
    QCOMPARE(r.logText, QStringLiteral("AQ=="));
    const QString err = m.serverError();
    QVERIFY2(err.contains(QStringLiteral("invalid_token")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("example_scope")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("expired")), qPrintable(err));
    const BearerError decoded = BearerError::fromChallenge(json);
    QVERIFY(decoded.isJson());
    QCOMPARE(decoded.openidConfiguration(),
             QStringLiteral("https://example.com/.well-known/openid-configuration"));
    QVERIFY(!m.finished(false));
    QCOMPARE(m.challenge(json).kind, Response::Kind::Cancel);
}

void TestSasl::factory_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("name"); // empty: unknown

    QTest::newRow("plain lower") << QStringLiteral("plain") << QStringLiteral("PLAIN");
    QTest::newRow("login mixed") << QStringLiteral("LoGiN") << QStringLiteral("LOGIN");
    QTest::newRow("cram-md5") << QStringLiteral("cram-md5") << QStringLiteral("CRAM-MD5");
    QTest::newRow("scram-sha-1") << QStringLiteral("scram-sha-1") << QStringLiteral("SCRAM-SHA-1");
    QTest::newRow("scram-sha-256")
            << QStringLiteral("Scram-Sha-256") << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("xoauth2") << QStringLiteral("xoauth2") << QStringLiteral("XOAUTH2");
    QTest::newRow("oauthbearer") << QStringLiteral("OAuthBearer") << QStringLiteral("OAUTHBEARER");
    QTest::newRow("channel binding not offered")
            << QStringLiteral("SCRAM-SHA-256-PLUS") << QString();
    QTest::newRow("gssapi") << QStringLiteral("GSSAPI") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSasl::factory()
{
    QFETCH(QString, asked);
    QFETCH(QString, name);
    const auto m = createMechanism(asked, creds(QStringLiteral("u"), QStringLiteral("p")));
    if (name.isEmpty()) {
        QVERIFY(!m);
        return;
    }
    QVERIFY(m);
    QCOMPARE(m->name(), name);
}

void TestSasl::supportedAreCreatable()
{
    const QStringList names = supportedMechanisms();
    QCOMPARE(names.size(), 7);
    for (const QString &n : names) {
        const auto m = createMechanism(n, creds(QStringLiteral("u"), QStringLiteral("p")));
        QVERIFY2(m, qPrintable(n));
        QCOMPARE(m->name(), n);
    }
}

void TestSasl::chooseAuto_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("chosen");

    const auto list = [](const char *s) {
        return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("all, encrypted") << list("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256")
                                    << true << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("all, clear") << list("PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256") << false
                                << QStringLiteral("SCRAM-SHA-256");
    QTest::newRow("sha-1 over plain")
            << list("PLAIN SCRAM-SHA-1") << true << QStringLiteral("SCRAM-SHA-1");
    QTest::newRow("plain over login") << list("LOGIN PLAIN") << true << QStringLiteral("PLAIN");
    QTest::newRow("login only, encrypted") << list("LOGIN") << true << QStringLiteral("LOGIN");
    QTest::newRow("plain login, clear") << list("PLAIN LOGIN") << false << QString();
    QTest::newRow("lower case offer")
            << list("plain scram-sha-1") << true << QStringLiteral("SCRAM-SHA-1");
    QTest::newRow("cram-md5 never auto") << list("CRAM-MD5") << true << QString();
    QTest::newRow("cram-md5 and plain")
            << list("CRAM-MD5 PLAIN") << true << QStringLiteral("PLAIN");
    QTest::newRow("tokens never auto") << list("XOAUTH2 OAUTHBEARER") << true << QString();
    QTest::newRow("google") << list("LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH")
                            << true << QStringLiteral("PLAIN");
    QTest::newRow("-PLUS is not plain SCRAM")
            << list("SCRAM-SHA-256-PLUS PLAIN") << true << QStringLiteral("PLAIN");
    QTest::newRow("nothing offered") << QStringList() << true << QString();
}

void TestSasl::chooseAuto()
{
    QFETCH(QStringList, offered);
    QFETCH(bool, encrypted);
    QFETCH(QString, chosen);
    QCOMPARE(Sendscope::Sasl::chooseAuto(offered, encrypted), chosen);
}

void TestSasl::sendsSecretInClear_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("clear");
    QTest::newRow("PLAIN") << QStringLiteral("PLAIN") << true;
    QTest::newRow("login") << QStringLiteral("login") << true;
    QTest::newRow("XOAUTH2") << QStringLiteral("XOAUTH2") << true;
    QTest::newRow("OAUTHBEARER") << QStringLiteral("oauthbearer") << true;
    QTest::newRow("CRAM-MD5") << QStringLiteral("CRAM-MD5") << false;
    QTest::newRow("SCRAM-SHA-1") << QStringLiteral("SCRAM-SHA-1") << false;
    QTest::newRow("SCRAM-SHA-256") << QStringLiteral("SCRAM-SHA-256") << false;
}

void TestSasl::sendsSecretInClear()
{
    QFETCH(QString, name);
    QFETCH(bool, clear);
    QCOMPARE(Sendscope::Sasl::sendsSecretInClear(name), clear);
}

void TestSasl::logTextNeverCarriesSecrets_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QList<QByteArray>>("challenges");

    const QString password = QStringLiteral("Tr0ub4dor&3-horse");
    const QString token = QStringLiteral("ya29.a0AfH6SMBx-token_Value~42");
    const ScramVector v = rfc7677();
    const QByteArray error = "{\"status\":\"401\",\"schemes\":\"Bearer\",\"scope\":\"s\"}";

    QTest::newRow("PLAIN") << QStringLiteral("PLAIN") << QStringLiteral("alice") << password
                           << QList<QByteArray> {QByteArray()};
    QTest::newRow("LOGIN") << QStringLiteral("LOGIN") << QStringLiteral("alice") << password
                           << QList<QByteArray> {"Username:", "Password:", "Again:"};
    QTest::newRow("CRAM-MD5") << QStringLiteral("CRAM-MD5") << QStringLiteral("alice") << password
                              << QList<QByteArray> {"<1896.697170952@postoffice.reston.mci.net>",
                                                    "x"};
    QTest::newRow("SCRAM-SHA-256 rfc")
            << QStringLiteral("SCRAM-SHA-256") << QStringLiteral("user") << QStringLiteral("pencil")
            << QList<QByteArray> {v.serverFirst, v.serverFinal, "x"};
    QTest::newRow("SCRAM-SHA-1 random nonce")
            << QStringLiteral("SCRAM-SHA-1") << QStringLiteral("alice") << password
            << QList<QByteArray> {"e=other-error"};
    QTest::newRow("XOAUTH2") << QStringLiteral("XOAUTH2") << QStringLiteral("alice@example.com")
                             << token << QList<QByteArray> {error, error};
    QTest::newRow("OAUTHBEARER") << QStringLiteral("OAUTHBEARER")
                                 << QStringLiteral("alice@example.com") << token
                                 << QList<QByteArray> {error, error};
    // A user name that contains the secret is hidden too.
    QTest::newRow("XOAUTH2 user contains token")
            << QStringLiteral("XOAUTH2") << QStringLiteral("x") + token << token
            << QList<QByteArray> {error};
    QTest::newRow("CRAM-MD5 user contains password")
            << QStringLiteral("CRAM-MD5") << password + QStringLiteral("@example.com") << password
            << QList<QByteArray> {"<1.2@h>"};
}

void TestSasl::logTextNeverCarriesSecrets()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QList<QByteArray>, challenges);

    std::unique_ptr<Mechanism> m;
    if (mechanism == QLatin1String("SCRAM-SHA-256"))
        m = std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha256, creds(user, secret),
                                             rfc7677().nonce);
    else
        m = createMechanism(mechanism,
                            creds(user, secret, QStringLiteral("smtp.example.com"), 587));
    QVERIFY(m);

    const QList<Response> responses = run(*m, challenges);
    QVERIFY(!responses.isEmpty());

    QStringList needles {
            secret, QString::fromLatin1(secret.toUtf8().toBase64()),
            QString::fromLatin1(secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals))};
    bool sawSecretOnWire = false;
    for (const Response &r : responses) {
        if (r.data.isEmpty())
            continue;
        if (r.data.contains(secret.toUtf8())) {
            sawSecretOnWire = true;
            needles << QString::fromLatin1(r.data.toBase64());
        }
        // Proofs that allow an offline guess: SCRAM's p= and CRAM-MD5's digest.
        const int p = r.data.indexOf(",p=");
        if (p >= 0)
            needles << QString::fromLatin1(r.data.mid(p + 3));
        if (mechanism == QLatin1String("CRAM-MD5"))
            needles << QString::fromLatin1(r.data.mid(r.data.lastIndexOf(' ') + 1));
    }
    if (Sendscope::Sasl::sendsSecretInClear(mechanism))
        QVERIFY(sawSecretOnWire); // the check above did look at the secret-bearing lines
    for (const Response &r : responses) {
        for (const QString &n : std::as_const(needles)) {
            QVERIFY2(!r.logText.contains(n), qPrintable(r.logText));
            QVERIFY2(!r.error.contains(n), qPrintable(r.error));
        }
    }
    for (const QString &n : std::as_const(needles))
        QVERIFY(!m->serverError().contains(n));
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
