#pragma once

#include <QLineEdit>

class QAbstractItemModel;
class QCompleter;

namespace Sendscope::Gui {

// A To/Cc/Bcc field: a comma-separated list checked as you type, with completion of the
// address being typed (the part after the last comma) from recently used addresses.
class AddressLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit AddressLineEdit(QWidget *parent = nullptr);

    void setCompletionModel(QAbstractItemModel *model);
    QCompleter *completer() const { return m_completer; }

    // Checks the text with Mailbox::parseList; marks the field and sets problem() when bad.
    bool validate();
    QString problem() const { return m_problem; }
    bool isMarkedBad() const { return !m_problem.isEmpty(); }

Q_SIGNALS:
    void validityChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void insertCompletion(const QString &completion);
    void updateCompletionPrefix();
    void setProblem(const QString &problem);

    QCompleter *m_completer;
    QAction *m_warning = nullptr;
    QString m_problem;
};

} // namespace Sendscope::Gui
