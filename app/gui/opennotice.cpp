#include "opennotice.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sendscope::Gui {

OpenNotice::OpenNotice(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel)
    , m_detailsButton(new QToolButton)
    , m_details(new QPlainTextEdit)
    , m_keep(new QCheckBox)
    , m_close(new QToolButton)
{
    setObjectName(QStringLiteral("openNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(QStringLiteral("openSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("openDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_details->setObjectName(QStringLiteral("openDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(140);
    m_details->hide();
    m_keep->setObjectName(QStringLiteral("keepHeadersBox"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this note"));
    m_close->setAccessibleName(tr("Close note"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_detailsButton, 0, Qt::AlignTop);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_keep);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_keep, &QCheckBox::toggled, this, &OpenNotice::keepHeadersChanged);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void OpenNotice::showNotice(const QString &summary, const QString &details,
                            const QStringList &keepable)
{
    m_summary->setText(summary);
    m_details->setPlainText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    // On by default: the reader keeps only fields that resending needs (threading, list and
    // custom X- fields); the user may still leave them out.
    m_keep->setChecked(true);
    m_keep->setText(tr("Keep %1 when sending").arg(keepable.join(QStringLiteral(", "))));
    m_keep->setVisible(!keepable.isEmpty());
    setAccessibleName(summary);
    show();
}

} // namespace Sendscope::Gui
