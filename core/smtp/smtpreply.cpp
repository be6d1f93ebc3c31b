#include "smtpreply.h"

namespace Sendscope {

QString SmtpReply::summary() const
{
    QString s = QString::number(code);
    if (!enhancedCode.isEmpty())
        s += QLatin1Char(' ') + enhancedCode;
    const QString t = text();
    if (!t.isEmpty())
        s += QLatin1Char(' ') + t;
    return s;
}

} // namespace Sendscope
