#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Sendscope::Gui {

// A strip above the composer after a file or link was opened: what was not kept, how many
// warnings, the full list behind "Details", and the user's choice about headers that can
// be sent again. Never blocks: the composer stays usable while it is shown.
class OpenNotice : public QFrame
{
    Q_OBJECT
public:
    explicit OpenNotice(QWidget *parent = nullptr);

    // keepable: names of header fields that may be sent again (empty: no choice offered).
    void showNotice(const QString &summary, const QString &details, const QStringList &keepable);

    QLabel *summaryLabel() const { return m_summary; }
    QToolButton *detailsButton() const { return m_detailsButton; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QCheckBox *keepHeadersBox() const { return m_keep; }

Q_SIGNALS:
    void keepHeadersChanged(bool keep);

private:
    QLabel *m_summary;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
    QCheckBox *m_keep;
    QToolButton *m_close;
};

} // namespace Sendscope::Gui
