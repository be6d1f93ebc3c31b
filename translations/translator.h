#pragma once

#include <QString>

class QCoreApplication;

namespace Sendscope {

// Installs Sendscope's translation and Qt's own (qtbase) for `language` ("de", "zh_CN"), or
// for the system locale when it is empty. Returns the language loaded, empty for English.
QString installTranslations(QCoreApplication *app, const QString &language = QString());
// Languages with a translation built in, e.g. {"de", "es", "fr", "zh_CN"}.
QStringList availableLanguages();

} // namespace Sendscope
