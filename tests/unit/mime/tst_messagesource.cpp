#include "clioptions.h"
#include "messagesource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope::Cli;

class TestMessageSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dryRunNeedsNoServer();
    void dryRunNeedsEmlOut();
    void composesHtmlInlineAndAttachment();
    void missingAttachmentIsUsageError();
    void reservedHeaderIsRefused();
    void headerInjectionIsRefused();
    void emlOutOfEmlIsByteExact();

private:
    int parse(const QStringList &args, CliOptions *o, QString *message)
    {
        bool exitNow = false;
        return parseArguments(QStringList{QStringLiteral("sendscope-cli")} + args, o, message, &exitNow);
    }
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMessageSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMessageSource::dryRunNeedsNoServer()
{
    CliOptions o;
    QString msg;
    QCOMPARE(parse({QStringLiteral("--dry-run"), QStringLiteral("--eml-out"), m_dir->filePath(QStringLiteral("o.eml")),
                    QStringLiteral("--from"), QStringLiteral("a@example.com"), QStringLiteral("--to"),
                    QStringLiteral("b@example.com")}, &o, &msg), 0);
    QVERIFY(o.dryRun);
    QCOMPARE(o.emlOut, m_dir->filePath(QStringLiteral("o.eml")));
}

void TestMessageSource::dryRunNeedsEmlOut()
{
    CliOptions o;
    QString msg;
    QVERIFY(parse({QStringLiteral("--dry-run"), QStringLiteral("--from"), QStringLiteral("a@example.com"),
                   QStringLiteral("--to"), QStringLiteral("b@example.com")}, &o, &msg) != 0);
    QVERIFY2(msg.contains(QStringLiteral("--eml-out")), qPrintable(msg));
}

void TestMessageSource::composesHtmlInlineAndAttachment()
{
    const QString html = write(QStringLiteral("m.html"), "<p>logo: <img src=\"cid:logo.png\"></p>");
    const QString logo = write(QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
    const QString doc = write(QStringLiteral("report.pdf"), "%PDF-1.4\n%fake\n");
    const QString out = m_dir->filePath(QStringLiteral("out.eml"));
    CliOptions o;
    QString msg;
    QCOMPARE(parse({QStringLiteral("--dry-run"), QStringLiteral("--eml-out"), out,
                    QStringLiteral("--from"), QStringLiteral("Ann <a@example.com>"),
                    QStringLiteral("--to"), QStringLiteral("b@bücher.example"),
                    QStringLiteral("--bcc"), QStringLiteral("hidden@example.net"),
                    QStringLiteral("--reply-to"), QStringLiteral("\"Lists, All\" <l@example.com>"),
                    QStringLiteral("--subject"), QStringLiteral("Grüße"),
                    QStringLiteral("--body"), QStringLiteral("text"),
                    QStringLiteral("--html-file"), html, QStringLiteral("--attach"), logo,
                    QStringLiteral("--attach"), doc, QStringLiteral("--header"), QStringLiteral("X-Ticket: 42")},
                   &o, &msg), 0);
    MessageSource src;
    QString error;
    QVERIFY2(buildMessageSource(o, &src, &error), qPrintable(error));
    QCOMPARE(src.envelopeRecipients, (QStringList{QStringLiteral("b@bücher.example"),
                                                  QStringLiteral("hidden@example.net")}));
    QVERIFY2(writeEmlFile(&src, out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray eml = f.readAll();
    QCOMPARE(qint64(eml.size()), src.size);
    QCOMPARE(src.device->pos(), 0);  // rewound: it can still be sent
    QVERIFY(eml.contains("Reply-To: \"Lists, All\" <l@example.com>\r\n"));
    QVERIFY(eml.contains("To: b@xn--bcher-kva.example\r\n"));
    QVERIFY(eml.contains("X-Ticket: 42\r\n"));
    QVERIFY(eml.contains("multipart/related"));
    QVERIFY(eml.contains("Content-ID: <logo.png>"));
    QVERIFY(eml.contains("Content-Type: application/pdf;"));
    QVERIFY(!eml.contains("hidden"));
    QVERIFY(!src.eightBit);
}

void TestMessageSource::missingAttachmentIsUsageError()
{
    CliOptions o;
    QString msg;
    QVERIFY(parse({QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--from"),
                   QStringLiteral("a@example.com"), QStringLiteral("--to"), QStringLiteral("b@example.com"),
                   QStringLiteral("--attach"), m_dir->filePath(QStringLiteral("gone.zip"))}, &o, &msg) != 0);
    QVERIFY2(msg.contains(QStringLiteral("gone.zip")), qPrintable(msg));
}

void TestMessageSource::reservedHeaderIsRefused()
{
    CliOptions o;
    QString msg;
    QCOMPARE(parse({QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--from"),
                    QStringLiteral("a@example.com"), QStringLiteral("--to"), QStringLiteral("b@example.com"),
                    QStringLiteral("--header"), QStringLiteral("Bcc: x@evil.test")}, &o, &msg), 0);
    MessageSource src;
    QString error;
    QVERIFY(!buildMessageSource(o, &src, &error));
    QVERIFY2(error.contains(QStringLiteral("Bcc")), qPrintable(error));
}

void TestMessageSource::headerInjectionIsRefused()
{
    CliOptions o;
    QString msg;
    QCOMPARE(parse({QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--from"),
                    QStringLiteral("a@example.com"), QStringLiteral("--to"), QStringLiteral("b@example.com"),
                    QStringLiteral("--subject"), QStringLiteral("hi\r\nBcc: x@evil.test")}, &o, &msg), 0);
    MessageSource src;
    QString error;
    QVERIFY(!buildMessageSource(o, &src, &error));
    QVERIFY2(error.contains(QStringLiteral("subject"), Qt::CaseInsensitive), qPrintable(error));
}

void TestMessageSource::emlOutOfEmlIsByteExact()
{
    const QByteArray raw("Subject: x\nFrom: a@example.com\r\n\r\nbody \xff\n.\nend");
    const QString in = write(QStringLiteral("in.eml"), raw);
    const QString out = m_dir->filePath(QStringLiteral("copy.eml"));
    CliOptions o;
    QString msg;
    QCOMPARE(parse({QStringLiteral("--dry-run"), QStringLiteral("--eml-out"), out, QStringLiteral("--eml"), in,
                    QStringLiteral("--from"), QStringLiteral("a@example.com"), QStringLiteral("--to"),
                    QStringLiteral("b@example.com")}, &o, &msg), 0);
    MessageSource src;
    QString error;
    QVERIFY2(buildMessageSource(o, &src, &error), qPrintable(error));
    QVERIFY(src.eightBit);
    QVERIFY2(writeEmlFile(&src, out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), raw);
}

QTEST_GUILESS_MAIN(TestMessageSource)
#include "tst_messagesource.moc"
