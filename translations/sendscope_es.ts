<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Sendscope::CertificateInfo</name>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli</name>
    <message>
        <source>Send one message through an SMTP submission server and show the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server host name (env SMTP_HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (env SMTP_PORT; default 587, 465 or 25 by security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starttls (default), tls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow credentials over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (env SMTP_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an OAuth bearer token from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address (env SMTP_FROM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient; repeatable, comma lists allowed (env SMTP_RECIPIENT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recipient; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind copy recipient (envelope only); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message text from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML alternative of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a ready RFC 5322 file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to send with EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait at each step (default: RFC 5321 values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the conversation to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conversation on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server given: use --server HOST or SMTP_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth &quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read --ca-file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file &quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender given: use --from ADDR or SMTP_FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient given: use --to ADDR or SMTP_RECIPIENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --body or --body-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--eml sends the file as it is; it cannot be combined with --subject, --body, --body-file, --html-file, --attach or --header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; contains a line break; that would inject headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; must look like &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open --eml &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--html-file and --attach are not yet supported; they arrive with MIME composition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open --body-file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject contains a line break; that would inject headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli::CliRunner</name>
    <message>
        <source>The environment variable %1 (--oauth-token-env) is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth %1 needs a token: use --oauth-token-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name was given but no password: use --password-env VAR, --password-stdin, SMTP_PASS, or run in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the transcript &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust this server, pass its CA with --ca-file PEM or pin the certificate with --pin-sha256 and the fingerprint above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 accepted the message for %n recipient(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::LogRecord</name>
    <message>
        <source> … [truncated, %1 characters in all]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime</name>
    <message>
        <source>it needs the form name@domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted part before @ is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots in the part before @ must be single and in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address literal after @ is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Mailbox</name>
    <message>
        <source>The address &quot;%1&quot; contains a line break or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyExplainer</name>
    <message>
        <source>The server accepted the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is waiting for more input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused for now; the same request may work later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s words above: sending it again unchanged will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply code SMTP does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection failed (socket error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::Sasl</name>
    <message>
        <source>The server asked for more than a user name and password during AUTH LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sendscope::SmtpSession</name>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while sending the message; the server discards it because the final &quot;.&quot; was never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the server &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate matches the pinned SHA-256 fingerprint; accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint: expected SHA-256 %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision about the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was accepted despite the problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 and TLS-from-the-start look mixed up: this server seems to expect a plain connection first. Try security &quot;starttls&quot; (usually port 587) or port 465 for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 and STARTTLS look mixed up: this server seems to expect TLS from the first byte. Try security &quot;tls&quot; (usually port 465) or port 587 for STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before the TLS handshake. That is a sign of a command injection attack (CVE-2011-0411); the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer QUIT; closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped taking the message: nothing could be written for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that says nothing after connecting may be waiting for a TLS handshake. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost during %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO/HELO): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused every recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary refusal; trying again later may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring a reply nobody asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s greeting was not 220: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so it cannot offer STARTTLS, and STARTTLS is required. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was accepted for %1 of %2 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused EHLO; trying HELO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and STARTTLS is required: nothing will be sent over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow plaintext authentication explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism, but a user name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the server&apos;s AUTH mechanisms (%1) can be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH %1 is not implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the login but could not prove that it knows the password (%1 server signature missing or wrong). It may not be the server it claims to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH %1 was refused; trying PLAIN once inside TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server explained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not offer SMTPUTF8 (RFC 6531), so it cannot be sent here. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 bytes, larger than the %2 bytes this server accepts (SIZE). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not offer 8BITMIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message (%1 bytes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message source went away while sending; the connection was closed so that nothing partial is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the message failed (%1); the connection was closed so that nothing partial is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
