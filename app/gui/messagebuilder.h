#pragma once

#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sendscope::Gui {

// The composer's fields as typed, before any checking.
struct ComposedMessage
{
    QString from;          // "Name <address>" of the chosen identity
    QString to;            // comma-separated lists as typed
    QString cc;
    QString bcc;
    QString subject;
    QString body;          // plain text
    QString html;          // rich text alternative; empty for plain only
    QStringList attachments; // file paths
    // Further header fields sent as they are (In-Reply-To, References, X-… kept from an
    // opened .eml); the writer validates them.
    QList<QPair<QByteArray, QString>> headers;
};

// A message ready for the session: the RFC 5322 bytes as a device, and the envelope.
struct BuiltMessage
{
    std::unique_ptr<QIODevice> device; // open for reading, positioned at its start
    qint64 size = -1;
    bool eightBit = false;
    QString envelopeFrom;
    QStringList envelopeRecipients;    // To + Cc + Bcc, addresses only, no duplicates
};

enum class BuildPurpose {
    Send,   // every check: a sender and at least one recipient
    Draft,  // a draft may lack recipients
};

// The one place a composed message becomes bytes. Returns false and sets *error (naming the
// field and what is wrong) when it cannot be built.
bool buildMessage(const ComposedMessage &in, BuildPurpose purpose, BuiltMessage *out,
                  QString *error);

} // namespace Sendscope::Gui
