#include "addresslineedit.h"

#include "mime/mailbox.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QStyle>

namespace Sendscope::Gui {

AddressLineEdit::AddressLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AddressLineEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, [this] {
        updateCompletionPrefix();
        // A problem already shown goes away as soon as the text is fixed; a new one waits
        // until the user leaves the field, so typing is not interrupted by red marks.
        if (isMarkedBad())
            validate();
    });
}

void AddressLineEdit::setCompletionModel(QAbstractItemModel *model)
{
    m_completer->setModel(model);
}

void AddressLineEdit::updateCompletionPrefix()
{
    const QString before = text().left(cursorPosition());
    const QString prefix = before.section(QLatin1Char(','), -1).trimmed();
    if (prefix.size() < 1) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void AddressLineEdit::insertCompletion(const QString &completion)
{
    // Replace only the address being typed: the part between the commas around the cursor.
    const QString all = text();
    const int cursor = cursorPosition();
    const int start = int(all.left(cursor).lastIndexOf(QLatin1Char(','))) + 1;
    int end = int(all.indexOf(QLatin1Char(','), cursor));
    if (end < 0)
        end = int(all.size());
    const QString head = all.left(start).trimmed();
    const QString tail = all.mid(end);
    QString result = head.isEmpty() ? completion : head + QLatin1Char(' ') + completion;
    if (tail.isEmpty())
        result += QStringLiteral(", ");
    const int newCursor = int(result.size());
    setText(result + tail);
    setCursorPosition(newCursor);
    if (isMarkedBad())
        validate();
}

void AddressLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();  // the completer handles them
            return;
        default: break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void AddressLineEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    validate();
}

bool AddressLineEdit::validate()
{
    QString problem;
    // A trailing comma left by completion is not an error.
    QString t = text().trimmed();
    while (t.endsWith(QLatin1Char(',')))
        t.chop(1);
    if (!t.isEmpty()) {
        QList<Mime::Mailbox> list;
        if (!Mime::Mailbox::parseList(t, &list, &problem) && problem.isEmpty())
            problem = tr("This is not a valid address list.");
    }
    setProblem(problem);
    return problem.isEmpty();
}

void AddressLineEdit::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    if (!problem.isEmpty() && !m_warning) {
        m_warning = addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                              QLineEdit::TrailingPosition);
    }
    if (m_warning) {
        m_warning->setVisible(!problem.isEmpty());
        m_warning->setToolTip(problem);
    }
    setToolTip(problem);
    setAccessibleDescription(problem);
    Q_EMIT validityChanged();
}

} // namespace Sendscope::Gui
