#include "smtp/datafilter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sendscope;

class TestDataFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filter_data();
    void filter();
    void splitAnywhere();
    void randomNeverEmitsBareCrOrLf();
};

static QByteArray run(const QByteArray &in)
{
    DataFilter f;
    QByteArray out;
    f.process(in, out);
    f.finish(out);
    return out;
}

void TestDataFilter::filter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("crlf kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("no final newline") << QByteArray("a") << QByteArray("a\r\n.\r\n");
    QTest::newRow("bare lf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare cr") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("first line dot") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
    QTest::newRow("lone dot line") << QByteArray("a\r\n.\r\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("smuggling LF.LF") << QByteArray("a\n.\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("smuggling CR.CR") << QByteArray("a\r.\rb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("smuggling LF.CRLF") << QByteArray("a\n.\r\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("cr cr lf") << QByteArray("a\r\r\n") << QByteArray("a\r\n\r\n.\r\n");
    QTest::newRow("dot in middle") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
}

void TestDataFilter::filter()
{
    QFETCH(QByteArray, input);
    QTEST(run(input), "wire");
}

void TestDataFilter::splitAnywhere()
{
    const QByteArray input("x\r\n.y\r.\n.\r\n..z\n\r\n.");
    const QByteArray expected = run(input);
    for (int a = 0; a <= input.size(); ++a) {
        for (int b = a; b <= input.size(); ++b) {
            DataFilter f;
            QByteArray out;
            f.process(QByteArrayView(input).first(a), out);
            f.process(QByteArrayView(input).sliced(a, b - a), out);
            f.process(QByteArrayView(input).sliced(b), out);
            f.finish(out);
            QCOMPARE(out, expected);
        }
    }
}

void TestDataFilter::randomNeverEmitsBareCrOrLf()
{
    auto *rng = QRandomGenerator::global();
    const char alphabet[] = {'a', '.', '\r', '\n', ' '};
    for (int round = 0; round < 2000; ++round) {
        QByteArray in;
        const int len = int(rng->bounded(64));
        for (int i = 0; i < len; ++i)
            in += alphabet[rng->bounded(5)];
        const QByteArray out = run(in);
        QVERIFY(out.endsWith("\r\n.\r\n") || out == ".\r\n");
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out[i] == '\r')
                QVERIFY2(i + 1 < out.size() && out[i + 1] == '\n', in.toHex().constData());
            if (out[i] == '\n')
                QVERIFY2(i > 0 && out[i - 1] == '\r', in.toHex().constData());
        }
        // Every line of the body that starts with '.' was stuffed: no line is a lone "."
        // before the terminator.
        const QByteArray body = out.left(out.size() - 3);
        QVERIFY2(!body.contains("\r\n.\r\n") && !body.startsWith(".\r\n"), in.toHex().constData());
    }
}

QTEST_GUILESS_MAIN(TestDataFilter)
#include "tst_datafilter.moc"
