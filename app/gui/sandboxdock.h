#pragma once

#include <QDockWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;

namespace Sendscope::Gui {

class InboxModel;
class InboxView;
class LogItemDelegate;
class SandboxController;

// The built-in sandbox server as the window shows it: where it listens and how to log in
// (host, port, user, password and certificate SHA-256, each with a copy button, so other
// programs can use it), a start/stop toggle, the inbox, and the sandbox's own side of every
// conversation in a log of its own — kept apart from the client's protocol log so the
// two sides are never mixed up (both number their connections independently).
class SandboxDock : public QDockWidget
{
    Q_OBJECT
public:
    SandboxDock(SandboxController *controller, QWidget *parent = nullptr);

    InboxModel *inboxModel() const { return m_inboxModel; }
    InboxView *inboxView() const { return m_inbox; }
    QTabWidget *tabs() const { return m_tabs; }
    QListView *serverLogView() const { return m_logView; }
    QPushButton *runButton() const { return m_runButton; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *hintLabel() const { return m_hint; }
    QLineEdit *hostField() const { return m_host; }
    QLineEdit *portField() const { return m_port; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *fingerprintField() const { return m_fingerprint; }

private:
    void updateServer();
    void updateTitle();
    QLineEdit *addField(QGridLayout *grid, int row, int column, const QString &label,
                        const QString &objectName, int span = 1);

    SandboxController *m_controller;
    InboxModel *m_inboxModel;
    InboxView *m_inbox;
    QTabWidget *m_tabs;
    QListView *m_logView;
    LogItemDelegate *m_delegate;
    QPushButton *m_runButton;
    QLabel *m_status;
    QLabel *m_hint;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_fingerprint = nullptr;
};

} // namespace Sendscope::Gui
