#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QModelIndex;

namespace Sendscope::Gui {

// How the protocol log shows meaning: one category per row (from the model's direction and
// reply-class roles) and a colour per category derived from the current palette, so the
// same code reads on a light and on a dark window.
namespace LogStyle {

enum class Category {
    Client,        // a command we wrote
    Positive,      // server 2xx
    Intermediate,  // server 3xx
    Transient,     // server 4xx
    Permanent,     // server 5xx
    Tls,           // handshake, certificate, cipher
    Info,          // what the session is doing
    Error,         // why it stopped
};

Category category(int direction, int replyClass);
Category category(const QModelIndex &index);

bool isDark(const QPalette &palette);
// Foreground colour for a category on the palette's base colour.
QColor color(Category category, const QPalette &palette);
// A background tint for rows that need to stand out (errors, 5xx).
QColor background(Category category, const QPalette &palette);
// a mixed with b: 0 gives b, 1 gives a.
QColor tint(const QColor &a, const QColor &b, qreal amount);

QString name(Category category);        // "Server 4xx", translated
QString description(Category category); // one sentence for the legend, translated
constexpr int CategoryCount = 8;

} // namespace LogStyle

} // namespace Sendscope::Gui
