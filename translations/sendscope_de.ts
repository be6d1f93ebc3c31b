<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Sendscope</name>
    <message>
        <source>The server sent something that is not an SMTP reply (it begins &quot;%1&quot;).</source>
        <translation>Der Server hat etwas gesendet, das keine SMTP-Antwort ist (es beginnt mit „%1“).</translation>
    </message>
</context>
<context>
    <name>Sendscope::CertificateInfo</name>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 %5</source>
        <translation>Zertifikat „%1“, ausgestellt von „%2“, gültig von %3 bis %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>the certificate&apos;s key has only %1 bits; keys under 2048 bits are refused as too weak</source>
        <translation>der Schlüssel des Zertifikats hat nur %1 Bit; Schlüssel unter 2048 Bit werden als zu schwach abgelehnt</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli</name>
    <message>
        <source>Send one message through an SMTP submission server and show the conversation.</source>
        <translation>Sendet eine Nachricht über einen SMTP-Postausgangsserver und zeigt die Kommunikation an.</translation>
    </message>
    <message>
        <source>SMTP server host name (env SMTP_HOST).</source>
        <translation>Hostname des SMTP-Servers (Umgebungsvariable SMTP_HOST).</translation>
    </message>
    <message>
        <source>Port (env SMTP_PORT; default 587, 465 or 25 by security).</source>
        <translation>Port (Umgebungsvariable SMTP_PORT; Standard je nach Sicherheit 587, 465 oder 25).</translation>
    </message>
    <message>
        <source>starttls (default), tls or none.</source>
        <translation>starttls (Standard), tls oder none.</translation>
    </message>
    <message>
        <source>Allow credentials over an unencrypted connection.</source>
        <translation>Zugangsdaten auch über eine unverschlüsselte Verbindung erlauben.</translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 oder oauthbearer.</translation>
    </message>
    <message>
        <source>User name (env SMTP_USER).</source>
        <translation>Benutzername (Umgebungsvariable SMTP_USER).</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Das Passwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read an OAuth bearer token from this environment variable.</source>
        <translation>Ein OAuth-Bearer-Token aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>Sender address (env SMTP_FROM).</source>
        <translation>Absenderadresse (Umgebungsvariable SMTP_FROM).</translation>
    </message>
    <message>
        <source>Recipient; repeatable, comma lists allowed (env SMTP_RECIPIENT).</source>
        <translation>Empfänger; mehrfach angebbar, kommagetrennte Listen erlaubt (Umgebungsvariable SMTP_RECIPIENT).</translation>
    </message>
    <message>
        <source>Copy recipient; repeatable.</source>
        <translation>Kopie-Empfänger (Cc); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Blind copy recipient (envelope only); repeatable.</source>
        <translation>Blindkopie-Empfänger (Bcc, nur im Umschlag); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Betreff.</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Nachrichtentext.</translation>
    </message>
    <message>
        <source>Read the message text from a file.</source>
        <translation>Den Nachrichtentext aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>Attach a file; repeatable.</source>
        <translation>Eine Datei anhängen; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeatable.</source>
        <translation>Zusätzliche Kopfzeile „Name: Wert“; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Send a ready RFC 5322 file as it is.</source>
        <translation>Eine fertige RFC-5322-Datei unverändert senden.</translation>
    </message>
    <message>
        <source>Name to send with EHLO.</source>
        <translation>Name, der mit EHLO gesendet wird.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint.</source>
        <translation>Genau das Serverzertifikat mit diesem SHA-256-Fingerabdruck akzeptieren.</translation>
    </message>
    <message>
        <source>Seconds to wait at each step (default: RFC 5321 values).</source>
        <translation>Wartezeit pro Schritt in Sekunden (Standard: Werte aus RFC 5321).</translation>
    </message>
    <message>
        <source>Write the conversation to a file.</source>
        <translation>Die Kommunikation in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>Show the conversation on standard error.</source>
        <translation>Die Kommunikation auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>No server given: use --server HOST or SMTP_HOST.</source>
        <translation>Kein Server angegeben: Verwenden Sie --server HOST oder SMTP_HOST.</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none, not &quot;%1&quot;.</source>
        <translation>--security muss starttls, tls oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--auth &quot;%1&quot; is not one of: %2.</source>
        <translation>--auth „%1“ ist keiner der folgenden Werte: %2.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout muss eine Anzahl von Sekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot read --ca-file &quot;%1&quot;: %2.</source>
        <translation>--ca-file „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>--ca-file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>--ca-file „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (colons allowed).</source>
        <translation>--pin-sha256 erfordert 64 Hexadezimalziffern (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation>Verwenden Sie entweder --password-env oder --password-stdin, nicht beides.</translation>
    </message>
    <message>
        <source>No sender given: use --from ADDR or SMTP_FROM.</source>
        <translation>Kein Absender angegeben: Verwenden Sie --from ADRESSE oder SMTP_FROM.</translation>
    </message>
    <message>
        <source>No recipient given: use --to ADDR or SMTP_RECIPIENT.</source>
        <translation>Kein Empfänger angegeben: Verwenden Sie --to ADRESSE oder SMTP_RECIPIENT.</translation>
    </message>
    <message>
        <source>Use either --body or --body-file, not both.</source>
        <translation>Verwenden Sie entweder --body oder --body-file, nicht beides.</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; contains a line break; that would inject headers.</source>
        <translation>--header „%1“ enthält einen Zeilenumbruch; damit würden Kopfzeilen eingeschleust.</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; must look like &quot;Name: value&quot;.</source>
        <translation>--header „%1“ muss die Form „Name: Wert“ haben.</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot;.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;.</source>
        <translation>Der Anhang „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>Cannot open --eml &quot;%1&quot;: %2.</source>
        <translation>--eml „%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Reply-To address; repeatable.</source>
        <translation>Antwortadresse (Reply-To); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>HTML alternative of the text; an --attach file the HTML names as &quot;cid:FILENAME&quot; becomes an inline image.</source>
        <translation>HTML-Alternative zum Text; eine mit --attach angehängte Datei, die im HTML als „cid:DATEINAME“ genannt wird, wird zu einem eingebetteten Bild.</translation>
    </message>
    <message>
        <source>Also write the message to this .eml file.</source>
        <translation>Die Nachricht zusätzlich in diese .eml-Datei schreiben.</translation>
    </message>
    <message>
        <source>Compose the message without connecting (use with --eml-out).</source>
        <translation>Die Nachricht ohne Verbindungsaufbau erstellen (zusammen mit --eml-out verwenden).</translation>
    </message>
    <message>
        <source>--eml sends the file as it is; it cannot be combined with --subject, --body, --body-file, --html-file, --attach, --header or --reply-to.</source>
        <translation>--eml sendet die Datei unverändert; es kann nicht mit --subject, --body, --body-file, --html-file, --attach, --header oder --reply-to kombiniert werden.</translation>
    </message>
    <message>
        <source>--dry-run composes the message without sending it; give --eml-out FILE to keep it.</source>
        <translation>--dry-run erstellt die Nachricht, ohne sie zu senden; geben Sie --eml-out DATEI an, um sie aufzubewahren.</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; is a folder.</source>
        <translation>--eml-out „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; would overwrite an input file.</source>
        <translation>--eml-out „%1“ würde eine Eingabedatei überschreiben.</translation>
    </message>
    <message>
        <source>Cannot open %1 &quot;%2&quot;: %3.</source>
        <translation>%1 „%2“ kann nicht geöffnet werden: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not UTF-8 text.</source>
        <translation>%1 „%2“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The message cannot be written to &quot;%1&quot;: its source cannot be read twice.</source>
        <translation>Die Nachricht kann nicht nach „%1“ geschrieben werden: Ihre Quelle kann nicht zweimal gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write --eml-out &quot;%1&quot;: %2.</source>
        <translation>--eml-out „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Reading the message for --eml-out failed: %1.</source>
        <translation>Das Lesen der Nachricht für --eml-out ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Run the sandbox: a local SMTP server on 127.0.0.1 that stores what it receives.</source>
        <translation>Startet die Sandbox: einen lokalen SMTP-Server auf 127.0.0.1, der alles Empfangene speichert.</translation>
    </message>
    <message>
        <source>Run the sandbox server.</source>
        <translation>Den Sandbox-Server starten.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 (default) picks a free one.</source>
        <translation>Port, auf dem gelauscht wird; 0 (Standard) wählt einen freien Port.</translation>
    </message>
    <message>
        <source>Folder for certificate, credentials and inbox/.</source>
        <translation>Ordner für Zertifikat, Zugangsdaten und inbox/.</translation>
    </message>
    <message>
        <source>AUTH user name (default: generated and kept).</source>
        <translation>AUTH-Benutzername (Standard: wird erzeugt und beibehalten).</translation>
    </message>
    <message>
        <source>Read the AUTH password from this environment variable.</source>
        <translation>Das AUTH-Passwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>Largest message in bytes (default 52428800).</source>
        <translation>Größte Nachricht in Byte (Standard 52428800).</translation>
    </message>
    <message>
        <source>Close a connection idle this long (default 300).</source>
        <translation>Eine Verbindung schließen, die so lange untätig ist (Standard 300).</translation>
    </message>
    <message>
        <source>Show every connection&apos;s conversation on stderr.</source>
        <translation>Die Kommunikation jeder Verbindung auf stderr anzeigen.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of bytes.</source>
        <translation>--max-size erfordert eine positive Anzahl von Byte.</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--idle-timeout erfordert eine Anzahl von Sekunden zwischen 1 und 86400.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user und --password-env gehören zusammen.</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user erfordert einen Namen.</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 (--password-env) ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>stored %1 (%2 bytes) from &lt;%3&gt; to %4</source>
        <translation>%1 gespeichert (%2 Byte) von &lt;%3&gt; an %4</translation>
    </message>
    <message>
        <source>Cannot install the SIGINT/SIGTERM handlers.</source>
        <translation>Die Signalhandler für SIGINT/SIGTERM können nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>sandbox stopped</source>
        <translation>Sandbox beendet</translation>
    </message>
    <message>
        <source>Use a saved account of the Sendscope window (its name); other options override its fields, and its password comes from the system keychain.</source>
        <translation>Ein gespeichertes Konto aus dem Sendscope-Fenster verwenden (sein Name); andere Optionen überschreiben seine Felder, und sein Passwort kommt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Read accounts from DIR/sendscope.ini instead of the usual place (also env SENDSCOPE_SETTINGS).</source>
        <translation>Konten aus DIR/sendscope.ini statt vom üblichen Ort lesen (auch Umgebungsvariable SENDSCOPE_SETTINGS).</translation>
    </message>
    <message>
        <source>No saved account named &quot;%1&quot; in %2 (saved: %3).</source>
        <translation>Kein gespeichertes Konto namens „%1“ in %2 (gespeichert: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli::CliRunner</name>
    <message>
        <source>The environment variable %1 (--oauth-token-env) is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 (--oauth-token-env) ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>--auth %1 needs a token: use --oauth-token-env VAR.</source>
        <translation>--auth %1 erfordert ein Token: Verwenden Sie --oauth-token-env VARIABLE.</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 (--password-env) ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation>Auf der Standardeingabe ist kein Passwort angekommen (--password-stdin).</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 bei %2: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>A user name was given but no password: use --password-env VAR, --password-stdin, SMTP_PASS, or run in a terminal to be asked.</source>
        <translation>Ein Benutzername wurde angegeben, aber kein Passwort: Verwenden Sie --password-env VARIABLE, --password-stdin oder SMTP_PASS, oder starten Sie das Programm in einem Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Cannot write the transcript &quot;%1&quot;: %2.</source>
        <translation>Das Protokoll „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Bedeutung: %1</translation>
    </message>
    <message>
        <source>If you trust this server, pass its CA with --ca-file PEM or pin the certificate with --pin-sha256 and the fingerprint above.</source>
        <translation>Wenn Sie diesem Server vertrauen, übergeben Sie seine CA mit --ca-file PEM oder pinnen Sie das Zertifikat mit --pin-sha256 und dem obigen Fingerabdruck.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 accepted the message for %n recipient(s): %2</source>
        <translation>
            <numerusform>Gesendet: %1 hat die Nachricht für %n Empfänger angenommen: %2</numerusform>
            <numerusform>Gesendet: %1 hat die Nachricht für %n Empfänger angenommen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Dry run: the message (%1 bytes) was written to &quot;%2&quot;; nothing was sent.</source>
        <translation>Testlauf: Die Nachricht (%1 Byte) wurde nach „%2“ geschrieben; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Use --security starttls or tls, or pass --allow-plaintext-auth if you accept that the password travels unencrypted.</source>
        <translation>Verwenden Sie --security starttls oder tls, oder übergeben Sie --allow-plaintext-auth, wenn Sie in Kauf nehmen, dass das Passwort unverschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <source>%1 What to try: %2</source>
        <translation>%1 Lösungsvorschlag: %2</translation>
    </message>
    <message>
        <source>The keychain holds no password for the account &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für das Konto „%1“.</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Diese Version wurde ohne Schlüsselbund-Unterstützung erstellt.</translation>
    </message>
    <message>
        <source>Using the password of the account &quot;%1&quot; from the keychain.</source>
        <translation>Das Passwort des Kontos „%1“ aus dem Schlüsselbund wird verwendet.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>An: Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <source>Subject: a line break is not allowed in the subject.</source>
        <translation>Betreff: Ein Zeilenumbruch ist im Betreff nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AboutDialog</name>
    <message>
        <source>About Sendscope</source>
        <translation>Über Sendscope</translation>
    </message>
    <message>
        <source>Sendscope %1</source>
        <translation>Sendscope %1</translation>
    </message>
    <message>
        <source>An SMTP client that shows its work. Version %1.</source>
        <translation>Ein SMTP-Client, der zeigt, was er tut. Version %1.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
TLS: %3</source>
        <translation>Qt %1 (erstellt mit %2)
TLS: %3</translation>
    </message>
    <message>
        <source>Licences:
Sendscope: MIT
Qt: LGPLv3
QtKeychain: BSD-3-Clause
OpenSSL: Apache-2.0</source>
        <translation>Lizenzen:
Sendscope: MIT
Qt: LGPLv3
QtKeychain: BSD-3-Clause
OpenSSL: Apache-2.0</translation>
    </message>
    <message>
        <source>none available (no TLS backend could be loaded)</source>
        <translation>nicht verfügbar (es konnte kein TLS-Backend geladen werden)</translation>
    </message>
    <message>
        <source>%1 (backend &quot;%2&quot;)</source>
        <translation>%1 (Backend „%2“)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>This program uses Qt %1.</source>
        <translation>Dieses Programm verwendet Qt %1.</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development. It is used here under the GNU Lesser General Public License version 3 (LGPLv3); its source and licence terms are at https://www.qt.io/licensing/.</source>
        <translation>Qt ist ein C++-Toolkit für plattformübergreifende Anwendungsentwicklung. Es wird hier unter der GNU Lesser General Public License Version 3 (LGPLv3) verwendet; Quellcode und Lizenzbedingungen finden Sie unter https://www.qt.io/licensing/.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountCertificateChangedDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>Das Zertifikat hat sich geändert, seit Sie ihm vertraut haben</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one you trusted for the account &quot;%2&quot;. This can mean an attack — someone between you and the server — or a renewed certificate. Nothing was sent. Trust the new certificate only if you know it was renewed (ask the provider, or compare the fingerprint through another channel).</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt als das, dem Sie für das Konto „%2“ vertraut haben. Das kann einen Angriff bedeuten – jemand zwischen Ihnen und dem Server – oder ein erneuertes Zertifikat. Es wurde nichts gesendet. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, dass es erneuert wurde (fragen Sie den Anbieter oder vergleichen Sie den Fingerabdruck über einen anderen Kanal).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation>Bisher vertraut (SHA-256):</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Jetzt vorgelegt (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountDialog</name>
    <message>
        <source>Allow the password on an unencrypted connection</source>
        <translation>Passwort auch über eine unverschlüsselte Verbindung erlauben</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (erforderlich)</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>Automatisch (stärkste angebotene)</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Empty: send without logging in</source>
        <translation>Leer: ohne Anmeldung senden</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <source>ada@example.org</source>
        <translation>erika@example.org</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Work, Home, Test server…</source>
        <translation>Arbeit, Privat, Testserver …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Log&amp;in:</source>
        <translation>Anmel&amp;dung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Absenderna&amp;me:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>&amp;EHLO-Name:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Enter the server name.</source>
        <translation>Geben Sie den Servernamen ein.</translation>
    </message>
    <message>
        <source>The server name cannot contain spaces or slashes.</source>
        <translation>Der Servername darf keine Leerzeichen oder Schrägstriche enthalten.</translation>
    </message>
    <message>
        <source>Enter the From address.</source>
        <translation>Geben Sie die Absenderadresse ein.</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>Absenderadresse: %1</translation>
    </message>
    <message>
        <source>From address: enter only the address; the name goes in From name.</source>
        <translation>Absenderadresse: Geben Sie nur die Adresse ein; der Name gehört in „Absendername“.</translation>
    </message>
    <message>
        <source>From name: a line break is not allowed.</source>
        <translation>Absendername: Ein Zeilenumbruch ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Other (enter by hand)</source>
        <translation>Andere (manuell eingeben)</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>The password is asked when the server wants it; you can keep it in your system keychain. It is never stored in a file.</source>
        <translation>Das Passwort wird abgefragt, wenn der Server es verlangt; Sie können es im Schlüsselbund Ihres Systems aufbewahren. Es wird niemals in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>Connect, EHLO, STARTTLS and AUTH, then QUIT without sending anything. The log dock shows every step.</source>
        <translation>Verbinden, EHLO, STARTTLS und AUTH, dann QUIT, ohne etwas zu senden. Das Protokoll zeigt jeden Schritt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it.</source>
        <translation>Das Zertifikat hat sich geändert, seit Sie ihm vertraut haben.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountSecretFlow</name>
    <message>
        <source>Sendscope was built without keychain support.</source>
        <translation>Sendscope wurde ohne Schlüsselbund-Unterstützung erstellt.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>The password is now kept in the keychain.</source>
        <translation>Das Passwort wird jetzt im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AddressLineEdit</name>
    <message>
        <source>This is not a valid address list.</source>
        <translation>Dies ist keine gültige Adressliste.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>Diesem Zertifikat für dieses Konto &amp;vertrauen</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Someone may be listening in, or the server is set up with a certificate of its own. Connect only if you know this certificate is the right one — compare its SHA-256 fingerprint with what the server&apos;s administrator gave you.</source>
        <translation>Möglicherweise hört jemand mit, oder der Server verwendet ein eigenes Zertifikat. Verbinden Sie sich nur, wenn Sie wissen, dass dies das richtige Zertifikat ist – vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den Ihnen der Administrator des Servers genannt hat.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>C&amp;onnect anyway</source>
        <translation>&amp;Trotzdem verbinden</translation>
    </message>
    <message>
        <source>Remember the SHA-256 fingerprint: this server is accepted without asking as long as it shows this very certificate.</source>
        <translation>SHA-256-Fingerabdruck merken: Dieser Server wird ohne Nachfrage akzeptiert, solange er genau dieses Zertifikat vorlegt.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Self-signed: no authority vouches for it.</source>
        <translation>Selbstsigniert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ComposerWidget</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>name@example.org, Someone &lt;someone@example.org&gt;</source>
        <translation>name@example.org, Jemand &lt;jemand@example.org&gt;</translation>
    </message>
    <message>
        <source>Not shown to the other recipients</source>
        <translation>Wird den anderen Empfängern nicht angezeigt</translation>
    </message>
    <message>
        <source>Write your message here. Drop files on the window to attach them.</source>
        <translation>Schreiben Sie hier Ihre Nachricht. Ziehen Sie Dateien auf das Fenster, um sie anzuhängen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>Ausgewählte Anhänge entfernen</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen …</translation>
    </message>
    <message>
        <source>No account yet: add one from Accounts</source>
        <translation>Noch kein Konto: Fügen Sie eines unter „Konten“ hinzu</translation>
    </message>
    <message>
        <source>From: add an account first (Accounts ▸ New account).</source>
        <translation>Von: Fügen Sie zuerst ein Konto hinzu (Konten ▸ Neues Konto).</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>An: Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n Anhang, insgesamt %1</numerusform>
            <numerusform>%n Anhänge, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>— larger than the %1 the server accepts (SIZE); it will be refused.</source>
        <translation>– größer als die vom Server akzeptierten %1 (SIZE); die Nachricht wird abgelehnt.</translation>
    </message>
    <message>
        <source>Also send the HTML version from the file (kept as it was: it cannot be edited here, and edits to the text above do not change it)</source>
        <translation>Auch die HTML-Version aus der Datei senden (unverändert übernommen: Sie kann hier nicht bearbeitet werden, und Änderungen am Text oben wirken sich nicht auf sie aus)</translation>
    </message>
    <message>
        <source>The file was written from %1, which is none of your accounts; it will be sent from the account chosen above.</source>
        <translation>Die Datei wurde von %1 aus geschrieben, einer Adresse, die zu keinem Ihrer Konten gehört; sie wird über das oben gewählte Konto gesendet.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ConnectionTest</name>
    <message>
        <source>Connected; saying goodbye (QUIT) without sending.</source>
        <translation>Verbunden; die Verbindung wird ohne Senden beendet (QUIT).</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbindung zu %1, Port %2 wird hergestellt …</translation>
    </message>
    <message>
        <source>Negotiating (EHLO, STARTTLS, AUTH)…</source>
        <translation>Verbindung wird ausgehandelt (EHLO, STARTTLS, AUTH) …</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Warten auf Ihre Entscheidung zum Zertifikat …</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>Warten auf das Passwort …</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected and encrypted.</source>
        <translation>Verbunden und verschlüsselt.</translation>
    </message>
    <message>
        <source>Connected (not encrypted).</source>
        <translation>Verbunden (nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>Logged in with AUTH %1.</source>
        <translation>Angemeldet mit AUTH %1.</translation>
    </message>
    <message>
        <source>The server did not ask for a login.</source>
        <translation>Der Server hat keine Anmeldung verlangt.</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>Der Server bietet an: %1.</translation>
    </message>
    <message>
        <source>The test did not finish.</source>
        <translation>Der Test wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxModel</name>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;leerer Absender&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1
Envelope recipients: %2</source>
        <translation>%1
Empfänger im Umschlag: %2</translation>
    </message>
    <message>
        <source>%1
Envelope sender: %2</source>
        <translation>%1
Absender im Umschlag: %2</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 Oktette</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxView</name>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected message from the sandbox inbox</source>
        <translation>Die ausgewählte Nachricht aus dem Sandbox-Posteingang löschen</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Leeren …</translation>
    </message>
    <message>
        <source>Delete every message in the sandbox inbox</source>
        <translation>Alle Nachrichten im Sandbox-Posteingang löschen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>List the inbox folder again</source>
        <translation>Den Posteingangsordner neu einlesen</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Sandbox-Posteingang</translation>
    </message>
    <message numerus="yes">
        <source>%n outside resource(s) not loaded: the sandbox never fetches remote content.</source>
        <translation>
            <numerusform>%n externe Ressource nicht geladen: Die Sandbox ruft niemals entfernte Inhalte ab.</numerusform>
            <numerusform>%n externe Ressourcen nicht geladen: Die Sandbox ruft niemals entfernte Inhalte ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1 (not opened)</source>
        <translation>Link zu %1 (nicht geöffnet)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No plain-text part.</source>
        <translation>Kein Nur-Text-Teil.</translation>
    </message>
    <message>
        <source>Messages sent to the sandbox appear here.</source>
        <translation>An die Sandbox gesendete Nachrichten erscheinen hier.</translation>
    </message>
    <message>
        <source>Select a message to see it.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>… %1 more octets not shown</source>
        <translation>… %1 weitere Oktette nicht angezeigt</translation>
    </message>
    <message>
        <source>Not a readable message: %1</source>
        <translation>Keine lesbare Nachricht: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>over %1</source>
        <comment>TLS protocol</comment>
        <translation>über %1</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>ohne TLS</translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation>Umschlag:</translation>
    </message>
    <message>
        <source>%1 → %2, %3, AUTH %4</source>
        <translation>%1 → %2, %3, AUTH %4</translation>
    </message>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;leerer Absender&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Diesen Anhang gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the attachment: %1</source>
        <translation>Der Anhang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>Anhang nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the sandbox inbox?</source>
        <translation>„%1“ aus dem Sandbox-Posteingang löschen?</translation>
    </message>
    <message>
        <source>Clear the sandbox inbox</source>
        <translation>Sandbox-Posteingang leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n message(s) in the sandbox inbox?</source>
        <translation>
            <numerusform>Die %n Nachricht im Sandbox-Posteingang löschen?</numerusform>
            <numerusform>Alle %n Nachrichten im Sandbox-Posteingang löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::LogItemDelegate</name>
    <message>
        <source>+%L1 ms</source>
        <translation>+%L1 ms</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>Der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist.</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::LogStyle</name>
    <message>
        <source>Client command</source>
        <translation>Client-Befehl</translation>
    </message>
    <message>
        <source>Server 2xx</source>
        <translation>Serverantwort 2xx</translation>
    </message>
    <message>
        <source>Server 3xx</source>
        <translation>Serverantwort 3xx</translation>
    </message>
    <message>
        <source>Server 4xx</source>
        <translation>Serverantwort 4xx</translation>
    </message>
    <message>
        <source>Server 5xx</source>
        <translation>Serverantwort 5xx</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What Sendscope wrote to the server.</source>
        <translation>Was Sendscope an den Server geschrieben hat.</translation>
    </message>
    <message>
        <source>The server accepted: done, go on.</source>
        <translation>Der Server hat angenommen: erledigt, weiter.</translation>
    </message>
    <message>
        <source>The server waits for more (the message, a login step).</source>
        <translation>Der Server wartet auf mehr (die Nachricht, einen Anmeldeschritt).</translation>
    </message>
    <message>
        <source>Refused for now: it may work later.</source>
        <translation>Vorläufig abgelehnt: Später klappt es vielleicht.</translation>
    </message>
    <message>
        <source>Refused: the same request will fail again.</source>
        <translation>Abgelehnt: Dieselbe Anfrage wird wieder scheitern.</translation>
    </message>
    <message>
        <source>Encryption: handshake, cipher, certificate.</source>
        <translation>Verschlüsselung: Handshake, Cipher, Zertifikat.</translation>
    </message>
    <message>
        <source>What Sendscope is doing, in words.</source>
        <translation>Was Sendscope gerade tut, in Worten.</translation>
    </message>
    <message>
        <source>Why the session stopped.</source>
        <translation>Warum die Sitzung beendet wurde.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MainWindow</name>
    <message>
        <source>Sendscope</source>
        <translation>Sendscope</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop sending now (Esc); the message stays here</source>
        <translation>Senden sofort abbrechen (Esc); die Nachricht bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen …</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A) — or drop them on the window</source>
        <translation>Dateien anhängen (Strg+Umschalt+A) – oder ziehen Sie sie auf das Fenster</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Save the message as an .eml file in the drafts folder (Ctrl+S)</source>
        <translation>Nachricht als .eml-Datei im Entwurfsordner speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>.eml ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Export .eml…</source>
        <translation>.eml e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the message as an .eml file</source>
        <translation>Nachricht als .eml-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>Im Protokoll &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto …</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>Konto &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The message was not sent: please check the fields.</source>
        <translation>Die Nachricht wurde nicht gesendet: Bitte prüfen Sie die Felder.</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The account has no server or From address: edit it first.</source>
        <translation>Für das Konto ist kein Server oder keine Absenderadresse eingetragen: Bearbeiten Sie es zuerst.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>TLS wird ausgehandelt …</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Greeting the server…</source>
        <translation>Server wird begrüßt …</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Warte auf Ihre Entscheidung zum Zertifikat …</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>Warte auf das Passwort …</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>Verbindung wird geschlossen …</translation>
    </message>
    <message>
        <source>Sending %1 %</source>
        <translation>Senden: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Sent at %1: %2 accepted the message for %n recipient(s).</source>
        <translation>
            <numerusform>Gesendet um %1: %2 hat die Nachricht für %n Empfänger angenommen.</numerusform>
            <numerusform>Gesendet um %1: %2 hat die Nachricht für %n Empfänger angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>Die Sitzung endete, bevor die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled at %1; nothing was delivered.</source>
        <translation>Um %1 abgebrochen; es wurde nichts zugestellt.</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>Senden abgebrochen</translation>
    </message>
    <message>
        <source>The message is still here: press Send to try again.</source>
        <translation>Die Nachricht ist noch da: Klicken Sie auf „Senden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Accepted for %1 of %2 recipients.</source>
        <translation>Für %1 von %2 Empfängern angenommen.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Nicht gesendet (%1): %2</translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation>Die Nachricht wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The message was sent only in part</source>
        <translation>Die Nachricht wurde nur teilweise gesendet</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The message is still here; check the account and press Send again. The protocol log shows every step.</source>
        <translation>Die Nachricht ist noch da; prüfen Sie das Konto und klicken Sie erneut auf „Senden“. Das Protokoll zeigt jeden Schritt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The draft was not saved.</source>
        <translation>Der Entwurf wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Draft saved as %1.</source>
        <translation>Entwurf gespeichert als %1.</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Nachricht exportieren</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>The message was not exported.</source>
        <translation>Die Nachricht wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Open an .eml file in the composer to edit and send it again (Ctrl+O)</source>
        <translation>Eine .eml-Datei im Editor öffnen, um sie zu bearbeiten und erneut zu senden (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;About Sendscope</source>
        <translation>&amp;Über Sendscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>Vor dem Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Nothing was opened.</source>
        <translation>Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>A message is being sent; open %1 again when it is done.</source>
        <translation>Eine Nachricht wird gerade gesendet; öffnen Sie %1 erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The message you are writing could not be saved as a draft, so it was not replaced: %1</source>
        <translation>Die Nachricht, die Sie gerade schreiben, konnte nicht als Entwurf gespeichert werden und wurde daher nicht ersetzt: %1</translation>
    </message>
    <message>
        <source>Nothing was opened</source>
        <translation>Nichts geöffnet</translation>
    </message>
    <message>
        <source>The composer is unchanged.</source>
        <translation>Der Editor ist unverändert.</translation>
    </message>
    <message>
        <source>Your previous message was kept</source>
        <translation>Ihre vorherige Nachricht wurde aufbewahrt</translation>
    </message>
    <message>
        <source>Open it again with Open .eml (Ctrl+O) from the drafts folder.</source>
        <translation>Öffnen Sie sie erneut mit „.eml öffnen“ (Strg+O) aus dem Entwurfsordner.</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>Das Zertifikat hat sich geändert, seit Sie ihm vertraut haben</translation>
    </message>
    <message>
        <source>%1 presented another certificate than the one pinned for this account. This can mean an attack, or a renewed certificate.</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt als das für dieses Konto gepinnte. Das kann einen Angriff bedeuten oder ein erneuertes Zertifikat.</translation>
    </message>
    <message>
        <source>Nothing was sent; the message is still here.</source>
        <translation>Es wurde nichts gesendet; die Nachricht ist noch da.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageOpener</name>
    <message>
        <source>Cannot make a temporary folder for the attachments: %1</source>
        <translation>Für die Anhänge kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot place the attachment %1 in %2.</source>
        <translation>Der Anhang %1 kann nicht in %2 abgelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the attachment %1: %2</source>
        <translation>Der Anhang %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; every header field was kept (%n warning(s)).</source>
        <translation>
            <numerusform>%1 geöffnet; alle Kopfzeilen wurden übernommen (%n Warnung).</numerusform>
            <numerusform>%1 geöffnet; alle Kopfzeilen wurden übernommen (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; not kept: %2 (%n warning(s)).</source>
        <translation>
            <numerusform>%1 geöffnet; nicht übernommen: %2 (%n Warnung).</numerusform>
            <numerusform>%1 geöffnet; nicht übernommen: %2 (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept (trace, signatures and mailbox state do not apply to a new message):</source>
        <translation>Nicht übernommen (Trace-Kopfzeilen, Signaturen und Postfachstatus gelten nicht für eine neue Nachricht):</translation>
    </message>
    <message>
        <source>Can be sent again (the box above decides):</source>
        <translation>Kann erneut gesendet werden (das Kästchen oben entscheidet):</translation>
    </message>
    <message>
        <source>Made anew when sending: Date, Message-ID, MIME structure.</source>
        <translation>Beim Senden neu erzeugt: Date, Message-ID, MIME-Struktur.</translation>
    </message>
    <message>
        <source>The HTML version is kept as it was; it cannot be edited here.</source>
        <translation>Die HTML-Version wird unverändert übernommen; sie kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Reply-To is not kept: the composer has no Reply-To field.</source>
        <translation>Reply-To wird nicht übernommen: Der Editor hat kein Reply-To-Feld.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>nicht verwendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link (%n warning(s)).</source>
        <translation>
            <numerusform>Aus einem mailto:-Link ausgefüllt (%n Warnung).</numerusform>
            <numerusform>Aus einem mailto:-Link ausgefüllt (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link; %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Aus einem mailto:-Link ausgefüllt; %1 (%n Warnung).</numerusform>
            <numerusform>Aus einem mailto:-Link ausgefüllt; %1 (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (a link may not set them, RFC 6068 §7): %1</source>
        <translation>Abgelehnt (ein Link darf sie nicht setzen, RFC 6068 §7): %1</translation>
    </message>
    <message>
        <source>Not used (the composer has no such field): %1</source>
        <translation>Nicht verwendet (der Editor hat kein solches Feld): %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::OpenNotice</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close this note</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Keep %1 when sending</source>
        <translation>%1 beim Senden beibehalten</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>When remembered, it is stored in your system keychain once the server accepts it; otherwise it is kept in memory until Sendscope quits. Never in a file or the log.</source>
        <translation>Wenn Sie es merken lassen, wird es im Schlüsselbund Ihres Systems gespeichert, sobald der Server es akzeptiert; andernfalls bleibt es bis zum Beenden von Sendscope im Arbeitsspeicher. Niemals in einer Datei oder im Protokoll.</translation>
    </message>
    <message>
        <source>Your system keychain is not available: the password will be asked every time Sendscope starts, and kept only in memory until it quits.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar: Das Passwort wird bei jedem Start von Sendscope abgefragt und nur im Arbeitsspeicher gehalten, bis das Programm beendet wird.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth-Token</translation>
    </message>
    <message>
        <source>%1 asks for an OAuth access token of %2.</source>
        <translation>%1 verlangt ein OAuth-Zugriffstoken für %2.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ProtocolLogDock</name>
    <message>
        <source>Protocol log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>SMTP-Kommunikation</translation>
    </message>
    <message>
        <source>Explanation of the selected line</source>
        <translation>Erklärung der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Relative Zeit</translation>
    </message>
    <message>
        <source>Show milliseconds since the session started instead of the clock time</source>
        <translation>Millisekunden seit Sitzungsbeginn statt der Uhrzeit anzeigen</translation>
    </message>
    <message>
        <source>Hide TLS</source>
        <translation>TLS ausblenden</translation>
    </message>
    <message>
        <source>Hide handshake and certificate details</source>
        <translation>Handshake- und Zertifikatsdetails ausblenden</translation>
    </message>
    <message>
        <source>Hide info</source>
        <translation>Infos ausblenden</translation>
    </message>
    <message>
        <source>Show only what went over the wire</source>
        <translation>Nur zeigen, was über die Leitung ging</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Enter: next match; Shift+Enter: previous match</source>
        <translation>Eingabe: nächster Treffer; Umschalt+Eingabe: vorheriger Treffer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Protokoll speichern …</translation>
    </message>
    <message>
        <source>Save the log as text or HTML</source>
        <translation>Protokoll als Text oder HTML speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation>Alle Zeilen aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Was die Farben bedeuten</translation>
    </message>
    <message>
        <source>Sendscope protocol log</source>
        <translation>Sendscope-Protokoll</translation>
    </message>
    <message>
        <source>Save protocol log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Text (*.txt *.log)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>Das Protokoll konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Select a line to see what it means. Passwords and login data are shown only as &amp;lt;redacted&amp;gt;.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Bedeutung zu sehen. Passwörter und Anmeldedaten werden nur als &amp;lt;redacted&amp;gt; angezeigt.</translation>
    </message>
    <message>
        <source>This line is not an SMTP reply.</source>
        <translation>Diese Zeile ist keine SMTP-Antwort.</translation>
    </message>
    <message>
        <source>The server&apos;s words:</source>
        <translation>Die Worte des Servers:</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Lösungsvorschlag: %1</translation>
    </message>
    <message>
        <source>See %1.</source>
        <translation>Siehe %1.</translation>
    </message>
    <message>
        <source>A secret in this line was replaced by &amp;lt;redacted&amp;gt; before it reached the log.</source>
        <translation>Ein Geheimnis in dieser Zeile wurde durch &amp;lt;redacted&amp;gt; ersetzt, bevor es ins Protokoll gelangte.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxController</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Sandbox user</source>
        <translation>Sandbox-Benutzer</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxDock</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the sandbox&apos;s self-signed certificate: pin it in your client (sendscope-cli --pin-sha256)</source>
        <translation>SHA-256 des selbstsignierten Zertifikats der Sandbox: Pinnen Sie es in Ihrem Client (sendscope-cli --pin-sha256)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s side of the SMTP conversations</source>
        <translation>Die Sandbox-Seite der SMTP-Kommunikation</translation>
    </message>
    <message>
        <source>What the sandbox server received and answered. Directions are as the client sees them; connection numbers are the sandbox&apos;s own.</source>
        <translation>Was der Sandbox-Server empfangen und geantwortet hat. Die Richtungen sind aus Sicht des Clients angegeben; die Verbindungsnummern sind die der Sandbox.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Server side of the log</source>
        <translation>Serverseite des Protokolls</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop the sandbox server</source>
        <translation>Den Sandbox-Server beenden</translation>
    </message>
    <message>
        <source>Start the sandbox server</source>
        <translation>Den Sandbox-Server starten</translation>
    </message>
    <message>
        <source>Sandbox running on %1:%2</source>
        <translation>Sandbox läuft auf %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox running on %1:%2 — %n connection(s)</source>
        <translation>
            <numerusform>Sandbox läuft auf %1:%2 – %n Verbindung</numerusform>
            <numerusform>Sandbox läuft auf %1:%2 – %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Point your app at %1:%2 with STARTTLS and the user and password below; every message lands in the inbox. Recipients at reject.invalid and tempfail.invalid are refused on purpose.</source>
        <translation>Konfigurieren Sie Ihre Anwendung für %1:%2 mit STARTTLS sowie dem Benutzer und dem Passwort unten; jede Nachricht landet im Posteingang. Empfänger unter reject.invalid und tempfail.invalid werden absichtlich abgelehnt.</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Sandbox beendet</translation>
    </message>
    <message>
        <source>Sandbox not running: %1</source>
        <translation>Sandbox läuft nicht: %1</translation>
    </message>
    <message>
        <source>Start the sandbox to send without a mail account: a local SMTP server that keeps every message it receives.</source>
        <translation>Starten Sie die Sandbox, um ohne E-Mail-Konto zu senden: ein lokaler SMTP-Server, der jede empfangene Nachricht aufbewahrt.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
</context>
<context>
    <name>Sendscope::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service / KWallet</source>
        <translation>Secret Service oder KWallet</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked or waiting for a prompt.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Er ist möglicherweise gesperrt oder wartet auf eine Eingabe.</translation>
    </message>
    <message>
        <source>Part %1 of the stored secret is missing: %2</source>
        <translation>Teil %1 des gespeicherten Geheimnisses fehlt: %2</translation>
    </message>
</context>
<context>
    <name>Sendscope::LogRecord</name>
    <message>
        <source> … [truncated, %1 characters in all]</source>
        <translation> … [gekürzt, insgesamt %1 Zeichen]</translation>
    </message>
</context>
<context>
    <name>Sendscope::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>Für dieses Konto ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime</name>
    <message>
        <source>it needs the form name@domain</source>
        <translation>sie muss die Form name@domain haben</translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation>der Teil vor dem @ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>the quoted part before @ is not closed</source>
        <translation>der Teil in Anführungszeichen vor dem @ ist nicht geschlossen</translation>
    </message>
    <message>
        <source>dots in the part before @ must be single and in the middle</source>
        <translation>Punkte im Teil vor dem @ dürfen nur einzeln und nicht am Anfang oder Ende stehen</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed before @</source>
        <translation>das Zeichen „%1“ ist vor dem @ nicht erlaubt</translation>
    </message>
    <message>
        <source>the address literal after @ is not closed</source>
        <translation>das Adressliteral nach dem @ ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid host name</source>
        <translation>die Domain „%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &apos;%2&apos;</source>
        <translation>die Domain „%1“ enthält „%2“</translation>
    </message>
    <message>
        <source>it is longer than 254 characters</source>
        <translation>sie ist länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>the international domain &quot;%1&quot; has no valid ASCII (punycode) form</source>
        <translation>die internationale Domain „%1“ hat keine gültige ASCII-Form (Punycode)</translation>
    </message>
    <message>
        <source>a backslash in the quoted part before @ must escape a printable character</source>
        <translation>ein Backslash im Teil in Anführungszeichen vor dem @ muss ein druckbares Zeichen maskieren</translation>
    </message>
    <message>
        <source>the quoted part before @ contains a quote or control character</source>
        <translation>der Teil in Anführungszeichen vor dem @ enthält ein Anführungs- oder Steuerzeichen</translation>
    </message>
    <message>
        <source>the address literal &quot;%1&quot; is neither an IPv4 address nor &quot;IPv6:&quot; followed by an IPv6 address</source>
        <translation>das Adressliteral „%1“ ist weder eine IPv4-Adresse noch „IPv6:“ gefolgt von einer IPv6-Adresse</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Header</name>
    <message>
        <source>%1 &quot;%2&quot; contains a line break or NUL character; that could inject headers, so it is refused.</source>
        <translation>%1 „%2“ enthält einen Zeilenumbruch oder ein NUL-Zeichen; damit könnten Kopfzeilen eingeschleust werden, daher wird der Wert abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Mailbox</name>
    <message>
        <source>The address &quot;%1&quot; contains a line break or NUL character.</source>
        <translation>Die Adresse „%1“ enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>An address is empty.</source>
        <translation>Eine Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;.</source>
        <translation>Die Adresse „%1“ enthält ein „&lt;“ ohne schließendes „&gt;“.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid: %2.</source>
        <translation>Die Adresse „%1“ ist ungültig: %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MailtoParser</name>
    <message>
        <source>The mailto: link is %1 characters long; at most %2 are accepted.</source>
        <translation>Der mailto:-Link ist %1 Zeichen lang; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: link.</source>
        <translation>„%1“ ist kein mailto:-Link.</translation>
    </message>
    <message>
        <source>The part after &apos;#&apos; was ignored; write it as %23 to keep it.</source>
        <translation>Der Teil nach „#“ wurde ignoriert; schreiben Sie ihn als %23, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>%1: an address with a line break was left out.</source>
        <translation>%1: Eine Adresse mit einem Zeilenumbruch wurde weggelassen.</translation>
    </message>
    <message>
        <source>The link has more than %1 fields; the rest were ignored.</source>
        <translation>Der Link hat mehr als %1 Felder; die übrigen wurden ignoriert.</translation>
    </message>
    <message>
        <source>The link has more than one subject; the first was kept.</source>
        <translation>Der Link hat mehr als einen Betreff; der erste wurde übernommen.</translation>
    </message>
    <message>
        <source>The subject held a line break; it was replaced by a space so that it cannot add a header field.</source>
        <translation>Der Betreff enthielt einen Zeilenumbruch; er wurde durch ein Leerzeichen ersetzt, damit er keine Kopfzeile hinzufügen kann.</translation>
    </message>
    <message>
        <source>Control characters were removed from the subject.</source>
        <translation>Steuerzeichen wurden aus dem Betreff entfernt.</translation>
    </message>
    <message>
        <source>The link has more than one body; the first was kept.</source>
        <translation>Der Link hat mehr als einen Nachrichtentext; der erste wurde übernommen.</translation>
    </message>
    <message>
        <source>Control characters were removed from the body.</source>
        <translation>Steuerzeichen wurden aus dem Nachrichtentext entfernt.</translation>
    </message>
    <message>
        <source>In-Reply-To &quot;%1&quot; is not a message identifier and was left out.</source>
        <translation>In-Reply-To „%1“ ist keine Nachrichtenkennung und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The link tried to set %1; that field was refused.</source>
        <translation>Der Link hat versucht, %1 zu setzen; dieses Feld wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The link names more than %1 addresses; the rest were left out.</source>
        <translation>Der Link nennt mehr als %1 Adressen; die übrigen wurden weggelassen.</translation>
    </message>
    <message>
        <source>A &apos;%&apos; not followed by two hexadecimal digits was kept as it is.</source>
        <translation>Ein „%“, auf das keine zwei Hexadezimalziffern folgen, wurde unverändert beibehalten.</translation>
    </message>
    <message>
        <source>Some octets were not valid UTF-8 and were replaced.</source>
        <translation>Einige Oktette waren kein gültiges UTF-8 und wurden ersetzt.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageReader</name>
    <message>
        <source>Reading the file failed part way; the message may be incomplete.</source>
        <translation>Das Lesen der Datei ist mittendrin fehlgeschlagen; die Nachricht ist möglicherweise unvollständig.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warnings.</source>
        <translation>
            <numerusform>… und %n weitere Warnung.</numerusform>
            <numerusform>… und %n weitere Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A header has more than %1 fields; the rest were skipped.</source>
        <translation>Ein Kopfbereich hat mehr als %1 Kopfzeilen; die übrigen wurden übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in a header were not header fields and were skipped.</source>
        <translation>
            <numerusform>%n Zeile im Kopfbereich war keine Kopfzeile und wurde übersprungen.</numerusform>
            <numerusform>%n Zeilen im Kopfbereich waren keine Kopfzeilen und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A header is larger than %1 KiB; the rest of it was skipped.</source>
        <translation>Ein Kopfbereich ist größer als %1 KiB; der Rest wurde übersprungen.</translation>
    </message>
    <message>
        <source>The Content-Type &quot;%1&quot; is not valid; the part is read as plain text.</source>
        <translation>Der Content-Type „%1“ ist ungültig; der Teil wird als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were skipped.</source>
        <translation>Die Nachricht hat mehr als %1 Teile; die übrigen wurden übersprungen.</translation>
    </message>
    <message>
        <source>A multipart part has no boundary; it is read as plain text.</source>
        <translation>Ein Multipart-Teil hat keine Begrenzung (boundary); er wird als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>Teile, die tiefer als %1 Ebenen verschachtelt sind, wurden übersprungen.</translation>
    </message>
    <message>
        <source>A %1 part has no closing boundary; the message seems cut off.</source>
        <translation>Ein %1-Teil hat keine abschließende Begrenzung; die Nachricht scheint abgeschnitten zu sein.</translation>
    </message>
    <message>
        <source>A %1 part ended without its closing boundary.</source>
        <translation>Ein %1-Teil endete ohne seine abschließende Begrenzung.</translation>
    </message>
    <message>
        <source>A %1 part has no parts.</source>
        <translation>Ein %1-Teil enthält keine Teile.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for large attachments: %1</source>
        <translation>Für große Anhänge konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>A temporary file could not be written: %1</source>
        <translation>Eine temporäre Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The transfer encoding &quot;%1&quot; is unknown; the part is kept as it is.</source>
        <translation>Die Transferkodierung „%1“ ist unbekannt; der Teil wird unverändert übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n character(s) that are not base64; they were skipped.</source>
        <translation>
            <numerusform>Ein %1-Teil enthielt %n Zeichen, das nicht zu Base64 gehört; es wurde übersprungen.</numerusform>
            <numerusform>Ein %1-Teil enthielt %n Zeichen, die nicht zu Base64 gehören; sie wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part ends in an incomplete base64 group.</source>
        <translation>Ein %1-Teil endet mit einer unvollständigen Base64-Gruppe.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n invalid quoted-printable escape(s); they were kept as they are.</source>
        <translation>
            <numerusform>Ein %1-Teil enthielt %n ungültige Quoted-Printable-Escape-Sequenz; sie wurde unverändert beibehalten.</numerusform>
            <numerusform>Ein %1-Teil enthielt %n ungültige Quoted-Printable-Escape-Sequenzen; sie wurden unverändert beibehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part could not be stored and was left out.</source>
        <translation>Ein %1-Teil konnte nicht gespeichert werden und wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The message has more than one sender; only the first (%1) is kept.</source>
        <translation>Die Nachricht hat mehr als einen Absender; nur der erste (%1) wird übernommen.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; could not be read.</source>
        <translation>Das Datum „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid and was left out.</source>
        <translation>Die Message-ID „%1“ ist ungültig und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The message was signed; the signature (%1) was left out because it would not match the message sent again.</source>
        <translation>Die Nachricht war signiert; die Signatur (%1) wurde weggelassen, weil sie nicht zur erneut gesendeten Nachricht passen würde.</translation>
    </message>
    <message>
        <source>An older alternative version of the text was left out.</source>
        <translation>Eine ältere alternative Version des Textes wurde weggelassen.</translation>
    </message>
    <message>
        <source>The text in charset &quot;%1&quot; could not be decoded entirely; some characters were replaced.</source>
        <translation>Der Text im Zeichensatz „%1“ konnte nicht vollständig dekodiert werden; einige Zeichen wurden ersetzt.</translation>
    </message>
    <message>
        <source>A text of %1 MiB is too large to edit; it is kept as an attachment.</source>
        <translation>Ein Text von %1 MiB ist zu groß zum Bearbeiten; er wird als Anhang übernommen.</translation>
    </message>
    <message>
        <source>part-%1</source>
        <translation>teil-%1</translation>
    </message>
    <message>
        <source>The Content-ID of &quot;%1&quot; is not valid and was left out.</source>
        <translation>Die Content-ID von „%1“ ist ungültig und wurde weggelassen.</translation>
    </message>
    <message>
        <source>The message cannot be read: the file is not open.</source>
        <translation>Die Nachricht kann nicht gelesen werden: Die Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields such as From: or Subject:.</source>
        <translation>Dies ist keine E-Mail-Nachricht: Sie beginnt nicht mit Kopfzeilen wie From: oder Subject:.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageWriter</name>
    <message>
        <source>A message can only be opened for reading.</source>
        <translation>Eine Nachricht kann nur zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>Die Nachricht hat keinen Absender (From).</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>Der Betreff</translation>
    </message>
    <message>
        <source>The User-Agent</source>
        <translation>Der User-Agent</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Der Anzeigename</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not valid: it needs 1 to 76 printable ASCII characters without a colon or space.</source>
        <translation>Der Kopfzeilenname „%1“ ist ungültig: Er muss aus 1 bis 76 druckbaren ASCII-Zeichen ohne Doppelpunkt oder Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set from its own field, not as an extra header.</source>
        <translation>Die Kopfzeile „%1“ wird aus ihrem eigenen Feld gesetzt, nicht als zusätzliche Kopfzeile.</translation>
    </message>
    <message>
        <source>The header %1</source>
        <translation>Die Kopfzeile %1</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>Der Name des Anhangs</translation>
    </message>
    <message>
        <source>The media type &quot;%1&quot; of &quot;%2&quot; is not of the form type/subtype.</source>
        <translation>Der Medientyp „%1“ von „%2“ hat nicht die Form Typ/Untertyp.</translation>
    </message>
    <message>
        <source>The Content-ID &quot;%1&quot; of &quot;%2&quot; is not valid.</source>
        <translation>Die Content-ID „%1“ von „%2“ ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;: %2.</source>
        <translation>Der Anhang „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is not a regular file; its size must be known before sending.</source>
        <translation>Der Anhang „%1“ ist keine reguläre Datei; seine Größe muss vor dem Senden bekannt sein.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid.</source>
        <translation>Die Message-ID „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>No usable MIME boundary could be made.</source>
        <translation>Es konnte keine verwendbare MIME-Begrenzung erzeugt werden.</translation>
    </message>
    <message>
        <source>Internal error: read past the end of the attachment &quot;%1&quot;.</source>
        <translation>Interner Fehler: Über das Ende des Anhangs „%1“ hinaus gelesen.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; changed or became unreadable while sending.</source>
        <translation>Der Anhang „%1“ wurde während des Sendens geändert oder ist unlesbar geworden.</translation>
    </message>
    <message>
        <source>Internal error: the message is shorter than its size.</source>
        <translation>Interner Fehler: Die Nachricht ist kürzer als ihre Größe.</translation>
    </message>
</context>
<context>
    <name>Sendscope::ProviderPresets</name>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Gmail needs an App Password (with 2-Step Verification turned on), or an OAuth token with XOAUTH2; your normal password is refused. Port 465 with TLS from the start works too.</source>
        <translation>Gmail verlangt ein App-Passwort (bei aktivierter Bestätigung in zwei Schritten) oder ein OAuth-Token mit XOAUTH2; Ihr normales Passwort wird abgelehnt. Port 465 mit TLS von Anfang an funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation>Outlook.com</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>SMTP AUTH muss für das Postfach aktiviert sein. Microsoft schafft die Passwort-Authentifizierung (Basic Auth) ab: Ein OAuth-Token mit XOAUTH2 ist der dauerhafte Weg.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox by an administrator. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>SMTP AUTH muss von einem Administrator für das Postfach aktiviert werden. Microsoft schafft die Passwort-Authentifizierung (Basic Auth) ab: Ein OAuth-Token mit XOAUTH2 ist der dauerhafte Weg.</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud Mail</translation>
    </message>
    <message>
        <source>Use an app-specific password made at appleid.apple.com; the user name is your full iCloud address.</source>
        <translation>Verwenden Sie ein app-spezifisches Passwort, erstellt unter appleid.apple.com; der Benutzername ist Ihre vollständige iCloud-Adresse.</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>Yahoo needs an app password generated in the account&apos;s security settings. Port 587 with STARTTLS works too.</source>
        <translation>Yahoo verlangt ein App-Passwort, das in den Sicherheitseinstellungen des Kontos erzeugt wird. Port 587 mit STARTTLS funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Fastmail needs an app password (Settings → Privacy &amp; Security). Port 587 with STARTTLS works too.</source>
        <translation>Fastmail verlangt ein App-Passwort (Einstellungen → Datenschutz &amp; Sicherheit). Port 587 mit STARTTLS funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Zoho Mail</translation>
    </message>
    <message>
        <source>With two-factor authentication, use an application-specific password. Accounts in other regions use their own server (smtp.zoho.eu, smtp.zoho.in, …).</source>
        <translation>Verwenden Sie bei Zwei-Faktor-Authentifizierung ein anwendungsspezifisches Passwort. Konten in anderen Regionen verwenden einen eigenen Server (smtp.zoho.eu, smtp.zoho.in, …).</translation>
    </message>
    <message>
        <source>Local relay (localhost:25)</source>
        <translation>Lokales Relay (localhost:25)</translation>
    </message>
    <message>
        <source>A mail server on this computer that relays without a login, such as Postfix or an SSH tunnel. Nothing is encrypted: use it only on this machine.</source>
        <translation>Ein Mailserver auf diesem Computer, der ohne Anmeldung weiterleitet, etwa Postfix oder ein SSH-Tunnel. Nichts wird verschlüsselt: Verwenden Sie ihn nur auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Sendscope&apos;s own test server on this computer: it keeps every message instead of delivering it. Its port, user name and password are shown when it runs; its certificate is its own, so trust it once.</source>
        <translation>Der eigene Testserver von Sendscope auf diesem Computer: Er bewahrt jede Nachricht auf, statt sie zuzustellen. Port, Benutzername und Passwort werden angezeigt, während er läuft; sein Zertifikat ist selbst ausgestellt, vertrauen Sie ihm also einmalig.</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyExplainer</name>
    <message>
        <source>The server accepted the command.</source>
        <translation>Der Server hat den Befehl angenommen.</translation>
    </message>
    <message>
        <source>The server sent a reply code that SMTP does not define: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat einen Antwortcode gesendet, den SMTP nicht definiert: „%1“.</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server.</source>
        <translation>Prüfen Sie, ob der Port zu einem SMTP-Server gehört.</translation>
    </message>
    <message>
        <source>Nothing needs to change.</source>
        <translation>Es ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>The server accepted the command and is waiting for more input.</source>
        <translation>Der Server hat den Befehl angenommen und wartet auf weitere Eingaben.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope continues the exchange.</source>
        <translation>Es ist nichts zu ändern; Sendscope setzt den Austausch fort.</translation>
    </message>
    <message>
        <source>The server refused for now (“%1”); the same request may work later.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat vorläufig abgelehnt („%1“); dieselbe Anfrage kann später funktionieren.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; if it keeps happening, the server&apos;s words name the reason.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut; wenn es immer wieder passiert, nennen die Worte des Servers den Grund.</translation>
    </message>
    <message>
        <source>The server refused the request permanently: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat die Anfrage dauerhaft abgelehnt: „%1“.</translation>
    </message>
    <message>
        <source>Sending it again unchanged will fail again: change what the server&apos;s words point to.</source>
        <translation>Ein unverändertes erneutes Senden scheitert wieder: Ändern Sie das, worauf die Worte des Servers hinweisen.</translation>
    </message>
    <message>
        <source>The server answered with its system status.</source>
        <translation>Der Server hat mit seinem Systemstatus geantwortet.</translation>
    </message>
    <message>
        <source>The server sent a help message meant for a person.</source>
        <translation>Der Server hat eine Hilfemeldung für Menschen gesendet.</translation>
    </message>
    <message>
        <source>The server is ready (a greeting, or ready to start TLS after STARTTLS).</source>
        <translation>Der Server ist bereit (eine Begrüßung oder bereit, nach STARTTLS mit TLS zu beginnen).</translation>
    </message>
    <message>
        <source>The server is closing the connection as asked.</source>
        <translation>Der Server schließt wie angefordert die Verbindung.</translation>
    </message>
    <message>
        <source>The server accepted the login.</source>
        <translation>Der Server hat die Anmeldung akzeptiert.</translation>
    </message>
    <message>
        <source>The server completed the requested action.</source>
        <translation>Der Server hat die angeforderte Aktion ausgeführt.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server, but the server will forward the message.</source>
        <translation>Der Empfänger ist auf diesem Server nicht lokal, aber der Server leitet die Nachricht weiter.</translation>
    </message>
    <message>
        <source>The server cannot verify the user but will accept the message and try to deliver it.</source>
        <translation>Der Server kann den Benutzer nicht überprüfen, nimmt die Nachricht aber an und versucht, sie zuzustellen.</translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the login exchange.</source>
        <translation>Der Server wartet auf den nächsten Schritt der Anmeldung.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope answers the challenge.</source>
        <translation>Es ist nichts zu ändern; Sendscope beantwortet die Challenge.</translation>
    </message>
    <message>
        <source>The server is ready to receive the message text.</source>
        <translation>Der Server ist bereit, den Nachrichtentext zu empfangen.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope sends the message and ends it with a line holding a single dot.</source>
        <translation>Es ist nichts zu ändern; Sendscope sendet die Nachricht und beendet sie mit einer Zeile, die nur einen Punkt enthält.</translation>
    </message>
    <message>
        <source>The server is not available right now and is closing the connection: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server ist gerade nicht verfügbar und schließt die Verbindung: „%1“.</translation>
    </message>
    <message>
        <source>Try again later; if it happens at once on every attempt, the server may be limiting connections from your address.</source>
        <translation>Versuchen Sie es später erneut; wenn es bei jedem Versuch sofort passiert, begrenzt der Server möglicherweise die Verbindungen von Ihrer Adresse.</translation>
    </message>
    <message>
        <source>The server wants this account to change its password or login method before it can log in.</source>
        <translation>Der Server verlangt, dass dieses Konto sein Passwort oder seine Anmeldemethode ändert, bevor es sich anmelden kann.</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail or account page, then try again.</source>
        <translation>Melden Sie sich einmal über das Webmail oder die Kontoseite des Anbieters an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The mailbox is not available for now (busy, or held back by the server&apos;s policy): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Das Postfach ist vorübergehend nicht verfügbar (belegt oder durch eine Richtlinie des Servers zurückgehalten): „%1“.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server hit an error of its own while handling the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Beim Bearbeiten der Anfrage ist auf dem Server ein eigener Fehler aufgetreten: „%1“.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell the server&apos;s administrator.</source>
        <translation>Versuchen Sie es später erneut; wenn es so bleibt, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server does not have room for this right now (storage, or too many recipients in one go): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat dafür gerade keinen Platz (Speicher oder zu viele Empfänger auf einmal): „%1“.</translation>
    </message>
    <message>
        <source>Try again later, or send to fewer recipients per message.</source>
        <translation>Versuchen Sie es später erneut oder senden Sie an weniger Empfänger pro Nachricht.</translation>
    </message>
    <message>
        <source>The server could not log in or start TLS for a temporary reason: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server konnte die Anmeldung oder TLS aus einem vorübergehenden Grund nicht durchführen: „%1“.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server cannot handle the parameters given with MAIL FROM or RCPT TO for now.</source>
        <translation>Der Server kann die mit MAIL FROM oder RCPT TO angegebenen Parameter vorläufig nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Try again later, or send without the extra options.</source>
        <translation>Versuchen Sie es später erneut oder senden Sie ohne die zusätzlichen Optionen.</translation>
    </message>
    <message>
        <source>The server did not recognise the command or the line was too long.</source>
        <translation>Der Server hat den Befehl nicht erkannt oder die Zeile war zu lang.</translation>
    </message>
    <message>
        <source>Check that the server really speaks SMTP on this port, and that the port and security mode are right.</source>
        <translation>Prüfen Sie, ob der Server auf diesem Port wirklich SMTP spricht und ob Port und Sicherheitsmodus stimmen.</translation>
    </message>
    <message>
        <source>The server refused the arguments of the command as badly formed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat die Argumente des Befehls als fehlerhaft abgelehnt: „%1“.</translation>
    </message>
    <message>
        <source>Check the addresses and the host name Sendscope sends in EHLO.</source>
        <translation>Prüfen Sie die Adressen und den Hostnamen, den Sendscope mit EHLO sendet.</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>Der Server unterstützt diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>Choose another option (for example another login method) that the server lists in its EHLO reply.</source>
        <translation>Wählen Sie eine andere Option (zum Beispiel eine andere Anmeldemethode), die der Server in seiner EHLO-Antwort aufführt.</translation>
    </message>
    <message>
        <source>The server received commands in an order it does not accept (for example mail before login).</source>
        <translation>Der Server hat Befehle in einer Reihenfolge erhalten, die er nicht akzeptiert (zum Beispiel Mail vor der Anmeldung).</translation>
    </message>
    <message>
        <source>Log in if the server requires it; otherwise tell the Sendscope developers, as this is a client bug.</source>
        <translation>Melden Sie sich an, falls der Server das verlangt; andernfalls informieren Sie die Entwickler von Sendscope, denn es handelt sich um einen Fehler im Client.</translation>
    </message>
    <message>
        <source>The server does not implement a parameter of the command (often an unknown login method).</source>
        <translation>Der Server unterstützt einen Parameter des Befehls nicht (oft eine unbekannte Anmeldemethode).</translation>
    </message>
    <message>
        <source>Choose a login method the server lists in its EHLO reply.</source>
        <translation>Wählen Sie eine Anmeldemethode, die der Server in seiner EHLO-Antwort aufführt.</translation>
    </message>
    <message>
        <source>This host does not accept mail at all.</source>
        <translation>Dieser Host nimmt überhaupt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s submission server instead of this host.</source>
        <translation>Verwenden Sie stattdessen den Postausgangsserver des Anbieters.</translation>
    </message>
    <message>
        <source>The server requires a login (or STARTTLS) before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server verlangt eine Anmeldung (oder STARTTLS), bevor er diesen Befehl annimmt: „%1“.</translation>
    </message>
    <message>
        <source>Turn on login with your account&apos;s user name and password, over STARTTLS or TLS.</source>
        <translation>Aktivieren Sie die Anmeldung mit dem Benutzernamen und Passwort Ihres Kontos, über STARTTLS oder TLS.</translation>
    </message>
    <message>
        <source>The server considers the chosen login method too weak.</source>
        <translation>Der Server hält die gewählte Anmeldemethode für zu schwach.</translation>
    </message>
    <message>
        <source>Use a stronger login method, or the kind of password the provider asks for.</source>
        <translation>Verwenden Sie eine stärkere Anmeldemethode oder die Art von Passwort, die der Anbieter verlangt.</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat Benutzername und Passwort nicht akzeptiert: „%1“.</translation>
    </message>
    <message>
        <source>Check the user name (often the full address) and the password; many providers need an app password or OAuth instead of the account password.</source>
        <translation>Prüfen Sie den Benutzernamen (oft die vollständige Adresse) und das Passwort; viele Anbieter verlangen statt des Kontopassworts ein App-Passwort oder OAuth.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this login method.</source>
        <translation>Der Server verlangt für diese Anmeldemethode eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465) before logging in.</source>
        <translation>Verwenden Sie vor der Anmeldung STARTTLS (Port 587) oder TLS (Port 465).</translation>
    </message>
    <message>
        <source>The server refused the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat die Anfrage abgelehnt: „%1“.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, the server&apos;s words name the policy that refused it.</source>
        <translation>Prüfen Sie die Adresse; wenn sie stimmt, nennen die Worte des Servers die Richtlinie, die sie abgelehnt hat.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server and it will not forward the message: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Empfänger ist auf diesem Server nicht lokal, und der Server leitet die Nachricht nicht weiter: „%1“.</translation>
    </message>
    <message>
        <source>Send to the address the server names, or ask the recipient for a current address.</source>
        <translation>Senden Sie an die Adresse, die der Server nennt, oder bitten Sie den Empfänger um eine aktuelle Adresse.</translation>
    </message>
    <message>
        <source>The message is larger than the server or mailbox allows: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Die Nachricht ist größer, als der Server oder das Postfach erlaubt: „%1“.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files by a link.</source>
        <translation>Senden Sie kleinere Anhänge oder teilen Sie große Dateien über einen Link.</translation>
    </message>
    <message>
        <source>The server does not allow this mailbox name: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server erlaubt diesen Postfachnamen nicht: „%1“.</translation>
    </message>
    <message>
        <source>Check the spelling of the address; some servers also refuse a From address the account does not own.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse; manche Server lehnen auch eine Absenderadresse ab, die nicht zum Konto gehört.</translation>
    </message>
    <message>
        <source>The server refused the transaction: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat die Transaktion abgelehnt: „%1“.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words: this is often a policy or spam-filter refusal that only the server&apos;s administrator can lift.</source>
        <translation>Lesen Sie die Worte des Servers: Oft handelt es sich um eine Ablehnung durch eine Richtlinie oder einen Spamfilter, die nur der Administrator des Servers aufheben kann.</translation>
    </message>
    <message>
        <source>The server does not recognise or implement a parameter given with MAIL FROM or RCPT TO.</source>
        <translation>Der Server erkennt oder unterstützt einen mit MAIL FROM oder RCPT TO angegebenen Parameter nicht.</translation>
    </message>
    <message>
        <source>Send without the extra options (such as SMTPUTF8, DSN or SIZE).</source>
        <translation>Senden Sie ohne die zusätzlichen Optionen (etwa SMTPUTF8, DSN oder SIZE).</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <translation>Die Domain des Empfängers nimmt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Check the domain of the address for a typo.</source>
        <translation>Prüfen Sie die Domain der Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>The server gave no further detail about the status: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat keine weiteren Details zum Status genannt: „%1“.</translation>
    </message>
    <message>
        <source>The server&apos;s own words are the only clue; read them for the reason.</source>
        <translation>Die Worte des Servers sind der einzige Hinweis; lesen Sie sie, um den Grund zu erfahren.</translation>
    </message>
    <message>
        <source>Something about an address (sender or recipient) caused this: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Etwas an einer Adresse (Absender oder Empfänger) hat dies verursacht: „%1“.</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>Prüfen Sie die Absender- und Empfängeradressen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist on the destination system: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Das Postfach des Empfängers existiert auf dem Zielsystem nicht: „%1“.</translation>
    </message>
    <message>
        <source>Check the part of the address before the @ for a typo.</source>
        <translation>Prüfen Sie den Teil der Adresse vor dem @ auf Tippfehler.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or does not accept mail.</source>
        <translation>Die Domain des Empfängers existiert nicht oder nimmt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Check the part of the address after the @ for a typo.</source>
        <translation>Prüfen Sie den Teil der Adresse nach dem @ auf Tippfehler.</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address.</source>
        <translation>Die Empfängeradresse ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Fix the address: it must look like name@example.org.</source>
        <translation>Korrigieren Sie die Adresse: Sie muss wie name@example.org aussehen.</translation>
    </message>
    <message>
        <source>The recipient address matches more than one mailbox on the destination system.</source>
        <translation>Die Empfängeradresse passt auf mehr als ein Postfach des Zielsystems.</translation>
    </message>
    <message>
        <source>Use the full, exact address of the recipient.</source>
        <translation>Verwenden Sie die vollständige, exakte Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>The recipient address is valid.</source>
        <translation>Die Empfängeradresse ist gültig.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved and there is no forwarding address.</source>
        <translation>Das Postfach des Empfängers ist umgezogen, und es gibt keine Weiterleitungsadresse.</translation>
    </message>
    <message>
        <source>Ask the recipient for a current address.</source>
        <translation>Bitten Sie den Empfänger um eine aktuelle Adresse.</translation>
    </message>
    <message>
        <source>The sender address is not a valid address.</source>
        <translation>Die Absenderadresse ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Fix the From address of the account.</source>
        <translation>Korrigieren Sie die Absenderadresse des Kontos.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not valid or cannot receive replies.</source>
        <translation>Die Domain des Absenders ist ungültig oder kann keine Antworten empfangen.</translation>
    </message>
    <message>
        <source>Use a From address in a domain that exists and receives mail.</source>
        <translation>Verwenden Sie eine Absenderadresse in einer Domain, die existiert und E-Mails empfängt.</translation>
    </message>
    <message>
        <source>The message was passed on to a mail system that cannot report whether it was delivered.</source>
        <translation>Die Nachricht wurde an ein Mailsystem übergeben, das nicht melden kann, ob sie zugestellt wurde.</translation>
    </message>
    <message>
        <source>Nothing needs to change; there will be no further delivery report.</source>
        <translation>Es ist nichts zu ändern; es wird keinen weiteren Zustellbericht geben.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record, saying it accepts no mail.</source>
        <translation>Die Domain des Empfängers veröffentlicht einen Null-MX-Eintrag und erklärt damit, dass sie keine E-Mails annimmt.</translation>
    </message>
    <message>
        <source>Check the domain of the address; this domain receives no mail at all.</source>
        <translation>Prüfen Sie die Domain der Adresse; diese Domain empfängt überhaupt keine E-Mails.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but something about it stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Das Postfach des Empfängers existiert, aber etwas daran hat die Zustellung verhindert: „%1“.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try again later or reach the recipient another way.</source>
        <translation>Lesen Sie die Worte des Servers; versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but is disabled and not taking messages.</source>
        <translation>Das Postfach des Empfängers existiert, ist aber deaktiviert und nimmt keine Nachrichten an.</translation>
    </message>
    <message>
        <source>Reach the recipient another way.</source>
        <translation>Erreichen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>Das Postfach des Empfängers ist voll.</translation>
    </message>
    <message>
        <source>Try again later, or tell the recipient another way.</source>
        <translation>Versuchen Sie es später erneut oder benachrichtigen Sie den Empfänger auf anderem Weg.</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s mailbox accepts.</source>
        <translation>Die Nachricht ist größer, als das Postfach des Empfängers annimmt.</translation>
    </message>
    <message>
        <source>The recipient is a mailing list that could not be expanded.</source>
        <translation>Der Empfänger ist eine Mailingliste, die nicht aufgelöst werden konnte.</translation>
    </message>
    <message>
        <source>Tell the list&apos;s owner; the list itself is broken.</source>
        <translation>Informieren Sie den Betreiber der Liste; die Liste selbst ist defekt.</translation>
    </message>
    <message>
        <source>The destination mail system had a problem of its own: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Das Ziel-Mailsystem hatte ein eigenes Problem: „%1“.</translation>
    </message>
    <message>
        <source>The destination mail system is out of storage.</source>
        <translation>Das Ziel-Mailsystem hat keinen Speicherplatz mehr.</translation>
    </message>
    <message>
        <source>The destination system is not accepting messages right now (maintenance or overload).</source>
        <translation>Das Zielsystem nimmt gerade keine Nachrichten an (Wartung oder Überlastung).</translation>
    </message>
    <message>
        <source>The destination system cannot handle a feature the message needs (for example 8-bit or UTF-8 content).</source>
        <translation>Das Zielsystem unterstützt eine Funktion nicht, die die Nachricht benötigt (zum Beispiel 8-Bit- oder UTF-8-Inhalt).</translation>
    </message>
    <message>
        <source>Send the message without the feature, for example with plain ASCII addresses.</source>
        <translation>Senden Sie die Nachricht ohne diese Funktion, zum Beispiel mit reinen ASCII-Adressen.</translation>
    </message>
    <message>
        <source>The message is larger than the destination system accepts.</source>
        <translation>Die Nachricht ist größer, als das Zielsystem annimmt.</translation>
    </message>
    <message>
        <source>The destination system is configured wrongly and cannot accept the message.</source>
        <translation>Das Zielsystem ist falsch konfiguriert und kann die Nachricht nicht annehmen.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; nothing on your side will fix it.</source>
        <translation>Informieren Sie den Administrator des Servers; auf Ihrer Seite lässt sich das nicht beheben.</translation>
    </message>
    <message>
        <source>The message was accepted but its requested priority was changed.</source>
        <translation>Die Nachricht wurde angenommen, aber ihre angeforderte Priorität wurde geändert.</translation>
    </message>
    <message>
        <source>A network or routing problem stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Ein Netzwerk- oder Routingproblem hat die Zustellung verhindert: „%1“.</translation>
    </message>
    <message>
        <source>The next mail server did not answer.</source>
        <translation>Der nächste Mailserver hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Try again later; the recipient&apos;s server may be down.</source>
        <translation>Versuchen Sie es später erneut; der Server des Empfängers ist möglicherweise nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke during the transfer.</source>
        <translation>Die Verbindung zum nächsten Mailserver ist während der Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>A directory server (usually DNS) failed while routing the message.</source>
        <translation>Ein Verzeichnisserver (meist DNS) ist beim Routing der Nachricht ausgefallen.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the recipient domain&apos;s DNS may be broken.</source>
        <translation>Versuchen Sie es später erneut; wenn es so bleibt, ist möglicherweise das DNS der Empfängerdomain fehlerhaft.</translation>
    </message>
    <message>
        <source>The mail system could not find a route to the recipient&apos;s domain.</source>
        <translation>Das Mailsystem konnte keinen Weg zur Domain des Empfängers finden.</translation>
    </message>
    <message>
        <source>Check the domain of the address; it may have no mail server.</source>
        <translation>Prüfen Sie die Domain der Adresse; möglicherweise hat sie keinen Mailserver.</translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation>Das Mailsystem ist überlastet.</translation>
    </message>
    <message>
        <source>The message went round in a loop between mail servers (often a forwarding rule).</source>
        <translation>Die Nachricht ist in einer Schleife zwischen Mailservern gekreist (oft wegen einer Weiterleitungsregel).</translation>
    </message>
    <message>
        <source>Check forwarding rules on your account and ask the recipient to check theirs.</source>
        <translation>Prüfen Sie die Weiterleitungsregeln Ihres Kontos und bitten Sie den Empfänger, seine zu prüfen.</translation>
    </message>
    <message>
        <source>The message was too old to keep trying to deliver it.</source>
        <translation>Die Nachricht war zu alt, um weitere Zustellversuche zu unternehmen.</translation>
    </message>
    <message>
        <source>Send it again; if it fails again, the recipient&apos;s server may be unreachable.</source>
        <translation>Senden Sie sie erneut; wenn es wieder scheitert, ist der Server des Empfängers möglicherweise nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server reported a protocol problem: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat ein Protokollproblem gemeldet: „%1“.</translation>
    </message>
    <message>
        <source>Check that the port and security mode are right for this server.</source>
        <translation>Prüfen Sie, ob Port und Sicherheitsmodus für diesen Server stimmen.</translation>
    </message>
    <message>
        <source>The server did not accept the command at this point or does not support it.</source>
        <translation>Der Server hat den Befehl an dieser Stelle nicht angenommen oder unterstützt ihn nicht.</translation>
    </message>
    <message>
        <source>Log in first if the server requires it; otherwise tell the Sendscope developers.</source>
        <translation>Melden Sie sich zuerst an, falls der Server das verlangt; andernfalls informieren Sie die Entwickler von Sendscope.</translation>
    </message>
    <message>
        <source>The server could not parse the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server konnte den Befehl nicht verarbeiten: „%1“.</translation>
    </message>
    <message>
        <source>Check the addresses and the EHLO host name for unusual characters.</source>
        <translation>Prüfen Sie die Adressen und den EHLO-Hostnamen auf ungewöhnliche Zeichen.</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>Die Nachricht hat mehr Empfänger, als der Server auf einmal annimmt.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message.</source>
        <translation>Senden Sie an weniger Empfänger pro Nachricht.</translation>
    </message>
    <message>
        <source>The server refused an argument of the command as invalid or unsupported.</source>
        <translation>Der Server hat ein Argument des Befehls als ungültig oder nicht unterstützt abgelehnt.</translation>
    </message>
    <message>
        <source>Send without the extra options, and check the addresses.</source>
        <translation>Senden Sie ohne die zusätzlichen Optionen und prüfen Sie die Adressen.</translation>
    </message>
    <message>
        <source>The server and Sendscope disagree about the protocol version.</source>
        <translation>Server und Sendscope sind sich über die Protokollversion uneinig.</translation>
    </message>
    <message>
        <source>A line of the login exchange was longer than the server accepts.</source>
        <translation>Eine Zeile des Anmeldeaustauschs war länger, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Use a shorter token or another login method.</source>
        <translation>Verwenden Sie ein kürzeres Token oder eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <source>Something in the message content stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Etwas im Inhalt der Nachricht hat die Zustellung verhindert: „%1“.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try without unusual attachments or encodings.</source>
        <translation>Lesen Sie die Worte des Servers; versuchen Sie es ohne ungewöhnliche Anhänge oder Kodierungen.</translation>
    </message>
    <message>
        <source>The message contains a kind of content the destination does not support.</source>
        <translation>Die Nachricht enthält eine Art von Inhalt, die das Ziel nicht unterstützt.</translation>
    </message>
    <message>
        <source>Send the content in a more common format.</source>
        <translation>Senden Sie den Inhalt in einem gebräuchlicheren Format.</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and conversion was forbidden.</source>
        <translation>Die Nachricht müsste für die Zustellung konvertiert werden, aber die Konvertierung wurde untersagt.</translation>
    </message>
    <message>
        <source>Send the message in a form the destination accepts without conversion.</source>
        <translation>Senden Sie die Nachricht in einer Form, die das Ziel ohne Konvertierung annimmt.</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and the mail system cannot convert it.</source>
        <translation>Die Nachricht müsste für die Zustellung konvertiert werden, aber das Mailsystem kann sie nicht konvertieren.</translation>
    </message>
    <message>
        <source>Send the message in a more common format.</source>
        <translation>Senden Sie die Nachricht in einem gebräuchlicheren Format.</translation>
    </message>
    <message>
        <source>The message was delivered, but a conversion lost some of its content.</source>
        <translation>Die Nachricht wurde zugestellt, aber bei einer Konvertierung ging ein Teil ihres Inhalts verloren.</translation>
    </message>
    <message>
        <source>Check with the recipient that the message arrived intact.</source>
        <translation>Klären Sie mit dem Empfänger, ob die Nachricht vollständig angekommen ist.</translation>
    </message>
    <message>
        <source>A conversion of the message content failed.</source>
        <translation>Eine Konvertierung des Nachrichteninhalts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server could not fetch the message content from the place it was referred to.</source>
        <translation>Der Server konnte den Nachrichteninhalt nicht von der Stelle abrufen, auf die verwiesen wurde.</translation>
    </message>
    <message>
        <source>Send the message with its content included.</source>
        <translation>Senden Sie die Nachricht mit eingebettetem Inhalt.</translation>
    </message>
    <message>
        <source>A sender or recipient address with non-ASCII characters is not allowed here.</source>
        <translation>Eine Absender- oder Empfängeradresse mit Nicht-ASCII-Zeichen ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Use an ASCII-only address for this recipient or server.</source>
        <translation>Verwenden Sie für diesen Empfänger oder Server eine reine ASCII-Adresse.</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it.</source>
        <translation>Der Server müsste in UTF-8 antworten, aber der Client hat das nicht erlaubt.</translation>
    </message>
    <message>
        <source>Send with SMTPUTF8 enabled, or use ASCII-only addresses.</source>
        <translation>Senden Sie mit aktiviertem SMTPUTF8 oder verwenden Sie reine ASCII-Adressen.</translation>
    </message>
    <message>
        <source>The message has UTF-8 header fields that cannot be passed on to one or more recipients.</source>
        <translation>Die Nachricht hat UTF-8-Kopfzeilen, die an einen oder mehrere Empfänger nicht weitergegeben werden können.</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses and header fields for these recipients.</source>
        <translation>Verwenden Sie für diese Empfänger reine ASCII-Adressen und -Kopfzeilen.</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it (a duplicate registration of X.6.8).</source>
        <translation>Der Server müsste in UTF-8 antworten, aber der Client hat das nicht erlaubt (eine doppelte Registrierung von X.6.8).</translation>
    </message>
    <message>
        <source>A security or policy rule stopped the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Eine Sicherheits- oder Richtlinienregel hat den Befehl verhindert: „%1“.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; often the server needs a login or STARTTLS first.</source>
        <translation>Lesen Sie die Worte des Servers; oft verlangt der Server zuerst eine Anmeldung oder STARTTLS.</translation>
    </message>
    <message>
        <source>The server&apos;s policy does not allow this delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Die Richtlinie des Servers erlaubt diese Zustellung nicht: „%1“.</translation>
    </message>
    <message>
        <source>Log in if you have not; otherwise the recipient&apos;s administrator must allow your messages.</source>
        <translation>Melden Sie sich an, falls noch nicht geschehen; andernfalls muss der Administrator des Empfängers Ihre Nachrichten zulassen.</translation>
    </message>
    <message>
        <source>You are not allowed to send to this mailing list.</source>
        <translation>Sie dürfen nicht an diese Mailingliste senden.</translation>
    </message>
    <message>
        <source>Ask the list&apos;s owner for permission to post.</source>
        <translation>Bitten Sie den Betreiber der Liste um Erlaubnis, Beiträge zu senden.</translation>
    </message>
    <message>
        <source>The message would need a security conversion that is not possible.</source>
        <translation>Die Nachricht würde eine Sicherheitskonvertierung erfordern, die nicht möglich ist.</translation>
    </message>
    <message>
        <source>Send the message without signing or encryption, or check with the recipient.</source>
        <translation>Senden Sie die Nachricht ohne Signatur oder Verschlüsselung, oder klären Sie es mit dem Empfänger.</translation>
    </message>
    <message>
        <source>The message asks for security features the mail system does not support.</source>
        <translation>Die Nachricht verlangt Sicherheitsfunktionen, die das Mailsystem nicht unterstützt.</translation>
    </message>
    <message>
        <source>Send the message without those security options.</source>
        <translation>Senden Sie die Nachricht ohne diese Sicherheitsoptionen.</translation>
    </message>
    <message>
        <source>A cryptographic step (checking a signature or decrypting) failed.</source>
        <translation>Ein kryptografischer Schritt (Prüfen einer Signatur oder Entschlüsseln) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the signing or encryption keys in use.</source>
        <translation>Prüfen Sie die verwendeten Signatur- oder Verschlüsselungsschlüssel.</translation>
    </message>
    <message>
        <source>The message uses a cryptographic algorithm the system does not support.</source>
        <translation>Die Nachricht verwendet einen kryptografischen Algorithmus, den das System nicht unterstützt.</translation>
    </message>
    <message>
        <source>Sign or encrypt with a more common algorithm.</source>
        <translation>Signieren oder verschlüsseln Sie mit einem gebräuchlicheren Algorithmus.</translation>
    </message>
    <message>
        <source>The message failed an integrity check: it was changed or corrupted on the way.</source>
        <translation>Die Nachricht hat eine Integritätsprüfung nicht bestanden: Sie wurde unterwegs verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>Senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The server did not accept the login: the credentials are invalid.</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert: Die Zugangsdaten sind ungültig.</translation>
    </message>
    <message>
        <source>Check the user name and password; many providers need an app password or OAuth.</source>
        <translation>Prüfen Sie Benutzername und Passwort; viele Anbieter verlangen ein App-Passwort oder OAuth.</translation>
    </message>
    <message>
        <source>The server considers the login method too weak.</source>
        <translation>Der Server hält die Anmeldemethode für zu schwach.</translation>
    </message>
    <message>
        <source>The server needs an encrypted connection before this.</source>
        <translation>Der Server verlangt vorher eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465).</source>
        <translation>Verwenden Sie STARTTLS (Port 587) oder TLS (Port 465).</translation>
    </message>
    <message>
        <source>The server allows this login method only over an encrypted connection.</source>
        <translation>Der Server erlaubt diese Anmeldemethode nur über eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>The account must change its password or login method before it can log in this way.</source>
        <translation>Das Konto muss sein Passwort oder seine Anmeldemethode ändern, bevor es sich auf diese Weise anmelden kann.</translation>
    </message>
    <message>
        <source>The login worked but the account is disabled.</source>
        <translation>Die Anmeldung hat funktioniert, aber das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Contact the provider or administrator to enable the account.</source>
        <translation>Wenden Sie sich an den Anbieter oder Administrator, um das Konto aktivieren zu lassen.</translation>
    </message>
    <message>
        <source>The server requires a trust relationship (such as a verified sign-in) it does not have yet.</source>
        <translation>Der Server verlangt eine Vertrauensbeziehung (etwa eine bestätigte Anmeldung), die noch nicht besteht.</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail, confirm any security prompt, then try again.</source>
        <translation>Melden Sie sich einmal über das Webmail des Anbieters an, bestätigen Sie etwaige Sicherheitsabfragen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The requested priority is lower than the server accepts.</source>
        <translation>Die angeforderte Priorität ist niedriger, als der Server akzeptiert.</translation>
    </message>
    <message>
        <source>Send with a higher priority or none.</source>
        <translation>Senden Sie mit einer höheren oder ohne Priorität.</translation>
    </message>
    <message>
        <source>The message is too large for the requested priority.</source>
        <translation>Die Nachricht ist für die angeforderte Priorität zu groß.</translation>
    </message>
    <message>
        <source>Send with a lower priority or a smaller message.</source>
        <translation>Senden Sie mit einer niedrigeren Priorität oder eine kleinere Nachricht.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has changed owner since the time the message asked about.</source>
        <translation>Das Postfach des Empfängers hat seit dem Zeitpunkt, nach dem die Nachricht fragte, den Inhaber gewechselt.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address.</source>
        <translation>Bestätigen Sie die aktuelle Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has changed owner since the time the message asked about.</source>
        <translation>Die Domain des Empfängers hat seit dem Zeitpunkt, nach dem die Nachricht fragte, den Inhaber gewechselt.</translation>
    </message>
    <message>
        <source>The server cannot check how long the recipient address has been valid.</source>
        <translation>Der Server kann nicht prüfen, seit wann die Empfängeradresse gültig ist.</translation>
    </message>
    <message>
        <source>Send without the recipient-valid-since check.</source>
        <translation>Senden Sie ohne die Prüfung „Empfänger gültig seit“.</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature that passed verification.</source>
        <translation>Die Nachricht trägt keine DKIM-Signatur, die die Prüfung bestanden hat.</translation>
    </message>
    <message>
        <source>Have the domain owner set up DKIM signing for your From domain.</source>
        <translation>Lassen Sie den Inhaber der Domain DKIM-Signaturen für Ihre Absenderdomain einrichten.</translation>
    </message>
    <message>
        <source>The message&apos;s DKIM signatures passed but none is acceptable to the receiver&apos;s policy.</source>
        <translation>Die DKIM-Signaturen der Nachricht sind gültig, aber keine ist nach der Richtlinie des Empfängers akzeptabel.</translation>
    </message>
    <message>
        <source>Have the domain owner sign with a key and domain the receiver accepts.</source>
        <translation>Lassen Sie den Inhaber der Domain mit einem Schlüssel und einer Domain signieren, die der Empfänger akzeptiert.</translation>
    </message>
    <message>
        <source>No valid DKIM signature matches the domain of the From address.</source>
        <translation>Keine gültige DKIM-Signatur passt zur Domain der Absenderadresse.</translation>
    </message>
    <message>
        <source>Have the domain owner sign messages with the From address&apos;s own domain.</source>
        <translation>Lassen Sie den Inhaber der Domain Nachrichten mit der Domain der Absenderadresse selbst signieren.</translation>
    </message>
    <message>
        <source>The message failed the receiver&apos;s SPF check: this server is not listed as allowed to send for your domain.</source>
        <translation>Die Nachricht hat die SPF-Prüfung des Empfängers nicht bestanden: Dieser Server ist nicht als berechtigter Absender für Ihre Domain eingetragen.</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, or have its SPF record list this server.</source>
        <translation>Senden Sie über den eigenen Server Ihrer Domain, oder lassen Sie diesen Server in ihren SPF-Eintrag aufnehmen.</translation>
    </message>
    <message>
        <source>Checking SPF for your domain produced an error.</source>
        <translation>Bei der SPF-Prüfung Ihrer Domain ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Have the domain owner fix the domain&apos;s SPF record.</source>
        <translation>Lassen Sie den Inhaber der Domain den SPF-Eintrag korrigieren.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address failed the reverse DNS check.</source>
        <translation>Die IP-Adresse des sendenden Servers hat die Reverse-DNS-Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission server rather than directly from this machine.</source>
        <translation>Senden Sie über den Postausgangsserver Ihres Anbieters statt direkt von diesem Rechner.</translation>
    </message>
    <message>
        <source>The message failed more than one sender authentication check (SPF, DKIM, DMARC).</source>
        <translation>Die Nachricht hat mehr als eine Absender-Authentifizierungsprüfung nicht bestanden (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, and have the domain owner set up SPF, DKIM and DMARC.</source>
        <translation>Senden Sie über den eigenen Server Ihrer Domain und lassen Sie den Inhaber der Domain SPF, DKIM und DMARC einrichten.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX record, saying it accepts no mail, so replies could not reach it.</source>
        <translation>Die Domain des Absenders veröffentlicht einen Null-MX-Eintrag und erklärt damit, dass sie keine E-Mails annimmt; Antworten könnten sie also nicht erreichen.</translation>
    </message>
    <message>
        <source>Use a From address in a domain that receives mail.</source>
        <translation>Verwenden Sie eine Absenderadresse in einer Domain, die E-Mails empfängt.</translation>
    </message>
    <message>
        <source>The receiver detected a flood of similar messages and refused this one.</source>
        <translation>Der Empfänger hat eine Flut ähnlicher Nachrichten erkannt und diese abgelehnt.</translation>
    </message>
    <message>
        <source>Send fewer messages, more slowly.</source>
        <translation>Senden Sie weniger Nachrichten, und zwar langsamer.</translation>
    </message>
    <message>
        <source>The message failed ARC validation (the record of earlier authentication checks).</source>
        <translation>Die Nachricht hat die ARC-Validierung nicht bestanden (die Aufzeichnung früherer Authentifizierungsprüfungen).</translation>
    </message>
    <message>
        <source>Tell the administrator of the forwarding system.</source>
        <translation>Informieren Sie den Administrator des weiterleitenden Systems.</translation>
    </message>
    <message>
        <source>The message requires REQUIRETLS and a system on the way does not support it.</source>
        <translation>Die Nachricht verlangt REQUIRETLS, und ein System auf dem Weg unterstützt das nicht.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS, or to a destination that supports it.</source>
        <translation>Senden Sie ohne REQUIRETLS oder an ein Ziel, das es unterstützt.</translation>
    </message>
    <message>
        <source>A security step failed for now, often a temporary login failure or TLS not being available: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Ein Sicherheitsschritt ist vorübergehend fehlgeschlagen, oft eine vorübergehende Anmeldestörung oder nicht verfügbares TLS: „%1“.</translation>
    </message>
    <message>
        <source>A security rule refused the command, often because a login or STARTTLS is required first: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Eine Sicherheitsregel hat den Befehl abgelehnt, oft weil zuerst eine Anmeldung oder STARTTLS erforderlich ist: „%1“.</translation>
    </message>
    <message>
        <source>Use STARTTLS and log in with your account before sending.</source>
        <translation>Verwenden Sie STARTTLS und melden Sie sich vor dem Senden mit Ihrem Konto an.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on this port, or a firewall rejected it.</source>
        <translation>Der Server hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts, oder eine Firewall hat sie zurückgewiesen.</translation>
    </message>
    <message>
        <source>Check the host name and port (587 for starttls, 465 for tls).</source>
        <translation>Prüfen Sie Hostname und Port (587 für starttls, 465 für tls).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Try again; if it closes at once each time, check the port and security mode.</source>
        <translation>Versuchen Sie es erneut; wenn er sie jedes Mal sofort schließt, prüfen Sie Port und Sicherheitsmodus.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found in DNS.</source>
        <translation>Der Hostname des Servers wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name and your network connection.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The operating system did not allow the network connection.</source>
        <translation>Das Betriebssystem hat die Netzwerkverbindung nicht zugelassen.</translation>
    </message>
    <message>
        <source>Check firewall or sandbox settings that may block Sendscope from the network.</source>
        <translation>Prüfen Sie Firewall- oder Sandbox-Einstellungen, die Sendscope den Netzwerkzugriff verwehren könnten.</translation>
    </message>
    <message>
        <source>The operating system ran out of resources for another network connection.</source>
        <translation>Dem Betriebssystem fehlen die Ressourcen für eine weitere Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Close other programs or connections and try again.</source>
        <translation>Schließen Sie andere Programme oder Verbindungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection attempt or the network operation took too long.</source>
        <translation>Der Verbindungsversuch oder der Netzwerkvorgang hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Check the host and port; a firewall may be silently dropping the connection.</source>
        <translation>Prüfen Sie Host und Port; möglicherweise verwirft eine Firewall die Verbindung stillschweigend.</translation>
    </message>
    <message>
        <source>A datagram was larger than the operating system allows.</source>
        <translation>Ein Datagramm war größer, als das Betriebssystem erlaubt.</translation>
    </message>
    <message>
        <source>This does not happen with SMTP over TCP; tell the Sendscope developers.</source>
        <translation>Das kommt bei SMTP über TCP nicht vor; informieren Sie die Entwickler von Sendscope.</translation>
    </message>
    <message>
        <source>The network failed (for example the cable was unplugged or Wi-Fi dropped).</source>
        <translation>Das Netzwerk ist ausgefallen (zum Beispiel wurde das Kabel gezogen oder das WLAN getrennt).</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use is already in use.</source>
        <translation>Die lokale Adresse, die Sendscope verwenden wollte, ist bereits belegt.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use does not belong to this computer.</source>
        <translation>Die lokale Adresse, die Sendscope verwenden wollte, gehört nicht zu diesem Rechner.</translation>
    </message>
    <message>
        <source>Check the network settings of this computer.</source>
        <translation>Prüfen Sie die Netzwerkeinstellungen dieses Rechners.</translation>
    </message>
    <message>
        <source>This computer does not support the requested network operation (for example IPv6).</source>
        <translation>Dieser Rechner unterstützt den angeforderten Netzwerkvorgang nicht (zum Beispiel IPv6).</translation>
    </message>
    <message>
        <source>Try the server&apos;s IPv4 address or host name.</source>
        <translation>Versuchen Sie die IPv4-Adresse oder den Hostnamen des Servers.</translation>
    </message>
    <message>
        <source>A network operation was still in progress.</source>
        <translation>Ein Netzwerkvorgang war noch im Gange.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy server requires a login.</source>
        <translation>Der Proxyserver verlangt eine Anmeldung.</translation>
    </message>
    <message>
        <source>Check the proxy settings and credentials.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen und Zugangsdaten.</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed.</source>
        <translation>Der TLS-Handshake mit dem Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the port and security mode match (tls on 465, starttls on 587).</source>
        <translation>Prüfen Sie, ob Port und Sicherheitsmodus zusammenpassen (tls auf 465, starttls auf 587).</translation>
    </message>
    <message>
        <source>The proxy server refused the connection.</source>
        <translation>Der Proxyserver hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The proxy server closed the connection unexpectedly.</source>
        <translation>Der Proxyserver hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>Check the proxy settings and try again.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy server did not answer in time.</source>
        <translation>Der Proxyserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The proxy server could not be found.</source>
        <translation>Der Proxyserver wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the proxy host name in the settings.</source>
        <translation>Prüfen Sie den Hostnamen des Proxys in den Einstellungen.</translation>
    </message>
    <message>
        <source>The proxy server&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Proxyservers konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>Check that the proxy type in the settings is right.</source>
        <translation>Prüfen Sie, ob der Proxytyp in den Einstellungen stimmt.</translation>
    </message>
    <message>
        <source>A network operation was attempted in a state that does not allow it.</source>
        <translation>Ein Netzwerkvorgang wurde in einem Zustand versucht, der ihn nicht erlaubt.</translation>
    </message>
    <message>
        <source>Try again; if it persists, tell the Sendscope developers.</source>
        <translation>Versuchen Sie es erneut; wenn es so bleibt, informieren Sie die Entwickler von Sendscope.</translation>
    </message>
    <message>
        <source>The TLS library had an internal error.</source>
        <translation>In der TLS-Bibliothek ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Check that OpenSSL is installed correctly.</source>
        <translation>Prüfen Sie, ob OpenSSL korrekt installiert ist.</translation>
    </message>
    <message>
        <source>The TLS library was given invalid data (a certificate or key).</source>
        <translation>Die TLS-Bibliothek hat ungültige Daten erhalten (ein Zertifikat oder einen Schlüssel).</translation>
    </message>
    <message>
        <source>Check the CA file or client certificate given to Sendscope.</source>
        <translation>Prüfen Sie die CA-Datei oder das Client-Zertifikat, das Sendscope übergeben wurde.</translation>
    </message>
    <message>
        <source>A temporary network error occurred.</source>
        <translation>Ein vorübergehender Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>An unidentified network error occurred.</source>
        <translation>Ein nicht identifizierter Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The certificate check found no problem.</source>
        <translation>Die Zertifikatsprüfung hat kein Problem gefunden.</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued the server&apos;s certificate could not be found.</source>
        <translation>Das Zertifikat der Stelle, die das Serverzertifikat ausgestellt hat, wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain, or give the CA with --ca-file.</source>
        <translation>Bitten Sie den Administrator des Servers, die vollständige Zertifikatskette zu senden, oder geben Sie die CA mit --ca-file an.</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate could not be decrypted.</source>
        <translation>Die Signatur des Serverzertifikats konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The certificate is damaged; tell the server&apos;s administrator.</source>
        <translation>Das Zertifikat ist beschädigt; informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The public key of the issuing authority could not be read.</source>
        <translation>Der öffentliche Schlüssel der ausstellenden Stelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate chain is damaged; tell the server&apos;s administrator.</source>
        <translation>Die Zertifikatskette ist beschädigt; informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate is invalid.</source>
        <translation>Die Signatur des Serverzertifikats ist ungültig.</translation>
    </message>
    <message>
        <source>Do not trust this connection: the certificate may be forged or damaged.</source>
        <translation>Vertrauen Sie dieser Verbindung nicht: Das Zertifikat ist möglicherweise gefälscht oder beschädigt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Serverzertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Rechners.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Serverzertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; also check this computer&apos;s date.</source>
        <translation>Informieren Sie den Administrator des Servers; prüfen Sie auch das Datum dieses Rechners.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is malformed.</source>
        <translation>Das Anfangsdatum des Zertifikats ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The certificate is broken; tell the server&apos;s administrator.</source>
        <translation>Das Zertifikat ist defekt; informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The certificate&apos;s expiry date is malformed.</source>
        <translation>Das Ablaufdatum des Zertifikats ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so no trusted authority vouches for it.</source>
        <translation>Das Serverzertifikat ist selbstsigniert, daher bürgt keine vertrauenswürdige Stelle dafür.</translation>
    </message>
    <message>
        <source>Trust it only if you know the server: compare the fingerprint and pin it with --pin-sha256.</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie den Server kennen: Vergleichen Sie den Fingerabdruck und pinnen Sie ihn mit --pin-sha256.</translation>
    </message>
    <message>
        <source>The certificate chain ends in a self-signed authority this computer does not trust.</source>
        <translation>Die Zertifikatskette endet bei einer selbstsignierten Stelle, der dieser Rechner nicht vertraut.</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>Geben Sie das Zertifikat dieser Stelle mit --ca-file an, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The authority that issued the server&apos;s certificate is not trusted on this computer.</source>
        <translation>Der Stelle, die das Serverzertifikat ausgestellt hat, wird auf diesem Rechner nicht vertraut.</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it, or ask the administrator to send the full chain.</source>
        <translation>Geben Sie das Zertifikat dieser Stelle mit --ca-file an, wenn Sie ihr vertrauen, oder bitten Sie den Administrator, die vollständige Kette zu senden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified against any trusted authority.</source>
        <translation>Das Serverzertifikat konnte gegen keine vertrauenswürdige Stelle geprüft werden.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain.</source>
        <translation>Bitten Sie den Administrator des Servers, die vollständige Zertifikatskette zu senden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>Das Serverzertifikat wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>Do not trust this connection; tell the server&apos;s administrator.</source>
        <translation>Vertrauen Sie dieser Verbindung nicht; informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to act as an authority.</source>
        <translation>Ein Zertifikat in der Kette darf nicht als Zertifizierungsstelle auftreten.</translation>
    </message>
    <message>
        <source>The chain is misconfigured; tell the server&apos;s administrator.</source>
        <translation>Die Kette ist falsch konfiguriert; informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The certificate chain is longer than an authority in it allows.</source>
        <translation>Die Zertifikatskette ist länger, als eine Stelle darin erlaubt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not meant for a TLS server.</source>
        <translation>Das Serverzertifikat ist nicht für einen TLS-Server bestimmt.</translation>
    </message>
    <message>
        <source>The certificate is wrong for this use; tell the server&apos;s administrator.</source>
        <translation>Das Zertifikat ist für diesen Zweck ungeeignet; informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The issuing authority is not trusted for this purpose on this computer.</source>
        <translation>Der ausstellenden Stelle wird auf diesem Rechner für diesen Zweck nicht vertraut.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>Geben Sie das Zertifikat der Stelle mit --ca-file an, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The issuing authority is marked to reject this kind of use.</source>
        <translation>Die ausstellende Stelle ist so markiert, dass diese Art der Verwendung abgelehnt wird.</translation>
    </message>
    <message>
        <source>Do not trust this connection without checking with the server&apos;s administrator.</source>
        <translation>Vertrauen Sie dieser Verbindung nicht, ohne mit dem Administrator des Servers Rücksprache zu halten.</translation>
    </message>
    <message>
        <source>A certificate in the chain does not match the authority that should have issued it.</source>
        <translation>Ein Zertifikat in der Kette passt nicht zu der Stelle, die es hätte ausstellen sollen.</translation>
    </message>
    <message>
        <source>The authority key identifier of a certificate does not match its issuer.</source>
        <translation>Der Schlüsselbezeichner der Zertifizierungsstelle (Authority Key Identifier) eines Zertifikats passt nicht zu seinem Aussteller.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>Do not send credentials to this server; check the port and security mode.</source>
        <translation>Senden Sie keine Zugangsdaten an diesen Server; prüfen Sie Port und Sicherheitsmodus.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different host name than the one you connected to.</source>
        <translation>Das Serverzertifikat gilt für einen anderen Hostnamen als den, mit dem Sie sich verbunden haben.</translation>
    </message>
    <message>
        <source>Use the host name the provider documents (the one in the certificate), not an alias or IP address.</source>
        <translation>Verwenden Sie den Hostnamen, den der Anbieter dokumentiert (den im Zertifikat), keinen Alias und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>TLS is not available in this build of Sendscope.</source>
        <translation>TLS ist in dieser Version von Sendscope nicht verfügbar.</translation>
    </message>
    <message>
        <source>Install the OpenSSL libraries and Qt&apos;s TLS plugin.</source>
        <translation>Installieren Sie die OpenSSL-Bibliotheken und das TLS-Plugin von Qt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is on a block list of known-bad certificates.</source>
        <translation>Das Serverzertifikat steht auf einer Sperrliste bekannter schädlicher Zertifikate.</translation>
    </message>
    <message>
        <source>Do not trust this connection.</source>
        <translation>Vertrauen Sie dieser Verbindung nicht.</translation>
    </message>
    <message>
        <source>The revocation status of the server&apos;s certificate could not be determined.</source>
        <translation>Der Sperrstatus des Serverzertifikats konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>Try again later; the issuer&apos;s status service may be unreachable.</source>
        <translation>Versuchen Sie es später erneut; der Statusdienst des Ausstellers ist möglicherweise nicht erreichbar.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) gave no answer for this certificate.</source>
        <translation>Der Zertifikatsstatusdienst (OCSP) hat für dieses Zertifikat keine Antwort gegeben.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) called the request malformed.</source>
        <translation>Der Zertifikatsstatusdienst (OCSP) hat die Anfrage als fehlerhaft bezeichnet.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) sent an answer that could not be read.</source>
        <translation>Der Zertifikatsstatusdienst (OCSP) hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) had an internal error.</source>
        <translation>Im Zertifikatsstatusdienst (OCSP) ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) asked to try again later.</source>
        <translation>Der Zertifikatsstatusdienst (OCSP) hat gebeten, es später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) requires a signed request.</source>
        <translation>Der Zertifikatsstatusdienst (OCSP) verlangt eine signierte Anfrage.</translation>
    </message>
    <message>
        <source>Try again later or tell the server&apos;s administrator.</source>
        <translation>Versuchen Sie es später erneut oder informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) refused to answer for this certificate.</source>
        <translation>Der Zertifikatsstatusdienst (OCSP) hat eine Antwort für dieses Zertifikat verweigert.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator.</source>
        <translation>Informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) could not be trusted.</source>
        <translation>Der Antwort des Zertifikatsstatusdienstes (OCSP) konnte nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) was about a different certificate.</source>
        <translation>Die Antwort des Zertifikatsstatusdienstes (OCSP) betraf ein anderes Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) has expired.</source>
        <translation>Die Antwort des Zertifikatsstatusdienstes (OCSP) ist abgelaufen.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, then try again.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Rechners und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) does not know this certificate.</source>
        <translation>Der Zertifikatsstatusdienst (OCSP) kennt dieses Zertifikat nicht.</translation>
    </message>
    <message>
        <source>The certificate check failed for an unspecified reason.</source>
        <translation>Die Zertifikatsprüfung ist aus einem nicht näher angegebenen Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the certificate details shown and decide whether to trust it.</source>
        <translation>Prüfen Sie die angezeigten Zertifikatsdetails und entscheiden Sie, ob Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Sendscope found a problem in the options or the message before connecting.</source>
        <translation>Sendscope hat vor dem Verbindungsaufbau ein Problem in den Optionen oder der Nachricht gefunden.</translation>
    </message>
    <message>
        <source>Fix the field named in the message above.</source>
        <translation>Korrigieren Sie das in der obigen Meldung genannte Feld.</translation>
    </message>
    <message>
        <source>Sendscope could not open a connection to %2 on port %3.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>Sendscope konnte keine Verbindung zu %2 auf Port %3 herstellen.</translation>
    </message>
    <message>
        <source>Check the host name, the port and your network connection.</source>
        <translation>Prüfen Sie Hostname, Port und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the exchange finished.</source>
        <translation>Die Verbindung zum Server ist abgebrochen, bevor der Austausch beendet war.</translation>
    </message>
    <message>
        <source>Try again; if it always breaks at the same step, check the port and security mode.</source>
        <translation>Versuchen Sie es erneut; wenn sie immer beim selben Schritt abbricht, prüfen Sie Port und Sicherheitsmodus.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid SMTP reply.</source>
        <translation>Der Server hat etwas gesendet, das keine gültige SMTP-Antwort ist.</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server and that the security mode matches it.</source>
        <translation>Prüfen Sie, ob der Port zu einem SMTP-Server gehört und der Sicherheitsmodus dazu passt.</translation>
    </message>
    <message>
        <source>Encryption could not be set up, so Sendscope stopped before sending anything sensitive.</source>
        <translation>Die Verschlüsselung konnte nicht eingerichtet werden, daher hat Sendscope angehalten, bevor vertrauliche Daten gesendet wurden.</translation>
    </message>
    <message>
        <source>Check the security mode; if the server offers no STARTTLS, ask its administrator to enable it.</source>
        <translation>Prüfen Sie den Sicherheitsmodus; wenn der Server kein STARTTLS anbietet, bitten Sie den Administrator, es zu aktivieren.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so Sendscope stopped before logging in.</source>
        <translation>Dem Serverzertifikat wurde nicht vertraut, daher hat Sendscope vor der Anmeldung angehalten.</translation>
    </message>
    <message>
        <source>Check the certificate details; trust it only with --ca-file or --pin-sha256 if you know the server.</source>
        <translation>Prüfen Sie die Zertifikatsdetails; vertrauen Sie ihm nur mit --ca-file oder --pin-sha256, wenn Sie den Server kennen.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>No login method could be used safely: the server offers none Sendscope supports, or the password would travel unencrypted.</source>
        <translation>Keine Anmeldemethode konnte sicher verwendet werden: Der Server bietet keine an, die Sendscope unterstützt, oder das Passwort würde unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Use starttls on port 587 or tls on port 465; choose another --auth method only if the server lists it.</source>
        <translation>Verwenden Sie starttls auf Port 587 oder tls auf Port 465; wählen Sie eine andere --auth-Methode nur, wenn der Server sie aufführt.</translation>
    </message>
    <message>
        <source>The server refused the sender, a recipient or the message.</source>
        <translation>Der Server hat den Absender, einen Empfänger oder die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words above for the reason.</source>
        <translation>Den Grund nennen die obigen Worte des Servers.</translation>
    </message>
    <message>
        <source>The message is larger than the server&apos;s announced size limit.</source>
        <translation>Die Nachricht ist größer als die vom Server angekündigte Größenbeschränkung.</translation>
    </message>
    <message>
        <source>The message needs an extension the server does not offer (such as SMTPUTF8 for non-ASCII addresses).</source>
        <translation>Die Nachricht benötigt eine Erweiterung, die der Server nicht anbietet (etwa SMTPUTF8 für Adressen mit Nicht-ASCII-Zeichen).</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses, or a server that offers the extension.</source>
        <translation>Verwenden Sie reine ASCII-Adressen oder einen Server, der die Erweiterung anbietet.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Try again; a longer --timeout may help on a slow server.</source>
        <translation>Versuchen Sie es erneut; bei einem langsamen Server kann ein längeres --timeout helfen.</translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation>Das Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing needs to change; send again when ready.</source>
        <translation>Es ist nichts zu ändern; senden Sie erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>No connection to %2 on port %3 could be made in time.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>Innerhalb der Wartezeit konnte keine Verbindung zu %2 auf Port %3 hergestellt werden.</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting in time.</source>
        <translation>Der Server hat die Verbindung angenommen, aber nicht rechtzeitig eine Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>Check the port and security mode (tls on 465, starttls on 587).</source>
        <translation>Prüfen Sie Port und Sicherheitsmodus (tls auf 465, starttls auf 587).</translation>
    </message>
    <message>
        <source>The server stopped taking the message text in time.</source>
        <translation>Der Server hat den Nachrichtentext nicht rechtzeitig weiter angenommen.</translation>
    </message>
    <message>
        <source>Try again; with a slow link, a longer --timeout may help.</source>
        <translation>Versuchen Sie es erneut; bei einer langsamen Leitung kann ein längeres --timeout helfen.</translation>
    </message>
    <message>
        <source>The connection broke while the message was being sent.</source>
        <translation>Die Verbindung ist während des Sendens der Nachricht abgebrochen.</translation>
    </message>
    <message>
        <source>Try again; if it keeps breaking, the message may be over the server&apos;s size limit.</source>
        <translation>Versuchen Sie es erneut; wenn sie immer wieder abbricht, überschreitet die Nachricht möglicherweise die Größenbeschränkung des Servers.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending because it sent spam (often a sign it was compromised).</source>
        <translation>Microsoft 365 hat dieses Konto für das Senden gesperrt, weil es Spam verschickt hat (oft ein Zeichen dafür, dass es kompromittiert wurde).</translation>
    </message>
    <message>
        <source>Secure the account and reset its password; an administrator must then release it.</source>
        <translation>Sichern Sie das Konto und setzen Sie das Passwort zurück; anschließend muss ein Administrator es wieder freigeben.</translation>
    </message>
    <message>
        <source>Microsoft 365 could not find the recipient address.</source>
        <translation>Microsoft 365 konnte die Empfängeradresse nicht finden.</translation>
    </message>
    <message>
        <source>Check the recipient address for a typo.</source>
        <translation>Prüfen Sie die Empfängeradresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>This account reached its daily limit of message recipients.</source>
        <translation>Dieses Konto hat sein Tageslimit an Empfängern erreicht.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (a rolling 24 hours) before sending more.</source>
        <translation>Warten Sie, bis das Limit zurückgesetzt wird (fortlaufende 24 Stunden), bevor Sie weitere Nachrichten senden.</translation>
    </message>
    <message>
        <source>This account exceeded its sending quota (recipients or messages per time).</source>
        <translation>Dieses Konto hat sein Sendekontingent überschritten (Empfänger oder Nachrichten pro Zeitraum).</translation>
    </message>
    <message>
        <source>Wait before sending more, and check that the account is not being misused.</source>
        <translation>Warten Sie, bevor Sie weitere Nachrichten senden, und prüfen Sie, ob das Konto missbraucht wird.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 hat die Anmeldung nicht akzeptiert: „%1“.</translation>
    </message>
    <message>
        <source>Check the password; if it is right, basic authentication may be blocked for this account, so use OAuth (XOAUTH2).</source>
        <translation>Prüfen Sie das Passwort; wenn es stimmt, ist die Standardauthentifizierung für dieses Konto möglicherweise gesperrt – verwenden Sie dann OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>The recipient accepts mail only from senders in its own organisation.</source>
        <translation>Der Empfänger nimmt E-Mails nur von Absendern aus seiner eigenen Organisation an.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept mail from outside the organisation.</source>
        <translation>Bitten Sie den Administrator des Empfängers, E-Mails von außerhalb der Organisation anzunehmen.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to send because the client did not log in before MAIL FROM.</source>
        <translation>Microsoft 365 hat das Senden verweigert, weil sich der Client vor MAIL FROM nicht angemeldet hat.</translation>
    </message>
    <message>
        <source>Turn on login (SMTP AUTH) with the mailbox&apos;s full address over STARTTLS on port 587.</source>
        <translation>Aktivieren Sie die Anmeldung (SMTP AUTH) mit der vollständigen Adresse des Postfachs über STARTTLS auf Port 587.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to relay because an inbound connector does not match this sender (TenantAttribution).</source>
        <translation>Microsoft 365 hat die Weiterleitung verweigert, weil kein eingehender Connector zu diesem Absender passt (TenantAttribution).</translation>
    </message>
    <message>
        <source>The tenant administrator must fix the inbound connector configuration.</source>
        <translation>Der Mandantenadministrator muss die Konfiguration des eingehenden Connectors korrigieren.</translation>
    </message>
    <message>
        <source>You are not in the allowed-senders list of the distribution group you wrote to.</source>
        <translation>Sie stehen nicht auf der Liste der zugelassenen Absender der Verteilergruppe, an die Sie geschrieben haben.</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner to add you to its allowed senders.</source>
        <translation>Bitten Sie den Besitzer der Gruppe, Sie zu den zugelassenen Absendern hinzuzufügen.</translation>
    </message>
    <message>
        <source>The recipient group rejects messages from outside its organisation.</source>
        <translation>Die Empfängergruppe lehnt Nachrichten von außerhalb ihrer Organisation ab.</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner or administrator to accept external senders.</source>
        <translation>Bitten Sie den Besitzer oder Administrator der Gruppe, externe Absender zuzulassen.</translation>
    </message>
    <message>
        <source>The recipient mailbox rejects messages from outside its organisation.</source>
        <translation>Das Empfängerpostfach lehnt Nachrichten von außerhalb seiner Organisation ab.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept external senders.</source>
        <translation>Bitten Sie den Administrator des Empfängers, externe Absender zuzulassen.</translation>
    </message>
    <message>
        <source>The recipient public folder rejects messages from outside its organisation.</source>
        <translation>Der öffentliche Ordner des Empfängers lehnt Nachrichten von außerhalb seiner Organisation ab.</translation>
    </message>
    <message>
        <source>The recipient mail user rejects messages from outside its organisation.</source>
        <translation>Der E-Mail-Benutzer des Empfängers lehnt Nachrichten von außerhalb seiner Organisation ab.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is not allowed for this account: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 hat die Anmeldung verweigert, weil SMTP AUTH für dieses Konto nicht erlaubt ist: „%1“.</translation>
    </message>
    <message>
        <source>A tenant administrator must enable SMTP AUTH for this mailbox (and security defaults must allow it), or log in with OAuth (XOAUTH2).</source>
        <translation>Ein Mandantenadministrator muss SMTP AUTH für dieses Postfach aktivieren (und die Sicherheitsstandards müssen es zulassen), oder melden Sie sich mit OAuth (XOAUTH2) an.</translation>
    </message>
    <message>
        <source>Microsoft 365 banned this account from sending because spam was detected.</source>
        <translation>Microsoft 365 hat dieses Konto vom Senden ausgeschlossen, weil Spam erkannt wurde.</translation>
    </message>
    <message>
        <source>Secure the account and reset its credentials, then contact Microsoft support through your administrator.</source>
        <translation>Sichern Sie das Konto, setzen Sie seine Zugangsdaten zurück und wenden Sie sich dann über Ihren Administrator an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>The From domain failed DMARC and its DMARC policy says to reject such mail.</source>
        <translation>Die Absenderdomain hat DMARC nicht bestanden, und ihre DMARC-Richtlinie verlangt, solche E-Mails abzulehnen.</translation>
    </message>
    <message>
        <source>Send through a server that is allowed by the domain&apos;s SPF and DKIM, or fix the domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>Senden Sie über einen Server, der durch SPF und DKIM der Domain zugelassen ist, oder korrigieren Sie die SPF-, DKIM- und DMARC-Einträge der Domain.</translation>
    </message>
    <message>
        <source>The message has no valid From address.</source>
        <translation>Die Nachricht hat keine gültige Absenderadresse.</translation>
    </message>
    <message>
        <source>Give the message a From address like Name &lt;name@example.org&gt;.</source>
        <translation>Geben Sie der Nachricht eine Absenderadresse wie Name &lt;name@example.org&gt;.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked sending for the whole tenant because most of its traffic looked suspicious.</source>
        <translation>Microsoft 365 hat das Senden für den gesamten Mandanten gesperrt, weil der Großteil seines Datenverkehrs verdächtig aussah.</translation>
    </message>
    <message>
        <source>The tenant administrator must fix any compromise and contact Microsoft support.</source>
        <translation>Der Mandantenadministrator muss eine etwaige Kompromittierung beheben und sich an den Microsoft-Support wenden.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept traffic from this IP address.</source>
        <translation>Microsoft 365 nimmt keinen Datenverkehr von dieser IP-Adresse an.</translation>
    </message>
    <message>
        <source>The tenant administrator must contact Microsoft support.</source>
        <translation>Der Mandantenadministrator muss sich an den Microsoft-Support wenden.</translation>
    </message>
    <message>
        <source>Gmail wants an app password, not your Google account password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail verlangt ein App-Passwort, nicht das Passwort Ihres Google-Kontos: „%1“.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification, create an App Password in your Google Account and use it here, or log in with OAuth (XOAUTH2).</source>
        <translation>Aktivieren Sie die Bestätigung in zwei Schritten, erstellen Sie in Ihrem Google-Konto ein App-Passwort und verwenden Sie es hier, oder melden Sie sich mit OAuth (XOAUTH2) an.</translation>
    </message>
    <message>
        <source>Gmail did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail hat Benutzername und Passwort nicht akzeptiert: „%1“.</translation>
    </message>
    <message>
        <source>Use your full Gmail address and an App Password (needs 2-Step Verification) instead of the account password, or log in with OAuth (XOAUTH2).</source>
        <translation>Verwenden Sie Ihre vollständige Gmail-Adresse und ein App-Passwort (erfordert die Bestätigung in zwei Schritten) statt des Kontopassworts, oder melden Sie sich mit OAuth (XOAUTH2) an.</translation>
    </message>
    <message>
        <source>Gmail wants you to sign in through the web first before it accepts this login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail verlangt, dass Sie sich zuerst im Web anmelden, bevor diese Anmeldung akzeptiert wird: „%1“.</translation>
    </message>
    <message>
        <source>Sign in at mail.google.com in a browser, confirm any security prompt, then try again.</source>
        <translation>Melden Sie sich in einem Browser auf mail.google.com an, bestätigen Sie etwaige Sicherheitsabfragen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is turned off for this tenant or mailbox: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 hat die Anmeldung verweigert, weil SMTP AUTH für diesen Mandanten oder dieses Postfach deaktiviert ist: „%1“.</translation>
    </message>
    <message>
        <source>A tenant administrator must enable Authenticated SMTP for this mailbox, or log in with OAuth (XOAUTH2).</source>
        <translation>Ein Mandantenadministrator muss authentifiziertes SMTP für dieses Postfach aktivieren, oder melden Sie sich mit OAuth (XOAUTH2) an.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because the organisation&apos;s security defaults block SMTP AUTH: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 hat die Anmeldung verweigert, weil die Sicherheitsstandards der Organisation SMTP AUTH blockieren: „%1“.</translation>
    </message>
    <message>
        <source>Log in with OAuth (XOAUTH2), or ask the tenant administrator to exclude this account from security defaults.</source>
        <translation>Melden Sie sich mit OAuth (XOAUTH2) an, oder bitten Sie den Mandantenadministrator, dieses Konto von den Sicherheitsstandards auszunehmen.</translation>
    </message>
    <message>
        <source>Yahoo did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Yahoo hat die Anmeldung nicht akzeptiert: „%1“.</translation>
    </message>
    <message>
        <source>Create an app password in your Yahoo account&apos;s security settings and use it instead of the account password.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen Ihres Yahoo-Kontos ein App-Passwort und verwenden Sie es statt des Kontopassworts.</translation>
    </message>
    <message>
        <source>iCloud did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>iCloud hat die Anmeldung nicht akzeptiert: „%1“.</translation>
    </message>
    <message>
        <source>Use an app-specific password from your Apple Account and your full iCloud address as the user name.</source>
        <translation>Verwenden Sie ein app-spezifisches Passwort aus Ihrem Apple Account und Ihre vollständige iCloud-Adresse als Benutzernamen.</translation>
    </message>
    <message>
        <source>The server requires STARTTLS before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server verlangt STARTTLS, bevor er diesen Befehl annimmt: „%1“.</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587 (or tls on port 465).</source>
        <translation>Verwenden Sie den Sicherheitsmodus starttls auf Port 587 (oder tls auf Port 465).</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat sich geweigert, die Nachricht an eine andere Domain weiterzuleiten: „%1“.</translation>
    </message>
    <message>
        <source>Log in with your account before sending; a server relays only for its own users.</source>
        <translation>Melden Sie sich vor dem Senden mit Ihrem Konto an; ein Server leitet nur für seine eigenen Benutzer weiter.</translation>
    </message>
    <message>
        <source>The server refused the name Sendscope introduced itself with in EHLO: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Server hat den Namen abgelehnt, mit dem sich Sendscope per EHLO vorgestellt hat: „%1“.</translation>
    </message>
    <message>
        <source>Set the EHLO name to this computer&apos;s full host name (a name with a dot that resolves in DNS).</source>
        <translation>Setzen Sie den EHLO-Namen auf den vollständigen Hostnamen dieses Rechners (einen Namen mit Punkt, der im DNS aufgelöst wird).</translation>
    </message>
    <message>
        <source>The receiver rejected the message because your domain&apos;s SPF, DKIM or DMARC check failed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Der Empfänger hat die Nachricht abgelehnt, weil die SPF-, DKIM- oder DMARC-Prüfung Ihrer Domain fehlgeschlagen ist: „%1“.</translation>
    </message>
    <message>
        <source>Send through the server your domain&apos;s SPF record lists (usually your provider&apos;s), with a From address of that domain.</source>
        <translation>Senden Sie über den Server, den der SPF-Eintrag Ihrer Domain aufführt (meist den Ihres Anbieters), mit einer Absenderadresse dieser Domain.</translation>
    </message>
    <message>
        <source>The account reached the provider&apos;s sending limit: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Das Konto hat das Sendelimit des Anbieters erreicht: „%1“.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (often 24 hours) and send fewer messages at once.</source>
        <translation>Warten Sie, bis das Limit zurückgesetzt wird (oft nach 24 Stunden), und senden Sie weniger Nachrichten auf einmal.</translation>
    </message>
    <message>
        <source>Nothing answered on port 25 of %2; many networks and providers block outgoing port 25.</source>
        <extracomment>%2 = the server&apos;s host name</extracomment>
        <translation>Auf Port 25 von %2 hat nichts geantwortet; viele Netzwerke und Anbieter sperren ausgehenden Verkehr auf Port 25.</translation>
    </message>
    <message>
        <source>Use the submission port 587 with starttls (or 465 with tls) and log in.</source>
        <translation>Verwenden Sie den Einlieferungsport 587 mit starttls (oder 465 mit tls) und melden Sie sich an.</translation>
    </message>
    <message>
        <source>The server on port %3 said nothing in plain text because it is waiting for a TLS handshake first.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>Der Server auf Port %3 hat im Klartext nichts gesagt, weil er zuerst auf einen TLS-Handshake wartet.</translation>
    </message>
    <message>
        <source>Use security mode tls on port 465, or starttls on port 587.</source>
        <translation>Verwenden Sie den Sicherheitsmodus tls auf Port 465 oder starttls auf Port 587.</translation>
    </message>
    <message>
        <source>The TLS handshake on port %3 failed, most likely because the server speaks plain SMTP there and expects STARTTLS.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>Der TLS-Handshake auf Port %3 ist fehlgeschlagen, höchstwahrscheinlich weil der Server dort unverschlüsseltes SMTP spricht und STARTTLS erwartet.</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587, or tls on port 465.</source>
        <translation>Verwenden Sie den Sicherheitsmodus starttls auf Port 587 oder tls auf Port 465.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet according to this computer&apos;s clock.</source>
        <translation>Laut der Uhr dieses Rechners ist das Serverzertifikat noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone: a clock that is off makes valid certificates look wrong.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Rechners: Eine falsch gehende Uhr lässt gültige Zertifikate fehlerhaft erscheinen.</translation>
    </message>
    <message>
        <source>The certificate was issued by an antivirus or firewall product that intercepts encrypted connections, not by the mail server.</source>
        <translation>Das Zertifikat wurde von einem Antiviren- oder Firewall-Produkt ausgestellt, das verschlüsselte Verbindungen abfängt, nicht vom Mailserver.</translation>
    </message>
    <message>
        <source>Turn off mail or TLS scanning in that product for SMTP, or add its CA with --ca-file if you trust it.</source>
        <translation>Deaktivieren Sie in diesem Produkt die E-Mail- oder TLS-Prüfung für SMTP, oder fügen Sie seine CA mit --ca-file hinzu, wenn Sie ihr vertrauen.</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Der Server hat eine Antwortzeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes.</source>
        <translation>Der Server hat eine Antwort gesendet, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>Der Server hat in einer Antwort die Antwortcodes %1 und %2 gemischt.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxCertificate</name>
    <message>
        <source>Cannot generate the sandbox&apos;s EC P-256 key.</source>
        <translation>Der EC-P-256-Schlüssel der Sandbox kann nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot make the sandbox&apos;s certificate.</source>
        <translation>Das Zertifikat der Sandbox kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot encode the sandbox&apos;s certificate.</source>
        <translation>Das Zertifikat der Sandbox kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The TLS backend cannot read the sandbox&apos;s new certificate or key.</source>
        <translation>Das TLS-Backend kann das neue Zertifikat oder den Schlüssel der Sandbox nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxConnection</name>
    <message>
        <source>Cannot take over the connection: %1</source>
        <translation>Die Verbindung kann nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Sandbox connection %1 from %2 port %3.</source>
        <translation>Sandbox-Verbindung %1 von %2, Port %3.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time.</source>
        <translation>Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The client left in the middle of DATA; nothing was stored.</source>
        <translation>Der Client hat mitten in DATA abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Connection %1 closed.</source>
        <translation>Verbindung %1 geschlossen.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2.</source>
        <translation>TLS hergestellt: %1, Cipher %2.</translation>
    </message>
    <message>
        <source>&lt;a line longer than %1 octets, discarded&gt;</source>
        <translation>&lt;eine Zeile länger als %1 Oktette, verworfen&gt;</translation>
    </message>
    <message>
        <source>&lt;a line of %1 octets, discarded&gt;</source>
        <translation>&lt;eine Zeile mit %1 Oktetten, verworfen&gt;</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>TLS-Handshake wird gestartet.</translation>
    </message>
    <message>
        <source>Cannot store the message: %1</source>
        <translation>Die Nachricht kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;Nachrichtentext: %1 Byte&gt;</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxMessageWriter</name>
    <message>
        <source>The message file is not open.</source>
        <translation>Die Nachrichtendatei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Die Sandbox läuft bereits.</translation>
    </message>
    <message>
        <source>No TLS backend is available (%1), so the sandbox cannot offer STARTTLS.</source>
        <translation>Es ist kein TLS-Backend verfügbar (%1), daher kann die Sandbox kein STARTTLS anbieten.</translation>
    </message>
    <message>
        <source>Give both a user and a password for the sandbox, or neither.</source>
        <translation>Geben Sie für die Sandbox entweder Benutzer und Passwort an oder keines von beiden.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 port %2, messages in %3.</source>
        <translation>Sandbox lauscht auf %1, Port %2; Nachrichten in %3.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Sasl</name>
    <message>
        <source>The server asked for more than a user name and password during AUTH LOGIN.</source>
        <translation>Der Server hat bei AUTH LOGIN nach mehr als Benutzername und Passwort gefragt.</translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation>Der Server hat eine unerwartete PLAIN-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server refused the token without a reason.</source>
        <translation>Der Server hat das Token ohne Begründung abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>Der Server hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>the token is invalid or has expired</source>
        <translation>das Token ist ungültig oder abgelaufen</translation>
    </message>
    <message>
        <source>the token does not grant the needed scope</source>
        <translation>das Token gewährt nicht den nötigen Berechtigungsumfang (Scope)</translation>
    </message>
    <message>
        <source>the server could not read the request</source>
        <translation>der Server konnte die Anfrage nicht lesen</translation>
    </message>
    <message>
        <source>The server refused the token (status %1).</source>
        <translation>Der Server hat das Token abgelehnt (Status %1).</translation>
    </message>
    <message>
        <source>The server refused the token (status %1): %2.</source>
        <translation>Der Server hat das Token abgelehnt (Status %1): %2.</translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation>Erforderlicher Scope: %1.</translation>
    </message>
    <message>
        <source>Accepted schemes: %1.</source>
        <translation>Akzeptierte Schemata: %1.</translation>
    </message>
    <message>
        <source>The server sent a second CRAM-MD5 challenge.</source>
        <translation>Der Server hat eine zweite CRAM-MD5-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Der Server hat eine leere CRAM-MD5-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The user name or host for OAUTHBEARER contains control characters.</source>
        <translation>Der Benutzername oder Host für OAUTHBEARER enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The access token for OAUTHBEARER is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>Das Zugriffstoken für OAUTHBEARER ist leer oder enthält Zeichen, die ein Bearer-Token nicht enthalten darf (RFC 6750).</translation>
    </message>
    <message>
        <source>The server sent a second OAUTHBEARER challenge.</source>
        <translation>Der Server hat eine zweite OAUTHBEARER-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which AUTH PLAIN cannot carry.</source>
        <translation>Benutzername oder Passwort enthält ein NUL-Zeichen, das AUTH PLAIN nicht übertragen kann.</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>das Passwort ist falsch</translation>
    </message>
    <message>
        <source>the server does not know this user name</source>
        <translation>der Server kennt diesen Benutzernamen nicht</translation>
    </message>
    <message>
        <source>the server could not read the user name</source>
        <translation>der Server konnte den Benutzernamen nicht lesen</translation>
    </message>
    <message>
        <source>the server could not read our message</source>
        <translation>der Server konnte unsere Nachricht nicht lesen</translation>
    </message>
    <message>
        <source>the server does not support an extension we used</source>
        <translation>der Server unterstützt eine von uns verwendete Erweiterung nicht</translation>
    </message>
    <message>
        <source>the server is short of resources; try again later</source>
        <translation>dem Server fehlen Ressourcen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the server and client disagree about channel binding</source>
        <translation>Server und Client sind sich über die Kanalbindung (Channel Binding) uneinig</translation>
    </message>
    <message>
        <source>SCRAM error “%1”</source>
        <translation>SCRAM-Fehler „%1“</translation>
    </message>
    <message>
        <source>SCRAM error “%1”: %2</source>
        <translation>SCRAM-Fehler „%1“: %2</translation>
    </message>
    <message>
        <source>SCRAM was started twice.</source>
        <translation>SCRAM wurde zweimal gestartet.</translation>
    </message>
    <message>
        <source>The user name cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>Der Benutzername kann nicht mit SCRAM verwendet werden: Er ist leer oder enthält Zeichen, die SASLprep (RFC 4013) verbietet.</translation>
    </message>
    <message>
        <source>The SCRAM client nonce must be printable ASCII without commas.</source>
        <translation>Die SCRAM-Client-Nonce muss aus druckbaren ASCII-Zeichen ohne Kommas bestehen.</translation>
    </message>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>Der Server hat eine SCRAM-Challenge vor der ersten Nachricht des Clients gesendet.</translation>
    </message>
    <message>
        <source>The server sent another SCRAM challenge after proving itself.</source>
        <translation>Der Server hat eine weitere SCRAM-Challenge gesendet, nachdem er sich bereits ausgewiesen hatte.</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>Der SCRAM-Austausch ist bereits fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server refused SCRAM: %1.</source>
        <translation>Der Server hat SCRAM abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Sendscope does not know.</source>
        <translation>Der Server verlangt eine SCRAM-Erweiterung, die Sendscope nicht kennt.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed: %1</source>
        <translation>Die erste SCRAM-Nachricht des Servers ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not continue the one the client sent; the exchange may have been tampered with.</source>
        <translation>Die SCRAM-Nonce des Servers setzt die vom Client gesendete nicht fort; der Austausch wurde möglicherweise manipuliert.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or not valid base64.</source>
        <translation>Das SCRAM-Salt des Servers fehlt oder ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count “%1” is not a positive number.</source>
        <translation>Die SCRAM-Iterationszahl „%1“ des Servers ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; more than %2 are refused so that a server cannot freeze the application.</source>
        <translation>Der Server hat %1 SCRAM-Iterationen verlangt; mehr als %2 werden abgelehnt, damit ein Server die Anwendung nicht einfrieren kann.</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>Das Passwort kann nicht mit SCRAM verwendet werden: Es ist leer oder enthält Zeichen, die SASLprep (RFC 4013) verbietet.</translation>
    </message>
    <message>
        <source>Computing the SCRAM salted password failed.</source>
        <translation>Die Berechnung des gesalzenen SCRAM-Passworts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message has no server signature: %1</source>
        <translation>Die letzte SCRAM-Nachricht des Servers enthält keine Serversignatur: %1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature is wrong: it does not know the password, or it is not the server it claims to be.</source>
        <translation>Die SCRAM-Signatur des Servers ist falsch: Er kennt das Passwort nicht, oder er ist nicht der Server, der er zu sein vorgibt.</translation>
    </message>
    <message>
        <source>The user name for XOAUTH2 is empty or contains control characters.</source>
        <translation>Der Benutzername für XOAUTH2 ist leer oder enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The access token for XOAUTH2 is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>Das Zugriffstoken für XOAUTH2 ist leer oder enthält Zeichen, die ein Bearer-Token nicht enthalten darf (RFC 6750).</translation>
    </message>
    <message>
        <source>The server sent a second XOAUTH2 challenge.</source>
        <translation>Der Server hat eine zweite XOAUTH2-Challenge gesendet.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SmtpSession</name>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>Vor dem Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled while sending the message; the server discards it because the final &quot;.&quot; was never sent.</source>
        <translation>Beim Senden der Nachricht abgebrochen; der Server verwirft sie, weil der abschließende „.“ nie gesendet wurde.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3).</source>
        <translation>Verbindung zu %1, Port %2 (%3) wird hergestellt.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Cannot find the server &quot;%1&quot;: %2</source>
        <translation>Der Server „%1“ wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>Verbindung zu %1, Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>Versuche %1 …</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 from %3.</source>
        <translation>Verbunden mit %1, Port %2, von %3.</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>TLS-Handshake wird gestartet.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>The certificate matches the pinned SHA-256 fingerprint; accepted.</source>
        <translation>Das Zertifikat passt zum gepinnten SHA-256-Fingerabdruck; akzeptiert.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2; %3</source>
        <translation>TLS hergestellt: %1, Cipher %2; %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint: expected SHA-256 %1, got %2.</source>
        <translation>Das Serverzertifikat passt nicht zum gepinnten Fingerabdruck: erwartet SHA-256 %1, erhalten %2.</translation>
    </message>
    <message>
        <source>Waiting for a decision about the certificate.</source>
        <translation>Warte auf eine Entscheidung zum Zertifikat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1): %2.</source>
        <translation>Dem Serverzertifikat wird nicht vertraut (%1): %2.</translation>
    </message>
    <message>
        <source>The certificate was accepted despite the problems.</source>
        <translation>Das Zertifikat wurde trotz der Probleme akzeptiert.</translation>
    </message>
    <message>
        <source>Port %1 and TLS-from-the-start look mixed up: this server seems to expect a plain connection first. Try security &quot;starttls&quot; (usually port 587) or port 465 for TLS.</source>
        <translation>Port %1 und TLS von Anfang an scheinen vertauscht: Dieser Server erwartet offenbar zuerst eine unverschlüsselte Verbindung. Versuchen Sie die Sicherheit „starttls“ (meist Port 587) oder Port 465 für TLS.</translation>
    </message>
    <message>
        <source>Port %1 and STARTTLS look mixed up: this server seems to expect TLS from the first byte. Try security &quot;tls&quot; (usually port 465) or port 587 for STARTTLS.</source>
        <translation>Port %1 und STARTTLS scheinen vertauscht: Dieser Server erwartet offenbar TLS ab dem ersten Byte. Versuchen Sie die Sicherheit „tls“ (meist Port 465) oder Port 587 für STARTTLS.</translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before the TLS handshake. That is a sign of a command injection attack (CVE-2011-0411); the connection was closed.</source>
        <translation>Der Server hat nach der Zustimmung zu STARTTLS und vor dem TLS-Handshake Daten gesendet. Das deutet auf einen Command-Injection-Angriff hin (CVE-2011-0411); die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer QUIT; closing.</source>
        <translation>Der Server hat auf QUIT nicht geantwortet; Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The server stopped taking the message: nothing could be written for %1 s.</source>
        <translation>Der Server hat die Annahme der Nachricht eingestellt: %1 s lang konnte nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>A server that says nothing after connecting may be waiting for a TLS handshake. %1</source>
        <translation>Ein Server, der nach dem Verbindungsaufbau nichts sagt, wartet möglicherweise auf einen TLS-Handshake. %1</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The connection was lost during %1: %2</source>
        <translation>Die Verbindung ist während %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>Der Server hat die Verbindung während %1 geschlossen.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO/HELO): %1</source>
        <translation>Der Server hat die Begrüßung (EHLO/HELO) abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>Der Server hat den Absender abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused every recipient: %1</source>
        <translation>Der Server hat alle Empfänger abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Der Server hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>Der Server antwortete: %1</translation>
    </message>
    <message>
        <source>This is a temporary refusal; trying again later may work.</source>
        <translation>Dies ist eine vorübergehende Ablehnung; ein späterer Versuch kann erfolgreich sein.</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Der Server schließt die Verbindung: %1</translation>
    </message>
    <message>
        <source>Ignoring a reply nobody asked for.</source>
        <translation>Eine nicht angeforderte Antwort wird ignoriert.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting was not 220: %1</source>
        <translation>Die Begrüßung des Servers war nicht 220: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so it cannot offer STARTTLS, and STARTTLS is required. Nothing was sent.</source>
        <translation>Der Server versteht EHLO nicht, kann also kein STARTTLS anbieten, und STARTTLS ist erforderlich. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message was accepted for %1 of %2 recipients.</source>
        <translation>Die Nachricht wurde für %1 von %2 Empfängern angenommen.</translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO; trying HELO.</source>
        <translation>Der Server hat EHLO abgelehnt; versuche HELO.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Der Server bietet an: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and STARTTLS is required: nothing will be sent over an unencrypted connection.</source>
        <translation>Der Server bietet kein STARTTLS an, und STARTTLS ist erforderlich: Über eine unverschlüsselte Verbindung wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow plaintext authentication explicitly.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wurde das Passwort nicht gesendet. Verwenden Sie STARTTLS oder TLS, oder erlauben Sie die Klartext-Authentifizierung ausdrücklich.</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism, but a user name was given.</source>
        <translation>Der Server bietet keinen AUTH-Mechanismus an, aber es wurde ein Benutzername angegeben.</translation>
    </message>
    <message>
        <source>None of the server&apos;s AUTH mechanisms (%1) can be used here.</source>
        <translation>Keiner der AUTH-Mechanismen des Servers (%1) kann hier verwendet werden.</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2.</source>
        <translation>Der Server bietet AUTH %1 nicht an; er bietet %2 an.</translation>
    </message>
    <message>
        <source>Waiting for the password.</source>
        <translation>Warte auf das Passwort.</translation>
    </message>
    <message>
        <source>AUTH %1 is not implemented.</source>
        <translation>AUTH %1 ist nicht implementiert.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Logged in as %1 with %2.</source>
        <translation>Angemeldet als %1 mit %2.</translation>
    </message>
    <message>
        <source>The server accepted the login but could not prove that it knows the password (%1 server signature missing or wrong). It may not be the server it claims to be.</source>
        <translation>Der Server hat die Anmeldung akzeptiert, konnte aber nicht nachweisen, dass er das Passwort kennt (%1-Serversignatur fehlt oder ist falsch). Möglicherweise ist er nicht der Server, der er zu sein vorgibt.</translation>
    </message>
    <message>
        <source>AUTH %1 was refused; trying PLAIN once inside TLS.</source>
        <translation>AUTH %1 wurde abgelehnt; versuche einmalig PLAIN innerhalb von TLS.</translation>
    </message>
    <message>
        <source>The server explained: %1</source>
        <translation>Der Server erklärte: %1</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not offer SMTPUTF8 (RFC 6531), so it cannot be sent here. Nothing was sent.</source>
        <translation>Eine Adresse enthält Nicht-ASCII-Zeichen vor dem @, und dieser Server bietet kein SMTPUTF8 (RFC 6531) an, daher kann sie hier nicht gesendet werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation>Der Nachrichtentext kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The message is %1 bytes, larger than the %2 bytes this server accepts (SIZE). Nothing was sent.</source>
        <translation>Die Nachricht ist %1 Byte groß, mehr als die %2 Byte, die dieser Server annimmt (SIZE). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not offer 8BITMIME.</source>
        <translation>Die Nachricht hat 8-Bit-Inhalt, aber der Server bietet kein 8BITMIME an.</translation>
    </message>
    <message>
        <source>Sending the message (%1 bytes)…</source>
        <translation>Nachricht wird gesendet (%1 Byte) …</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Nachricht wird gesendet …</translation>
    </message>
    <message>
        <source>The message source went away while sending; the connection was closed so that nothing partial is delivered.</source>
        <translation>Die Quelle der Nachricht ist während des Sendens verschwunden; die Verbindung wurde geschlossen, damit nichts unvollständig zugestellt wird.</translation>
    </message>
    <message>
        <source>Reading the message failed (%1); the connection was closed so that nothing partial is delivered.</source>
        <translation>Das Lesen der Nachricht ist fehlgeschlagen (%1); die Verbindung wurde geschlossen, damit nichts unvollständig zugestellt wird.</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;Nachrichtentext: %1 Byte&gt;</translation>
    </message>
    <message>
        <source>The server accepted the message: %1</source>
        <translation>Der Server hat die Nachricht angenommen: %1</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>Die Sitzung endete, bevor die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>Connection closed.</source>
        <translation>Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent but before the server confirmed it (%1): it may or may not have been delivered.</source>
        <translation>Die Verbindung ist abgebrochen, nachdem die gesamte Nachricht gesendet war, aber bevor der Server sie bestätigt hat (%1): Sie wurde möglicherweise zugestellt, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT.</source>
        <translation>Der Server hat die Verbindung geschlossen, ohne auf QUIT zu antworten.</translation>
    </message>
    <message>
        <source>The server closed the connection after the whole message was sent but before confirming it: it may or may not have been delivered.</source>
        <translation>Der Server hat die Verbindung geschlossen, nachdem die gesamte Nachricht gesendet war, aber bevor er sie bestätigt hat: Sie wurde möglicherweise zugestellt, möglicherweise auch nicht.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An SMTP client that shows its work.</source>
        <translation>Ein SMTP-Client, der zeigt, was er tut.</translation>
    </message>
    <message>
        <source>Keep settings in DIR/sendscope.ini instead of the usual place (for tests and portable use).</source>
        <translation>Einstellungen in VERZ/sendscope.ini statt am üblichen Ort speichern (für Tests und den portablen Einsatz).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Developer option: force a light or dark palette (light, dark, system).</source>
        <translation>Entwickleroption: eine helle oder dunkle Farbpalette erzwingen (light, dark, system).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.
</source>
        <translation>Unbekannte Farbpalette „%1“: Verwenden Sie light, dark oder system.
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or one of %2.
</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie en oder eine von %2.
</translation>
    </message>
    <message>
        <source>Show the window in LANG (de, fr, es, zh_CN, en) instead of the system language.</source>
        <translation>Das Fenster in der Sprache LANG (de, fr, es, zh_CN, en) statt der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>An .eml file or a mailto: link to open in the composer.</source>
        <translation>Eine .eml-Datei oder ein mailto:-Link, der im Editor geöffnet werden soll.</translation>
    </message>
</context>
</TS>
