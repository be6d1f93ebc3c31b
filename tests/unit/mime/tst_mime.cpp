#include "mime/bodyencoding.h"
#include "mime/headerencoding.h"
#include "mime/mailbox.h"
#include "mime/messagewriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <iterator>
#include <memory>

using namespace Sendscope::Mime;

namespace {

QByteArray readAll(QIODevice &d, qint64 chunk)
{
    QByteArray out;
    QByteArray buf(chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = d.read(buf.data(), chunk);
        if (n <= 0)
            break;
        out.append(buf.constData(), n);
    }
    return out;
}

MessageWriter::Options fixedOptions()
{
    MessageWriter::Options o;
    auto n = std::make_shared<int>(0);
    o.boundaryGenerator = [n] { return "=_b" + QByteArray::number(++*n); };
    o.messageIdGenerator = [](const Message &) { return QByteArray("generated@sendscope.test"); };
    return o;
}

Message baseMessage()
{
    Message m;
    m.from = {QStringLiteral("Alice Example"), QStringLiteral("alice@example.com")};
    m.to = {{QString(), QStringLiteral("bob@example.org")}};
    m.subject = QStringLiteral("Hello");
    m.date = QDateTime(QDate(2026, 12, 4), QTime(21, 0, 5), QTimeZone(3600));
    m.messageId = "golden@sendscope.test";
    return m;
}

// Every line ends in CRLF and has at most 998 octets; no bare CR or LF (RFC 5322 §2.1.1, §2.3).
QString wireProblem(const QByteArray &b)
{
    if (!b.endsWith("\r\n"))
        return QStringLiteral("does not end with CRLF");
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (b[i] == '\r') {
            if (i + 1 >= b.size() || b[i + 1] != '\n')
                return QStringLiteral("bare CR at %1").arg(i);
            if (i - lineStart > 998)
                return QStringLiteral("line of %1 octets at %2").arg(i - lineStart).arg(lineStart);
            ++i;
            lineStart = i + 1;
        } else if (b[i] == '\n') {
            return QStringLiteral("bare LF at %1").arg(i);
        }
    }
    return QString();
}

QString randomText(QRandomGenerator &rng, int maxLen)
{
    static const char32_t samples[] = {U'a', U'Z', U' ', U'.', U'=', U'\t', U'\r', U'\n', U'é',
                                       U'世', U'😀', U'𠀀', U'\U000F0001', U'\U0010FFFD', U'\U000E0041',
                                       U'?', U'"', U'\\', U'_', U'-'};
    QString s;
    const int len = int(rng.bounded(maxLen + 1));
    for (int i = 0; i < len; ++i) {
        const char32_t c = samples[rng.bounded(int(std::size(samples)))];
        if (rng.bounded(50) == 0) {
            s += QString(rng.bounded(2000), QLatin1Char('x'));  // a long line
        }
        s += QString::fromUcs4(&c, 1);
    }
    return s;
}

} // namespace

class TestMime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void headerInjection_data();
    void headerInjection();
    void randomMessagesAreWellFormed();
    void sizeMatchesStreamedAttachment_data();
    void sizeMatchesStreamedAttachment();
    void randomSeek();
    void missingAttachmentFailsAtOpen();
    void attachmentShrinkingWhileReadingIsAnError();
    void bccIsNeverAHeader();
    void chooseEncoding_data();
    void chooseEncoding();
    void quotedPrintableLines();
    void mailboxParse_data();
    void mailboxParse();
    void mailboxErrorsNameTheAddress_data();
    void mailboxErrorsNameTheAddress();
    void idnDomainInHeaders();
    void encodedWordsDecode();
};

void TestMime::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allow8Bit");
    QTest::newRow("ascii text") << QStringLiteral("ascii-text") << false;
    QTest::newRow("long line is quoted-printable") << QStringLiteral("long-line-qp") << false;
    QTest::newRow("chinese is base64") << QStringLiteral("cjk-base64") << false;
    QTest::newRow("8bit when offered") << QStringLiteral("eightbit") << true;
    QTest::newRow("html, inline image, attachment") << QStringLiteral("html-related-mixed") << false;
}

void TestMime::golden()
{
    QFETCH(QString, name);
    QFETCH(bool, allow8Bit);
    Message m = baseMessage();
    if (name == QLatin1String("ascii-text")) {
        m.text = QStringLiteral("Hi Bob,\n.\n.leading dot stays for the DATA filter\n");
        m.userAgent = QStringLiteral("sendscope-test/1");
        m.headers = {{"X-Mailer-Note", QStringLiteral("plain")}};
    } else if (name == QLatin1String("long-line-qp")) {
        m.text = QString(1200, QLatin1Char('a')) + QStringLiteral(" end = trailing  \nnext");
    } else if (name == QLatin1String("cjk-base64")) {
        m.subject = QStringLiteral("你好，世界 — 一封测试邮件，主题足够长以便折叠成几行");
        m.from.displayName = QStringLiteral("张伟");
        m.text = QStringLiteral("这是一封完全用中文写的邮件。\n第二行。\n");
        m.cc = {{QStringLiteral("Müller, Jörg"), QStringLiteral("joerg@example.de")},
                {QStringLiteral("O'Brien \"Ob\""), QStringLiteral("ob@example.ie")}};
        m.replyTo = {{QString(), QStringLiteral("list@example.com")}};
    } else if (name == QLatin1String("eightbit")) {
        m.text = QStringLiteral("Grüße aus Köln\n");
    } else {
        m.text = QStringLiteral("See the picture.\n");
        m.html = QStringLiteral("<p>See <img src=\"cid:logo@x\"></p>\n");
        Attachment logo;
        logo.data = QByteArray("\x89PNG\r\n\x1a\n-fake-image-data-", 25);
        logo.fileName = QStringLiteral("logo.png");
        logo.contentId = "logo@x";
        Attachment doc;
        doc.data = QByteArray(100, '\xff');
        doc.fileName = QStringLiteral("Übersicht 2026 – Zahlen.bin");
        doc.mediaType = "application/octet-stream";
        m.attachments = {logo, doc};
    }
    MessageWriter::Options o = fixedOptions();
    o.allow8Bit = allow8Bit;
    MessageWriter w(m, o);
    QVERIFY2(w.open(QIODevice::ReadOnly), qPrintable(w.errorString()));
    const QByteArray out = readAll(w, 4096);
    QCOMPARE(out.size(), w.size());
    QCOMPARE(wireProblem(out), QString());
    QCOMPARE(w.hasEightBit(), allow8Bit);

    const QString path = QStringLiteral(SENDSCOPE_MIME_GOLDEN_DIR "/") + name + QStringLiteral(".eml");
    if (qEnvironmentVariableIsSet("SENDSCOPE_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out);
        // Developer mode only (never set by the test command): nothing was compared.
        QSKIP("SENDSCOPE_UPDATE_GOLDEN is set: the golden file was rewritten instead of compared");
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = f.readAll();
    if (out != expected) {
        qWarning().noquote() << "got:\n" << QString::fromUtf8(out);
        QCOMPARE(out, expected);
    }
}

void TestMime::headerInjection_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("subject LF") << 0 << QStringLiteral("hi\nBcc: x@evil.test") << QStringLiteral("subject");
    QTest::newRow("subject CR") << 0 << QStringLiteral("hi\rX: y") << QStringLiteral("subject");
    QTest::newRow("display name CRLF") << 1 << QStringLiteral("Eve\r\nBcc: x@evil.test") << QStringLiteral("display name");
    QTest::newRow("custom header value") << 2 << QStringLiteral("v\r\nBcc: x@evil.test") << QStringLiteral("X-Custom");
    QTest::newRow("custom header name with colon") << 3 << QStringLiteral("X-A: b") << QStringLiteral("X-A: b");
    QTest::newRow("custom Bcc header") << 3 << QStringLiteral("Bcc") << QStringLiteral("Bcc");
    QTest::newRow("user agent NUL") << 4 << QStringLiteral("ua") + QChar(0) << QStringLiteral("User-Agent");
    QTest::newRow("attachment name LF") << 5 << QStringLiteral("a\nb.txt") << QStringLiteral("attachment");
}

void TestMime::headerInjection()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    Message m = baseMessage();
    m.text = QStringLiteral("x");
    switch (field) {
    case 0: m.subject = value; break;
    case 1: m.to.first().displayName = value; break;
    case 2: m.headers = {{"X-Custom", value}}; break;
    case 3: m.headers = {{value.toLatin1(), QStringLiteral("v")}}; break;
    case 4: m.userAgent = value; break;
    case 5: {
        Attachment a;
        a.data = "x";
        a.fileName = value;
        m.attachments = {a};
        break;
    }
    }
    MessageWriter w(m, fixedOptions());
    QVERIFY(!w.open(QIODevice::ReadOnly));
    QVERIFY(!w.isOpen());
    QVERIFY2(w.errorString().contains(mentions, Qt::CaseInsensitive), qPrintable(w.errorString()));
}

void TestMime::randomMessagesAreWellFormed()
{
    const quint32 seed = 4242;
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    for (int i = 0; i < 300; ++i) {
        Message m = baseMessage();
        m.subject = randomText(rng, 80).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        m.to.first().displayName = randomText(rng, 40).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        m.headers = {{"X-R", randomText(rng, 200).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'))}};
        m.text = randomText(rng, 400);
        if (rng.bounded(2))
            m.html = randomText(rng, 300);
        if (rng.bounded(2)) {
            Attachment a;
            a.data = QByteArray(int(rng.bounded(3000)), 'q');
            a.fileName = randomText(rng, 30).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
            if (a.fileName.isEmpty())
                a.fileName = QStringLiteral("f");
            m.attachments = {a};
        }
        MessageWriter::Options o = fixedOptions();
        o.allow8Bit = rng.bounded(2);
        MessageWriter w(m, o);
        QVERIFY2(w.open(QIODevice::ReadOnly), qPrintable(w.errorString()));
        const QByteArray out = readAll(w, 1 + rng.bounded(9000));
        QCOMPARE(out.size(), w.size());
        const QString problem = wireProblem(out);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("message %1: %2").arg(i).arg(problem)));
        if (!o.allow8Bit) {
            for (char c : out)
                QVERIFY2(uchar(c) < 0x80, qPrintable(QStringLiteral("message %1: 8-bit octet").arg(i)));
        }
        // Header lines are folded under 78 columns where a place to fold exists.
        const QByteArray head = out.left(out.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
    }
}

void TestMime::sizeMatchesStreamedAttachment_data()
{
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("readChunk");
    for (qint64 size : {0LL, 1LL, 2LL, 3LL, 56LL, 57LL, 58LL, 57LL * 1024 - 1, 57LL * 1024,
                        57LL * 1024 + 1, 57LL * 3072 + 5}) {
        for (qint64 chunk : {1LL, 77LL, 65536LL}) {
            if (chunk == 1 && size > 60000)
                continue;
            QTest::addRow("%lld octets, read %lld", size, chunk) << size << chunk;
        }
    }
}

void TestMime::sizeMatchesStreamedAttachment()
{
    QFETCH(qint64, fileSize);
    QFETCH(qint64, readChunk);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.bin"));
    QByteArray data(fileSize, Qt::Uninitialized);
    for (qint64 i = 0; i < fileSize; ++i)
        data[i] = char((i * 7919) >> 3);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    Message m = baseMessage();
    m.text = QStringLiteral("see attached");
    Attachment a;
    a.filePath = path;
    m.attachments = {a};
    MessageWriter w(m, fixedOptions());
    QVERIFY2(w.open(QIODevice::ReadOnly), qPrintable(w.errorString()));
    const qint64 announced = w.size();
    const QByteArray out = readAll(w, readChunk);
    QCOMPARE(qint64(out.size()), announced);
    QVERIFY(w.atEnd());
    QCOMPARE(wireProblem(out), QString());
    // The attachment part decodes to the file.
    const qsizetype start = out.indexOf("Content-Disposition: attachment;");
    const qsizetype bodyStart = out.indexOf("\r\n\r\n", start) + 4;
    const qsizetype bodyEnd = out.indexOf("\r\n--=_b1--", bodyStart);
    QVERIFY(start > 0 && bodyEnd >= bodyStart);
    const QByteArray b64 = out.mid(bodyStart, bodyEnd - bodyStart);
    for (const QByteArray &line : b64.split('\n'))
        QVERIFY(line.size() <= 77);
    QCOMPARE(QByteArray::fromBase64(QByteArray(b64).replace("\r\n", "")), data);
}

void TestMime::randomSeek()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray data(57 * 2500 + 11, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : data)
        c = char(rng.bounded(256));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    Message m = baseMessage();
    m.text = QStringLiteral("two files");
    Attachment a;
    a.filePath = path;
    Attachment b = a;
    b.fileName = QStringLiteral("copy.bin");
    m.attachments = {a, b};
    MessageWriter w(m, fixedOptions());
    QVERIFY(w.open(QIODevice::ReadOnly));
    const QByteArray whole = readAll(w, 100000);
    QCOMPARE(qint64(whole.size()), w.size());
    for (int i = 0; i < 500; ++i) {
        const qint64 pos = rng.bounded(qint64(whole.size()));
        const qint64 len = rng.bounded(qint64(300000));
        QVERIFY(w.seek(pos));
        QCOMPARE(w.read(len), whole.mid(pos, len));
    }
    QVERIFY(w.seek(w.size()));
    QVERIFY(w.atEnd());
    QCOMPARE(w.read(10), QByteArray());
}

void TestMime::missingAttachmentFailsAtOpen()
{
    QTemporaryDir dir;
    Message m = baseMessage();
    Attachment a;
    a.filePath = dir.filePath(QStringLiteral("no-such-file.pdf"));
    m.attachments = {a};
    MessageWriter w(m, fixedOptions());
    QVERIFY(!w.open(QIODevice::ReadOnly));
    QVERIFY2(w.errorString().contains(QStringLiteral("no-such-file.pdf")), qPrintable(w.errorString()));
    a.filePath = dir.path();
    m.attachments = {a};
    MessageWriter w2(m, fixedOptions());
    QVERIFY(!w2.open(QIODevice::ReadOnly));
    QVERIFY2(w2.errorString().contains(dir.path()), qPrintable(w2.errorString()));
}

void TestMime::attachmentShrinkingWhileReadingIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.bin"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, 'x'));
    }
    Message m = baseMessage();
    Attachment a;
    a.filePath = path;
    m.attachments = {a};
    MessageWriter w(m, fixedOptions());
    QVERIFY(w.open(QIODevice::ReadOnly));
    QVERIFY(w.read(1000).size() == 1000);
    {
        QFile f(path);
        QVERIFY(f.resize(10));
    }
    QByteArray buf(4096, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = w.read(buf.data(), buf.size())) > 0) {
    }
    QCOMPARE(n, -1);
    QVERIFY2(w.errorString().contains(QStringLiteral("x.bin")), qPrintable(w.errorString()));
}

void TestMime::bccIsNeverAHeader()
{
    Message m = baseMessage();
    m.bcc = {{QStringLiteral("Hidden"), QStringLiteral("hidden@example.net")}};
    m.text = QStringLiteral("x");
    MessageWriter w(m, fixedOptions());
    QVERIFY(w.open(QIODevice::ReadOnly));
    const QByteArray out = w.readAll();
    QVERIFY(!out.contains("hidden"));
    QVERIFY(!out.contains("Bcc"));
    QVERIFY(m.envelopeRecipients().contains(QStringLiteral("hidden@example.net")));
}

void TestMime::chooseEncoding_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("allow8Bit");
    QTest::addColumn<int>("expected");
    const QByteArray line998(998, 'a');
    QTest::newRow("ascii") << QByteArray("hello\r\n") << false << int(TransferEncoding::SevenBit);
    QTest::newRow("998 octets") << line998 << false << int(TransferEncoding::SevenBit);
    QTest::newRow("999 octets") << line998 + 'a' << false << int(TransferEncoding::QuotedPrintable);
    QTest::newRow("999 octets, 8bit offered") << line998 + 'a' << true << int(TransferEncoding::QuotedPrintable);
    QTest::newRow("NUL") << QByteArray("a NUL \0 in a longer line", 24) << true << int(TransferEncoding::QuotedPrintable);
    QTest::newRow("sparse umlaut") << QByteArray("Gr\xc3\xbc\xc3\x9f""e aus dem Rheinland\r\n") << false << int(TransferEncoding::QuotedPrintable);
    QTest::newRow("sparse umlaut, 8bit offered") << QByteArray("Gr\xc3\xbc\xc3\x9f""e\r\n") << true << int(TransferEncoding::EightBit);
    QTest::newRow("dense") << QString::fromUtf8("这是中文").toUtf8() << false << int(TransferEncoding::Base64);
}

void TestMime::chooseEncoding()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, allow8Bit);
    QFETCH(int, expected);
    QCOMPARE(int(chooseTextEncoding(text, allow8Bit)), expected);
}

void TestMime::quotedPrintableLines()
{
    const QByteArray in = canonicalLineBreaks(QByteArray(300, '=') + "\n" + QByteArray(500, 'b')
                                              + " \n\xc3\xa9\t\nlast ");
    const QByteArray qp = encodeQuotedPrintable(in);
    for (const QByteArray &line : qp.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY2(l.size() <= 76, l.constData());
        QVERIFY(!l.endsWith(' ') && !l.endsWith('\t'));
    }
    QVERIFY(qp.endsWith("last=20"));
    QVERIFY(qp.contains("=C3=A9=09\r\n"));
}

void TestMime::mailboxParse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::newRow("bare") << QStringLiteral("a@example.com") << QString() << QStringLiteral("a@example.com");
    QTest::newRow("atoms") << QStringLiteral("Ann Lee <a@example.com>") << QStringLiteral("Ann Lee") << QStringLiteral("a@example.com");
    QTest::newRow("quoted with escapes") << QStringLiteral("\"Lee, \\\"Ann\\\" \\\\ x\" <a@example.com>")
                                         << QStringLiteral("Lee, \"Ann\" \\ x") << QStringLiteral("a@example.com");
    QTest::newRow("encoded word") << QStringLiteral("=?UTF-8?B?5byg5Lyf?= <zw@example.cn>") << QStringLiteral("张伟") << QStringLiteral("zw@example.cn");
    QTest::newRow("Q encoded latin1") << QStringLiteral("=?ISO-8859-1?Q?J=F6rg_M?= <j@example.de>") << QStringLiteral("Jörg M") << QStringLiteral("j@example.de");
    QTest::newRow("IDN domain") << QStringLiteral("b@bücher.example") << QString() << QStringLiteral("b@bücher.example");
}

void TestMime::mailboxParse()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, address);
    Mailbox m;
    QString error;
    QVERIFY2(Mailbox::parse(input, &m, &error), qPrintable(error));
    QCOMPARE(m.displayName, name);
    QCOMPARE(m.address, address);
}

void TestMime::mailboxErrorsNameTheAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("named");
    QTest::newRow("no at") << QStringLiteral("Bob <bob.example.com>") << QStringLiteral("bob.example.com");
    QTest::newRow("double dot") << QStringLiteral("a..b@example.com") << QStringLiteral("a..b@example.com");
    QTest::newRow("bad domain") << QStringLiteral("a@exa_mple.com") << QStringLiteral("exa_mple.com");
    QTest::newRow("line break") << QStringLiteral("a@example.com\r\nBcc: x@y") << QStringLiteral("a@example.com\\r\\nBcc");
    QTest::newRow("too long") << QStringLiteral("a@") + QStringLiteral("b.").repeated(130) + QStringLiteral("com")
                              << QStringLiteral("254");
    QTest::newRow("unclosed") << QStringLiteral("Bob <bob@example.com") << QStringLiteral("Bob <bob@example.com");
}

void TestMime::mailboxErrorsNameTheAddress()
{
    QFETCH(QString, input);
    QFETCH(QString, named);
    Mailbox m;
    QString error;
    QVERIFY(!Mailbox::parse(input, &m, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestMime::idnDomainInHeaders()
{
    Message m = baseMessage();
    m.to = {{QStringLiteral("Bü"), QStringLiteral("info@bücher.example")}};
    m.text = QStringLiteral("x");
    {
        MessageWriter w(m, fixedOptions());
        QVERIFY(w.open(QIODevice::ReadOnly));
        const QByteArray out = w.readAll();
        QVERIFY(out.contains("<info@xn--bcher-kva.example>"));
        QVERIFY(!w.hasEightBit());
    }
    MessageWriter::Options o = fixedOptions();
    o.smtpUtf8 = true;  // RFC 6532: UTF-8 stays UTF-8
    MessageWriter w(m, o);
    QVERIFY(w.open(QIODevice::ReadOnly));
    QVERIFY(w.readAll().contains(QStringLiteral("<info@bücher.example>").toUtf8()));
    QVERIFY(w.hasEightBit());
}

void TestMime::encodedWordsDecode()
{
    // What the writer encodes, the reader side (decodeEncodedWords) decodes back.
    const QString s = QStringLiteral("Grüße — 你好 😀 and plain words at the end, long enough to fold");
    int col = 9;
    const QByteArray enc = encodePhrase(s, &col);
    QString unfolded = QString::fromLatin1(enc).remove(QStringLiteral("\r\n"));
    QCOMPARE(decodeEncodedWords(unfolded.trimmed()), s);
    QCOMPARE(decodeEncodedWords(QStringLiteral("a =?UTF-8?Q?x_y?= =?UTF-8?B?eg==?= b")),
             QStringLiteral("a x yz b"));
}

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
