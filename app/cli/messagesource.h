#pragma once

#include "clioptions.h"

#include <QIODevice>
#include <QStringList>

#include <memory>

namespace Sendscope::Cli {

// The message the CLI sends and its envelope, built from the options before connecting.
struct MessageSource
{
    std::unique_ptr<QIODevice> device;  // read from its start to its end by the session
    qint64 size = -1;
    bool eightBit = false;
    QString envelopeFrom;
    QStringList envelopeRecipients;     // To + Cc + Bcc, addresses only
};

// Returns false and sets *error (naming the field and what is wrong) on bad input.
bool buildMessageSource(const CliOptions &options, MessageSource *out, QString *error);

// --eml-out: copies the message from its start to `path` in chunks (QSaveFile: the file is
// complete or untouched) and rewinds the device so it can still be sent.
bool writeEmlFile(MessageSource *source, const QString &path, QString *error);

} // namespace Sendscope::Cli
