// MessageReader: the hand-made corpus in tests/data/eml (each NAME.eml with its expected
// values in NAME.json), generated hostile input (deep nesting, many parts, huge headers,
// garbage), the streaming decoders fed in every split, and MessageWriter -> MessageReader
// round trips of random messages.
#include "../../reader/messagejson.h"

#include "mime/messagereader.h"
#include "mime/messagewriter.h"
#include "mime/mimeparse_p.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Sendscope::Mime;

namespace {

QString dataDir()
{
    const QString env = qEnvironmentVariable("SENDSCOPE_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(SENDSCOPE_EML_DIR) : env + QStringLiteral("/eml");
}

QString show(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// Reads all of a device through MessageWriter's interface in odd-sized reads.
QByteArray writeMessage(const Message &m, const MessageWriter::Options &options, QString *error)
{
    MessageWriter w(m, options);
    if (!w.open(QIODevice::ReadOnly)) {
        *error = w.errorString();
        return QByteArray();
    }
    QByteArray out;
    char buf[4093];
    for (;;) {
        const qint64 n = w.read(buf, sizeof buf);
        if (n <= 0)
            break;
        out.append(buf, n);
    }
    return out;
}

} // namespace

class TestMessageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();

    void base64DecoderSplits();
    void quotedPrintableSplits();
    void encodedWords_data();
    void encodedWords();
    void parameters();
    void dates_data();
    void dates();

    void deepNesting();
    void manyParts();
    void hugeHeader();
    void hugeFoldedHeader();
    void binaryGarbage();
    void garbageBody();
    void mutatedCorpus();
    void largeAttachmentGoesToFile();
    void memoryBudget();
    void largeTextKeptAsAttachment();
    void signedMessage();

    void roundTrip_data();
    void roundTrip();

private:
    ReadResult readCorpus(const QString &name, ReadLimits limits = ReadLimits());
};

ReadResult TestMessageReader::readCorpus(const QString &name, ReadLimits limits)
{
    return MessageReader(limits).readFile(dataDir() + QLatin1Char('/') + name);
}

void TestMessageReader::corpus_data()
{
    QTest::addColumn<QString>("eml");
    const QDir dir(dataDir());
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 16, qPrintable(dir.absolutePath()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestMessageReader::corpus()
{
    QFETCH(QString, eml);
    QFile expFile(dataDir() + QLatin1Char('/') + QString(eml).replace(QLatin1String(".eml"), QLatin1String(".json")));
    QVERIFY2(expFile.open(QIODevice::ReadOnly), qPrintable(expFile.fileName()));
    const QJsonObject expected = QJsonDocument::fromJson(expFile.readAll()).object();
    QVERIFY(!expected.isEmpty());

    // Each file is read twice: at the default limits, and with every attachment forced
    // into a temporary file; both must give the same values.
    for (qint64 threshold : {qint64(1) << 20, qint64(0)}) {
        ReadLimits limits;
        limits.fileThreshold = threshold;
        const ReadResult r = readCorpus(eml, limits);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject actual = Sendscope::Mime::Test::resultJson(r);
        const QStringList warnings = r.warnings;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString key = it.key();
            if (key == QLatin1String("sendable")) {
                continue;  // below
            } else if (key == QLatin1String("noWarnings")) {
                QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            } else if (key == QLatin1String("warningsContain")) {
                const QJsonArray want = it.value().toArray();
                for (const QJsonValue &w : want) {
                    const bool found = std::any_of(warnings.begin(), warnings.end(), [&](const QString &s) {
                        return s.contains(w.toString());
                    });
                    QVERIFY2(found, qPrintable(w.toString() + QLatin1String(" not in: ")
                                               + warnings.join(QLatin1String(" | "))));
                }
            } else if (key == QLatin1String("droppedNames")) {
                QStringList names;
                for (const auto &d : r.droppedHeaders)
                    names.append(QString::fromLatin1(d.first));
                QStringList want;
                for (const QJsonValue &v : it.value().toArray())
                    want.append(v.toString());
                QCOMPARE(names, want);
            } else if (key == QLatin1String("attachments")) {
                const QJsonArray want = it.value().toArray();
                const QJsonArray got = actual.value(key).toArray();
                QVERIFY2(got.size() == want.size(), qPrintable(show(got)));
                for (qsizetype i = 0; i < want.size(); ++i) {
                    const QJsonObject w = want.at(i).toObject();
                    const QJsonObject g = got.at(i).toObject();
                    for (auto a = w.begin(); a != w.end(); ++a) {
                        QVERIFY2(g.value(a.key()) == a.value(),
                                 qPrintable(QStringLiteral("attachment %1 %2: got %3, want %4")
                                                    .arg(i).arg(a.key(), show(g.value(a.key())), show(a.value()))));
                    }
                    QCOMPARE(g.value(QLatin1String("inFile")).toBool(),
                             threshold == 0 && g.value(QLatin1String("size")).toInt() > 0);
                }
            } else {
                QVERIFY2(actual.value(key) == it.value(),
                         qPrintable(QStringLiteral("%1: got %2, want %3")
                                            .arg(key, show(actual.value(key)), show(it.value()))));
            }
        }
        // Ready to send again: the writer accepts what the reader made (kept headers,
        // names, Content-IDs, temporary files), unless the file itself holds a bad address.
        MessageWriter writer(r.message);
        const bool opened = writer.open(QIODevice::ReadOnly);
        QVERIFY2(opened == expected.value(QLatin1String("sendable")).toBool(true),
                 qPrintable(writer.errorString()));
    }
}

void TestMessageReader::base64DecoderSplits()
{
    QByteArray raw;
    for (int i = 0; i < 300; ++i)
        raw += char(i * 7);
    // Bad line lengths, stray characters, CRLF and LF, no padding.
    QByteArray enc = raw.toBase64(QByteArray::OmitTrailingEquals);
    for (qsizetype i = 13; i < enc.size(); i += 37)
        enc.insert(i, i % 2 ? "\r\n" : "\n");
    for (qsizetype cut = 0; cut <= enc.size(); cut += 5) {
        Parse::Base64Decoder d;
        QByteArray out;
        d.feed(QByteArrayView(enc).first(cut), &out);
        d.feed(QByteArrayView(enc).sliced(cut), &out);
        d.finish(&out);
        QCOMPARE(out, raw);
        QCOMPARE(d.strayCharacters, 0);
    }
    Parse::Base64Decoder d;
    QByteArray out;
    d.feed("AA!E*C", &out);
    d.finish(&out);
    QCOMPARE(out, QByteArray("\x00\x01\x02", 3));
    QCOMPARE(d.strayCharacters, 2);
}

void TestMessageReader::quotedPrintableSplits()
{
    const QByteArray enc = "caf=C3=A9 =\nsoft  \nhard=3D=3d\t \nbad=ZZ end=4";
    const QByteArray want = "caf\xC3\xA9 soft\r\nhard==\r\nbad=ZZ end=4";
    for (qsizetype cut = 0; cut <= enc.size(); ++cut) {
        Parse::QuotedPrintableDecoder d;
        QByteArray out;
        d.feed(QByteArrayView(enc).first(cut), &out);
        d.feed(QByteArrayView(enc).sliced(cut), &out);
        d.finish(&out);
        QCOMPARE(out, want);
        QCOMPARE(d.badEscapes, 2);
    }
}

void TestMessageReader::encodedWords_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("want");
    QTest::newRow("q underscore") << QStringLiteral("=?ISO-8859-1?Q?a_b=E9?=") << QStringLiteral("a bé");
    QTest::newRow("adjacent joined") << QStringLiteral("=?UTF-8?Q?a?= \t =?UTF-8?Q?b?=") << QStringLiteral("ab");
    QTest::newRow("text between kept") << QStringLiteral("=?UTF-8?Q?a?= x =?UTF-8?Q?b?=") << QStringLiteral("a x b");
    QTest::newRow("split utf-8 character")
            << QStringLiteral("=?UTF-8?B?4oI=?= =?UTF-8?B?rA==?=") << QString(QChar(0x20AC));
    QTest::newRow("language suffix") << QStringLiteral("=?UTF-8*de?Q?=C3=BC?=") << QStringLiteral("ü");
    QTest::newRow("lower-case hex") << QStringLiteral("=?utf-8?q?=c3=bc?=") << QStringLiteral("ü");
    QTest::newRow("not a word") << QStringLiteral("=?no end") << QStringLiteral("=?no end");
    QTest::newRow("bad encoding letter") << QStringLiteral("=?UTF-8?X?abc?=") << QStringLiteral("=?UTF-8?X?abc?=");
    QTest::newRow("big5") << QStringLiteral("=?big5?B?pKSk5Q==?=") << QStringLiteral("中文");
    QTest::newRow("euc-kr") << QStringLiteral("=?EUC-KR?B?x9Gx2w==?=") << QStringLiteral("한글");
}

void TestMessageReader::encodedWords()
{
    QFETCH(QString, in);
    QFETCH(QString, want);
    QCOMPARE(Parse::decodeRfc2047(in), want);
}

void TestMessageReader::parameters()
{
    const Parse::ParameterizedValue v = Parse::parseParameterized(
            "Attachment; filename*1*=%20b%C3%A4r; filename*0*=utf-8'en'foo; "
            "name=\"a \\\"q\\\" (x)\"; (comment) size=12", {});
    QCOMPARE(v.value, QByteArray("attachment"));
    QCOMPARE(v.params.value("filename"), QStringLiteral("foo bär"));
    QCOMPARE(v.params.value("name"), QStringLiteral("a \"q\" (x)"));
    QCOMPARE(v.params.value("size"), QStringLiteral("12"));
    // Raw 8-bit legacy value in the fallback charset.
    const Parse::ParameterizedValue w = Parse::parseParameterized("inline; filename=\"K\xF6ln.txt\"", "iso-8859-1");
    QCOMPARE(w.params.value("filename"), QStringLiteral("Köln.txt"));
}

void TestMessageReader::dates_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QString>("want");
    QTest::newRow("rfc 5322") << QByteArray("Fri, 4 Dec 2026 21:00:00 +0100") << QStringLiteral("2026-12-04T21:00:00+01:00");
    QTest::newRow("no weekday, comment") << QByteArray("4 Dec 2026 21:00:00 -0330 (NST)") << QStringLiteral("2026-12-04T21:00:00-03:30");
    QTest::newRow("two-digit year, zone name") << QByteArray("Mon, 7 Jun 99 08:01 EDT") << QStringLiteral("1999-06-07T08:01:00-04:00");
    QTest::newRow("garbage") << QByteArray("yesterday") << QString();
}

void TestMessageReader::dates()
{
    QFETCH(QByteArray, in);
    QFETCH(QString, want);
    const QDateTime d = Parse::parseDate(in);
    QCOMPARE(d.isValid() ? d.toString(Qt::ISODate) : QString(), want);
}

void TestMessageReader::deepNesting()
{
    // 10 000 multiparts inside each other, each with a closing boundary: the reader stops
    // descending at the depth limit, keeps what is above it and finishes quickly.
    const int depth = 10000;
    QByteArray m = "From: deep@example.com\r\nSubject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n";
    m += "--b0\r\nContent-Type: text/plain\r\n\r\ntop text\r\n";
    for (int i = 0; i < depth; ++i) {
        m += "--b" + QByteArray::number(i) + "\r\nContent-Type: multipart/mixed; boundary=b"
                + QByteArray::number(i + 1) + "\r\n\r\n";
    }
    m += "--b" + QByteArray::number(depth) + "\r\nContent-Type: text/plain\r\n\r\ndeepest\r\n";
    for (int i = depth; i >= 0; --i)
        m += "--b" + QByteArray::number(i) + "--\r\n";
    QElapsedTimer t;
    t.start();
    const ReadResult r = MessageReader().readBytes(m);
    QVERIFY(r.ok);
    QCOMPARE(r.message.text, QStringLiteral("top text"));
    QVERIFY(r.message.attachments.isEmpty());
    QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("deeper than 64")),
             qPrintable(r.warnings.join(QLatin1Char(' '))));
    QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));

    // The same without any closing boundary.
    QByteArray open = m.left(m.indexOf("deepest") + 9);
    const ReadResult r2 = MessageReader().readBytes(open);
    QVERIFY(r2.ok);
    QCOMPARE(r2.message.text, QStringLiteral("top text"));
}

void TestMessageReader::manyParts()
{
    QByteArray m = "From: many@example.com\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n";
    for (int i = 0; i < 12000; ++i)
        m += "--x\r\nContent-Type: application/octet-stream\r\n\r\nab\r\n";
    m += "--x--\r\n";
    ReadLimits limits;
    limits.maxParts = 10000;
    const ReadResult r = MessageReader(limits).readBytes(m);
    QVERIFY(r.ok);
    // The top-level entity counts as one part.
    QCOMPARE(r.message.attachments.size(), 9999);
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("more than 10000 parts")));
}

void TestMessageReader::hugeHeader()
{
    // A 50 MB header line: the rest of the header block is skipped, memory stays bounded
    // (pieces of 64 KiB), and the body after it is still read.
    QByteArray m = "From: huge@example.com\r\nSubject: before\r\nX-Huge: ";
    m += QByteArray(50 * 1024 * 1024, 'a');
    m += "\r\nSubject: after\r\n\r\nThe body.\r\n";
    QElapsedTimer t;
    t.start();
    const ReadResult r = MessageReader().readBytes(m);
    QVERIFY(r.ok);
    QCOMPARE(r.message.from.address, QStringLiteral("huge@example.com"));
    QCOMPARE(r.message.subject, QStringLiteral("before"));
    QCOMPARE(r.message.text, QStringLiteral("The body.\n"));
    QVERIFY(r.message.headers.isEmpty());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("larger than 1024 KiB")));
    QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
}

void TestMessageReader::hugeFoldedHeader()
{
    // 300 000 folded continuation lines and a part header of the same kind.
    QByteArray m = "From: fold@example.com\r\nX-Folded: start";
    for (int i = 0; i < 300000; ++i)
        m += "\r\n continued";
    m += "\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nX-Part:";
    for (int i = 0; i < 300000; ++i)
        m += "\r\n more";
    m += "\r\n\r\nbody\r\n--q--\r\n";
    const ReadResult r = MessageReader().readBytes(m);
    QVERIFY(r.ok);
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("larger than")));
}

void TestMessageReader::binaryGarbage()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 20; ++round) {
        QByteArray g(int(rng.bounded(1, 300000)), Qt::Uninitialized);
        for (char &c : g)
            c = char(rng.bounded(256));
        g.replace(':', ';');  // no header field can appear
        const ReadResult r = MessageReader().readBytes(g);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("not an e-mail")));
        QVERIFY(r.message.attachments.isEmpty());
    }
    const ReadResult empty = MessageReader().readBytes(QByteArray());
    QVERIFY(!empty.ok);
}

void TestMessageReader::garbageBody()
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 30; ++round) {
        QByteArray m = "From: g@example.com\r\nContent-Type: multipart/mixed; boundary=\"g\"\r\n\r\n--g\r\n";
        QByteArray g(int(rng.bounded(1, 200000)), Qt::Uninitialized);
        for (char &c : g)
            c = char(rng.bounded(256));
        m += g;
        const ReadResult r = MessageReader().readBytes(m);
        QVERIFY(r.ok);
        QCOMPARE(r.message.from.address, QStringLiteral("g@example.com"));
    }
}

void TestMessageReader::mutatedCorpus()
{
    // Every corpus file cut short and with random bytes flipped: never a crash or hang.
    // SENDSCOPE_READER_MUTATIONS raises the rounds per file (e.g. under the asan preset).
    const int rounds = qEnvironmentVariableIsSet("SENDSCOPE_READER_MUTATIONS")
            ? qEnvironmentVariableIntValue("SENDSCOPE_READER_MUTATIONS") : 60;
    QRandomGenerator rng(quint32(qEnvironmentVariableIntValue("SENDSCOPE_READER_SEED")) + 1234);
    const QStringList files = QDir(dataDir()).entryList({QStringLiteral("*.eml")}, QDir::Files);
    for (const QString &f : files) {
        QFile file(dataDir() + QLatin1Char('/') + f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray orig = file.readAll();
        for (int round = 0; round < rounds; ++round) {
            QByteArray m = orig.left(qsizetype(rng.bounded(int(orig.size()) + 1)));
            for (int k = 0; k < 5 && !m.isEmpty(); ++k) {
                const qsizetype at = qsizetype(rng.bounded(int(m.size())));
                switch (rng.bounded(3)) {
                case 0:
                    m[at] = char(rng.bounded(256));
                    break;
                case 1:
                    m.remove(at, qsizetype(rng.bounded(1, 40)));
                    break;
                default:  // repeat a slice: more parts, deeper trees, longer lines
                    m.insert(at, m.mid(at, qsizetype(rng.bounded(1, 400))).repeated(int(rng.bounded(1, 20))));
                    break;
                }
            }
            const ReadResult r = MessageReader().readBytes(m);
            if (!r.ok)
                QVERIFY(!r.error.isEmpty());
        }
    }
}

void TestMessageReader::largeAttachmentGoesToFile()
{
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator rng(99);
    for (char &c : big)
        c = char(rng.bounded(256));
    Message m;
    m.from.address = QStringLiteral("big@example.com");
    m.text = QStringLiteral("see attached");
    Attachment a;
    a.data = big;
    a.fileName = QStringLiteral("big.bin");
    a.mediaType = "application/octet-stream";
    m.attachments.append(a);
    QString error;
    const QByteArray wire = writeMessage(m, {}, &error);
    QVERIFY2(!wire.isEmpty(), qPrintable(error));
    QString path;
    {
        const ReadResult r = MessageReader().readBytes(wire);
        QVERIFY(r.ok);
        QCOMPARE(r.message.attachments.size(), 1);
        const Attachment &got = r.message.attachments.first();
        QVERIFY(got.data.isEmpty());
        QVERIFY(!got.filePath.isEmpty());
        QVERIFY(r.storage);
        QVERIFY(got.filePath.startsWith(r.storage->path()));
        QCOMPARE(Sendscope::Mime::Test::attachmentBytes(got), big);
        path = got.filePath;
        // The message can be sent again from the temporary file.
        const QByteArray again = writeMessage(r.message, {}, &error);
        QVERIFY2(!again.isEmpty(), qPrintable(error));
        const ReadResult r2 = MessageReader().readBytes(again);
        QCOMPARE(Sendscope::Mime::Test::attachmentBytes(r2.message.attachments.value(0)), big);
    }
    QVERIFY2(!QFile::exists(path), "the temporary file outlived its ReadResult");
}

void TestMessageReader::memoryBudget()
{
    // 40 parts of 100 KiB each with a 1 MiB budget: later parts go to files even though
    // each is below the file threshold.
    QByteArray m = "From: b@example.com\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n";
    const QByteArray chunk = QByteArray(100 * 1024, 'x').toBase64();
    for (int i = 0; i < 40; ++i)
        m += "--z\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" + chunk + "\r\n";
    m += "--z--\r\n";
    ReadLimits limits;
    limits.maxMemoryBytes = 1 << 20;
    const ReadResult r = MessageReader(limits).readBytes(m);
    QVERIFY(r.ok);
    QCOMPARE(r.message.attachments.size(), 40);
    qint64 inMemory = 0;
    int inFiles = 0;
    for (const Attachment &a : r.message.attachments) {
        inMemory += a.data.size();
        inFiles += a.filePath.isEmpty() ? 0 : 1;
        QCOMPARE(Sendscope::Mime::Test::attachmentBytes(a), QByteArray(100 * 1024, 'x'));
    }
    QVERIFY(inMemory <= limits.maxMemoryBytes);
    QVERIFY(inFiles >= 30);
}

void TestMessageReader::largeTextKeptAsAttachment()
{
    const QByteArray body = QByteArray("line of text\r\n").repeated(200);
    const QByteArray m = "From: t@example.com\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body;
    ReadLimits limits;
    limits.maxTextBytes = 1000;
    const ReadResult r = MessageReader(limits).readBytes(m);
    QVERIFY(r.ok);
    QVERIFY(r.message.text.isEmpty());
    QCOMPARE(r.message.attachments.size(), 1);
    QCOMPARE(r.message.attachments.first().mediaType, QByteArray("text/plain"));
    QCOMPARE(Sendscope::Mime::Test::attachmentBytes(r.message.attachments.first()), body);
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("too large to edit")));
}

void TestMessageReader::signedMessage()
{
    const QByteArray m = "From: s@example.com\r\nContent-Type: multipart/signed; "
                         "protocol=\"application/pgp-signature\"; micalg=pgp-sha256; boundary=s\r\n\r\n"
                         "--s\r\nContent-Type: multipart/mixed; boundary=in\r\n\r\n"
                         "--in\r\nContent-Type: text/plain\r\n\r\nsigned text\r\n"
                         "--in\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw==\r\n"
                         "--in--\r\n"
                         "--s\r\nContent-Type: application/pgp-signature; name=signature.asc\r\n\r\n"
                         "-----BEGIN PGP SIGNATURE-----\r\nAAAA\r\n-----END PGP SIGNATURE-----\r\n"
                         "--s--\r\n";
    const ReadResult r = MessageReader().readBytes(m);
    QVERIFY(r.ok);
    QCOMPARE(r.message.text, QStringLiteral("signed text"));
    QCOMPARE(r.message.attachments.size(), 1);
    QCOMPARE(r.message.attachments.first().mediaType, QByteArray("image/png"));
    QCOMPARE(r.message.attachments.first().data, QByteArray("\x89PNG"));
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("application/pgp-signature")));
}

namespace {

QString randomText(QRandomGenerator &rng, int maxWords, bool unicode, bool specials)
{
    static const QList<QString> pieces = {
            QStringLiteral("hello"), QStringLiteral("Grüße"), QStringLiteral("Привет"),
            QStringLiteral("日本語"), QStringLiteral("🚀"), QStringLiteral("a\"b"),
            QStringLiteral("x,y"), QStringLiteral("(c)"), QStringLiteral("=?x?"),
            QStringLiteral("back\\slash"), QStringLiteral("€"), QStringLiteral("مرحبا")};
    QStringList words;
    const int n = int(rng.bounded(1, maxWords + 1));
    for (int i = 0; i < n; ++i) {
        const int k = int(rng.bounded(4));
        if (k == 0 && (unicode || specials)) {
            const QString p = pieces.at(rng.bounded(int(pieces.size())));
            const bool isAscii = std::all_of(p.begin(), p.end(), [](QChar c) { return c.unicode() < 128; });
            if ((isAscii || unicode) && (specials || p.front().isLetter()))
                words.append(p);
        } else {
            QString w;
            const int len = int(rng.bounded(1, 14));
            for (int j = 0; j < len; ++j)
                w += QLatin1Char(char('a' + rng.bounded(26)));
            words.append(w);
        }
    }
    if (words.isEmpty())
        words.append(QStringLiteral("word"));
    // Sometimes a double space, which only survives as an encoded word.
    return words.join(rng.bounded(8) == 0 ? QStringLiteral("  ") : QStringLiteral(" "));
}

Mailbox randomMailbox(QRandomGenerator &rng, bool idn)
{
    Mailbox m;
    if (rng.bounded(3) != 0)
        m.displayName = randomText(rng, 4, true, true);
    QString local;
    const int n = int(rng.bounded(1, 12));
    for (int i = 0; i < n; ++i)
        local += QLatin1Char(char('a' + rng.bounded(26)));
    if (rng.bounded(4) == 0)
        local += QStringLiteral(".x+tag");
    m.address = local + QLatin1Char('@') + (idn && rng.bounded(2) ? QStringLiteral("bücher.example") : QStringLiteral("example.com"));
    return m;
}

} // namespace

void TestMessageReader::roundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 s = 1; s <= 150; ++s)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(s))) << s;
}

void TestMessageReader::roundTrip()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QTemporaryDir tmp;
    MessageWriter::Options options;
    options.smtpUtf8 = rng.bounded(4) == 0;
    options.allow8Bit = rng.bounded(2) == 0;

    Message m;
    m.from = randomMailbox(rng, options.smtpUtf8);
    for (QList<Mailbox> *l : {&m.to, &m.cc, &m.replyTo}) {
        const int n = int(rng.bounded(l == &m.replyTo ? 2 : 4));
        for (int i = 0; i < n; ++i)
            l->append(randomMailbox(rng, options.smtpUtf8));
    }
    if (rng.bounded(5) != 0)
        m.subject = randomText(rng, 30, true, true);
    m.date = QDateTime(QDate(2000 + int(rng.bounded(40)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28))),
                       QTime(int(rng.bounded(24)), int(rng.bounded(60)), int(rng.bounded(60))),
                       QTimeZone(int(rng.bounded(-48, 57)) * 15 * 60));
    m.messageId = "rt." + QByteArray::number(seed) + "@example.com";
    if (rng.bounded(2))
        m.userAgent = QStringLiteral("Sendscope/0.1 (test)");
    if (rng.bounded(2))
        m.headers.append({"In-Reply-To", QStringLiteral("<parent.%1@example.com>").arg(seed)});
    if (rng.bounded(2))
        m.headers.append({"X-Custom", randomText(rng, 20, true, true).simplified()});

    QStringList lines;
    const int nLines = int(rng.bounded(0, 40));
    for (int i = 0; i < nLines; ++i) {
        QString line = randomText(rng, 30, rng.bounded(2) == 0, true);
        if (rng.bounded(6) == 0)
            line += QStringLiteral("   ");  // trailing white space must survive
        if (rng.bounded(10) == 0)
            line = QStringLiteral(".") + line;
        if (rng.bounded(15) == 0)
            line = QStringLiteral("--") + line;
        if (rng.bounded(15) == 0)
            line = QString(1000, QLatin1Char('L'));  // longer than 998 octets
        lines.append(line);
    }
    m.text = lines.join(QLatin1Char('\n'));
    if (rng.bounded(2))
        m.text += QLatin1Char('\n');

    const int nAtt = int(rng.bounded(0, 4));
    for (int i = 0; i < nAtt; ++i) {
        Attachment a;
        const int size = rng.bounded(10) == 0 ? int(rng.bounded(1, 200000)) : int(rng.bounded(0, 3000));
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        // The reader keeps only the last path component of a name (RFC 2183 §2.3), so a
        // name with "\\" would come back shorter; composed names never hold one.
        a.fileName = randomText(rng, 4, true, false).remove(QLatin1Char('\\')) + QStringLiteral(".bin");
        a.mediaType = QList<QByteArray>{"application/octet-stream", "image/png", "text/plain", "application/pdf"}
                              .at(rng.bounded(4));
        if (rng.bounded(3) == 0)
            a.contentId = "part" + QByteArray::number(i) + "." + QByteArray::number(seed) + "@example.com";
        if (rng.bounded(3) == 0) {
            const QString path = tmp.filePath(QStringLiteral("a%1").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            a.filePath = path;
        } else {
            a.data = bytes;
        }
        m.attachments.append(a);
    }
    if (rng.bounded(2)) {
        m.html = QStringLiteral("<html><body><p>") + randomText(rng, 40, true, true) + QStringLiteral("</p>");
        for (const Attachment &a : std::as_const(m.attachments)) {
            if (!a.contentId.isEmpty() && rng.bounded(3))
                m.html += QStringLiteral("<img src=\"cid:%1\">").arg(QString::fromLatin1(a.contentId));
        }
        m.html += QStringLiteral("</body></html>");
    }

    QString error;
    const QByteArray wire = writeMessage(m, options, &error);
    QVERIFY2(!wire.isEmpty(), qPrintable(error));

    ReadLimits limits;
    limits.fileThreshold = 4096;  // the temporary-file path, cheaply
    const ReadResult r = MessageReader(limits).readBytes(wire);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    QVERIFY(r.droppedHeaders.isEmpty());
    const Message &g = r.message;
    auto same = [](const Mailbox &a, const Mailbox &b) {
        return a.displayName == b.displayName && a.address == b.address;
    };
    auto sameList = [&](const QList<Mailbox> &a, const QList<Mailbox> &b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same);
    };
    QVERIFY2(same(g.from, m.from), qPrintable(g.from.displayName + QLatin1Char('|') + g.from.address));
    QVERIFY(sameList(g.to, m.to));
    QVERIFY(sameList(g.cc, m.cc));
    QVERIFY(sameList(g.replyTo, m.replyTo));
    QVERIFY(g.bcc.isEmpty());
    QCOMPARE(g.subject, m.subject);
    QCOMPARE(g.date, m.date);
    QCOMPARE(g.date.offsetFromUtc(), m.date.offsetFromUtc());
    QCOMPARE(g.messageId, m.messageId);
    QCOMPARE(g.userAgent, m.userAgent);
    QCOMPARE(g.headers, m.headers);
    QCOMPARE(g.html, m.html);
    // A message of one text part has no boundary to end it: the writer ends it with a line
    // break (RFC 5322 §2.3 body lines), which comes back as "\n" unless it was encoded.
    const bool single = m.html.isEmpty() && m.attachments.isEmpty();
    if (single && !m.text.endsWith(QLatin1Char('\n')) && g.text == m.text + QLatin1Char('\n'))
        QVERIFY(!wire.contains("Content-Transfer-Encoding: base64"));
    else
        QCOMPARE(g.text, m.text);

    QCOMPARE(g.attachments.size(), m.attachments.size());
    // Inline parts go into multipart/related, so the order may change: match by name.
    for (const Attachment &want : std::as_const(m.attachments)) {
        const QByteArray bytes = Sendscope::Mime::Test::attachmentBytes(want);
        auto it = std::find_if(g.attachments.begin(), g.attachments.end(), [&](const Attachment &x) {
            return x.fileName == want.fileName && x.contentId == want.contentId;
        });
        QVERIFY2(it != g.attachments.end(), qPrintable(want.fileName));
        QCOMPARE(it->mediaType, want.mediaType);
        QCOMPARE(Sendscope::Mime::Test::attachmentBytes(*it), bytes);
        QCOMPARE(it->filePath.isEmpty(), bytes.size() <= limits.fileThreshold);
    }
}

QTEST_GUILESS_MAIN(TestMessageReader)
#include "tst_messagereader.moc"
