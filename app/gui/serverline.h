#pragma once

#include <QString>

namespace Sendscope::Gui {

// One server line of the log split for explaining: "250-2.1.0 Sender ok" gives code 250,
// enhanced "2.1.0" (RFC 3463) and the text.
struct ServerLine
{
    int code = 0;
    QString enhanced;
    QString text;

    static ServerLine parse(const QString &line);
};

} // namespace Sendscope::Gui
