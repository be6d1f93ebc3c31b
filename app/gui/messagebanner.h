#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Sendscope::Gui {

// A message strip above the composer: what happened, the server's own words and what to
// try. Colours come from the palette (a tinted window colour), so it reads in dark mode.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Positive, Information, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    // title: one line in bold; text: the cause; serverWords: quoted as the server sent them;
    // suggestion: what to try. Empty parts are hidden.
    void showMessage(Kind kind, const QString &title, const QString &text,
                     const QString &serverWords = QString(), const QString &suggestion = QString());
    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;
    QString serverWords() const;
    QString suggestion() const;

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_server;
    QLabel *m_suggestion;
    QToolButton *m_close;
};

} // namespace Sendscope::Gui
