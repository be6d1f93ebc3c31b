#include "sandboxcredentials.h"

#include "sandboxfiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Sendscope {

namespace {

// Letters and digits only, so the credentials survive a shell, a URL and a config file.
QString randomToken(int length)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const quint32 n = sizeof(alphabet) - 1;
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]));
    return out;
}

} // namespace

SandboxCredentials SandboxCredentials::generate()
{
    SandboxCredentials c;
    c.user = QStringLiteral("sandbox-") + randomToken(6).toLower();
    c.password = randomToken(24); // ~140 bits
    return c;
}

bool SandboxCredentials::loadOrCreate(const QString &directory, SandboxCredentials *out,
                                      QString *error)
{
    const QString path = directory + QLatin1Char('/') + fileName();
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
        const QString user = o.value(QStringLiteral("user")).toString();
        const QString password = o.value(QStringLiteral("password")).toString();
        if (!user.isEmpty() && !password.isEmpty()) {
            SandboxFiles::restrictToOwner(path);
            out->user = user;
            out->password = password;
            return true;
        }
    }
    const SandboxCredentials c = generate();
    QJsonObject o;
    o.insert(QStringLiteral("user"), c.user);
    o.insert(QStringLiteral("password"), c.password);
    if (!SandboxFiles::writeOwnerOnly(path, QJsonDocument(o).toJson(), error))
        return false;
    *out = c;
    return true;
}

} // namespace Sendscope
