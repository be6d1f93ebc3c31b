// MailtoParser: RFC 6068 examples, links as browsers and command lines hand them over,
// and hostile links (header injection, unsafe fields, overlong input).
#include "mime/mailto.h"

#include <QTest>

using namespace Sendscope::Mime;

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

class TestMailto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void notMailto();
    void overlong();
    void manyAddressesBounded();
    void manyFieldsBounded();
};

void TestMailto::parse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("warning"); // a part of one warning, or empty for none

    const QStringList none;

    QTest::newRow("rfc6068 simple") << "mailto:chris@example.com" << L({"chris@example.com"})
                                    << none << none << QString() << QString() << QString();
    QTest::newRow("rfc6068 subject") << "mailto:infobot@example.com?subject=current-issue"
                                     << L({"infobot@example.com"}) << none << none
                                     << "current-issue" << QString() << QString();
    QTest::newRow("rfc6068 body") << "mailto:infobot@example.com?body=send%20current-issue"
                                  << L({"infobot@example.com"}) << none << none << QString()
                                  << "send current-issue" << QString();
    QTest::newRow("rfc6068 body lines")
            << "mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index"
            << L({"infobot@example.com"}) << none << none << QString()
            << "send current-issue\nsend index" << QString();
    QTest::newRow("several in path") << "mailto:a@example.org,b@example.org"
                                     << L({"a@example.org", "b@example.org"}) << none << none
                                     << QString() << QString() << QString();
    QTest::newRow("to in query too")
            << "mailto:a@example.org?to=b@example.org,c@example.org&cc=d@example.org"
            << L({"a@example.org", "b@example.org", "c@example.org"}) << L({"d@example.org"})
            << none << QString() << QString() << QString();
    QTest::newRow("only query to") << "mailto:?to=joe@example.com&cc=bob@example.com&body=hello"
                                   << L({"joe@example.com"}) << L({"bob@example.com"}) << none
                                   << QString() << "hello" << QString();
    QTest::newRow("bcc") << "mailto:a@example.org?bcc=hidden@example.org"
                         << L({"a@example.org"}) << none << L({"hidden@example.org"}) << QString()
                         << QString() << QString();
    QTest::newRow("hfnames without case")
            << "mailto:a@example.org?SUBJECT=Hi&Cc=c@example.org&bOdY=x&BCC=b@example.org"
            << L({"a@example.org"}) << L({"c@example.org"}) << L({"b@example.org"}) << "Hi" << "x"
            << QString();
    QTest::newRow("plus is not a space") << "mailto:a+tag@example.org?subject=1+1%3D2"
                                         << L({"a+tag@example.org"}) << none << none << "1+1=2"
                                         << QString() << QString();
    QTest::newRow("percent-encoded at") << "mailto:gorby%25kremvax@example.com"
                                        << L({"gorby%kremvax@example.com"}) << none << none
                                        << QString() << QString() << QString();
    QTest::newRow("encoded comma stays in the address")
            << "mailto:%22not%2Cme%22@example.org" << L({"\"not,me\"@example.org"}) << none
            << none << QString() << QString() << QString();
    QTest::newRow("encoded ampersand stays in the value")
            << "mailto:a@example.org?subject=Tom%20%26%20Jerry&body=a%3Db"
            << L({"a@example.org"}) << none << none << "Tom & Jerry" << "a=b" << QString();
    QTest::newRow("utf8 subject") << "mailto:a@example.org?subject=caf%C3%A9%20%E2%82%AC"
                                  << L({"a@example.org"}) << none << none
                                  << QString::fromUtf8("café €") << QString() << QString();
    QTest::newRow("rfc6068 idn") << "mailto:user@%E7%B4%8D%E8%B1%86.example.org"
                                 << QStringList{QString::fromUtf8("user@納豆.example.org")} << none << none
                                 << QString() << QString() << QString();
    QTest::newRow("raw non-ascii from a browser")
            << QString::fromUtf8("mailto:a@example.org?subject=Grüße aus Köln")
            << L({"a@example.org"}) << none << none << QString::fromUtf8("Grüße aus Köln")
            << QString() << QString();
    QTest::newRow("lone LF in body") << "mailto:a@example.org?body=one%0Atwo%0Dthree"
                                     << L({"a@example.org"}) << none << none << QString()
                                     << "one\ntwo\nthree" << QString();
    QTest::newRow("empty") << "mailto:" << none << none << none << QString() << QString()
                           << QString();
    QTest::newRow("scheme in capitals") << "MAILTO:a@example.org" << L({"a@example.org"})
                                        << none << none << QString() << QString() << QString();
    QTest::newRow("bad escape kept") << "mailto:a@example.org?subject=100%"
                                     << L({"a@example.org"}) << none << none << "100%"
                                     << QString() << "'%'";
    QTest::newRow("invalid utf8") << "mailto:a@example.org?subject=%FF%FE"
                                  << L({"a@example.org"}) << none << none
                                  << QString(2, QChar(0xfffd)) << QString() << "UTF-8";
    QTest::newRow("fragment ignored") << "mailto:a@example.org?subject=x#frag"
                                      << L({"a@example.org"}) << none << none << "x" << QString()
                                      << "'#'";
    QTest::newRow("second subject ignored") << "mailto:?subject=one&subject=two" << none
                                            << none << none << "one" << QString()
                                            << "more than one subject";
    // Hostile: a line break in the subject would start a header of its own.
    QTest::newRow("subject header injection") << "mailto:a@example.org?subject=a%0D%0ABcc:x"
                                              << L({"a@example.org"}) << none << none
                                              << "a Bcc:x" << QString() << "line break";
    QTest::newRow("subject bare LF injection")
            << "mailto:a@example.org?subject=a%0ABcc:%20x@evil.example" << L({"a@example.org"})
            << none << none << "a Bcc: x@evil.example" << QString() << "line break";
    QTest::newRow("subject NUL removed") << "mailto:?subject=a%00b" << none << none << none
                                         << "ab" << QString() << "Control characters";
    QTest::newRow("address injection") << "mailto:a@example.org%0D%0ABcc:x@evil.example"
                                        << none << none << none << QString() << QString()
                                        << "line break";
    QTest::newRow("cc injection keeps the good one")
            << "mailto:?cc=ok@example.org,bad@example.org%0ASubject:x" << none
            << L({"ok@example.org"}) << none << QString() << QString() << "line break";
}

void TestMailto::parse()
{
    QFETCH(QString, uri);
    const MailtoResult r = MailtoParser::parse(uri);
    QVERIFY2(r.ok, qPrintable(r.error));
    QTEST(r.to, "to");
    QTEST(r.cc, "cc");
    QTEST(r.bcc, "bcc");
    QTEST(r.subject, "subject");
    QTEST(r.body, "body");
    QFETCH(QString, warning);
    if (warning.isEmpty()) {
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('|'))));
    } else {
        bool found = false;
        for (const QString &w : r.warnings)
            found = found || w.contains(warning);
        QVERIFY2(found, qPrintable(r.warnings.join(QLatin1Char('|'))));
    }
    for (const QString &f : r.to + r.cc + r.bcc + QStringList{r.subject}) {
        QVERIFY(!f.contains(QLatin1Char('\r')));
        QVERIFY(!f.contains(QLatin1Char('\n')));
    }
}

void TestMailto::refused_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QStringList>("ignored");
    QTest::addColumn<QByteArray>("inReplyTo");

    QTest::newRow("in-reply-to kept")
            << "mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E" << L({})
            << L({}) << QByteArray("<3469A91.D10AF4C@example.com>");
    QTest::newRow("in-reply-to with injection")
            << "mailto:list@example.org?in-reply-to=%3Ca@b%3E%0D%0AFrom:x@evil" << L({"in-reply-to"})
            << L({}) << QByteArray();
    QTest::newRow("from refused") << "mailto:a@example.org?from=boss@example.org" << L({"from"})
                                  << L({}) << QByteArray();
    QTest::newRow("unsafe fields refused")
            << "mailto:a@example.org?Received=x&Content-Type=text/html&Reply-To=e@evil&Sender=s"
            << L({"received", "content-type", "reply-to", "sender"}) << L({}) << QByteArray();
    QTest::newRow("unknown ignored") << "mailto:a@example.org?keywords=x&X-Mailer=y&keywords=z"
                                     << L({}) << L({"keywords", "x-mailer"}) << QByteArray();
    QTest::newRow("name with line break refused")
            << "mailto:a@example.org?x%0D%0AFrom=y" << L({"xfrom"}) << L({}) << QByteArray();
}

void TestMailto::refused()
{
    QFETCH(QString, uri);
    const MailtoResult r = MailtoParser::parse(uri);
    QVERIFY2(r.ok, qPrintable(r.error));
    QTEST(r.refusedFields, "refused");
    QTEST(r.ignoredFields, "ignored");
    QTEST(r.inReplyTo, "inReplyTo");
    QCOMPARE(r.to.size(), 1);
}

void TestMailto::notMailto()
{
    for (const QString &s : {QStringLiteral("http://example.org"), QStringLiteral("message.eml"),
                             QStringLiteral("mail:a@example.org"), QString()}) {
        QVERIFY(!MailtoParser::isMailto(s));
        const MailtoResult r = MailtoParser::parse(s);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.to.isEmpty());
    }
}

void TestMailto::overlong()
{
    const QString big = QStringLiteral("mailto:a@example.org?body=")
            + QString(MailtoParser::MaxLength, QLatin1Char('x'));
    const MailtoResult r = MailtoParser::parse(big);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QString::number(MailtoParser::MaxLength)), qPrintable(r.error));
    QVERIFY(r.body.isEmpty());

    // Just inside the bound: accepted whole.
    const QString prefix = QStringLiteral("mailto:a@example.org?body=");
    const MailtoResult ok = MailtoParser::parse(
            prefix + QString(MailtoParser::MaxLength - prefix.size(), QLatin1Char('y')));
    QVERIFY2(ok.ok, qPrintable(ok.error));
    QCOMPARE(ok.body.size(), MailtoParser::MaxLength - prefix.size());
}

void TestMailto::manyAddressesBounded()
{
    QString uri = QStringLiteral("mailto:");
    for (int i = 0; i < MailtoParser::MaxAddresses + 50; ++i)
        uri += QStringLiteral("u%1@example.org,").arg(i);
    const MailtoResult r = MailtoParser::parse(uri);
    QVERIFY(r.ok);
    QCOMPARE(r.to.size(), MailtoParser::MaxAddresses);
    QCOMPARE(r.to.last(), QStringLiteral("u%1@example.org").arg(MailtoParser::MaxAddresses - 1));
    QVERIFY(r.warnings.join(QLatin1Char('|')).contains(QString::number(MailtoParser::MaxAddresses)));
}

void TestMailto::manyFieldsBounded()
{
    QString uri = QStringLiteral("mailto:a@example.org?");
    for (int i = 0; i < MailtoParser::MaxFields + 10; ++i)
        uri += QStringLiteral("cc=c%1@example.org&").arg(i);
    const MailtoResult r = MailtoParser::parse(uri);
    QVERIFY(r.ok);
    QCOMPARE(r.cc.size(), MailtoParser::MaxFields);
}

QTEST_GUILESS_MAIN(TestMailto)
#include "tst_mailto.moc"
