#include "fileopenfilter.h"

#include "mainwindow.h"

#include <QFileOpenEvent>

namespace Sendscope::Gui {

FileOpenFilter::FileOpenFilter(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const auto *open = static_cast<QFileOpenEvent *>(event);
        const QUrl url = open->url();
        // A link stays percent-encoded here: MailtoParser decodes each part itself.
        const QString target = url.isLocalFile() || url.isEmpty() ? open->file()
                                                                  : url.toString(QUrl::FullyEncoded);
        if (!target.isEmpty()) {
            m_window->openTarget(target);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Sendscope::Gui
