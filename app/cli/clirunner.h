#pragma once

#include "clioptions.h"
#include "messagesource.h"

#include "smtp/smtpsession.h"

#include <QFile>
#include <QObject>

#include <optional>

namespace Sendscope::Cli {

// Runs one send for sendscope-cli: builds the message, drives an SmtpSession, writes the
// transcript, and ends with a sentence on stderr and an exit code.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    // Validates input and starts; returns an exit code when it cannot start.
    int start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void onLog(const Sendscope::LogRecord &record);
    void onMessageFinished(const Sendscope::MailResult &result);
    void onFinished(const Sendscope::SmtpError &error);
    void printFailure(const SmtpError &error);
    bool obtainSecret(QString *secret, QString *error);
    // --account without a password option: the keychain, asynchronously with a timeout.
    void readAccountSecret();
    void onAccountSecret(const QString &secret, const QString &problem);
    void connectAndSend();

    CliOptions m_options;
    MessageSource m_source;
    SmtpSession m_session;
    QFile m_transcript;
    std::optional<MailResult> m_result;
    qint64 m_startMsecs = 0;
};

} // namespace Sendscope::Cli
