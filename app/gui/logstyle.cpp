#include "logstyle.h"

#include "log/logrecord.h"
#include "log/protocollogmodel.h"

#include <QCoreApplication>
#include <QModelIndex>

namespace Sendscope::Gui::LogStyle {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::Gui::LogStyle", s);
}

// Perceived lightness of a colour, 0..1 (Rec. 709 luma).
qreal luma(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

// Moves a hue to a lightness that keeps contrast with the base colour: dark text on a light
// base, light text on a dark one.
QColor readable(int hue, int saturation, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor c = QColor::fromHsl(hue, saturation, dark ? 185 : 85);
    // Yellow-green hues look lighter than their HSL lightness says; pull them down on light.
    if (!dark && luma(c) > 0.45)
        c = QColor::fromHsl(hue, saturation, 70);
    return c;
}

} // namespace

Category category(int direction, int replyClass)
{
    using D = LogRecord::Direction;
    using R = LogRecord::ReplyClass;
    switch (D(direction)) {
    case D::Client: return Category::Client;
    case D::Tls: return Category::Tls;
    case D::Info: return Category::Info;
    case D::Error: return Category::Error;
    case D::Server:
        switch (R(replyClass)) {
        case R::Positive: return Category::Positive;
        case R::Intermediate: return Category::Intermediate;
        case R::Transient: return Category::Transient;
        case R::Permanent:
        case R::None: // garbage from the server
            return Category::Permanent;
        }
    }
    return Category::Info;
}

Category category(const QModelIndex &index)
{
    return category(index.data(ProtocolLogModel::DirectionRole).toInt(),
                    index.data(ProtocolLogModel::ReplyClassRole).toInt());
}

bool isDark(const QPalette &palette)
{
    // Qt 6.4 has no QStyleHints::colorScheme: judge by the window colour itself.
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor tint(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() * amount + b.redF() * (1 - amount),
                            a.greenF() * amount + b.greenF() * (1 - amount),
                            a.blueF() * amount + b.blueF() * (1 - amount));
}

QColor color(Category c, const QPalette &palette)
{
    switch (c) {
    case Category::Client: return readable(215, 200, palette);       // blue
    case Category::Positive: return readable(135, 150, palette);     // green
    case Category::Intermediate: return readable(180, 170, palette); // teal
    case Category::Transient: return readable(32, 230, palette);     // amber
    case Category::Permanent: return readable(2, 200, palette);      // red
    case Category::Tls: return readable(280, 130, palette);          // violet
    case Category::Info:
        return tint(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.62);
    case Category::Error: return readable(350, 220, palette);        // crimson
    }
    return palette.color(QPalette::Text);
}

QColor background(Category c, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    switch (c) {
    case Category::Error:
    case Category::Permanent:
        return tint(color(c, palette), base, isDark(palette) ? 0.13 : 0.09);
    case Category::Transient: return tint(color(c, palette), base, isDark(palette) ? 0.11 : 0.08);
    default: return QColor();
    }
}

QString name(Category c)
{
    switch (c) {
    case Category::Client: return tr("Client command");
    case Category::Positive: return tr("Server 2xx");
    case Category::Intermediate: return tr("Server 3xx");
    case Category::Transient: return tr("Server 4xx");
    case Category::Permanent: return tr("Server 5xx");
    case Category::Tls: return tr("TLS");
    case Category::Info: return tr("Info");
    case Category::Error: return tr("Error");
    }
    return QString();
}

QString description(Category c)
{
    switch (c) {
    case Category::Client: return tr("What Sendscope wrote to the server.");
    case Category::Positive: return tr("The server accepted: done, go on.");
    case Category::Intermediate: return tr("The server waits for more (the message, a login step).");
    case Category::Transient: return tr("Refused for now: it may work later.");
    case Category::Permanent: return tr("Refused: the same request will fail again.");
    case Category::Tls: return tr("Encryption: handshake, cipher, certificate.");
    case Category::Info: return tr("What Sendscope is doing, in words.");
    case Category::Error: return tr("Why the session stopped.");
    }
    return QString();
}

} // namespace Sendscope::Gui::LogStyle
