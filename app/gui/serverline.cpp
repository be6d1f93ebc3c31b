#include "serverline.h"

#include <QRegularExpression>

namespace Sendscope::Gui {

ServerLine ServerLine::parse(const QString &line)
{
    // RFC 5321 §4.2: three digits, then "-" (more lines follow) or " " or the end.
    static const QRegularExpression re(
            QStringLiteral("^([2-5][0-9][0-9])(?:[ -](?:([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?: |$))?(.*))?$"));
    ServerLine s;
    const auto m = re.match(line);
    if (!m.hasMatch()) {
        s.text = line;
        return s;
    }
    s.code = m.captured(1).toInt();
    s.enhanced = m.captured(2);
    s.text = m.captured(3);
    return s;
}

} // namespace Sendscope::Gui
