#pragma once

#include <QDockWidget>

class QAction;
class QLineEdit;
class QListView;
class QSettings;
class QTextBrowser;
class QToolBar;

namespace Sendscope {
class ProtocolLogModel;
}

namespace Sendscope::Gui {

class LogFilterProxy;
class LogItemDelegate;

// The SMTP conversation as it happens: a list over ProtocolLogModel drawn by
// LogItemDelegate, filters, search, copy and save, and a pane that explains the selected
// reply in words (or shows the legend). Records arrive redacted; nothing here can reveal a
// secret because nothing here ever had one.
class ProtocolLogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProtocolLogDock(ProtocolLogModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    LogFilterProxy *proxy() const { return m_proxy; }
    LogItemDelegate *delegate() const { return m_delegate; }
    QAction *relativeTimeAction() const { return m_relativeAction; }
    QAction *hideTlsAction() const { return m_hideTlsAction; }
    QAction *hideInfoAction() const { return m_hideInfoAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *clearAction() const { return m_clearAction; }
    QLineEdit *searchField() const { return m_search; }
    QString detailsText() const;

    void setHost(const QString &host);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    // Plain lines of the selected rows (in log order), as Copy puts them on the clipboard.
    QString selectedText() const;
    bool saveTo(const QString &path, bool html, QString *error) const;
    QString toHtml() const;

public Q_SLOTS:
    void focusSearch();
    // Selects the next (or previous) row containing the search text; false when none.
    bool findNext(bool backwards = false);
    void copySelection();
    void showLegend();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDetails();
    QString legendHtml() const;
    QString rowHtml(const QModelIndex &index) const;
    void startSave();

    ProtocolLogModel *m_model;
    LogFilterProxy *m_proxy;
    LogItemDelegate *m_delegate;
    QListView *m_view;
    QTextBrowser *m_details;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QAction *m_relativeAction;
    QAction *m_hideTlsAction;
    QAction *m_hideInfoAction;
    QAction *m_copyAction;
    QAction *m_saveAction;
    QAction *m_clearAction;
    QAction *m_legendAction;
    QString m_host;
    bool m_stickToBottom = true;
};

} // namespace Sendscope::Gui
