#pragma once

#include <QObject>

namespace Sendscope::Gui {

class MainWindow;

// macOS hands a clicked mailto: link or a double-clicked .eml to the running application
// as a QFileOpenEvent, not in argv. Installed on the application, it opens them in the
// window.
class FileOpenFilter : public QObject
{
    Q_OBJECT
public:
    FileOpenFilter(MainWindow *window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
};

} // namespace Sendscope::Gui
