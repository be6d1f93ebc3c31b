#include "logfilterproxy.h"
#include "logitemdelegate.h"
#include "logstyle.h"
#include "protocollogdock.h"
#include "serverline.h"

#include "log/protocollogmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendscope;
using namespace Sendscope::Gui;
using D = LogRecord::Direction;

namespace {

// WCAG 2 contrast ratio of two colours.
qreal relativeLuminance(const QColor &c)
{
    auto ch = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    qreal la = relativeLuminance(a), lb = relativeLuminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

void fillSession(ProtocolLogModel &m, quint32 conn)
{
    m.beginSession();
    m.append(LogRecord::make(conn, D::Info, QStringLiteral("Connecting to 127.0.0.1 port 25.")));
    m.append(LogRecord::make(conn, D::Server, QStringLiteral("220 mx.example ESMTP"), 220));
    m.append(LogRecord::make(conn, D::Client, QStringLiteral("EHLO me")));
    m.append(LogRecord::make(conn, D::Server, QStringLiteral("250-mx.example"), 250));
    m.append(LogRecord::make(conn, D::Server, QStringLiteral("250 STARTTLS"), 250));
    m.append(LogRecord::make(conn, D::Tls, QStringLiteral("TLS established: TLSv1.3")));
    m.append(LogRecord::make(conn, D::Client, QStringLiteral("AUTH PLAIN <redacted>"), 0, true));
    m.append(LogRecord::make(conn, D::Server, QStringLiteral("535 5.7.8 Username and Password not accepted"), 535));
    m.append(LogRecord::make(conn, D::Server, QStringLiteral("451 4.3.0 Try later"), 451));
    m.append(LogRecord::make(conn, D::Server, QStringLiteral("354 Go ahead"), 354));
    m.append(LogRecord::make(conn, D::Error, QStringLiteral("Authentication failed.")));
    m.flush();
}

} // namespace

class TestLogDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categories()
    {
        using C = LogStyle::Category;
        using R = LogRecord::ReplyClass;
        QCOMPARE(LogStyle::category(int(D::Client), int(R::None)), C::Client);
        QCOMPARE(LogStyle::category(int(D::Server), int(R::Positive)), C::Positive);
        QCOMPARE(LogStyle::category(int(D::Server), int(R::Intermediate)), C::Intermediate);
        QCOMPARE(LogStyle::category(int(D::Server), int(R::Transient)), C::Transient);
        QCOMPARE(LogStyle::category(int(D::Server), int(R::Permanent)), C::Permanent);
        QCOMPARE(LogStyle::category(int(D::Tls), int(R::None)), C::Tls);
        QCOMPARE(LogStyle::category(int(D::Info), int(R::None)), C::Info);
        QCOMPARE(LogStyle::category(int(D::Error), int(R::None)), C::Error);
    }

    void coloursReadableInBothPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void coloursReadableInBothPalettes()
    {
        QFETCH(bool, dark);
        const QPalette pal = dark ? darkPalette() : lightPalette();
        QCOMPARE(LogStyle::isDark(pal), dark);
        QSet<QRgb> seen;
        for (int i = 0; i < LogStyle::CategoryCount; ++i) {
            const auto cat = LogStyle::Category(i);
            const QColor fg = LogStyle::color(cat, pal);
            QColor bg = LogStyle::background(cat, pal);
            if (!bg.isValid())
                bg = pal.color(QPalette::Base);
            // WCAG AA for normal text is 4.5; the info colour is deliberately quieter (3).
            const qreal need = cat == LogStyle::Category::Info ? 3.0 : 4.5;
            QVERIFY2(contrast(fg, bg) >= need,
                     qPrintable(QStringLiteral("%1: %2 on %3 = %4")
                                        .arg(LogStyle::name(cat), fg.name(), bg.name())
                                        .arg(contrast(fg, bg))));
            seen.insert(fg.rgb());
        }
        // Every category has its own colour.
        QCOMPARE(seen.size(), LogStyle::CategoryCount);
        // Positive and permanent are told apart in both palettes, never black on white only.
        QVERIFY(LogStyle::color(LogStyle::Category::Positive, pal) != pal.color(QPalette::Text));
    }

    void serverLineParsing()
    {
        ServerLine s = ServerLine::parse(QStringLiteral("550-5.1.1 User unknown"));
        QCOMPARE(s.code, 550);
        QCOMPARE(s.enhanced, QStringLiteral("5.1.1"));
        QCOMPARE(s.text, QStringLiteral("User unknown"));
        s = ServerLine::parse(QStringLiteral("250 OK"));
        QCOMPARE(s.code, 250);
        QVERIFY(s.enhanced.isEmpty());
        QCOMPARE(s.text, QStringLiteral("OK"));
        s = ServerLine::parse(QStringLiteral("354"));
        QCOMPARE(s.code, 354);
        s = ServerLine::parse(QStringLiteral("garbage"));
        QCOMPARE(s.code, 0);
    }

    void filterSearchCopySave()
    {
        ProtocolLogModel model;
        fillSession(model, 1);
        fillSession(model, 2);
        ProtocolLogDock dock(&model);
        dock.resize(700, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QCOMPARE(dock.proxy()->rowCount(), 22);
        QVERIFY(dock.view()->uniformItemSizes());

        dock.hideTlsAction()->setChecked(true);
        QCOMPARE(dock.proxy()->rowCount(), 20);
        dock.hideInfoAction()->setChecked(true);
        QCOMPARE(dock.proxy()->rowCount(), 18);
        // The second session is still separated although its first (info) row is hidden.
        QVERIFY(LogItemDelegate::startsSession(dock.proxy()->index(9, 0)));
        QVERIFY(!LogItemDelegate::startsSession(dock.proxy()->index(8, 0)));
        dock.hideTlsAction()->setChecked(false);
        dock.hideInfoAction()->setChecked(false);

        // Search: Enter walks through the matches.
        dock.searchField()->setText(QStringLiteral("535"));
        QVERIFY(dock.findNext());
        QCOMPARE(dock.view()->currentIndex().row(), 7);
        QVERIFY(dock.findNext());
        QCOMPARE(dock.view()->currentIndex().row(), 18);
        QVERIFY(dock.findNext(true));
        QCOMPARE(dock.view()->currentIndex().row(), 7);
        dock.searchField()->setText(QStringLiteral("no such text"));
        QVERIFY(!dock.findNext());

        // The side pane explains the selected reply (enhanced code included).
        dock.view()->setCurrentIndex(dock.proxy()->index(7, 0));
        QVERIFY2(dock.detailsText().contains(QLatin1String("535 5.7.8")), qPrintable(dock.detailsText()));
        QVERIFY(dock.detailsText().contains(QLatin1String("Username and Password not accepted")));
        QVERIFY(dock.delegate()->toolTipFor(dock.proxy()->index(7, 0)).contains(QLatin1String("535")));
        QVERIFY(dock.delegate()->toolTipFor(dock.proxy()->index(2, 0)).isEmpty());  // short client line
        // The legend lists every category.
        dock.showLegend();
        for (int i = 0; i < LogStyle::CategoryCount; ++i)
            QVERIFY(dock.detailsText().contains(LogStyle::name(LogStyle::Category(i))));

        // Copy: the selected rows as plain lines, in order.
        dock.view()->selectionModel()->select(dock.proxy()->index(2, 0), QItemSelectionModel::Select);
        dock.view()->selectionModel()->select(dock.proxy()->index(6, 0), QItemSelectionModel::Select);
        dock.copySelection();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("C: EHLO me\n")), qPrintable(copied));
        QVERIFY(copied.indexOf(QLatin1String("EHLO")) < copied.indexOf(QLatin1String("AUTH PLAIN <redacted>")));
        QCOMPARE(copied.count(QLatin1Char('\n')), 2);

        // Relative time shows milliseconds since the session start.
        dock.relativeTimeAction()->setChecked(true);
        QVERIFY(dock.delegate()->timeText(dock.proxy()->index(0, 0)).startsWith(QLatin1Char('+')));
        dock.relativeTimeAction()->setChecked(false);
        QVERIFY(dock.delegate()->timeText(dock.proxy()->index(0, 0)).contains(QLatin1Char(':')));

        // Save as text and as HTML.
        QTemporaryDir dir;
        QString error;
        const QString txt = dir.filePath(QStringLiteral("log.txt"));
        QVERIFY2(dock.saveTo(txt, false, &error), qPrintable(error));
        QFile t(txt);
        QVERIFY(t.open(QIODevice::ReadOnly));
        const QByteArray text = t.readAll();
        QCOMPARE(text.count('\n'), 22);
        QVERIFY(text.contains("S: 535 5.7.8"));
        const QString html = dir.filePath(QStringLiteral("log.html"));
        QVERIFY(dock.saveTo(html, true, &error));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.contains("AUTH PLAIN &lt;redacted&gt;"));
        QVERIFY(page.contains(LogStyle::color(LogStyle::Category::Permanent, dock.palette()).name().toLatin1()));
        QCOMPARE(page.count("class=\"sep\""), 1);

        // Rendering a row paints with the category colour (grab and look for it).
        dock.view()->clearSelection();
        dock.view()->setCurrentIndex(QModelIndex());
        dock.view()->scrollToTop();
        const QImage img = dock.view()->viewport()->grab().toImage();
        const QRect rowRect = dock.view()->visualRect(dock.proxy()->index(7, 0));
        const QColor want = LogStyle::color(LogStyle::Category::Permanent, dock.view()->palette());
        bool found = false;
        for (int y = rowRect.top(); y <= rowRect.bottom() && !found; ++y) {
            for (int x = rowRect.left(); x < rowRect.right() && !found; ++x) {
                const QColor c = img.pixelColor(x * img.devicePixelRatio(), y * img.devicePixelRatio());
                found = qAbs(c.red() - want.red()) < 8 && qAbs(c.green() - want.green()) < 8
                        && qAbs(c.blue() - want.blue()) < 8;
            }
        }
        QVERIFY2(found, "the 5xx row is not drawn in the 5xx colour");

        // Clear.
        dock.clearAction()->trigger();
        QCOMPARE(dock.proxy()->rowCount(), 0);
    }
};

QTEST_MAIN(TestLogDock)
#include "tst_logdock.moc"
