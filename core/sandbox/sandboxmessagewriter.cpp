#include "sandboxmessagewriter.h"

#include "sandboxfiles.h"
#include "sandboxinbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Sendscope {

SandboxMessageWriter::SandboxMessageWriter(const QString &inboxDirectory, quint32 connectionId,
                                           qint64 limit)
    : m_dir(inboxDirectory)
    , m_id(SandboxInbox::newId(connectionId))
    , m_limit(limit)
{
}

SandboxMessageWriter::~SandboxMessageWriter()
{
    discard();
}

bool SandboxMessageWriter::open(QString *error)
{
    m_file = std::make_unique<QSaveFile>(SandboxInbox(m_dir).emlPath(m_id));
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = m_file->errorString();
        m_file.reset();
        return false;
    }
    return true;
}

void SandboxMessageWriter::write(const char *data, qsizetype length)
{
    m_size += length;
    if (!m_file || m_failed)
        return;
    if (m_size > m_limit) {
        discard(); // RFC 1870 §6.3: read to the end, store nothing, then 552
        return;
    }
    if (m_file->write(data, length) != length) {
        m_failed = true;
        m_writeError = m_file->errorString();
    }
}

bool SandboxMessageWriter::commit(SandboxEnvelope envelope, QString *error)
{
    if (!m_file || m_failed) {
        *error = m_failed ? m_writeError
                          : QCoreApplication::translate("Sendscope::SandboxMessageWriter",
                                                        "The message file is not open.");
        discard();
        return false;
    }
    envelope.id = m_id;
    envelope.size = m_size;
    const SandboxInbox inbox(m_dir);
    // The envelope first: whoever sees <id>.eml can rely on <id>.json being there.
    if (!SandboxFiles::writeAtomically(inbox.envelopePath(m_id),
                                       QJsonDocument(envelope.toJson()).toJson(), error)) {
        discard();
        return false;
    }
    if (!m_file->commit()) {
        *error = m_file->errorString();
        m_file.reset();
        QFile::remove(inbox.envelopePath(m_id));
        return false;
    }
    m_file.reset();
    return true;
}

void SandboxMessageWriter::discard()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file when not committed
    }
}

} // namespace Sendscope
