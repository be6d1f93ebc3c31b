// The protocol log dock with 100 000 records, offscreen: how long appending takes (in
// batches, as the session delivers them, with the view following the end) and how long
// scrolling through all of it page by page takes. Prints the figures; fails only when the
// view does not hold every row.
#include "logfilterproxy.h"
#include "protocollogdock.h"

#include "log/protocollogmodel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>

#include <cstdio>

using namespace Sendscope;
using D = LogRecord::Direction;

namespace {

LogRecord recordFor(int i)
{
    switch (i % 8) {
    case 0: return LogRecord::make(1, D::Client, QStringLiteral("RCPT TO:<user%1@example.net>").arg(i));
    case 1: return LogRecord::make(1, D::Server, QStringLiteral("250 2.1.5 Ok"), 250);
    case 2: return LogRecord::make(1, D::Info, QStringLiteral("Step %1 of the benchmark, in words.").arg(i));
    case 3: return LogRecord::make(1, D::Server, QStringLiteral("451 4.3.0 Temporary lookup failure"), 451);
    case 4: return LogRecord::make(1, D::Tls, QStringLiteral("TLS established: TLSv1.3, cipher TLS_AES_256_GCM_SHA384"));
    case 5: return LogRecord::make(1, D::Server, QStringLiteral("550 5.1.1 <user%1@example.net>: User unknown").arg(i), 550);
    case 6: return LogRecord::make(1, D::Client, QStringLiteral("MAIL FROM:<ada@example.org> SIZE=%1").arg(i * 17));
    default: return LogRecord::make(1, D::Error, QStringLiteral("Something went wrong at %1.").arg(i));
    }
}

void print(const char *what, qint64 ms, const QString &extra = QString())
{
    std::printf("%-44s %8lld ms  %s\n", what, static_cast<long long>(ms), qPrintable(extra));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    constexpr int Records = 100000;
    constexpr int Batch = 200;  // records per event-loop pass: a busy session

    ProtocolLogModel model;
    model.setMaxPreviousRecords(Records);
    Gui::ProtocolLogDock dock(&model);
    dock.resize(900, 700);
    dock.show();
    QApplication::processEvents();

    QElapsedTimer t;
    t.start();
    model.beginSession();
    for (int i = 0; i < Records; ++i) {
        model.append(recordFor(i));
        if ((i + 1) % Batch == 0)
            QApplication::processEvents();  // flush, insert, scroll to the end, paint
    }
    model.flush();
    QApplication::processEvents();
    const qint64 appendMs = t.elapsed();
    print("append 100 000 records (batches of 200)", appendMs,
          QStringLiteral("%1 µs per record").arg(double(appendMs) * 1000.0 / Records, 0, 'f', 2));

    QListView *view = dock.view();
    if (dock.proxy()->rowCount() != Records) {
        std::printf("FAIL: the view holds %d rows, not %d\n", dock.proxy()->rowCount(), Records);
        return 1;
    }

    QScrollBar *bar = view->verticalScrollBar();
    t.restart();
    int pages = 0;
    bar->setValue(0);
    while (bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        ++pages;
    }
    const qint64 scrollMs = t.elapsed();
    print("scroll top to bottom, page by page, repaint", scrollMs,
          QStringLiteral("%1 pages, %2 ms per page").arg(pages).arg(double(scrollMs) / qMax(1, pages), 0, 'f', 3));

    t.restart();
    dock.hideInfoAction()->setChecked(true);
    dock.hideTlsAction()->setChecked(true);
    QApplication::processEvents();
    const qint64 filterMs = t.elapsed();
    print("hide info + TLS on 100 000 rows", filterMs,
          QStringLiteral("%1 rows left").arg(dock.proxy()->rowCount()));

    t.restart();
    dock.hideInfoAction()->setChecked(false);
    dock.hideTlsAction()->setChecked(false);
    view->setCurrentIndex(dock.proxy()->index(0, 0));
    dock.searchField()->setText(QStringLiteral("user99997@"));
    const bool found = dock.findNext();
    const qint64 searchMs = t.elapsed();
    print("unfilter + search to the last match", searchMs, found ? QStringLiteral("found") : QStringLiteral("not found"));

    t.restart();
    const QString html = dock.toHtml();
    print("render the whole log as HTML", t.elapsed(),
          QStringLiteral("%1 MB").arg(double(html.size() * 2) / 1e6, 0, 'f', 1));
    return found ? 0 : 1;
}
