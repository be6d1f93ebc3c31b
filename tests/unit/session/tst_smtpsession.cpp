#include "scriptedserver.h"

#include "smtp/smtpsession.h"
#include "tls/certificateinfo.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope;

// Drives SmtpSession against a scripted server on 127.0.0.1:0, over plain TCP and TLS with a
// certificate made at test time.
class TestSmtpSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainSend();
    void heloFallback();
    void startTlsPinned();
    void startTlsInjection();
    void startTlsMissing();
    void tlsDecisionRejectedWritesNothing();
    void tlsDecisionAccepted();
    void authPlainRedacted();
    void credentialsAsked();
    void authFailureQuits();
    void perRecipientResults();
    void pipelinedBatch();
    void rsetBetweenMessages();
    void sizeRefusedBeforeMail();
    void closingMidSession421();
    void droppedMidData();
    void silentServerTimesOut();
    void cancelMidBody();

private:
    struct Run
    {
        std::unique_ptr<SmtpSession> session;
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> messages;
        QList<LogRecord> log;
        QBuffer body;
    };
    std::unique_ptr<Run> start(ScriptedServer &server, SessionOptions opts,
                               const QByteArray &body = "Subject: t\r\n\r\nhello\r\n",
                               QStringList rcpts = {QStringLiteral("b@example.com")});
    ScriptedServer *server() { return new ScriptedServer(m_cert, m_key, this); }
    SessionOptions plainOptions(quint16 port) const;
    SmtpError finishedError(Run &r) const
    {
        return r.finished->first().first().value<SmtpError>();
    }
    MailResult messageResult(Run &r, int i = 0) const
    {
        return r.messages->at(i).first().value<MailResult>();
    }
    static QString logText(const QList<LogRecord> &log);

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
};

void TestSmtpSession::initTestCase()
{
    qRegisterMetaType<SmtpError>();
    qRegisterMetaType<MailResult>();
    QVERIFY(m_dir.isValid());
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    // Test setup only: a one-off openssl run before any event loop starts.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile kf(key), cf(cert);
    QVERIFY(kf.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
    m_key = QSslKey(kf.readAll(), QSsl::Ec);
    m_cert = QSslCertificate(cf.readAll());
    QVERIFY(!m_key.isNull() && !m_cert.isNull());
}

SessionOptions TestSmtpSession::plainOptions(quint16 port) const
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.security = SecurityMode::None;
    o.timeoutSeconds = 10;
    return o;
}

std::unique_ptr<TestSmtpSession::Run> TestSmtpSession::start(ScriptedServer &server,
                                                             SessionOptions opts,
                                                             const QByteArray &body,
                                                             QStringList rcpts)
{
    auto r = std::make_unique<Run>();
    r->session = std::make_unique<SmtpSession>();
    opts.port = server.port();
    r->session->setOptions(opts);
    r->finished = std::make_unique<QSignalSpy>(r->session.get(), &SmtpSession::finished);
    r->messages = std::make_unique<QSignalSpy>(r->session.get(), &SmtpSession::messageFinished);
    Run *raw = r.get();
    connect(r->session.get(), &SmtpSession::logRecord, this,
            [raw](const LogRecord &rec) { raw->log.append(rec); });
    r->body.setData(body);
    r->body.open(QIODevice::ReadOnly);
    MailJob job;
    job.from = QStringLiteral("a@example.com");
    job.recipients = rcpts;
    job.body = &r->body;
    job.size = body.size();
    r->session->send(job);
    r->session->quit();
    return r;
}

QString TestSmtpSession::logText(const QList<LogRecord> &log)
{
    QString s;
    for (const LogRecord &r : log)
        s += r.toPlainLine() + QLatin1Char('\n');
    return s;
}

static const QByteArray ehloPlain = "250-test.invalid\r\n250-SIZE 1000\r\n250 8BITMIME\r\n";

void TestSmtpSession::plainSend()
{
    auto *s = server();
    s->send("220 test ESMTP\r\n").expect("EHLO ").send(ehloPlain)
            .expect("MAIL FROM:<a@example.com> SIZE=").send("250 2.1.0 ok\r\n")
            .expect("RCPT TO:<b@example.com>").send("250 2.1.5 ok\r\n")
            .expect("DATA").send("354 go\r\n").expectData().send("250 2.0.0 queued\r\n")
            .expect("QUIT").send("221 bye\r\n").close();
    auto r = start(*s, plainOptions(0), "Subject: t\n\n.dot\nline\n");
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    QVERIFY(!finishedError(*r).isError());
    QCOMPARE(r->messages->size(), 1);
    const MailResult m = messageResult(*r);
    QVERIFY2(!m.error.isError(), qPrintable(m.error.message));
    QCOMPARE(m.finalReply.code, 250);
    QCOMPARE(m.finalReply.enhancedCode, QStringLiteral("2.0.0"));
    QCOMPARE(s->body(), QByteArray("Subject: t\r\n\r\n..dot\r\nline\r\n"));
    // Never a bare "localhost" in EHLO (RFC 5321 §4.1.1.1).
    QVERIFY(!s->clientLines().first().endsWith("localhost"));
}

void TestSmtpSession::heloFallback()
{
    auto *s = server();
    s->send("220 old\r\n").expect("EHLO ").send("502 5.5.1 what\r\n").expect("HELO ")
            .send("250 hi\r\n").expect("MAIL FROM:<a@example.com>").send("250 ok\r\n")
            .expect("RCPT TO:").send("250 ok\r\n").expect("DATA").send("354 go\r\n")
            .expectData().send("250 ok\r\n").expect("QUIT").send("221 bye\r\n").close();
    auto r = start(*s, plainOptions(0));
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    QVERIFY(!messageResult(*r).error.isError());
}

void TestSmtpSession::startTlsPinned()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 STARTTLS\r\n").expect("STARTTLS")
            .send("220 go\r\n").startTls().expect("EHLO ")
            .send("250-t\r\n250 PIPELINING\r\n")
            .expect("MAIL FROM:").expect("RCPT TO:").expect("DATA")
            .send("250 ok\r\n250 ok\r\n354 go\r\n").expectData().send("250 ok\r\n")
            .expect("QUIT").send("221 bye\r\n").close();
    SessionOptions o = plainOptions(0);
    o.security = SecurityMode::StartTls;
    o.pinnedSha256 = sha256Fingerprint(m_cert);
    auto r = start(*s, o);
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    QVERIFY2(!messageResult(*r).error.isError(), qPrintable(logText(r->log)));
    QVERIFY(logText(r->log).contains(QStringLiteral("TLS established")));
}

void TestSmtpSession::startTlsInjection()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 STARTTLS\r\n").expect("STARTTLS")
            .send("220 go\r\n250-injected\r\n250 AUTH PLAIN\r\n");
    SessionOptions o = plainOptions(0);
    o.security = SecurityMode::StartTls;
    o.pinnedSha256 = sha256Fingerprint(m_cert);
    auto r = start(*s, o);
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    const SmtpError e = finishedError(*r);
    QCOMPARE(e.kind, SmtpError::Kind::Tls);
    QCOMPARE(e.step, SmtpError::Step::StartTls);
    QVERIFY(e.message.contains(QStringLiteral("CVE-2011-0411")));
    // Nothing after STARTTLS went out: no handshake, no EHLO, no MAIL.
    QVERIFY(s->received().endsWith("STARTTLS\r\n"));
    QCOMPARE(messageResult(*r).error.kind, SmtpError::Kind::Tls);
}

void TestSmtpSession::startTlsMissing()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 AUTH PLAIN\r\n").expect("QUIT")
            .send("221 bye\r\n").close();
    SessionOptions o = plainOptions(0);
    o.security = SecurityMode::StartTls;
    o.user = QStringLiteral("u");
    auto r = start(*s, o);
    r->session->setSecret(QStringLiteral("pw"));
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QCOMPARE(finishedError(*r).kind, SmtpError::Kind::Tls);
    QVERIFY(!s->received().contains("AUTH"));
    QVERIFY(!s->received().contains("MAIL"));
}

void TestSmtpSession::tlsDecisionRejectedWritesNothing()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 STARTTLS\r\n").expect("STARTTLS")
            .send("220 go\r\n").startTls();
    SessionOptions o = plainOptions(0);
    o.security = SecurityMode::StartTls;
    auto r = start(*s, o);
    QSignalSpy decision(r->session.get(), &SmtpSession::tlsDecisionRequired);
    QTRY_COMPARE_WITH_TIMEOUT(decision.size(), 1, 10000);
    QCOMPARE(r->session->state(), SmtpSession::State::AwaitingTlsDecision);
    const auto errors = decision.first().at(1).value<QList<QSslError>>();
    QVERIFY(!errors.isEmpty());
    QTest::qWait(200);
    const QByteArray before = s->received();
    QVERIFY(before.endsWith("STARTTLS\r\n")); // nothing after the handshake yet
    r->session->resolveTlsDecision(false);
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    const SmtpError e = finishedError(*r);
    QCOMPARE(e.kind, SmtpError::Kind::Certificate);
    QVERIFY2(e.message.contains(formatFingerprint(sha256Fingerprint(m_cert))), qPrintable(e.message));
    QCOMPARE(s->received(), before);
}

void TestSmtpSession::tlsDecisionAccepted()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 STARTTLS\r\n").expect("STARTTLS")
            .send("220 go\r\n").startTls().expect("EHLO ").send("250 t\r\n")
            .expect("MAIL").send("250 ok\r\n").expect("RCPT").send("250 ok\r\n")
            .expect("DATA").send("354 go\r\n").expectData().send("250 ok\r\n")
            .expect("QUIT").send("221 bye\r\n").close();
    SessionOptions o = plainOptions(0);
    o.security = SecurityMode::StartTls;
    auto r = start(*s, o);
    connect(r->session.get(), &SmtpSession::tlsDecisionRequired, r->session.get(),
            [&r] { r->session->resolveTlsDecision(true); });
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    QVERIFY(!messageResult(*r).error.isError());
}

void TestSmtpSession::authPlainRedacted()
{
    const QString password = QStringLiteral("S3cret-Zebra-42");
    const QByteArray payload = QByteArray("\0user\0", 6) + password.toUtf8();
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 AUTH PLAIN LOGIN\r\n")
            .expect("AUTH PLAIN " + payload.toBase64())
            .send("235 2.7.0 ok " + payload.toBase64() + "\r\n") // a server echoing it back
            .expect("MAIL").send("250 ok\r\n").expect("RCPT").send("250 ok\r\n")
            .expect("DATA").send("354 go\r\n").expectData().send("250 ok\r\n")
            .expect("QUIT").send("221 bye\r\n").close();
    SessionOptions o = plainOptions(0);
    o.user = QStringLiteral("user");
    o.allowPlaintextAuth = true;
    auto r = start(*s, o);
    r->session->setSecret(password);
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    QVERIFY(!messageResult(*r).error.isError());
    const QString all = logText(r->log);
    QVERIFY(all.contains(QStringLiteral("AUTH PLAIN <redacted>")));
    QVERIFY(!all.contains(password));
    QVERIFY(!all.contains(QString::fromLatin1(payload.toBase64())));
    QVERIFY(!all.contains(QString::fromLatin1(password.toUtf8().toBase64())));
}

void TestSmtpSession::credentialsAsked()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 AUTH LOGIN\r\n")
            .expect("AUTH LOGIN").send("334 VXNlcm5hbWU6\r\n").expect("dXNlcg==")
            .send("334 UGFzc3dvcmQ6\r\n").expect(QByteArray("pw-typed-later").toBase64())
            .send("235 ok\r\n").expect("MAIL").send("250 ok\r\n").expect("RCPT")
            .send("250 ok\r\n").expect("DATA").send("354 go\r\n").expectData()
            .send("250 ok\r\n").expect("QUIT").send("221 bye\r\n").close();
    SessionOptions o = plainOptions(0);
    o.user = QStringLiteral("user");
    o.authMechanism = QStringLiteral("login");
    o.allowPlaintextAuth = true;
    auto r = start(*s, o);
    QSignalSpy asked(r->session.get(), &SmtpSession::credentialsRequired);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
    QCOMPARE(r->session->state(), SmtpSession::State::AwaitingCredentials);
    r->session->provideSecret(QStringLiteral("pw-typed-later"));
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    QVERIFY(!logText(r->log).contains(QStringLiteral("pw-typed-later")));
}

void TestSmtpSession::authFailureQuits()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 AUTH PLAIN\r\n").expect("AUTH PLAIN")
            .send("535 5.7.8 Username and Password not accepted\r\n").expect("QUIT")
            .send("221 bye\r\n").close();
    SessionOptions o = plainOptions(0);
    o.user = QStringLiteral("user");
    o.allowPlaintextAuth = true;
    auto r = start(*s, o);
    r->session->setSecret(QStringLiteral("wrong"));
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    const MailResult m = messageResult(*r);
    QCOMPARE(m.error.kind, SmtpError::Kind::AuthFailed);
    QCOMPARE(m.error.reply.code, 535);
    QCOMPARE(m.error.reply.enhancedCode, QStringLiteral("5.7.8"));
    QCOMPARE(s->received().count("AUTH"), 1); // one failed AUTH is reported, not retried
}

void TestSmtpSession::perRecipientResults()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250 t\r\n").expect("MAIL").send("250 ok\r\n")
            .expect("RCPT TO:<b@").send("250 ok\r\n")
            .expect("RCPT TO:<c@").send("452 4.2.2 mailbox full\r\n")
            .expect("RCPT TO:<d@").send("550 5.1.1 no such user\r\n")
            .expect("DATA").send("354 go\r\n").expectData().send("250 ok\r\n")
            .expect("QUIT").send("221 bye\r\n").close();
    auto r = start(*s, plainOptions(0), "x\r\n",
                   {QStringLiteral("b@example.com"), QStringLiteral("c@example.com"),
                    QStringLiteral("d@example.com")});
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    const MailResult m = messageResult(*r);
    QCOMPARE(m.recipients.size(), 3);
    QCOMPARE(m.recipients.at(0).reply.code, 250);
    QCOMPARE(m.recipients.at(1).reply.code, 452);
    QCOMPARE(m.recipients.at(2).reply.code, 550);
    QCOMPARE(m.acceptedCount(), 1);
    QCOMPARE(m.finalReply.code, 250);
    QCOMPARE(m.error.kind, SmtpError::Kind::Rejected);
}

void TestSmtpSession::pipelinedBatch()
{
    // RFC 2920: MAIL, every RCPT and DATA in one go; the server answers only after reading
    // all of them, which a one-command-at-a-time client would never get past.
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 PIPELINING\r\n");
    QStringList rcpts;
    for (int i = 0; i < 100; ++i)
        rcpts.append(QStringLiteral("r%1@example.com").arg(i));
    s->expect("MAIL");
    for (int i = 0; i < 100; ++i)
        s->expect("RCPT TO:<r" + QByteArray::number(i) + "@");
    s->expect("DATA");
    QByteArray replies = "250 ok\r\n";
    for (int i = 0; i < 100; ++i)
        replies += "250 ok\r\n";
    replies += "354 go\r\n";
    s->send(replies).expectData().send("250 ok\r\n").expect("QUIT").send("221 bye\r\n").close();
    auto r = start(*s, plainOptions(0), "x\r\n", rcpts);
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    const MailResult m = messageResult(*r);
    QVERIFY2(!m.error.isError(), qPrintable(m.error.message));
    QCOMPARE(m.acceptedCount(), 100);
}

void TestSmtpSession::rsetBetweenMessages()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250 t\r\n")
            .expect("MAIL FROM:<a@").send("550 5.7.1 sender refused\r\n")
            .expect("RSET").send("250 ok\r\n")
            .expect("MAIL FROM:<a@").send("250 ok\r\n").expect("RCPT").send("250 ok\r\n")
            .expect("DATA").send("354 go\r\n").expectData().send("250 ok\r\n")
            .expect("QUIT").send("221 bye\r\n").close();
    auto r = start(*s, plainOptions(0));
    QBuffer second;
    second.setData("Subject: 2\r\n\r\ntwo\r\n");
    second.open(QIODevice::ReadOnly);
    MailJob job;
    job.from = QStringLiteral("a@example.com");
    job.recipients = {QStringLiteral("b@example.com")};
    job.body = &second;
    r->session->send(job);
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QVERIFY2(s->mismatches().isEmpty(), qPrintable(s->mismatches().join(QLatin1Char('\n'))));
    QCOMPARE(r->messages->size(), 2);
    QCOMPARE(messageResult(*r, 0).error.kind, SmtpError::Kind::Rejected);
    QCOMPARE(messageResult(*r, 0).error.step, SmtpError::Step::Mail);
    QVERIFY(!messageResult(*r, 1).error.isError());
    QCOMPARE(s->body(), QByteArray("Subject: 2\r\n\r\ntwo\r\n"));
}

void TestSmtpSession::sizeRefusedBeforeMail()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250-t\r\n250 SIZE 10\r\n").expect("QUIT")
            .send("221 bye\r\n").close();
    auto r = start(*s, plainOptions(0), QByteArray(100, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QCOMPARE(messageResult(*r).error.kind, SmtpError::Kind::MessageTooLarge);
    QVERIFY(!s->received().contains("MAIL"));
}

void TestSmtpSession::closingMidSession421()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250 t\r\n").expect("MAIL")
            .send("421 4.3.2 shutting down\r\n").close();
    auto r = start(*s, plainOptions(0));
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    const MailResult m = messageResult(*r);
    QCOMPARE(m.error.reply.code, 421);
    QVERIFY(m.error.serverClosed);
    QVERIFY(m.error.message.contains(QStringLiteral("shutting down")));
}

void TestSmtpSession::droppedMidData()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO ").send("250 t\r\n").expect("MAIL").send("250 ok\r\n")
            .expect("RCPT").send("250 ok\r\n").expect("DATA").send("354 go\r\n").close();
    auto r = start(*s, plainOptions(0), QByteArray(8 * 1024 * 1024, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    const MailResult m = messageResult(*r);
    QCOMPARE(m.error.kind, SmtpError::Kind::ConnectionLost);
    QCOMPARE(m.error.step, SmtpError::Step::Data);
}

void TestSmtpSession::silentServerTimesOut()
{
    auto *s = server();
    s->send("220 t\r\n").expect("EHLO "); // and then nothing
    SessionOptions o = plainOptions(0);
    o.timeoutSeconds = 1;
    auto r = start(*s, o);
    QTRY_COMPARE_WITH_TIMEOUT(r->finished->size(), 1, 10000);
    QCOMPARE(finishedError(*r).kind, SmtpError::Kind::Timeout);
    QCOMPARE(finishedError(*r).step, SmtpError::Step::Hello);
}

void TestSmtpSession::cancelMidBody()
{
    auto *s = server();
    // The server reads the body but never answers: the client fills its buffers.
    s->send("220 t\r\n").expect("EHLO ").send("250 t\r\n").expect("MAIL").send("250 ok\r\n")
            .expect("RCPT").send("250 ok\r\n").expect("DATA").send("354 go\r\n").expectData();
    auto r = start(*s, plainOptions(0), QByteArray(64 * 1024 * 1024, 'y'));
    QSignalSpy progress(r->session.get(), &SmtpSession::progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 2, 10000);
    r->session->cancel();
    QCOMPARE(r->finished->size(), 1);
    QCOMPARE(finishedError(*r).kind, SmtpError::Kind::Cancelled);
    QCOMPARE(messageResult(*r).error.kind, SmtpError::Kind::Cancelled);
    QCOMPARE(r->session->state(), SmtpSession::State::Disconnected);
    QTRY_VERIFY_WITH_TIMEOUT(s->clientDisconnected(), 5000);
    QVERIFY(!s->received().contains("\r\n.\r\n")); // the message was never ended
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"
