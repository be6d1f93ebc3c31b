#pragma once

#include "message.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Sendscope::Mime {

// Bounds that keep any input — hostile or broken — to linear time and bounded memory.
struct ReadLimits
{
    int maxDepth = 64;                        // nested multiparts; deeper ones are skipped
    int maxParts = 10000;                     // body parts in one message; the rest skipped
    qsizetype maxHeaderBytes = 1 << 20;       // one header block; the rest of it is skipped
    qint64 fileThreshold = 1 << 20;           // decoded parts above go to a temporary file
    qint64 maxTextBytes = qint64(16) << 20;   // a text body above is kept as an attachment
    qint64 maxMemoryBytes = qint64(64) << 20; // all parts held in memory together
    int maxWarnings = 200;                    // further warnings are counted, not kept
    QString tempPath;                         // parent of the temporary folder; QDir::tempPath()
};

// What MessageReader made of one message.
struct ReadResult
{
    bool ok = false;      // false: `error` says why, and nothing else is set
    QString error;
    Message message;
    // Owns the files that large attachments were decoded to (Attachment::filePath points
    // into it). Keep it alive as long as the message is used — e.g. until it is sent or
    // saved again; the files are removed with the last copy. Null when none were needed.
    std::shared_ptr<QTemporaryDir> storage;
    // Things that were repaired or left out, one sentence each, for the user to read.
    QStringList warnings;
    // Header fields the composer does not model and leaves out when sending again (trace,
    // signatures, mailbox state, …), name and decoded value, in file order. The user may
    // put one back into message.headers.
    QList<QPair<QByteArray, QString>> droppedHeaders;
};

// Parses an RFC 5322 + MIME message into the Message the composer and MessageWriter use.
// Reads the device in chunks (never all at once): text bodies are held in memory, other
// parts above ReadLimits::fileThreshold are decoded to temporary files while they are
// read. Malformed input gives a best-effort message with warnings; only input with no
// header at all (not an e-mail) or an unreadable device gives ok == false.
class MessageReader
{
    Q_DECLARE_TR_FUNCTIONS(Sendscope::Mime::MessageReader)
public:
    explicit MessageReader(ReadLimits limits = ReadLimits());

    // The device must be open for reading and hold the whole message (a file, a buffer).
    ReadResult read(QIODevice *device) const;
    ReadResult readFile(const QString &path) const;
    ReadResult readBytes(const QByteArray &bytes) const;

    const ReadLimits &limits() const { return m_limits; }

private:
    ReadLimits m_limits;
};

} // namespace Sendscope::Mime
