#include "clioptions.h"

#include "exitcodes.h"
#include "accounts/accountsecrets.h"
#include "accounts/accountstore.h"
#include "mime/mailbox.h"
#include "tls/certificateinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

namespace Sendscope::Cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("Sendscope::Cli", s);
}

QStringList splitList(const QStringList &values)
{
    // "a@x, b@y" and repeated options both work; a quoted display name may hold a comma.
    QStringList out;
    for (const QString &v : values) {
        QList<Mime::Mailbox> boxes;
        QString err;
        if (Mime::Mailbox::parseList(v, &boxes, &err)) {
            for (const Mime::Mailbox &b : std::as_const(boxes))
                out.append(b.displayName.isEmpty()
                                   ? b.address
                                   : QLatin1Char('"') + b.displayName + QStringLiteral("\" <")
                                           + b.address + QLatin1Char('>'));
        } else {
            out.append(v); // validated (and reported) later, with the field name
        }
    }
    return out;
}

bool validHeaderName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        const ushort u = c.unicode();
        if (u < 33 || u > 126 || u == ':')
            return false;
    }
    return true;
}

} // namespace

int parseArguments(const QStringList &arguments, CliOptions *o, QString *message, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(
            tr("Send one message through an SMTP submission server and show the conversation."));
    p.addHelpOption();
    p.addVersionOption();
    auto opt = [&p](const QString &name, const QString &desc, const QString &value = QString()) {
        p.addOption(QCommandLineOption(name, desc, value));
    };
    opt(QStringLiteral("account"), tr("Use a saved account of the Sendscope window (its name); "
                                      "other options override its fields, and its password "
                                      "comes from the system keychain."),
        QStringLiteral("NAME"));
    opt(QStringLiteral("settings-dir"), tr("Read accounts from DIR/sendscope.ini instead of the "
                                           "usual place (also env SENDSCOPE_SETTINGS)."),
        QStringLiteral("DIR"));
    opt(QStringLiteral("server"), tr("SMTP server host name (env SMTP_HOST)."), QStringLiteral("HOST"));
    opt(QStringLiteral("port"), tr("Port (env SMTP_PORT; default 587, 465 or 25 by security)."), QStringLiteral("N"));
    opt(QStringLiteral("security"), tr("starttls (default), tls or none."), QStringLiteral("MODE"));
    opt(QStringLiteral("allow-plaintext-auth"), tr("Allow credentials over an unencrypted connection."));
    opt(QStringLiteral("auth"), tr("auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer."), QStringLiteral("MECH"));
    opt(QStringLiteral("user"), tr("User name (env SMTP_USER)."), QStringLiteral("NAME"));
    opt(QStringLiteral("password-env"), tr("Read the password from this environment variable."), QStringLiteral("VAR"));
    opt(QStringLiteral("password-stdin"), tr("Read the password from standard input."));
    opt(QStringLiteral("oauth-token-env"), tr("Read an OAuth bearer token from this environment variable."), QStringLiteral("VAR"));
    opt(QStringLiteral("from"), tr("Sender address (env SMTP_FROM)."), QStringLiteral("ADDR"));
    opt(QStringLiteral("to"), tr("Recipient; repeatable, comma lists allowed (env SMTP_RECIPIENT)."), QStringLiteral("ADDR"));
    opt(QStringLiteral("cc"), tr("Copy recipient; repeatable."), QStringLiteral("ADDR"));
    opt(QStringLiteral("bcc"), tr("Blind copy recipient (envelope only); repeatable."), QStringLiteral("ADDR"));
    opt(QStringLiteral("reply-to"), tr("Reply-To address; repeatable."), QStringLiteral("ADDR"));
    opt(QStringLiteral("subject"), tr("Subject."), QStringLiteral("TEXT"));
    opt(QStringLiteral("body"), tr("Message text."), QStringLiteral("TEXT"));
    opt(QStringLiteral("body-file"), tr("Read the message text from a file."), QStringLiteral("FILE"));
    opt(QStringLiteral("html-file"), tr("HTML alternative of the text; an --attach file the HTML "
                                        "names as \"cid:FILENAME\" becomes an inline image."),
        QStringLiteral("FILE"));
    opt(QStringLiteral("attach"), tr("Attach a file; repeatable."), QStringLiteral("FILE"));
    opt(QStringLiteral("header"), tr("Extra header \"Name: value\"; repeatable."), QStringLiteral("HEADER"));
    opt(QStringLiteral("eml"), tr("Send a ready RFC 5322 file as it is."), QStringLiteral("FILE"));
    opt(QStringLiteral("eml-out"), tr("Also write the message to this .eml file."), QStringLiteral("FILE"));
    opt(QStringLiteral("dry-run"), tr("Compose the message without connecting (use with --eml-out)."));
    opt(QStringLiteral("ehlo"), tr("Name to send with EHLO."), QStringLiteral("NAME"));
    opt(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), QStringLiteral("PEM"));
    opt(QStringLiteral("pin-sha256"), tr("Accept exactly the server certificate with this SHA-256 fingerprint."), QStringLiteral("HEX"));
    opt(QStringLiteral("timeout"), tr("Seconds to wait at each step (default: RFC 5321 values)."), QStringLiteral("SECONDS"));
    opt(QStringLiteral("transcript"), tr("Write the conversation to a file."), QStringLiteral("FILE"));
    opt(QStringLiteral("verbose"), tr("Show the conversation on standard error."));

    if (!p.parse(arguments)) {
        *message = p.errorText();
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *message = p.helpText();
        *exitNow = true;
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("version"))) {
        *message = QCoreApplication::applicationName() + QLatin1Char(' ')
                + QCoreApplication::applicationVersion();
        *exitNow = true;
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument \"%1\".").arg(p.positionalArguments().constFirst());
        return ExitUsage;
    }
    auto fail = [message](const QString &m) {
        *message = m;
        return int(ExitUsage);
    };

    SessionOptions &s = o->session;
    // --account: the saved account is the base; the command line overrides its fields and
    // the SMTP_* environment variables are not consulted for them.
    const bool useAccount = p.isSet(QStringLiteral("account"));
    Account account;
    if (useAccount) {
        const auto settings = AccountSecrets::openSettings(p.value(QStringLiteral("settings-dir")));
        AccountStore store(settings.get());
        account = store.findByName(p.value(QStringLiteral("account")));
        if (account.id.isEmpty()) {
            QStringList names;
            const QList<Account> all = store.accounts();
            for (const Account &a : all)
                names.append(a.name);
            return fail(tr("No saved account named \"%1\" in %2 (saved: %3).")
                                .arg(p.value(QStringLiteral("account")), settings->fileName(),
                                     names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        }
        s = account.sessionOptions();
        s.authMechanism = account.authMechanism;
        o->accountId = account.id;
        o->accountName = account.name;
    }
    auto value = [&p, useAccount](const char *name, const char *env = nullptr) {
        const QString n = QString::fromLatin1(name);
        if (p.isSet(n))
            return p.value(n);
        return env && !useAccount ? qEnvironmentVariable(env) : QString();
    };
    o->dryRun = p.isSet(QStringLiteral("dry-run"));
    o->emlOut = p.value(QStringLiteral("eml-out"));
    const QString host = value("server", "SMTP_HOST");
    if (!useAccount || !host.isEmpty())
        s.host = host;
    if (s.host.isEmpty() && !o->dryRun)
        return fail(tr("No server given: use --server HOST or SMTP_HOST."));
    if (p.isSet(QStringLiteral("security"))
        && !parseSecurityMode(p.value(QStringLiteral("security")), &s.security))
        return fail(tr("--security must be starttls, tls or none, not \"%1\".")
                            .arg(p.value(QStringLiteral("security"))));
    const QString port = value("port", "SMTP_PORT");
    if (!port.isEmpty()) {
        bool ok = false;
        const uint v = port.toUInt(&ok);
        if (!ok || v == 0 || v > 65535)
            return fail(tr("The port \"%1\" is not a number from 1 to 65535.").arg(port));
        s.port = quint16(v);
    } else if (!useAccount || p.isSet(QStringLiteral("security"))) {
        s.port = defaultPort(s.security);
    }
    s.allowPlaintextAuth = p.isSet(QStringLiteral("allow-plaintext-auth"))
            || (useAccount && account.allowPlaintextAuth);
    if (p.isSet(QStringLiteral("auth"))) {
        const QString a = p.value(QStringLiteral("auth")).toLower();
        static const QStringList known = {
            QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("plain"),
            QStringLiteral("login"), QStringLiteral("cram-md5"), QStringLiteral("scram-sha-1"),
            QStringLiteral("scram-sha-256"), QStringLiteral("xoauth2"), QStringLiteral("oauthbearer")};
        if (!known.contains(a))
            return fail(tr("--auth \"%1\" is not one of: %2.").arg(a, known.join(QStringLiteral(", "))));
        s.authMechanism = a;
    }
    const QString user = value("user", "SMTP_USER");
    if (!useAccount || !user.isEmpty())
        s.user = user;
    if (!useAccount || p.isSet(QStringLiteral("ehlo")))
        s.ehloName = p.value(QStringLiteral("ehlo"));
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int t = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || t <= 0 || t > 24 * 3600)
            return fail(tr("--timeout must be a number of seconds, not \"%1\".")
                                .arg(p.value(QStringLiteral("timeout"))));
        s.timeoutSeconds = t;
        s.connectTimeoutSeconds = t;
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        const QString f = p.value(QStringLiteral("ca-file"));
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read --ca-file \"%1\": %2.").arg(f, file.errorString()));
        s.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (s.extraCaCertificates.isEmpty())
            return fail(tr("--ca-file \"%1\" holds no PEM certificate.").arg(f));
    }
    if (p.isSet(QStringLiteral("pin-sha256"))) {
        s.pinnedSha256 = normalizeFingerprint(p.value(QStringLiteral("pin-sha256")));
        if (s.pinnedSha256.isEmpty())
            return fail(tr("--pin-sha256 needs 64 hexadecimal digits (colons allowed)."));
    }

    o->passwordEnv = p.value(QStringLiteral("password-env"));
    o->passwordStdin = p.isSet(QStringLiteral("password-stdin"));
    o->oauthTokenEnv = p.value(QStringLiteral("oauth-token-env"));
    if (!o->passwordEnv.isEmpty() && o->passwordStdin)
        return fail(tr("Use either --password-env or --password-stdin, not both."));

    o->from = value("from", "SMTP_FROM");
    if (o->from.isEmpty() && useAccount)
        o->from = account.fromMailbox();
    if (o->from.isEmpty() && s.user.contains(QLatin1Char('@')))
        o->from = s.user;
    o->to = splitList(p.values(QStringLiteral("to")));
    if (o->to.isEmpty() && !qEnvironmentVariable("SMTP_RECIPIENT").isEmpty())
        o->to = splitList({qEnvironmentVariable("SMTP_RECIPIENT")});
    o->cc = splitList(p.values(QStringLiteral("cc")));
    o->bcc = splitList(p.values(QStringLiteral("bcc")));
    o->replyTo = splitList(p.values(QStringLiteral("reply-to")));
    o->subject = p.value(QStringLiteral("subject"));
    o->body = p.value(QStringLiteral("body"));
    o->bodyFile = p.value(QStringLiteral("body-file"));
    o->htmlFile = p.value(QStringLiteral("html-file"));
    o->attachments = p.values(QStringLiteral("attach"));
    o->emlFile = p.value(QStringLiteral("eml"));
    o->transcriptFile = p.value(QStringLiteral("transcript"));
    o->verbose = p.isSet(QStringLiteral("verbose"));

    if (o->from.isEmpty())
        return fail(tr("No sender given: use --from ADDR or SMTP_FROM."));
    if (o->to.isEmpty() && o->cc.isEmpty() && o->bcc.isEmpty())
        return fail(tr("No recipient given: use --to ADDR or SMTP_RECIPIENT."));
    if (p.isSet(QStringLiteral("body")) && !o->bodyFile.isEmpty())
        return fail(tr("Use either --body or --body-file, not both."));
    if (!o->emlFile.isEmpty()
        && (p.isSet(QStringLiteral("subject")) || p.isSet(QStringLiteral("body"))
            || !o->bodyFile.isEmpty() || !o->htmlFile.isEmpty() || !o->attachments.isEmpty()
            || p.isSet(QStringLiteral("header")) || !o->replyTo.isEmpty()))
        return fail(tr("--eml sends the file as it is; it cannot be combined with --subject, "
                       "--body, --body-file, --html-file, --attach, --header or --reply-to."));

    if (o->dryRun && o->emlOut.isEmpty())
        return fail(tr("--dry-run composes the message without sending it; give --eml-out FILE "
                       "to keep it."));
    if (!o->emlOut.isEmpty()) {
        const QFileInfo out(o->emlOut);
        if (out.isDir())
            return fail(tr("--eml-out \"%1\" is a folder.").arg(o->emlOut));
        for (const QString *in : {&o->emlFile, &o->bodyFile, &o->htmlFile}) {
            if (!in->isEmpty() && QFileInfo(*in) == out)
                return fail(tr("--eml-out \"%1\" would overwrite an input file.").arg(o->emlOut));
        }
        for (const QString &in : std::as_const(o->attachments)) {
            if (QFileInfo(in) == out)
                return fail(tr("--eml-out \"%1\" would overwrite an input file.").arg(o->emlOut));
        }
    }

    const QStringList headers = p.values(QStringLiteral("header"));
    for (const QString &h : headers) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (h.contains(QLatin1Char('\r')) || h.contains(QLatin1Char('\n')))
            return fail(tr("--header \"%1\" contains a line break; that would inject headers.")
                                .arg(QString(h).replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                                             .replace(QLatin1Char('\n'), QStringLiteral("\\n"))));
        const QString name = colon > 0 ? h.left(colon).trimmed() : QString();
        if (!validHeaderName(name))
            return fail(tr("--header \"%1\" must look like \"Name: value\".").arg(h));
        o->headers.append({name.toLatin1(), h.mid(colon + 1).trimmed()});
    }
    for (const QString *f : {&o->bodyFile, &o->htmlFile, &o->emlFile}) {
        if (!f->isEmpty() && !QFileInfo(*f).isReadable())
            return fail(tr("Cannot read the file \"%1\".").arg(*f));
    }
    for (const QString &f : std::as_const(o->attachments)) {
        if (!QFileInfo(f).isReadable() || QFileInfo(f).isDir())
            return fail(tr("Cannot read the attachment \"%1\".").arg(f));
    }
    return ExitOk;
}

} // namespace Sendscope::Cli
