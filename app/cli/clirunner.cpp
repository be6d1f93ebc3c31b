#include "clirunner.h"

#include "exitcodes.h"
#include "passwordprompt.h"

#include "accounts/accountsecrets.h"
#include "smtp/explain/replyexplainer.h"

#ifdef SENDSCOPE_HAVE_KEYCHAIN
#include "secrets/keychainsecretstore.h"
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

namespace Sendscope::Cli {

namespace {

void printErr(const QString &line)
{
    const QByteArray b = line.toLocal8Bit() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    connect(&m_session, &SmtpSession::logRecord, this, &CliRunner::onLog);
    connect(&m_session, &SmtpSession::messageFinished, this, &CliRunner::onMessageFinished);
    connect(&m_session, &SmtpSession::finished, this, &CliRunner::onFinished);
    // The CLI cannot show a dialog: an untrusted certificate is refused; --ca-file and
    // --pin-sha256 are how a user says otherwise.
    connect(&m_session, &SmtpSession::tlsDecisionRequired, this,
            [this] { m_session.resolveTlsDecision(false); });
    connect(&m_session, &SmtpSession::credentialsRequired, this,
            [this] { m_session.provideSecret(QString()); });
}

bool CliRunner::obtainSecret(QString *secret, QString *error)
{
    const QString mech = m_options.session.authMechanism;
    const bool token = mech == QLatin1String("xoauth2") || mech == QLatin1String("oauthbearer");
    if (!m_options.oauthTokenEnv.isEmpty()) {
        *secret = qEnvironmentVariable(m_options.oauthTokenEnv.toLocal8Bit().constData());
        if (secret->isEmpty()) {
            *error = tr("The environment variable %1 (--oauth-token-env) is empty or not set.")
                             .arg(m_options.oauthTokenEnv);
            return false;
        }
        return true;
    }
    if (token) {
        *error = tr("--auth %1 needs a token: use --oauth-token-env VAR.").arg(mech);
        return false;
    }
    if (!m_options.passwordEnv.isEmpty()) {
        *secret = qEnvironmentVariable(m_options.passwordEnv.toLocal8Bit().constData());
        if (secret->isEmpty()) {
            *error = tr("The environment variable %1 (--password-env) is empty or not set.")
                             .arg(m_options.passwordEnv);
            return false;
        }
        return true;
    }
    if (m_options.passwordStdin) {
        if (!readSecretFromStdin(secret) || secret->isEmpty()) {
            *error = tr("No password arrived on standard input (--password-stdin).");
            return false;
        }
        return true;
    }
    *secret = qEnvironmentVariable("SMTP_PASS");
    if (!secret->isEmpty())
        return true;
    if (stdinIsTerminal()) {
        if (!readPasswordNoEcho(tr("Password for %1 at %2: ")
                                        .arg(m_options.session.user, m_options.session.host),
                                secret)
            || secret->isEmpty()) {
            *error = tr("No password was typed.");
            return false;
        }
        return true;
    }
    *error = tr("A user name was given but no password: use --password-env VAR, "
                "--password-stdin, SMTP_PASS, or run in a terminal to be asked.");
    return false;
}

int CliRunner::start()
{
    QString error;
    if (!buildMessageSource(m_options, &m_source, &error)) {
        printErr(error);
        return ExitUsage;
    }
    if (!m_options.emlOut.isEmpty() && !writeEmlFile(&m_source, m_options.emlOut, &error)) {
        printErr(error);
        return ExitUsage;
    }
    if (m_options.dryRun) {
        printErr(tr("Dry run: the message (%1 bytes) was written to \"%2\"; nothing was sent.")
                         .arg(m_source.size)
                         .arg(m_options.emlOut));
        return ExitOk; // main() returns before the event loop: no connection is made
    }
    if (!m_options.transcriptFile.isEmpty()) {
        m_transcript.setFileName(m_options.transcriptFile);
        if (!m_transcript.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            printErr(tr("Cannot write the transcript \"%1\": %2.")
                             .arg(m_options.transcriptFile, m_transcript.errorString()));
            return ExitUsage;
        }
        m_transcript.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString mech = m_options.session.authMechanism;
    if (!m_options.session.user.isEmpty() && mech != QLatin1String("none")) {
        const bool explicitSecret = !m_options.passwordEnv.isEmpty() || m_options.passwordStdin
                || !m_options.oauthTokenEnv.isEmpty();
        if (!m_options.accountId.isEmpty() && !explicitSecret) {
            readAccountSecret();
            return -1;
        }
        QString secret;
        if (!obtainSecret(&secret, &error)) {
            printErr(error);
            return ExitUsage;
        }
        m_session.setSecret(secret);
    }
    connectAndSend();
    return -1;
}

void CliRunner::readAccountSecret()
{
#ifdef SENDSCOPE_HAVE_KEYCHAIN
    auto *store = new KeychainSecretStore(AccountSecrets::serviceName(), this);
    Account a;
    a.id = m_options.accountId;
    a.authMechanism = m_options.session.authMechanism;
    SecretJob *job = store->readSecret(AccountSecrets::secretKey(a));
    connect(job, &SecretJob::finished, this, [this, store](SecretJob *j) {
        QString problem;
        if (j->error() == SecretJob::Error::NotFound)
            problem = tr("The keychain holds no password for the account \"%1\".")
                              .arg(m_options.accountName);
        else if (j->error() != SecretJob::Error::None)
            problem = tr("The keychain is not available: %1").arg(j->errorString());
        const QString secret = j->error() == SecretJob::Error::None ? j->secret() : QString();
        store->deleteLater();
        onAccountSecret(secret, problem);
    });
#else
    QTimer::singleShot(0, this, [this] {
        onAccountSecret(QString(), tr("This build has no keychain support."));
    });
#endif
}

void CliRunner::onAccountSecret(const QString &secret, const QString &problem)
{
    QString chosen = secret;
    if (chosen.isEmpty()) {
        // Not in the keychain: the usual ways (SMTP_PASS, a prompt on a terminal).
        if (m_options.verbose && !problem.isEmpty())
            printErr(problem);
        QString error;
        if (!obtainSecret(&chosen, &error)) {
            printErr(problem.isEmpty() ? error : problem + QLatin1Char(' ') + error);
            Q_EMIT done(ExitUsage);
            return;
        }
    } else if (m_options.verbose) {
        printErr(tr("Using the password of the account \"%1\" from the keychain.")
                         .arg(m_options.accountName));
    }
    m_session.setSecret(chosen);
    connectAndSend();
}

void CliRunner::connectAndSend()
{
    m_session.setOptions(m_options.session);
    m_startMsecs = QDateTime::currentMSecsSinceEpoch();
    MailJob job;
    job.from = m_source.envelopeFrom;
    job.recipients = m_source.envelopeRecipients;
    job.body = m_source.device.get();
    job.size = m_source.size;
    job.eightBit = m_source.eightBit;
    m_session.send(job);
    m_session.quit();
}

void CliRunner::onLog(const LogRecord &record)
{
    const QString line = record.toPlainLine(m_startMsecs);
    if (m_transcript.isOpen()) {
        m_transcript.write(line.toUtf8());
        m_transcript.write("\n");
        m_transcript.flush();
    }
    if (m_options.verbose)
        printErr(line);
}

void CliRunner::onMessageFinished(const MailResult &result)
{
    m_result = result;
}

void CliRunner::printFailure(const SmtpError &error)
{
    // Details and the meaning first; the last line says what happened at which step (with
    // the server's own reply) and what to try.
    const Explanation ex = ReplyExplainer::explainError(error, m_session.options());
    if (!error.detail.isEmpty())
        printErr(error.detail);
    if (!ex.isEmpty())
        printErr(tr("What it means: %1").arg(ex.sentence));
    if (!ex.reference.isEmpty())
        printErr(tr("Reference: %1").arg(ex.reference));
    QString suggestion = ex.suggestion;
    if (error.kind == SmtpError::Kind::Certificate)
        suggestion = tr("If you trust this server, pass its CA with --ca-file PEM or pin the "
                        "certificate with --pin-sha256 and the fingerprint above.");
    if (error.kind == SmtpError::Kind::AuthUnavailable
        && m_options.session.security == SecurityMode::None && !m_session.isEncrypted())
        suggestion = tr("Use --security starttls or tls, or pass --allow-plaintext-auth if you "
                        "accept that the password travels unencrypted.");
    if (suggestion.isEmpty())
        printErr(error.message);
    else
        printErr(tr("%1 What to try: %2").arg(error.message, suggestion));
}

void CliRunner::onFinished(const SmtpError &sessionError)
{
    int code = ExitOk;
    if (m_result) {
        const MailResult &r = *m_result;
        code = exitCodeFor(r);
        // DESIGN.md: in MAIL/RCPT/DATA a temporary refusal followed by the server closing
        // the connection is a lost connection (2), not a rejection (5).
        if (code == ExitRejected && r.error.isTemporary() && sessionError.serverClosed)
            code = ExitConnection;
        if (code == ExitOk) {
            printErr(tr("Sent: %1 accepted the message for %n recipient(s): %2", nullptr,
                        int(r.recipients.size()))
                             .arg(m_options.session.host, r.finalReply.summary()));
        } else if (code == ExitPartial) {
            QStringList refused;
            for (const RecipientResult &rr : r.recipients) {
                if (!rr.accepted())
                    refused.append(QStringLiteral("%1 (%2)").arg(rr.address, rr.reply.summary()));
            }
            printErr(tr("Refused: %1").arg(refused.join(QStringLiteral(", "))));
            printFailure(r.error);
        } else {
            printFailure(r.error);
        }
    } else {
        code = exitCodeFor(sessionError);
        if (code == ExitOk)
            code = ExitConnection;
        printFailure(sessionError);
    }
    if (m_transcript.isOpen())
        m_transcript.close();
    Q_EMIT done(code);
}

} // namespace Sendscope::Cli
