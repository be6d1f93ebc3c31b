#pragma once

#include "smtp/sessionoptions.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sendscope::Cli {

// Everything sendscope-cli was asked to do, parsed and validated before any connection.
struct CliOptions
{
    SessionOptions session;
    QString passwordEnv;
    bool passwordStdin = false;
    QString oauthTokenEnv;

    QString from;
    QStringList to, cc, bcc;
    QStringList replyTo;
    QString subject;
    QString body;
    QString bodyFile;
    QString htmlFile;
    QStringList attachments;
    QList<QPair<QByteArray, QString>> headers;
    QString emlFile;
    // --dry-run: compose (and with --eml-out write) the message but never connect.
    bool dryRun = false;
    // --eml-out: the composed (or --eml) message is also written to this file.
    QString emlOut;

    QString transcriptFile;
    bool verbose = false;

    // --account NAME: the saved account the session options started from (its secret is
    // read from the keychain unless a password option was given).
    QString accountId;
    QString accountName;
};

// Parses arguments (and the lab's SMTP_* environment variables; the command line wins).
// Returns 0 to go on, or an exit code after printing help, the version, or an error naming
// the bad option to *message.
int parseArguments(const QStringList &arguments, CliOptions *options, QString *message,
                   bool *exitNow);

} // namespace Sendscope::Cli
