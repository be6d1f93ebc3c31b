#include "sandboxconfig.h"

#include <QStandardPaths>

namespace Sendscope {

QString SandboxConfig::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sandbox");
}

} // namespace Sendscope
