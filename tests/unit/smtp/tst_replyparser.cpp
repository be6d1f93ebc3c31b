#include "smtp/capabilities.h"
#include "smtp/replyparser.h"

#include <QTest>

using namespace Sendscope;

class TestReplyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void splitAtEveryByte();
    void stopsAfterOneReply();
    void oversizedLine();
    void oversizedReply();
    void capabilities_data();
    void capabilities();
};

void TestReplyParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("single line") << QByteArray("220 mail.example.com ESMTP\r\n") << true << 220
                                 << QString() << QStringList{QStringLiteral("mail.example.com ESMTP")};
    QTest::newRow("code only") << QByteArray("250\r\n") << true << 250 << QString()
                               << QStringList{QString()};
    QTest::newRow("multi-line") << QByteArray("250-a\r\n250-b\r\n250 c\r\n") << true << 250
                                << QString()
                                << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("enhanced code") << QByteArray("535 5.7.8 Username and Password not accepted\r\n")
                                   << true << 535 << QStringLiteral("5.7.8")
                                   << QStringList{QStringLiteral("Username and Password not accepted")};
    QTest::newRow("enhanced class mismatch kept as text")
            << QByteArray("550 2.1.0 odd\r\n") << true << 550 << QString()
            << QStringList{QStringLiteral("2.1.0 odd")};
    QTest::newRow("three-digit detail") << QByteArray("550 5.7.139 Access denied\r\n") << true
                                        << 550 << QStringLiteral("5.7.139")
                                        << QStringList{QStringLiteral("Access denied")};
    QTest::newRow("bare LF tolerated") << QByteArray("250 ok\n") << true << 250 << QString()
                                       << QStringList{QStringLiteral("ok")};
    QTest::newRow("garbage") << QByteArray("hello there\r\n") << false << 0 << QString() << QStringList();
    QTest::newRow("code out of range") << QByteArray("650 nope\r\n") << false << 0 << QString()
                                       << QStringList();
    QTest::newRow("bad separator") << QByteArray("250:x\r\n") << false << 0 << QString()
                                   << QStringList();
    QTest::newRow("mixed codes") << QByteArray("250-a\r\n550 b\r\n") << false << 0 << QString()
                                 << QStringList();
    QTest::newRow("binary junk") << QByteArray("\x16\x03\x01\x02\x00\r\n", 7) << false << 0
                                 << QString() << QStringList();
}

void TestReplyParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    ReplyParser p;
    const auto res = p.feed(input);
    if (!ok) {
        QCOMPARE(res.status, ReplyParser::Status::Error);
        QVERIFY(!p.errorString().isEmpty());
        return;
    }
    QCOMPARE(res.status, ReplyParser::Status::Complete);
    QCOMPARE(res.consumed, input.size());
    const SmtpReply r = p.takeReply();
    QTEST(r.code, "code");
    QTEST(r.enhancedCode, "enhanced");
    QTEST(r.lines, "lines");
}

void TestReplyParser::splitAtEveryByte()
{
    const QByteArray input("250-mail.example.com\r\n250-SIZE 1000\r\n250 8BITMIME\r\n");
    for (int split = 0; split <= input.size(); ++split) {
        ReplyParser p;
        auto r1 = p.feed(QByteArrayView(input).first(split));
        if (split < input.size()) {
            QCOMPARE(r1.status, ReplyParser::Status::NeedMore);
            QCOMPARE(r1.consumed, qsizetype(split));
            auto r2 = p.feed(QByteArrayView(input).sliced(split));
            QCOMPARE(r2.status, ReplyParser::Status::Complete);
        } else {
            QCOMPARE(r1.status, ReplyParser::Status::Complete);
        }
        const SmtpReply r = p.takeReply();
        QCOMPARE(r.code, 250);
        QCOMPARE(r.lines.size(), 3);
        QCOMPARE(r.lines.at(1), QStringLiteral("SIZE 1000"));
    }
    // One byte at a time.
    ReplyParser p;
    for (int i = 0; i < input.size(); ++i) {
        auto r = p.feed(QByteArrayView(input).sliced(i, 1));
        QCOMPARE(r.status, i + 1 == input.size() ? ReplyParser::Status::Complete
                                                 : ReplyParser::Status::NeedMore);
    }
}

void TestReplyParser::stopsAfterOneReply()
{
    const QByteArray input("220 go ahead\r\n250 injected\r\n");
    ReplyParser p;
    const auto r = p.feed(input);
    QCOMPARE(r.status, ReplyParser::Status::Complete);
    QCOMPARE(r.consumed, qsizetype(14));
    QCOMPARE(p.takeReply().code, 220);
}

void TestReplyParser::oversizedLine()
{
    ReplyParser p;
    QByteArray line = "250 " + QByteArray(1024 * 1024, 'x') + "\r\n";
    const auto r = p.feed(line);
    QCOMPARE(r.status, ReplyParser::Status::Error);
    QVERIFY(p.errorString().contains(QStringLiteral("4096")));
    // Fed in small pieces, it stops at the bound too and buffers no more than one line.
    ReplyParser q;
    ReplyParser::Status st = ReplyParser::Status::NeedMore;
    for (int i = 0; i < 1024 && st == ReplyParser::Status::NeedMore; ++i)
        st = q.feed(QByteArrayView(line).sliced(i * 1024, 1024)).status;
    QCOMPARE(st, ReplyParser::Status::Error);
    // Exactly at the limit is fine.
    ReplyParser e;
    QByteArray max = "250 " + QByteArray(4096 - 4, 'y') + "\r\n";
    QCOMPARE(e.feed(max).status, ReplyParser::Status::Complete);
}

void TestReplyParser::oversizedReply()
{
    ReplyParser p;
    QByteArray many;
    for (int i = 0; i < 100000; ++i)
        many += "250-line\r\n";
    many += "250 end\r\n";
    const auto r = p.feed(many);
    QCOMPARE(r.status, ReplyParser::Status::Error);
    QVERIFY(p.errorString().contains(QStringLiteral("65536")));
}

void TestReplyParser::capabilities_data()
{
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<QStringList>("auth");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("starttls");
    QTest::addColumn<bool>("pipelining");

    QTest::newRow("gmail-like") << QByteArray("250-smtp.gmail.com at your service\r\n250-SIZE 35882577\r\n"
                                              "250-8BITMIME\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n"
                                              "250-PIPELINING\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n")
                                << QStringList() << qint64(35882577) << true << true;
    QTest::newRow("auth both forms")
            << QByteArray("250-x\r\n250-AUTH PLAIN LOGIN\r\n250 AUTH=LOGIN CRAM-MD5\r\n")
            << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}
            << qint64(0) << false << false;
    QTest::newRow("lower case") << QByteArray("250-x\r\n250-auth scram-sha-256 plain\r\n250 size\r\n")
                                << QStringList{QStringLiteral("SCRAM-SHA-256"), QStringLiteral("PLAIN")}
                                << qint64(0) << false << false;
    QTest::newRow("helo only") << QByteArray("250 x\r\n") << QStringList() << qint64(0) << false << false;
}

void TestReplyParser::capabilities()
{
    QFETCH(QByteArray, ehlo);
    ReplyParser p;
    QCOMPARE(p.feed(ehlo).status, ReplyParser::Status::Complete);
    const Capabilities c = Capabilities::fromEhloReply(p.takeReply());
    QTEST(c.authMechanisms(), "auth");
    QTEST(c.sizeLimit(), "size");
    QTEST(c.startTls(), "starttls");
    QTEST(c.pipelining(), "pipelining");
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
