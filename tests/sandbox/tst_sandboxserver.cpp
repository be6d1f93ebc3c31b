#include "sandbox/sandboxcertificate.h"
#include "sandbox/sandboxcredentials.h"
#include "sandbox/sandboxinbox.h"
#include "sandbox/sandboxserver.h"
#include "smtp/smtpsession.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope;

class TestSandboxServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendsThroughSmtpSession_data();
    void sendsThroughSmtpSession();
    void certificateKeptAndRenewed();
    void credentialsKept();
    void stopSays421();

private:
    static bool ownerOnly(const QString &path);
};

void TestSandboxServer::initTestCase()
{
    qRegisterMetaType<LogRecord>();
    qRegisterMetaType<SandboxEnvelope>();
    qRegisterMetaType<MailResult>();
    qRegisterMetaType<SmtpError>();
}

bool TestSandboxServer::ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    return (p
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
               | QFileDevice::WriteOther))
            == 0
            && (p & QFileDevice::ReadOwner);
}

void TestSandboxServer::sendsThroughSmtpSession_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("PLAIN") << QStringLiteral("plain");
    QTest::newRow("LOGIN") << QStringLiteral("login");
}

void TestSandboxServer::sendsThroughSmtpSession()
{
    QFETCH(QString, mechanism);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServer server;
    SandboxConfig config;
    config.dataDirectory = dir.path();
    server.setConfig(config);
    QList<LogRecord> serverLog;
    connect(&server, &SandboxServer::logRecord, this,
            [&serverLog](const LogRecord &r) { serverLog.append(r); });
    QSignalSpy stored(&server, &SandboxServer::messageStored);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.host(), QStringLiteral("127.0.0.1"));

    SmtpSession session;
    SessionOptions o;
    o.host = server.host();
    o.port = server.port();
    o.user = server.user();
    o.authMechanism = mechanism;
    o.pinnedSha256 = server.certificateSha256();
    o.timeoutSeconds = 30;
    session.setOptions(o);
    session.setSecret(server.password());
    QSignalSpy finishedMessage(&session, &SmtpSession::messageFinished);
    QSignalSpy finished(&session, &SmtpSession::finished);

    const QByteArray body = "From: a@example.org\r\nTo: b@example.org\r\nSubject: in-process\r\n"
                            "\r\nline one\r\n.dot first\r\n";
    QBuffer buffer;
    buffer.setData(body);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    MailJob job;
    job.from = QStringLiteral("a@example.org");
    job.recipients = {QStringLiteral("b@example.org"), QStringLiteral("c@reject.invalid")};
    job.body = &buffer;
    job.size = body.size();
    session.send(job);
    session.quit();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finishedMessage.size(), 1);
    const auto result = finishedMessage.at(0).at(0).value<MailResult>();
    QCOMPARE(result.acceptedCount(), 1);
    QCOMPARE(stored.size(), 1);
    const auto envelope = stored.at(0).at(0).value<SandboxEnvelope>();
    QCOMPARE(envelope.from, QStringLiteral("a@example.org"));
    QCOMPARE(envelope.to, QStringList {QStringLiteral("b@example.org")});
    QVERIFY(envelope.tls);
    QCOMPARE(envelope.authUser, server.user());

    // The inbox holds exactly what was sent, the pair complete.
    const SandboxInbox inbox(server.inboxDirectory());
    const QList<SandboxEnvelope> list = inbox.messages();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, envelope.id);
    QCOMPARE(list.first().size, qint64(body.size()));
    QFile eml(inbox.emlPath(envelope.id));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QCOMPARE(eml.readAll(), body);

    // The server's log: directions as the client sees them, reply codes on server lines,
    // the AUTH exchange redacted and the password nowhere.
    QVERIFY(!serverLog.isEmpty());
    bool sawGreeting = false, sawRedactedAuth = false, sawReject = false;
    for (const LogRecord &r : std::as_const(serverLog)) {
        QVERIFY2(!r.text.contains(server.password()), qPrintable(r.text));
        QVERIFY2(!r.text.contains(QString::fromLatin1(server.password().toUtf8().toBase64())),
                 qPrintable(r.text));
        if (r.direction == LogRecord::Direction::Server && r.replyCode == 220
            && r.text.contains(QStringLiteral("ESMTP")))
            sawGreeting = true;
        if (r.direction == LogRecord::Direction::Client && r.redacted)
            sawRedactedAuth = true;
        if (r.direction == LogRecord::Direction::Server && r.replyCode == 550
            && r.replyClass == LogRecord::ReplyClass::Permanent)
            sawReject = true;
        if (r.direction == LogRecord::Direction::Client)
            QCOMPARE(r.replyCode, 0);
    }
    QVERIFY(sawGreeting);
    QVERIFY(sawRedactedAuth);
    QVERIFY(sawReject);

    QVERIFY(inbox.remove(envelope.id));
    QVERIFY(inbox.messages().isEmpty());
    QVERIFY(!inbox.remove(QStringLiteral("../credentials")));
    QVERIFY(QFile::exists(dir.path() + QStringLiteral("/credentials.json")));

    QSignalSpy stopped(&server, &SandboxServer::stopped);
    server.stop();
    QTRY_COMPARE(stopped.size(), 1);
    QVERIFY(!server.isListening());
}

void TestSandboxServer::certificateKeptAndRenewed()
{
    QTemporaryDir dir;
    SandboxCertificate first, second, third;
    QString error;
    QVERIFY2(SandboxCertificate::loadOrCreate(dir.path(), &first, &error), qPrintable(error));
    QVERIFY(first.created);
    QVERIFY(ownerOnly(first.keyPath));
    QCOMPARE(first.key.algorithm(), QSsl::Ec);
    QCOMPARE(first.key.length(), 256);
    QVERIFY(first.certificate.isSelfSigned());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(first.certificate.effectiveDate() <= now);
    QVERIFY(first.certificate.expiryDate() > now.addDays(700));
    QVERIFY(first.certificate.expiryDate() < now.addDays(740));
    const auto san = first.certificate.subjectAlternativeNames();
    QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));

    QVERIFY(SandboxCertificate::loadOrCreate(dir.path(), &second, &error));
    QVERIFY(!second.created);
    QCOMPARE(second.certificate, first.certificate);

    // A key that no longer matches the certificate: both are made anew.
    QByteArray otherCert, otherKey;
    QVERIFY(SandboxCertificate::generate(&otherCert, &otherKey, &error));
    QFile key(first.keyPath);
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(otherKey);
    key.close();
    QVERIFY(SandboxCertificate::loadOrCreate(dir.path(), &third, &error));
    QVERIFY(third.created);
    QVERIFY(third.certificate != first.certificate);
    QVERIFY(ownerOnly(third.keyPath));
}

void TestSandboxServer::credentialsKept()
{
    QTemporaryDir dir;
    SandboxCredentials a, b;
    QString error;
    QVERIFY(SandboxCredentials::loadOrCreate(dir.path(), &a, &error));
    QVERIFY(a.password.size() >= 20);
    QVERIFY(ownerOnly(dir.path() + QLatin1Char('/') + SandboxCredentials::fileName()));
    QVERIFY(SandboxCredentials::loadOrCreate(dir.path(), &b, &error));
    QCOMPARE(b.user, a.user);
    QCOMPARE(b.password, a.password);
    QVERIFY(SandboxCredentials::generate().password != a.password);
}

void TestSandboxServer::stopSays421()
{
    QTemporaryDir dir;
    SandboxServer server;
    SandboxConfig config;
    config.dataDirectory = dir.path();
    server.setConfig(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTcpSocket client;
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_VERIFY(received.startsWith("220 "));
    QTRY_COMPARE(server.connectionCount(), 1);
    QSignalSpy stopped(&server, &SandboxServer::stopped);
    server.stop();
    QTRY_VERIFY(received.contains("\r\n421 4.3.2 "));
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
