#include "smtperror.h"

#include <QMetaEnum>

namespace Sendscope {

QString SmtpError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

QString SmtpError::stepName(Step step)
{
    return QString::fromLatin1(QMetaEnum::fromType<Step>().valueToKey(int(step)));
}

} // namespace Sendscope
