#pragma once

#include "sandboxenvelope.h"

#include <QList>
#include <QString>

namespace Sendscope {

// The folder of stored messages: <id>.eml plus its <id>.json envelope. Only complete pairs
// count; a write in progress is a temporary file that never ends in .eml.
class SandboxInbox
{
public:
    explicit SandboxInbox(const QString &directory)
        : m_dir(directory)
    {
    }

    QString directory() const { return m_dir; }
    QString emlPath(const QString &id) const;
    QString envelopePath(const QString &id) const;

    // Every stored message, oldest first.
    QList<SandboxEnvelope> messages() const;
    bool remove(const QString &id) const;
    // Removes every stored message; returns how many.
    int clear() const;

    // A new id: UTC time, connection and a random part, so parallel connections never collide
    // and names sort by arrival.
    static QString newId(quint32 connectionId);
    // Ids are file stems made by newId(); anything else (a path, "..") is refused.
    static bool isValidId(const QString &id);

private:
    QString m_dir;
};

} // namespace Sendscope
