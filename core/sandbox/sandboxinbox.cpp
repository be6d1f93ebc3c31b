#include "sandboxinbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace Sendscope {

QString SandboxInbox::emlPath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".eml");
}

QString SandboxInbox::envelopePath(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString SandboxInbox::newId(quint32 connectionId)
{
    const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
    return stamp + QStringLiteral("-c") + QString::number(connectionId) + QLatin1Char('-')
            + QString::number(QRandomGenerator::system()->generate(), 16)
                      .rightJustified(8, QLatin1Char('0'));
}

bool SandboxInbox::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 100)
        return false;
    for (QChar c : id) {
        const ushort u = c.unicode();
        const bool ok = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                || u == '-' || u == '.';
        if (!ok)
            return false;
    }
    return !id.startsWith(QLatin1Char('.'));
}

QList<SandboxEnvelope> SandboxInbox::messages() const
{
    QList<SandboxEnvelope> out;
    const QStringList emls
            = QDir(m_dir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : emls) {
        const QString id = name.chopped(4);
        QFile f(envelopePath(id));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        SandboxEnvelope e = SandboxEnvelope::fromJson(
                QJsonDocument::fromJson(f.read(4 * 1024 * 1024)).object());
        e.id = id;
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SandboxEnvelope &a, const SandboxEnvelope &b) {
                         return a.received < b.received;
                     });
    return out;
}

bool SandboxInbox::remove(const QString &id) const
{
    if (!isValidId(id))
        return false;
    // The .eml first: without it the pair no longer counts, even if the .json stays.
    const bool ok = QFile::remove(emlPath(id));
    QFile::remove(envelopePath(id));
    return ok;
}

int SandboxInbox::clear() const
{
    int n = 0;
    const QList<SandboxEnvelope> all = messages();
    for (const SandboxEnvelope &e : all)
        n += remove(e.id) ? 1 : 0;
    return n;
}

} // namespace Sendscope
