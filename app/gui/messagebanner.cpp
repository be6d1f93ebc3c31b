#include "messagebanner.h"

#include "logstyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sendscope::Gui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_server(new QLabel(this))
    , m_suggestion(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAutoFillBackground(false);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 10, 8, 10);
    outer->setSpacing(12);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    outer->addWidget(m_icon, 0, Qt::AlignTop);

    auto *col = new QVBoxLayout;
    col->setSpacing(4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *l : {m_title, m_text, m_server, m_suggestion}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
        col->addWidget(l);
    }
    m_server->setObjectName(QStringLiteral("serverWords"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_server->setFont(mono);
    outer->addLayout(col, 1);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    outer->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &title, const QString &text,
                                const QString &serverWords, const QString &suggestion)
{
    m_kind = kind;
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_server->setText(serverWords.isEmpty() ? QString() : tr("The server said: %1").arg(serverWords));
    m_server->setVisible(!serverWords.isEmpty());
    m_suggestion->setText(suggestion.isEmpty() ? QString() : tr("What to try: %1").arg(suggestion));
    m_suggestion->setVisible(!suggestion.isEmpty());
    QStyle::StandardPixmap px = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Positive: px = QStyle::SP_DialogApplyButton; break;
    case Kind::Information: px = QStyle::SP_MessageBoxInformation; break;
    case Kind::Warning: px = QStyle::SP_MessageBoxWarning; break;
    case Kind::Error: px = QStyle::SP_MessageBoxCritical; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(px).pixmap(size, size));
    setAccessibleName(title);
    applyColors();
    show();
}

QString MessageBanner::title() const { return m_title->text(); }
QString MessageBanner::text() const { return m_text->text(); }
QString MessageBanner::serverWords() const { return m_server->text(); }
QString MessageBanner::suggestion() const { return m_suggestion->text(); }

void MessageBanner::applyColors()
{
    update();
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    QFrame::changeEvent(event);
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QColor accent;
    switch (m_kind) {
    case Kind::Positive: accent = LogStyle::color(LogStyle::Category::Positive, palette()); break;
    case Kind::Information: accent = palette().color(QPalette::Highlight); break;
    case Kind::Warning: accent = LogStyle::color(LogStyle::Category::Transient, palette()); break;
    case Kind::Error: accent = LogStyle::color(LogStyle::Category::Permanent, palette()); break;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(accent);
    p.setBrush(LogStyle::tint(accent, palette().color(QPalette::Window), 0.14));
    p.drawRoundedRect(r, 4, 4);
    // A solid bar on the leading edge carries the meaning for colour-blind readers too,
    // together with the icon.
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawRoundedRect(QRectF(r.left(), r.top(), 4, r.height()), 2, 2);
}

} // namespace Sendscope::Gui
