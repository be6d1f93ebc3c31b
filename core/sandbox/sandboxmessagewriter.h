#pragma once

#include "sandboxenvelope.h"

#include <QSaveFile>
#include <QString>

#include <memory>

namespace Sendscope {

// Streams one message from DATA to disk. Nothing partial is ever visible: the bytes go to a
// QSaveFile (a temporary file) that becomes <id>.eml only in commit(); discard() or
// destruction without commit() leaves nothing behind.
class SandboxMessageWriter
{
public:
    SandboxMessageWriter(const QString &inboxDirectory, quint32 connectionId, qint64 limit);
    ~SandboxMessageWriter();

    bool open(QString *error);
    // Appends body bytes. Past the limit the file is dropped, but size() keeps counting.
    void write(const char *data, qsizetype length);
    qint64 size() const { return m_size; }
    bool overLimit() const { return m_size > m_limit; }
    QString id() const { return m_id; }

    // Writes <id>.json, then renames the body to <id>.eml.
    bool commit(SandboxEnvelope envelope, QString *error);
    void discard();

private:
    QString m_dir;
    QString m_id;
    qint64 m_limit;
    qint64 m_size = 0;
    bool m_failed = false;
    QString m_writeError;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace Sendscope
