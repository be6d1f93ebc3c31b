#include "smtp/explain/explanationtable.h"
#include "smtp/explain/replyexplainer.h"
#include "smtp/replyparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Sendscope;

namespace {

// Every hint that fired in this run; the last test checks that each hint in the table did.
QSet<QString> &firedHints()
{
    static QSet<QString> s;
    return s;
}

void noteFired(const Explanation &e)
{
    if (e.key.startsWith(QLatin1String("hint:")))
        firedHints().insert(e.key.mid(5));
}

// A sentence a person can read: not empty, no placeholder left over.
bool readable(const QString &s)
{
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    return !s.trimmed().isEmpty() && !placeholder.match(s).hasMatch();
}

SmtpReply parseWire(const QByteArray &wire)
{
    ReplyParser parser;
    const ReplyParser::Result r = parser.feed(wire);
    if (r.status != ReplyParser::Status::Complete)
        return {};
    return parser.takeReply();
}

// Prefixes every string of the explainer's context, so a test can see translation happen.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, ExplanationTable::translationContext()) != 0)
            return QString();
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableLoads();
    void brokenTablesAreReported();
    void requiredReplyCodes();
    void everyReplyCode();
    void requiredEnhancedCodes();
    void everyEnhancedCode();
    void everyVendorCode();
    void everySocketError();
    void everySslError();
    void everyErrorKind();
    void recordedReplies_data();
    void recordedReplies();
    void errors_data();
    void errors();
    void sslErrorsWithCertificateText();
    void serverWordsStayLiteral();
    void translationsInSync();
    void translatedAtLookup();
    void everyHintIsExercised();
};

void TestExplainer::tableLoads()
{
    const ExplanationTable &t = ExplanationTable::builtIn();
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QVERIFY(!t.replies.isEmpty());
    QVERIFY(!t.enhanced.isEmpty());
    for (const ExplanationHint &h : t.hints) {
        QVERIFY2(!h.id.isEmpty(), "a hint without an id");
        // A hint on the provider alone would explain every reply from that host the same way.
        QVERIFY2(h.hasCondition(), qPrintable(h.id));
        QVERIFY2(!h.entry.sentence.isEmpty(), qPrintable(h.id));
        QVERIFY2(!h.entry.suggestion.isEmpty() && !h.entry.reference.isEmpty(), qPrintable(h.id));
    }
    QSet<QString> ids;
    for (const ExplanationHint &h : t.hints) {
        QVERIFY2(!ids.contains(h.id), qPrintable(QStringLiteral("duplicate hint ") + h.id));
        ids.insert(h.id);
    }
}

void TestExplainer::brokenTablesAreReported()
{
    QVERIFY(!ExplanationTable::fromJson("{").error.isEmpty());
    QVERIFY(!ExplanationTable::fromJson("[]").error.isEmpty());
    const ExplanationTable badRegex = ExplanationTable::fromJson(
            R"({"hints": [{"id": "h1", "text": "(", "sentence": "s"}]})");
    QVERIFY2(badRegex.error.contains(QLatin1String("h1")), qPrintable(badRegex.error));
    const ExplanationTable badProvider = ExplanationTable::fromJson(
            R"({"hints": [{"id": "h2", "provider": "nobody", "codes": [535], "sentence": "s"}]})");
    QVERIFY2(badProvider.error.contains(QLatin1String("nobody")), qPrintable(badProvider.error));
    const ExplanationTable badCode = ExplanationTable::fromJson(
            R"({"replies": {"5x0": {"sentence": "s"}}})");
    QVERIFY2(badCode.error.contains(QLatin1String("5x0")), qPrintable(badCode.error));
    const ExplanationTable good = ExplanationTable::fromJson(
            R"({"replies": {"250": {"sentence": "s", "suggestion": "t", "reference": "r"}}})");
    QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
    QCOMPARE(good.replies.value(250).suggestion, QStringLiteral("t"));
}

void TestExplainer::requiredReplyCodes()
{
    // RFC 5321 §4.2.3, RFC 4954 §6 (235, 334, 432, 454, 500, 534, 535, 538), RFC 7504 §3 (521, 556).
    const int required[] = {211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 432,
                            450, 451, 452, 454, 455, 500, 501, 502, 503, 504, 521, 530,
                            534, 535, 538, 550, 551, 552, 553, 554, 555, 556};
    const ExplanationTable &t = ExplanationTable::builtIn();
    for (int code : required)
        QVERIFY2(t.replies.contains(code), qPrintable(QString::number(code)));
    for (int cls : {2, 3, 4, 5})
        QVERIFY(t.classes.value(cls).isValid());
}

void TestExplainer::everyReplyCode()
{
    const ExplanationTable &t = ExplanationTable::builtIn();
    for (auto it = t.replies.cbegin(); it != t.replies.cend(); ++it) {
        const int code = it.key();
        const Explanation e = ReplyExplainer::explainReply(
                code, QString(), QStringLiteral("words of the server"),
                QStringLiteral("mail.example.org"));
        const QByteArray what = QByteArray::number(code);
        QCOMPARE(e.key, QStringLiteral("reply:%1").arg(code));
        QVERIFY2(!e.generic, what.constData());
        QVERIFY2(readable(e.sentence), what.constData());
        QVERIFY2(readable(e.suggestion), what.constData());
        QVERIFY2(e.reference.startsWith(QLatin1String("RFC ")), what.constData());
        // The class sentence must not be what answered.
        QVERIFY2(e.sentence
                         != ReplyExplainer::explainReply(code / 100 * 100 + 99, QString(),
                                                         QStringLiteral("words of the server"))
                                    .sentence,
                 what.constData());
        if (it->sentence.contains(QLatin1String("%1")))
            QVERIFY2(e.sentence.contains(QLatin1String("words of the server")), what.constData());
    }
    // A class alone is generic.
    const Explanation cls = ReplyExplainer::explainReply(459, QString(), QString());
    QVERIFY(cls.generic);
    QCOMPARE(cls.key, QStringLiteral("class:4"));
    QVERIFY(readable(cls.sentence));
    QVERIFY2(cls.sentence.contains(QLatin1String("459")), qPrintable(cls.sentence));
    // A code SMTP does not define still gets words.
    const Explanation odd = ReplyExplainer::explainReply(999, QString(), QStringLiteral("x"));
    QCOMPARE(odd.key, QStringLiteral("class:0"));
    QVERIFY(readable(odd.sentence));
}

void TestExplainer::requiredEnhancedCodes()
{
    // IANA "SMTP Enhanced Status Codes": RFC 3463 and the later registrations.
    QStringList required;
    const int lastDetail[] = {0, 10, 4, 6, 7, 6, 10, 30};  // subject 0..7
    for (int subject = 0; subject <= 7; ++subject)
        for (int detail = 0; detail <= lastDetail[subject]; ++detail)
            required << QStringLiteral("X.%1.%2").arg(subject).arg(detail);
    const ExplanationTable &t = ExplanationTable::builtIn();
    for (const QString &code : std::as_const(required))
        QVERIFY2(t.enhanced.contains(code), qPrintable(code));
    QVERIFY(t.enhanced.contains(QStringLiteral("4.7.0")));
    QVERIFY(t.enhanced.contains(QStringLiteral("5.7.0")));
}

void TestExplainer::everyEnhancedCode()
{
    const ExplanationTable &t = ExplanationTable::builtIn();
    const QString classSentence4 =
            ReplyExplainer::explainReply(499, QString(), QStringLiteral("w")).sentence;
    const QString classSentence5 =
            ReplyExplainer::explainReply(599, QString(), QStringLiteral("w")).sentence;
    for (auto it = t.enhanced.cbegin(); it != t.enhanced.cend(); ++it) {
        const QString key = it.key();
        const QStringList classes = key.startsWith(QLatin1Char('X'))
                ? QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("5")}
                : QStringList{key.left(1)};
        for (const QString &cls : classes) {
            const QString code = cls + key.mid(1);
            const int reply = cls.toInt() * 100 + 99;  // no reply-code row for x99
            const Explanation e = ReplyExplainer::explainReply(
                    reply, code, QStringLiteral("words of the server"),
                    QStringLiteral("mail.example.org"));
            noteFired(e);
            const QByteArray what = code.toLatin1();
            QVERIFY2(!e.generic, what.constData());
            QVERIFY2(e.key == QStringLiteral("enhanced:") + key
                             || (t.enhanced.contains(code) && e.key == QStringLiteral("enhanced:") + code)
                             || e.key.startsWith(QLatin1String("hint:")),
                     qPrintable(code + QLatin1Char(' ') + e.key));
            QVERIFY2(readable(e.sentence), what.constData());
            QVERIFY2(readable(e.suggestion), what.constData());
            QVERIFY2(!e.reference.isEmpty(), what.constData());
            QVERIFY2(e.sentence != classSentence4 && e.sentence != classSentence5, what.constData());
        }
    }
}

void TestExplainer::everyVendorCode()
{
    const ExplanationTable &t = ExplanationTable::builtIn();
    QVERIFY(t.vendorCodes.contains(QStringLiteral("microsoft")));
    for (const char *code : {"5.7.3", "5.7.57", "5.7.124", "5.7.133", "5.7.134", "5.7.139"})
        QVERIFY2(t.vendorCodes.value(QStringLiteral("microsoft")).contains(QLatin1String(code)), code);
    for (auto v = t.vendorCodes.cbegin(); v != t.vendorCodes.cend(); ++v) {
        const QString host = t.providers.value(v.key()).hosts.value(0);
        QVERIFY(!host.isEmpty());
        for (auto it = v->cbegin(); it != v->cend(); ++it) {
            const Explanation e = ReplyExplainer::explainReply(
                    550, it.key(), QStringLiteral("words"), QStringLiteral("smtp.") + host);
            noteFired(e);
            QVERIFY2(e.key == QStringLiteral("vendor:%1:%2").arg(v.key(), it.key())
                             || e.key.startsWith(QLatin1String("hint:")),
                     qPrintable(it.key() + QLatin1Char(' ') + e.key));
            QVERIFY(!e.generic);
            QVERIFY(readable(e.sentence));
            QVERIFY(readable(e.suggestion));
        }
    }
}

void TestExplainer::everySocketError()
{
    // Walks Qt's own enumerators: when a Qt release adds one, this fails until the table
    // explains it; a table name that is not an enumerator (a typo) fails too.
    const ExplanationTable &t = ExplanationTable::builtIn();
    const QMetaEnum me = QMetaEnum::fromType<QAbstractSocket::SocketError>();
    QVERIFY(me.keyCount() >= 24);
    for (int i = 0; i < me.keyCount(); ++i) {
        const QString name = QString::fromLatin1(me.key(i));
        QVERIFY2(t.socketErrors.contains(name), qPrintable(name));
        const Explanation e = ReplyExplainer::explainSocketError(
                QAbstractSocket::SocketError(me.value(i)));
        QCOMPARE(e.key, QStringLiteral("socket:") + name);
        QVERIFY2(readable(e.sentence) && readable(e.suggestion) && !e.reference.isEmpty(),
                 qPrintable(name));
    }
    for (auto it = t.socketErrors.cbegin(); it != t.socketErrors.cend(); ++it)
        QVERIFY2(me.keyToValue(it.key().toLatin1().constData()) != -1
                         || it.key() == QLatin1String("UnknownSocketError"),
                 qPrintable(it.key()));
}

void TestExplainer::everySslError()
{
    // QSslError::SslError is a Q_ENUM since Qt 6.0 (checked in Qt 6.4's qsslerror.h), so the
    // metaobject lists every value, the OCSP ones included; a value Qt adds later makes this fail.
    const ExplanationTable &t = ExplanationTable::builtIn();
    const QMetaEnum me = QMetaEnum::fromType<QSslError::SslError>();
    QVERIFY(me.isValid());
    QVERIFY(me.keyToValue("OcspStatusUnknown") != -1);
    for (int i = 0; i < me.keyCount(); ++i) {
        const QString name = QString::fromLatin1(me.key(i));
        QVERIFY2(t.sslErrors.contains(name), qPrintable(name));
        const Explanation e = ReplyExplainer::explainSslError(QSslError::SslError(me.value(i)));
        noteFired(e);
        QVERIFY2(e.key == QStringLiteral("ssl:") + name || e.key.startsWith(QLatin1String("hint:")),
                 qPrintable(name + QLatin1Char(' ') + e.key));
        QVERIFY2(readable(e.sentence) && readable(e.suggestion) && !e.reference.isEmpty(),
                 qPrintable(name));
    }
    for (auto it = t.sslErrors.cbegin(); it != t.sslErrors.cend(); ++it) {
        bool ok = false;
        me.keyToValue(it.key().toLatin1().constData(), &ok);
        QVERIFY2(ok, qPrintable(it.key()));
    }
}

void TestExplainer::everyErrorKind()
{
    const ExplanationTable &t = ExplanationTable::builtIn();
    const QMetaEnum kinds = QMetaEnum::fromType<SmtpError::Kind>();
    const QMetaEnum steps = QMetaEnum::fromType<SmtpError::Step>();
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = SmtpError::Kind(kinds.value(i));
        if (kind == SmtpError::Kind::None)
            continue;
        const QString name = QString::fromLatin1(kinds.key(i));
        QVERIFY2(t.kinds.value(name).isValid(), qPrintable(name));
        SmtpError err;
        err.kind = kind;
        SessionOptions o;
        o.host = QStringLiteral("mail.example.org");
        const Explanation e = ReplyExplainer::explainError(err, o);
        QCOMPARE(e.key, QStringLiteral("kind:") + name);
        QVERIFY(readable(e.sentence));
        QVERIFY(readable(e.suggestion));
    }
    for (auto it = t.kindSteps.cbegin(); it != t.kindSteps.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        QCOMPARE(parts.size(), 2);
        QVERIFY2(kinds.keyToValue(parts.at(0).toLatin1().constData()) != -1, qPrintable(it.key()));
        QVERIFY2(steps.keyToValue(parts.at(1).toLatin1().constData()) != -1, qPrintable(it.key()));
    }
    SmtpError none;
    QVERIFY(ReplyExplainer::explainError(none, SessionOptions()).isEmpty());
}

void TestExplainer::recordedReplies_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("quote");

    QFile f(QStringLiteral(":/explain-test/recorded_replies.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QLatin1String("replies"))
                                    .toArray();
    QVERIFY(rows.size() >= 20);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QTest::newRow(o.value(QLatin1String("name")).toString().toUtf8().constData())
                << o.value(QLatin1String("host")).toString()
                << o.value(QLatin1String("wire")).toString().toUtf8()
                << o.value(QLatin1String("key")).toString()
                << o.value(QLatin1String("quote")).toString();
    }
}

void TestExplainer::recordedReplies()
{
    QFETCH(QString, host);
    QFETCH(QByteArray, wire);
    QFETCH(QString, key);
    QFETCH(QString, quote);

    const SmtpReply reply = parseWire(wire);
    QVERIFY2(reply.isValid(), wire.constData());
    const Explanation e = ReplyExplainer::explainReply(reply, host);
    noteFired(e);
    QCOMPARE(e.key, key);
    QVERIFY(readable(e.sentence));
    QVERIFY(readable(e.suggestion));
    QVERIFY(!e.reference.isEmpty());
    if (!quote.isEmpty())
        QVERIFY2(e.sentence.contains(quote), qPrintable(e.sentence));
    QCOMPARE(e.generic, key.startsWith(QLatin1String("class:")));

    // The same reply inside a failed session is explained the same way.
    SmtpError err;
    err.kind = SmtpError::Kind::Rejected;
    err.step = SmtpError::Step::Rcpt;
    err.reply = reply;
    SessionOptions o;
    o.host = host;
    QCOMPARE(ReplyExplainer::explainError(err, o).key, key);
}

void TestExplainer::errors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("socketError");
    QTest::addColumn<QList<int>>("sslErrors");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("key");

    using K = SmtpError::Kind;
    using S = SmtpError::Step;
    const int none = int(QAbstractSocket::UnknownSocketError);
    const int plain = int(SecurityMode::None);
    const int starttls = int(SecurityMode::StartTls);
    const int tls = int(SecurityMode::ImplicitTls);
    const QString host = QStringLiteral("mail.example.org");

    QTest::newRow("port 25 refused") << int(K::ConnectFailed) << int(S::Connect)
            << int(QAbstractSocket::ConnectionRefusedError) << QList<int>{} << QString() << host
            << 25 << plain << QStringLiteral("hint:port25-blocked");
    QTest::newRow("port 25 timeout, default port of mode none")
            << int(K::ConnectFailed) << int(S::Connect)
            << int(QAbstractSocket::SocketTimeoutError) << QList<int>{} << QString() << host << 0
            << plain << QStringLiteral("hint:port25-blocked");
    // Loopback has no network in between to block anything.
    QTest::newRow("port 25 refused on loopback") << int(K::ConnectFailed) << int(S::Connect)
            << int(QAbstractSocket::ConnectionRefusedError) << QList<int>{} << QString()
            << QStringLiteral("127.0.0.1") << 25 << plain
            << QStringLiteral("socket:ConnectionRefusedError");
    QTest::newRow("port 25 refused on localhost") << int(K::ConnectFailed) << int(S::Connect)
            << int(QAbstractSocket::ConnectionRefusedError) << QList<int>{} << QString()
            << QStringLiteral("localhost") << 25 << plain
            << QStringLiteral("socket:ConnectionRefusedError");
    QTest::newRow("port 587 refused") << int(K::ConnectFailed) << int(S::Connect)
            << int(QAbstractSocket::ConnectionRefusedError) << QList<int>{} << QString() << host
            << 587 << starttls << QStringLiteral("socket:ConnectionRefusedError");
    QTest::newRow("host not found") << int(K::ConnectFailed) << int(S::Connect)
            << int(QAbstractSocket::HostNotFoundError) << QList<int>{} << QString() << host << 587
            << starttls << QStringLiteral("socket:HostNotFoundError");
    QTest::newRow("starttls on 465: silent greeting") << int(K::Timeout) << int(S::Greeting)
            << none << QList<int>{} << QString() << host << 465 << starttls
            << QStringLiteral("hint:mode-starttls-on-465");
    QTest::newRow("starttls on 465: garbage greeting") << int(K::Protocol) << int(S::Greeting)
            << none << QList<int>{} << QString() << host << 465 << starttls
            << QStringLiteral("hint:mode-starttls-on-465");
    QTest::newRow("silent greeting on 587") << int(K::Timeout) << int(S::Greeting) << none
            << QList<int>{} << QString() << host << 587 << starttls
            << QStringLiteral("kind:Timeout/Greeting");
    QTest::newRow("tls on 587") << int(K::Tls) << int(S::StartTls)
            << int(QAbstractSocket::SslHandshakeFailedError) << QList<int>{} << QString() << host
            << 587 << tls << QStringLiteral("hint:mode-tls-on-plain-port");
    QTest::newRow("handshake failed on 465") << int(K::Tls) << int(S::StartTls)
            << int(QAbstractSocket::SslHandshakeFailedError) << QList<int>{} << QString() << host
            << 465 << tls << QStringLiteral("socket:SslHandshakeFailedError");
    QTest::newRow("clock skew") << int(K::Certificate) << int(S::StartTls) << none
            << QList<int>{int(QSslError::CertificateNotYetValid)} << QString() << host << 587
            << starttls << QStringLiteral("hint:clock-skew");
    QTest::newRow("antivirus ca") << int(K::Certificate) << int(S::StartTls) << none
            << QList<int>{int(QSslError::UnableToGetLocalIssuerCertificate)}
            << QStringLiteral("The server's certificate is not trusted (The issuer certificate of a "
                              "locally looked up certificate could not be found): subject "
                              "CN=smtp.gmail.com, issuer CN=Avast Web/Mail Shield Root.")
            << QStringLiteral("smtp.gmail.com") << 587 << starttls
            << QStringLiteral("hint:antivirus-intercept");
    QTest::newRow("zscaler ca") << int(K::Certificate) << int(S::StartTls) << none
            << QList<int>{int(QSslError::SelfSignedCertificateInChain)}
            << QStringLiteral("issuer O=Zscaler Inc., CN=Zscaler Intermediate Root CA")
            << host << 587 << starttls << QStringLiteral("hint:antivirus-intercept");
    QTest::newRow("unknown ca, no product") << int(K::Certificate) << int(S::StartTls) << none
            << QList<int>{int(QSslError::UnableToGetLocalIssuerCertificate)}
            << QStringLiteral("issuer CN=Example Corp Root") << host << 587 << starttls
            << QStringLiteral("ssl:UnableToGetLocalIssuerCertificate");
    QTest::newRow("hostname mismatch") << int(K::Certificate) << int(S::StartTls) << none
            << QList<int>{int(QSslError::HostNameMismatch), int(QSslError::CertificateExpired)}
            << QString() << host << 587 << starttls << QStringLiteral("ssl:HostNameMismatch");
    QTest::newRow("pin mismatch") << int(K::Certificate) << int(S::StartTls) << none
            << QList<int>{} << QStringLiteral("pinned fingerprint") << host << 587 << starttls
            << QStringLiteral("kind:Certificate");
    QTest::newRow("no safe auth") << int(K::AuthUnavailable) << int(S::Auth) << none
            << QList<int>{} << QString() << host << 25 << plain
            << QStringLiteral("kind:AuthUnavailable");
    QTest::newRow("lost during data") << int(K::ConnectionLost) << int(S::Data) << none
            << QList<int>{} << QString() << host << 587 << starttls
            << QStringLiteral("kind:ConnectionLost/Data");
    QTest::newRow("reset during data") << int(K::ConnectionLost) << int(S::Data)
            << int(QAbstractSocket::RemoteHostClosedError) << QList<int>{} << QString() << host
            << 587 << starttls << QStringLiteral("socket:RemoteHostClosedError");
}

void TestExplainer::errors()
{
    QFETCH(int, kind);
    QFETCH(int, step);
    QFETCH(int, socketError);
    QFETCH(QList<int>, sslErrors);
    QFETCH(QString, message);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, security);
    QFETCH(QString, key);

    SmtpError err;
    err.kind = SmtpError::Kind(kind);
    err.step = SmtpError::Step(step);
    err.socketError = QAbstractSocket::SocketError(socketError);
    for (int e : std::as_const(sslErrors))
        err.sslErrors.append(QSslError::SslError(e));
    err.message = message;
    SessionOptions o;
    o.host = host;
    o.port = quint16(port);
    o.security = SecurityMode(security);

    const Explanation e = ReplyExplainer::explainError(err, o);
    noteFired(e);
    QCOMPARE(e.key, key);
    QVERIFY(!e.generic);
    QVERIFY(readable(e.sentence));
    QVERIFY(readable(e.suggestion));
    QVERIFY(!e.reference.isEmpty());
    // %2 and %3 are the host and the port actually used.
    if (key == QLatin1String("hint:port25-blocked"))
        QVERIFY2(e.sentence.contains(host), qPrintable(e.sentence));
    if (key == QLatin1String("hint:mode-starttls-on-465")
        || key == QLatin1String("hint:mode-tls-on-plain-port"))
        QVERIFY2(e.sentence.contains(QString::number(port)), qPrintable(e.sentence));
}

void TestExplainer::sslErrorsWithCertificateText()
{
    const Explanation av = ReplyExplainer::explainSslErrors(
            {QSslError::SelfSignedCertificateInChain},
            QStringLiteral("issuer CN=ESET SSL Filter CA"));
    QCOMPARE(av.key, QStringLiteral("hint:antivirus-intercept"));
    // "AVG" must be a word: a host such as "avgserver" is no antivirus.
    const Explanation notAv = ReplyExplainer::explainSslErrors(
            {QSslError::SelfSignedCertificateInChain}, QStringLiteral("issuer CN=avgserver.example"));
    QCOMPARE(notAv.key, QStringLiteral("ssl:SelfSignedCertificateInChain"));
}

void TestExplainer::serverWordsStayLiteral()
{
    // The server's words are inserted once; placeholders inside them are not expanded again.
    const Explanation e = ReplyExplainer::explainReply(550, QString(),
                                                       QStringLiteral("no %2 here %1"),
                                                       QStringLiteral("mail.example.org"));
    QCOMPARE(e.key, QStringLiteral("reply:550"));
    QVERIFY2(e.sentence.contains(QStringLiteral("“no %2 here %1”")), qPrintable(e.sentence));
    // A page of text is cut to one readable line.
    const QString longText = QString(2000, QLatin1Char('a'));
    const Explanation cut = ReplyExplainer::explainReply(550, QString(), longText);
    QVERIFY(cut.sentence.size() < 400);
    QVERIFY(cut.sentence.contains(QChar(0x2026)));
    // Without words, the code stands in for them.
    const Explanation bare = ReplyExplainer::explainReply(550, QStringLiteral("5.7.1"), QString());
    QVERIFY2(bare.sentence.contains(QStringLiteral("“550 5.7.1”")), qPrintable(bare.sentence));
}

void TestExplainer::translationsInSync()
{
    // explanations_tr.cpp is generated from explanations.json by gen_translations.py; when
    // someone edits the table without regenerating it, lupdate would miss strings.
    QStringList table = ExplanationTable::builtIn().sourceStrings();
    QStringList marked = ExplanationTable::markedSourceStrings();
    table.sort();
    marked.sort();
    QVERIFY(table.size() > 200);
    for (const QString &s : std::as_const(table))
        QVERIFY2(marked.contains(s), qPrintable(QStringLiteral("not marked: ") + s));
    for (const QString &s : std::as_const(marked))
        QVERIFY2(table.contains(s), qPrintable(QStringLiteral("not in the table: ") + s));
    QCOMPARE(marked, table);
}

void TestExplainer::translatedAtLookup()
{
    MarkingTranslator tr;
    QVERIFY(QCoreApplication::installTranslator(&tr));
    const Explanation e = ReplyExplainer::explainReply(550, QString(), QStringLiteral("User unknown"));
    const Explanation s = ReplyExplainer::explainSocketError(QAbstractSocket::HostNotFoundError);
    QCoreApplication::removeTranslator(&tr);
    QVERIFY2(e.sentence.startsWith(QLatin1String("[xx] ")), qPrintable(e.sentence));
    QVERIFY2(e.sentence.contains(QLatin1String("User unknown")), qPrintable(e.sentence));
    QVERIFY2(e.suggestion.startsWith(QLatin1String("[xx] ")), qPrintable(e.suggestion));
    QVERIFY2(s.sentence.startsWith(QLatin1String("[xx] ")), qPrintable(s.sentence));
    // References are RFC names, not prose: never translated.
    QVERIFY(!e.reference.startsWith(QLatin1String("[xx]")));
    const Explanation after = ReplyExplainer::explainReply(550, QString(), QStringLiteral("x"));
    QVERIFY(!after.sentence.startsWith(QLatin1String("[xx]")));
}

void TestExplainer::everyHintIsExercised()
{
    for (const ExplanationHint &h : ExplanationTable::builtIn().hints)
        QVERIFY2(firedHints().contains(h.id),
                 qPrintable(QStringLiteral("no test triggers hint ") + h.id));
}

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
