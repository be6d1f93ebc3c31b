<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Sendscope</name>
    <message>
        <source>The server sent something that is not an SMTP reply (it begins &quot;%1&quot;).</source>
        <translation>Le serveur a envoyé quelque chose qui n&apos;est pas une réponse SMTP (cela commence par «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Sendscope::CertificateInfo</name>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 %5</source>
        <translation>certificat «&#xa0;%1&#xa0;» émis par «&#xa0;%2&#xa0;», valide du %3 au %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>the certificate&apos;s key has only %1 bits; keys under 2048 bits are refused as too weak</source>
        <translation>la clé du certificat ne fait que %1 bits&#xa0;; les clés de moins de 2048 bits sont refusées car trop faibles</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli</name>
    <message>
        <source>Send one message through an SMTP submission server and show the conversation.</source>
        <translation>Envoie un message via un serveur de soumission SMTP et affiche la conversation.</translation>
    </message>
    <message>
        <source>SMTP server host name (env SMTP_HOST).</source>
        <translation>Nom d&apos;hôte du serveur SMTP (variable SMTP_HOST).</translation>
    </message>
    <message>
        <source>Port (env SMTP_PORT; default 587, 465 or 25 by security).</source>
        <translation>Port (variable SMTP_PORT&#xa0;; par défaut 587, 465 ou 25 selon la sécurité).</translation>
    </message>
    <message>
        <source>starttls (default), tls or none.</source>
        <translation>starttls (par défaut), tls ou none.</translation>
    </message>
    <message>
        <source>Allow credentials over an unencrypted connection.</source>
        <translation>Autoriser l&apos;envoi des identifiants sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>Valeurs&#xa0;: auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</translation>
    </message>
    <message>
        <source>User name (env SMTP_USER).</source>
        <translation>Nom d&apos;utilisateur (variable SMTP_USER).</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lire le mot de passe dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Read an OAuth bearer token from this environment variable.</source>
        <translation>Lire un jeton OAuth (bearer) dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Sender address (env SMTP_FROM).</source>
        <translation>Adresse de l&apos;expéditeur (variable SMTP_FROM).</translation>
    </message>
    <message>
        <source>Recipient; repeatable, comma lists allowed (env SMTP_RECIPIENT).</source>
        <translation>Destinataire&#xa0;; option répétable, listes séparées par des virgules acceptées (variable SMTP_RECIPIENT).</translation>
    </message>
    <message>
        <source>Copy recipient; repeatable.</source>
        <translation>Destinataire en copie&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Blind copy recipient (envelope only); repeatable.</source>
        <translation>Destinataire en copie cachée (enveloppe uniquement)&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Objet.</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Texte du message.</translation>
    </message>
    <message>
        <source>Read the message text from a file.</source>
        <translation>Lire le texte du message dans un fichier.</translation>
    </message>
    <message>
        <source>Attach a file; repeatable.</source>
        <translation>Joindre un fichier&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeatable.</source>
        <translation>En-tête supplémentaire «&#xa0;Nom: valeur&#xa0;»&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Send a ready RFC 5322 file as it is.</source>
        <translation>Envoyer tel quel un fichier RFC 5322 déjà prêt.</translation>
    </message>
    <message>
        <source>Name to send with EHLO.</source>
        <translation>Nom à annoncer avec EHLO.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d&apos;autorité de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint.</source>
        <translation>Accepter uniquement le certificat de serveur ayant cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Seconds to wait at each step (default: RFC 5321 values).</source>
        <translation>Secondes d&apos;attente à chaque étape (par défaut&#xa0;: valeurs de la RFC 5321).</translation>
    </message>
    <message>
        <source>Write the conversation to a file.</source>
        <translation>Écrire la conversation dans un fichier.</translation>
    </message>
    <message>
        <source>Show the conversation on standard error.</source>
        <translation>Afficher la conversation sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No server given: use --server HOST or SMTP_HOST.</source>
        <translation>Aucun serveur indiqué&#xa0;: utilisez --server HÔTE ou SMTP_HOST.</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none, not &quot;%1&quot;.</source>
        <translation>--security doit valoir starttls, tls ou none, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>--auth &quot;%1&quot; is not one of: %2.</source>
        <translation>--auth «&#xa0;%1&#xa0;» ne fait pas partie des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout doit être un nombre de secondes, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read --ca-file &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire --ca-file «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--ca-file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>--ca-file «&#xa0;%1&#xa0;» ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (colons allowed).</source>
        <translation>--pin-sha256 attend 64 chiffres hexadécimaux (deux-points autorisés).</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation>Utilisez soit --password-env, soit --password-stdin, mais pas les deux.</translation>
    </message>
    <message>
        <source>No sender given: use --from ADDR or SMTP_FROM.</source>
        <translation>Aucun expéditeur indiqué&#xa0;: utilisez --from ADRESSE ou SMTP_FROM.</translation>
    </message>
    <message>
        <source>No recipient given: use --to ADDR or SMTP_RECIPIENT.</source>
        <translation>Aucun destinataire indiqué&#xa0;: utilisez --to ADRESSE ou SMTP_RECIPIENT.</translation>
    </message>
    <message>
        <source>Use either --body or --body-file, not both.</source>
        <translation>Utilisez soit --body, soit --body-file, mais pas les deux.</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; contains a line break; that would inject headers.</source>
        <translation>--header «&#xa0;%1&#xa0;» contient un saut de ligne&#xa0;; cela permettrait d&apos;injecter des en-têtes.</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; must look like &quot;Name: value&quot;.</source>
        <translation>--header «&#xa0;%1&#xa0;» doit avoir la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot;.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;.</source>
        <translation>Impossible de lire la pièce jointe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open --eml &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir --eml «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reply-To address; repeatable.</source>
        <translation>Adresse de réponse (Reply-To)&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>HTML alternative of the text; an --attach file the HTML names as &quot;cid:FILENAME&quot; becomes an inline image.</source>
        <translation>Version HTML du texte&#xa0;; un fichier --attach que le HTML désigne par «&#xa0;cid:NOMDEFICHIER&#xa0;» devient une image intégrée.</translation>
    </message>
    <message>
        <source>Also write the message to this .eml file.</source>
        <translation>Écrire aussi le message dans ce fichier .eml.</translation>
    </message>
    <message>
        <source>Compose the message without connecting (use with --eml-out).</source>
        <translation>Composer le message sans se connecter (à utiliser avec --eml-out).</translation>
    </message>
    <message>
        <source>--eml sends the file as it is; it cannot be combined with --subject, --body, --body-file, --html-file, --attach, --header or --reply-to.</source>
        <translation>--eml envoie le fichier tel quel&#xa0;; il ne peut pas être combiné avec --subject, --body, --body-file, --html-file, --attach, --header ou --reply-to.</translation>
    </message>
    <message>
        <source>--dry-run composes the message without sending it; give --eml-out FILE to keep it.</source>
        <translation>--dry-run compose le message sans l&apos;envoyer&#xa0;; indiquez --eml-out FICHIER pour le conserver.</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; is a folder.</source>
        <translation>--eml-out «&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; would overwrite an input file.</source>
        <translation>--eml-out «&#xa0;%1&#xa0;» écraserait un fichier d&apos;entrée.</translation>
    </message>
    <message>
        <source>Cannot open %1 &quot;%2&quot;: %3.</source>
        <translation>Impossible d&apos;ouvrir %1 «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not UTF-8 text.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The message cannot be written to &quot;%1&quot;: its source cannot be read twice.</source>
        <translation>Impossible d&apos;écrire le message dans «&#xa0;%1&#xa0;»&#xa0;: sa source ne peut pas être lue deux fois.</translation>
    </message>
    <message>
        <source>Cannot write --eml-out &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;écrire --eml-out «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reading the message for --eml-out failed: %1.</source>
        <translation>La lecture du message pour --eml-out a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Run the sandbox: a local SMTP server on 127.0.0.1 that stores what it receives.</source>
        <translation>Lancer le bac à sable&#xa0;: un serveur SMTP local sur 127.0.0.1 qui conserve ce qu&apos;il reçoit.</translation>
    </message>
    <message>
        <source>Run the sandbox server.</source>
        <translation>Lancer le serveur bac à sable.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 (default) picks a free one.</source>
        <translation>Port d&apos;écoute&#xa0;; 0 (par défaut) en choisit un libre.</translation>
    </message>
    <message>
        <source>Folder for certificate, credentials and inbox/.</source>
        <translation>Dossier du certificat, des identifiants et de inbox/.</translation>
    </message>
    <message>
        <source>AUTH user name (default: generated and kept).</source>
        <translation>Nom d&apos;utilisateur AUTH (par défaut&#xa0;: généré puis conservé).</translation>
    </message>
    <message>
        <source>Read the AUTH password from this environment variable.</source>
        <translation>Lire le mot de passe AUTH dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Largest message in bytes (default 52428800).</source>
        <translation>Taille maximale d&apos;un message en octets (par défaut 52428800).</translation>
    </message>
    <message>
        <source>Close a connection idle this long (default 300).</source>
        <translation>Fermer une connexion inactive depuis cette durée (par défaut 300).</translation>
    </message>
    <message>
        <source>Show every connection&apos;s conversation on stderr.</source>
        <translation>Afficher la conversation de chaque connexion sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of bytes.</source>
        <translation>--max-size attend un nombre d&apos;octets positif.</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--idle-timeout attend un nombre de secondes compris entre 1 et 86400.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user et --password-env vont ensemble.</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user attend un nom.</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is not set or empty.</source>
        <translation>La variable d&apos;environnement %1 (--password-env) n&apos;est pas définie ou est vide.</translation>
    </message>
    <message>
        <source>stored %1 (%2 bytes) from &lt;%3&gt; to %4</source>
        <translation>%1 enregistré (%2 octets) de &lt;%3&gt; pour %4</translation>
    </message>
    <message>
        <source>Cannot install the SIGINT/SIGTERM handlers.</source>
        <translation>Impossible d&apos;installer les gestionnaires de SIGINT/SIGTERM.</translation>
    </message>
    <message>
        <source>sandbox stopped</source>
        <translation>bac à sable arrêté</translation>
    </message>
    <message>
        <source>Use a saved account of the Sendscope window (its name); other options override its fields, and its password comes from the system keychain.</source>
        <translation>Utiliser un compte enregistré dans la fenêtre Sendscope (son nom)&#xa0;; les autres options remplacent ses champs, et son mot de passe provient du trousseau du système.</translation>
    </message>
    <message>
        <source>Read accounts from DIR/sendscope.ini instead of the usual place (also env SENDSCOPE_SETTINGS).</source>
        <translation>Lire les comptes dans DOSSIER/sendscope.ini au lieu de l&apos;emplacement habituel (aussi variable SENDSCOPE_SETTINGS).</translation>
    </message>
    <message>
        <source>No saved account named &quot;%1&quot; in %2 (saved: %3).</source>
        <translation>Aucun compte enregistré nommé «&#xa0;%1&#xa0;» dans %2 (comptes enregistrés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli::CliRunner</name>
    <message>
        <source>The environment variable %1 (--oauth-token-env) is empty or not set.</source>
        <translation>La variable d&apos;environnement %1 (--oauth-token-env) est vide ou n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>--auth %1 needs a token: use --oauth-token-env VAR.</source>
        <translation>--auth %1 nécessite un jeton&#xa0;: utilisez --oauth-token-env VARIABLE.</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is empty or not set.</source>
        <translation>La variable d&apos;environnement %1 (--password-env) est vide ou n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation>Aucun mot de passe n&apos;est arrivé sur l&apos;entrée standard (--password-stdin).</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Aucun mot de passe n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>A user name was given but no password: use --password-env VAR, --password-stdin, SMTP_PASS, or run in a terminal to be asked.</source>
        <translation>Un nom d&apos;utilisateur a été indiqué, mais aucun mot de passe&#xa0;: utilisez --password-env VARIABLE, --password-stdin ou SMTP_PASS, ou lancez la commande dans un terminal pour qu&apos;il vous soit demandé.</translation>
    </message>
    <message>
        <source>Cannot write the transcript &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;écrire la transcription «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Signification&#xa0;: %1</translation>
    </message>
    <message>
        <source>If you trust this server, pass its CA with --ca-file PEM or pin the certificate with --pin-sha256 and the fingerprint above.</source>
        <translation>Si vous faites confiance à ce serveur, indiquez son autorité de certification avec --ca-file PEM ou épinglez le certificat avec --pin-sha256 et l&apos;empreinte ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 accepted the message for %n recipient(s): %2</source>
        <translation>
            <numerusform>Envoyé&#xa0;: %1 a accepté le message pour %n destinataire&#xa0;: %2</numerusform>
            <numerusform>Envoyé&#xa0;: %1 a accepté le message pour %n destinataires&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: the message (%1 bytes) was written to &quot;%2&quot;; nothing was sent.</source>
        <translation>Simulation&#xa0;: le message (%1 octets) a été écrit dans «&#xa0;%2&#xa0;»&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use --security starttls or tls, or pass --allow-plaintext-auth if you accept that the password travels unencrypted.</source>
        <translation>Utilisez --security starttls ou tls, ou passez --allow-plaintext-auth si vous acceptez que le mot de passe circule en clair.</translation>
    </message>
    <message>
        <source>%1 What to try: %2</source>
        <translation>%1 À essayer&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain holds no password for the account &quot;%1&quot;.</source>
        <translation>Le trousseau ne contient aucun mot de passe pour le compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Cette version a été compilée sans prise en charge du trousseau.</translation>
    </message>
    <message>
        <source>Using the password of the account &quot;%1&quot; from the keychain.</source>
        <translation>Utilisation du mot de passe du compte «&#xa0;%1&#xa0;» enregistré dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>À&#xa0;: ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Subject: a line break is not allowed in the subject.</source>
        <translation>Objet&#xa0;: les sauts de ligne ne sont pas autorisés dans l&apos;objet.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AboutDialog</name>
    <message>
        <source>About Sendscope</source>
        <translation>À propos de Sendscope</translation>
    </message>
    <message>
        <source>Sendscope %1</source>
        <translation>Sendscope %1</translation>
    </message>
    <message>
        <source>An SMTP client that shows its work. Version %1.</source>
        <translation>Un client SMTP qui montre ce qu&apos;il fait. Version %1.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
TLS: %3</source>
        <translation>Qt %1 (compilé avec %2)
TLS&#xa0;: %3</translation>
    </message>
    <message>
        <source>Licences:
Sendscope: MIT
Qt: LGPLv3
QtKeychain: BSD-3-Clause
OpenSSL: Apache-2.0</source>
        <translation>Licences&#xa0;:
Sendscope&#xa0;: MIT
Qt&#xa0;: LGPLv3
QtKeychain&#xa0;: BSD-3-Clause
OpenSSL&#xa0;: Apache-2.0</translation>
    </message>
    <message>
        <source>none available (no TLS backend could be loaded)</source>
        <translation>aucun disponible (aucun moteur TLS n&apos;a pu être chargé)</translation>
    </message>
    <message>
        <source>%1 (backend &quot;%2&quot;)</source>
        <translation>%1 (moteur «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>This program uses Qt %1.</source>
        <translation>Ce programme utilise Qt %1.</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development. It is used here under the GNU Lesser General Public License version 3 (LGPLv3); its source and licence terms are at https://www.qt.io/licensing/.</source>
        <translation>Qt est une boîte à outils C++ pour le développement d&apos;applications multiplateformes. Elle est utilisée ici sous la licence publique générale limitée GNU version 3 (LGPLv3)&#xa0;; ses sources et les termes de sa licence se trouvent sur https://www.qt.io/licensing/.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountCertificateChangedDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>Le certificat a changé depuis que vous lui avez fait confiance</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one you trusted for the account &quot;%2&quot;. This can mean an attack — someone between you and the server — or a renewed certificate. Nothing was sent. Trust the new certificate only if you know it was renewed (ask the provider, or compare the fingerprint through another channel).</source>
        <translation>%1 a présenté un certificat différent de celui auquel vous faisiez confiance pour le compte «&#xa0;%2&#xa0;». Cela peut signifier une attaque (quelqu&apos;un s&apos;est placé entre vous et le serveur) ou un certificat renouvelé. Rien n&apos;a été envoyé. Ne faites confiance au nouveau certificat que si vous savez qu&apos;il a été renouvelé (demandez au fournisseur, ou comparez l&apos;empreinte par un autre moyen).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation>Approuvé auparavant (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Présenté maintenant (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Faire confiance au nouveau certificat</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountDialog</name>
    <message>
        <source>Allow the password on an unencrypted connection</source>
        <translation>Autoriser le mot de passe sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (obligatoire)</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>Automatique (la plus forte proposée)</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Sans authentification</translation>
    </message>
    <message>
        <source>Empty: send without logging in</source>
        <translation>Vide&#xa0;: envoyer sans s&apos;authentifier</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Marie Curie</translation>
    </message>
    <message>
        <source>ada@example.org</source>
        <translation>marie@example.org</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Work, Home, Test server…</source>
        <translation>Travail, Maison, Serveur de test…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Sécuri&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Log&amp;in:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Nom de l&apos;e&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>A&amp;dresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nom &amp;EHLO&#xa0;:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Enter the server name.</source>
        <translation>Saisissez le nom du serveur.</translation>
    </message>
    <message>
        <source>The server name cannot contain spaces or slashes.</source>
        <translation>Le nom du serveur ne peut contenir ni espaces ni barres obliques.</translation>
    </message>
    <message>
        <source>Enter the From address.</source>
        <translation>Saisissez l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>Adresse de l&apos;expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>From address: enter only the address; the name goes in From name.</source>
        <translation>Adresse de l&apos;expéditeur&#xa0;: saisissez uniquement l&apos;adresse&#xa0;; le nom va dans Nom de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>From name: a line break is not allowed.</source>
        <translation>Nom de l&apos;expéditeur&#xa0;: les sauts de ligne ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Other (enter by hand)</source>
        <translation>Autre (saisie manuelle)</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>The password is asked when the server wants it; you can keep it in your system keychain. It is never stored in a file.</source>
        <translation>Le mot de passe est demandé lorsque le serveur l&apos;exige&#xa0;; vous pouvez le conserver dans le trousseau de votre système. Il n&apos;est jamais enregistré dans un fichier.</translation>
    </message>
    <message>
        <source>Connect, EHLO, STARTTLS and AUTH, then QUIT without sending anything. The log dock shows every step.</source>
        <translation>Connexion, EHLO, STARTTLS et AUTH, puis QUIT sans rien envoyer. Le journal du protocole montre chaque étape.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>A&amp;rrêter le test</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it.</source>
        <translation>Le certificat a changé depuis que vous lui avez fait confiance.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountSecretFlow</name>
    <message>
        <source>Sendscope was built without keychain support.</source>
        <translation>Sendscope a été compilé sans prise en charge du trousseau.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>The password is now kept in the keychain.</source>
        <translation>Le mot de passe est désormais conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AddressLineEdit</name>
    <message>
        <source>This is not a valid address list.</source>
        <translation>Cette liste d&apos;adresses n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>&amp;Faire confiance à ce certificat pour ce compte</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Le certificat de %1 n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Someone may be listening in, or the server is set up with a certificate of its own. Connect only if you know this certificate is the right one — compare its SHA-256 fingerprint with what the server&apos;s administrator gave you.</source>
        <translation>Quelqu&apos;un est peut-être à l&apos;écoute, ou bien le serveur utilise un certificat qu&apos;il a lui-même créé. Ne vous connectez que si vous savez que ce certificat est le bon&#xa0;: comparez son empreinte SHA-256 avec celle que vous a fournie l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>C&amp;onnect anyway</source>
        <translation>Se c&amp;onnecter quand même</translation>
    </message>
    <message>
        <source>Remember the SHA-256 fingerprint: this server is accepted without asking as long as it shows this very certificate.</source>
        <translation>Mémoriser l&apos;empreinte SHA-256&#xa0;: ce serveur sera accepté sans confirmation tant qu&apos;il présentera exactement ce certificat.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Self-signed: no authority vouches for it.</source>
        <translation>Auto-signé&#xa0;: aucune autorité ne s&apos;en porte garante.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ComposerWidget</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>name@example.org, Someone &lt;someone@example.org&gt;</source>
        <translation>nom@example.org, Jean Dupont &lt;jean.dupont@example.org&gt;</translation>
    </message>
    <message>
        <source>Not shown to the other recipients</source>
        <translation>Non visible par les autres destinataires</translation>
    </message>
    <message>
        <source>Write your message here. Drop files on the window to attach them.</source>
        <translation>Rédigez votre message ici. Déposez des fichiers sur la fenêtre pour les joindre.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>Retirer les pièces jointes sélectionnées</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>No account yet: add one from Accounts</source>
        <translation>Aucun compte pour l&apos;instant&#xa0;: ajoutez-en un depuis Comptes</translation>
    </message>
    <message>
        <source>From: add an account first (Accounts ▸ New account).</source>
        <translation>De&#xa0;: ajoutez d&apos;abord un compte (Comptes ▸ Nouveau compte).</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>À&#xa0;: ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n pièce jointe, %1 au total</numerusform>
            <numerusform>%n pièces jointes, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>— larger than the %1 the server accepts (SIZE); it will be refused.</source>
        <translation>— dépasse les %1 acceptés par le serveur (SIZE)&#xa0;; le message sera refusé.</translation>
    </message>
    <message>
        <source>Also send the HTML version from the file (kept as it was: it cannot be edited here, and edits to the text above do not change it)</source>
        <translation>Envoyer aussi la version HTML du fichier (conservée telle quelle&#xa0;: elle ne peut pas être modifiée ici, et les modifications du texte ci-dessus ne la changent pas)</translation>
    </message>
    <message>
        <source>The file was written from %1, which is none of your accounts; it will be sent from the account chosen above.</source>
        <translation>Le fichier a été écrit depuis %1, qui ne correspond à aucun de vos comptes&#xa0;; il sera envoyé depuis le compte choisi ci-dessus.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ConnectionTest</name>
    <message>
        <source>Connected; saying goodbye (QUIT) without sending.</source>
        <translation>Connecté&#xa0;; fin de session (QUIT) sans rien envoyer.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Connexion à %1, port %2…</translation>
    </message>
    <message>
        <source>Negotiating (EHLO, STARTTLS, AUTH)…</source>
        <translation>Négociation (EHLO, STARTTLS, AUTH)…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>En attente de votre décision concernant le certificat…</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>En attente du mot de passe…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>Connected and encrypted.</source>
        <translation>Connecté et chiffré.</translation>
    </message>
    <message>
        <source>Connected (not encrypted).</source>
        <translation>Connecté (non chiffré).</translation>
    </message>
    <message>
        <source>Logged in with AUTH %1.</source>
        <translation>Authentifié avec AUTH %1.</translation>
    </message>
    <message>
        <source>The server did not ask for a login.</source>
        <translation>Le serveur n&apos;a pas demandé d&apos;authentification.</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>Le serveur propose&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The test did not finish.</source>
        <translation>Le test ne s&apos;est pas terminé.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxModel</name>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;expéditeur vide&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>%1
Envelope recipients: %2</source>
        <translation>%1
Destinataires de l&apos;enveloppe&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
Envelope sender: %2</source>
        <translation>%1
Expéditeur de l&apos;enveloppe&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxView</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected message from the sandbox inbox</source>
        <translation>Supprimer le message sélectionné de la boîte de réception du bac à sable</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Vider…</translation>
    </message>
    <message>
        <source>Delete every message in the sandbox inbox</source>
        <translation>Supprimer tous les messages de la boîte de réception du bac à sable</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>List the inbox folder again</source>
        <translation>Relire le contenu du dossier de réception</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Boîte de réception du bac à sable</translation>
    </message>
    <message numerus="yes">
        <source>%n outside resource(s) not loaded: the sandbox never fetches remote content.</source>
        <translation>
            <numerusform>%n ressource externe non chargée&#xa0;: le bac à sable ne récupère jamais de contenu distant.</numerusform>
            <numerusform>%n ressources externes non chargées&#xa0;: le bac à sable ne récupère jamais de contenu distant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1 (not opened)</source>
        <translation>Lien vers %1 (non ouvert)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aucun message pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No plain-text part.</source>
        <translation>Aucune partie en texte brut.</translation>
    </message>
    <message>
        <source>Messages sent to the sandbox appear here.</source>
        <translation>Les messages envoyés au bac à sable apparaissent ici.</translation>
    </message>
    <message>
        <source>Select a message to see it.</source>
        <translation>Sélectionnez un message pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>… %1 more octets not shown</source>
        <translation>… %1 octets supplémentaires non affichés</translation>
    </message>
    <message>
        <source>Not a readable message: %1</source>
        <translation>Ce n&apos;est pas un message lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>over %1</source>
        <comment>TLS protocol</comment>
        <translation>via %1</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation>Enveloppe&#xa0;:</translation>
    </message>
    <message>
        <source>%1 → %2, %3, AUTH %4</source>
        <translation>%1 → %2, %3, AUTH %4</translation>
    </message>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;expéditeur vide&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Cette pièce jointe n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the attachment: %1</source>
        <translation>Impossible de lire la pièce jointe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>Pièce jointe non enregistrée</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the sandbox inbox?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de la boîte de réception du bac à sable&#xa0;?</translation>
    </message>
    <message>
        <source>Clear the sandbox inbox</source>
        <translation>Vider la boîte de réception du bac à sable</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n message(s) in the sandbox inbox?</source>
        <translation>
            <numerusform>Supprimer %n message de la boîte de réception du bac à sable&#xa0;?</numerusform>
            <numerusform>Supprimer les %n messages de la boîte de réception du bac à sable&#xa0;?</numerusform>
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
        <translation>Le serveur a envoyé une ligne qui n&apos;est pas une réponse SMTP.</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>À essayer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::LogStyle</name>
    <message>
        <source>Client command</source>
        <translation>Commande du client</translation>
    </message>
    <message>
        <source>Server 2xx</source>
        <translation>Serveur 2xx</translation>
    </message>
    <message>
        <source>Server 3xx</source>
        <translation>Serveur 3xx</translation>
    </message>
    <message>
        <source>Server 4xx</source>
        <translation>Serveur 4xx</translation>
    </message>
    <message>
        <source>Server 5xx</source>
        <translation>Serveur 5xx</translation>
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
        <translation>Erreur</translation>
    </message>
    <message>
        <source>What Sendscope wrote to the server.</source>
        <translation>Ce que Sendscope a écrit au serveur.</translation>
    </message>
    <message>
        <source>The server accepted: done, go on.</source>
        <translation>Le serveur a accepté&#xa0;: c&apos;est fait, on continue.</translation>
    </message>
    <message>
        <source>The server waits for more (the message, a login step).</source>
        <translation>Le serveur attend la suite (le message, une étape d&apos;authentification).</translation>
    </message>
    <message>
        <source>Refused for now: it may work later.</source>
        <translation>Refus temporaire&#xa0;: cela pourra fonctionner plus tard.</translation>
    </message>
    <message>
        <source>Refused: the same request will fail again.</source>
        <translation>Refus&#xa0;: la même demande échouera de nouveau.</translation>
    </message>
    <message>
        <source>Encryption: handshake, cipher, certificate.</source>
        <translation>Chiffrement&#xa0;: négociation, suite de chiffrement, certificat.</translation>
    </message>
    <message>
        <source>What Sendscope is doing, in words.</source>
        <translation>Ce que fait Sendscope, expliqué en mots.</translation>
    </message>
    <message>
        <source>Why the session stopped.</source>
        <translation>Pourquoi la session s&apos;est arrêtée.</translation>
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
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Envoyer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Stop sending now (Esc); the message stays here</source>
        <translation>Arrêter l&apos;envoi immédiatement (Échap)&#xa0;; le message reste ici</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A) — or drop them on the window</source>
        <translation>Joindre des fichiers (Ctrl+Maj+A), ou les déposer sur la fenêtre</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Save the message as an .eml file in the drafts folder (Ctrl+S)</source>
        <translation>Enregistrer le message en fichier .eml dans le dossier des brouillons (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>&amp;Ouvrir un .eml…</translation>
    </message>
    <message>
        <source>&amp;Export .eml…</source>
        <translation>E&amp;xporter en .eml…</translation>
    </message>
    <message>
        <source>Write the message as an .eml file</source>
        <translation>Écrire le message dans un fichier .eml</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>&amp;Rechercher dans le journal</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Modifier le compte…</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>Com&amp;ptes</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The message was not sent: please check the fields.</source>
        <translation>Le message n&apos;a pas été envoyé&#xa0;: veuillez vérifier les champs.</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>Le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The account has no server or From address: edit it first.</source>
        <translation>Le compte n&apos;a pas de serveur ou d&apos;adresse d&apos;expéditeur&#xa0;: modifiez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>Négociation TLS…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Greeting the server…</source>
        <translation>Présentation au serveur…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>En attente de votre décision concernant le certificat…</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>En attente du mot de passe…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>Fermeture de la connexion…</translation>
    </message>
    <message>
        <source>Sending %1 %</source>
        <translation>Envoi&#xa0;: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Sent at %1: %2 accepted the message for %n recipient(s).</source>
        <translation>
            <numerusform>Envoyé à %1&#xa0;: %2 a accepté le message pour %n destinataire.</numerusform>
            <numerusform>Envoyé à %1&#xa0;: %2 a accepté le message pour %n destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>La session s&apos;est terminée avant l&apos;envoi du message.</translation>
    </message>
    <message>
        <source>Cancelled at %1; nothing was delivered.</source>
        <translation>Annulé à %1&#xa0;; rien n&apos;a été remis.</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>Envoi annulé</translation>
    </message>
    <message>
        <source>The message is still here: press Send to try again.</source>
        <translation>Le message est toujours là&#xa0;: cliquez sur Envoyer pour réessayer.</translation>
    </message>
    <message>
        <source>Accepted for %1 of %2 recipients.</source>
        <translation>Accepté pour %1 destinataires sur %2.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Non envoyé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation>Le message n&apos;a pas été envoyé</translation>
    </message>
    <message>
        <source>The message was sent only in part</source>
        <translation>Le message n&apos;a été envoyé qu&apos;en partie</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The message is still here; check the account and press Send again. The protocol log shows every step.</source>
        <translation>Le message est toujours là&#xa0;; vérifiez le compte et cliquez de nouveau sur Envoyer. Le journal du protocole montre chaque étape.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The draft was not saved.</source>
        <translation>Le brouillon n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Draft saved as %1.</source>
        <translation>Brouillon enregistré sous %1.</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Exporter le message</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Message électronique (*.eml)</translation>
    </message>
    <message>
        <source>The message was not exported.</source>
        <translation>Le message n&apos;a pas été exporté.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Open an .eml file in the composer to edit and send it again (Ctrl+O)</source>
        <translation>Ouvrir un fichier .eml dans la fenêtre de rédaction pour le modifier et l&apos;envoyer de nouveau (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;About Sendscope</source>
        <translation>À &amp;propos de Sendscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>Annulé avant la connexion.</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>Nothing was opened.</source>
        <translation>Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>A message is being sent; open %1 again when it is done.</source>
        <translation>Un message est en cours d&apos;envoi&#xa0;; ouvrez de nouveau %1 une fois l&apos;envoi terminé.</translation>
    </message>
    <message>
        <source>The message you are writing could not be saved as a draft, so it was not replaced: %1</source>
        <translation>Le message en cours de rédaction n&apos;a pas pu être enregistré comme brouillon&#xa0;; il n&apos;a donc pas été remplacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was opened</source>
        <translation>Rien n&apos;a été ouvert</translation>
    </message>
    <message>
        <source>The composer is unchanged.</source>
        <translation>La fenêtre de rédaction n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Your previous message was kept</source>
        <translation>Votre message précédent a été conservé</translation>
    </message>
    <message>
        <source>Open it again with Open .eml (Ctrl+O) from the drafts folder.</source>
        <translation>Rouvrez-le avec Ouvrir un .eml (Ctrl+O) depuis le dossier des brouillons.</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>Le certificat a changé depuis que vous lui avez fait confiance</translation>
    </message>
    <message>
        <source>%1 presented another certificate than the one pinned for this account. This can mean an attack, or a renewed certificate.</source>
        <translation>%1 a présenté un autre certificat que celui épinglé pour ce compte. Cela peut signifier une attaque, ou un certificat renouvelé.</translation>
    </message>
    <message>
        <source>Nothing was sent; the message is still here.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;; le message est toujours là.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>À essayer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageOpener</name>
    <message>
        <source>Cannot make a temporary folder for the attachments: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot place the attachment %1 in %2.</source>
        <translation>Impossible de placer la pièce jointe %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot write the attachment %1: %2</source>
        <translation>Impossible d&apos;écrire la pièce jointe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; every header field was kept (%n warning(s)).</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;; tous les champs d&apos;en-tête ont été conservés (%n avertissement).</numerusform>
            <numerusform>%1 ouvert&#xa0;; tous les champs d&apos;en-tête ont été conservés (%n avertissements).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; not kept: %2 (%n warning(s)).</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;; non conservés&#xa0;: %2 (%n avertissement).</numerusform>
            <numerusform>%1 ouvert&#xa0;; non conservés&#xa0;: %2 (%n avertissements).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept (trace, signatures and mailbox state do not apply to a new message):</source>
        <translation>Non conservés (les traces, les signatures et l&apos;état de la boîte aux lettres ne s&apos;appliquent pas à un nouveau message)&#xa0;:</translation>
    </message>
    <message>
        <source>Can be sent again (the box above decides):</source>
        <translation>Peuvent être renvoyés (selon la case ci-dessus)&#xa0;:</translation>
    </message>
    <message>
        <source>Made anew when sending: Date, Message-ID, MIME structure.</source>
        <translation>Recréés lors de l&apos;envoi&#xa0;: Date, Message-ID, structure MIME.</translation>
    </message>
    <message>
        <source>The HTML version is kept as it was; it cannot be edited here.</source>
        <translation>La version HTML est conservée telle quelle&#xa0;; elle ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>Reply-To is not kept: the composer has no Reply-To field.</source>
        <translation>Reply-To n&apos;est pas conservé&#xa0;: la fenêtre de rédaction n&apos;a pas de champ Reply-To.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusés&#xa0;: %1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>non utilisés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link (%n warning(s)).</source>
        <translation>
            <numerusform>Rempli à partir d&apos;un lien mailto: (%n avertissement).</numerusform>
            <numerusform>Rempli à partir d&apos;un lien mailto: (%n avertissements).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link; %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Rempli à partir d&apos;un lien mailto:&#xa0;; %1 (%n avertissement).</numerusform>
            <numerusform>Rempli à partir d&apos;un lien mailto:&#xa0;; %1 (%n avertissements).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (a link may not set them, RFC 6068 §7): %1</source>
        <translation>Refusés (un lien ne peut pas les définir, RFC 6068 §7)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not used (the composer has no such field): %1</source>
        <translation>Non utilisés (la fenêtre de rédaction n&apos;a pas ce champ)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::OpenNotice</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Close this note</source>
        <translation>Fermer cette note</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Fermer la note</translation>
    </message>
    <message>
        <source>Keep %1 when sending</source>
        <translation>Conserver %1 lors de l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 demande le mot de passe de %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Enregistrer dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>When remembered, it is stored in your system keychain once the server accepts it; otherwise it is kept in memory until Sendscope quits. Never in a file or the log.</source>
        <translation>Si vous l&apos;enregistrez, il est conservé dans le trousseau de votre système dès que le serveur l&apos;accepte&#xa0;; sinon, il reste en mémoire jusqu&apos;à la fermeture de Sendscope. Jamais dans un fichier ni dans le journal.</translation>
    </message>
    <message>
        <source>Your system keychain is not available: the password will be asked every time Sendscope starts, and kept only in memory until it quits.</source>
        <translation>Le trousseau de votre système n&apos;est pas disponible&#xa0;: le mot de passe sera demandé à chaque démarrage de Sendscope et conservé uniquement en mémoire jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Réponse du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>Jeton OAuth</translation>
    </message>
    <message>
        <source>%1 asks for an OAuth access token of %2.</source>
        <translation>%1 demande un jeton d&apos;accès OAuth pour %2.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ProtocolLogDock</name>
    <message>
        <source>Protocol log</source>
        <translation>Journal du protocole</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>Conversation SMTP</translation>
    </message>
    <message>
        <source>Explanation of the selected line</source>
        <translation>Explication de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Temps relatif</translation>
    </message>
    <message>
        <source>Show milliseconds since the session started instead of the clock time</source>
        <translation>Afficher les millisecondes écoulées depuis le début de la session au lieu de l&apos;heure</translation>
    </message>
    <message>
        <source>Hide TLS</source>
        <translation>Masquer TLS</translation>
    </message>
    <message>
        <source>Hide handshake and certificate details</source>
        <translation>Masquer les détails de négociation et de certificat</translation>
    </message>
    <message>
        <source>Hide info</source>
        <translation>Masquer les infos</translation>
    </message>
    <message>
        <source>Show only what went over the wire</source>
        <translation>N&apos;afficher que ce qui a transité sur le réseau</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Enter: next match; Shift+Enter: previous match</source>
        <translation>Entrée&#xa0;: résultat suivant&#xa0;; Maj+Entrée&#xa0;: résultat précédent</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Enregistrer le journal…</translation>
    </message>
    <message>
        <source>Save the log as text or HTML</source>
        <translation>Enregistrer le journal en texte ou en HTML</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation>Supprimer toutes les lignes du journal</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Signification des couleurs</translation>
    </message>
    <message>
        <source>Sendscope protocol log</source>
        <translation>Journal du protocole Sendscope</translation>
    </message>
    <message>
        <source>Save protocol log</source>
        <translation>Enregistrer le journal du protocole</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Texte (*.txt *.log)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a line to see what it means. Passwords and login data are shown only as &amp;lt;redacted&amp;gt;.</source>
        <translation>Sélectionnez une ligne pour voir ce qu&apos;elle signifie. Les mots de passe et les données d&apos;authentification ne sont affichés que sous la forme &amp;lt;redacted&amp;gt;.</translation>
    </message>
    <message>
        <source>This line is not an SMTP reply.</source>
        <translation>Cette ligne n&apos;est pas une réponse SMTP.</translation>
    </message>
    <message>
        <source>The server&apos;s words:</source>
        <translation>La réponse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>À essayer&#xa0;: %1</translation>
    </message>
    <message>
        <source>See %1.</source>
        <translation>Voir %1.</translation>
    </message>
    <message>
        <source>A secret in this line was replaced by &amp;lt;redacted&amp;gt; before it reached the log.</source>
        <translation>Un secret de cette ligne a été remplacé par &amp;lt;redacted&amp;gt; avant d&apos;arriver dans le journal.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxController</name>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Sandbox user</source>
        <translation>Utilisateur du bac à sable</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxDock</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the sandbox&apos;s self-signed certificate: pin it in your client (sendscope-cli --pin-sha256)</source>
        <translation>SHA-256 du certificat auto-signé du bac à sable&#xa0;: épinglez-le dans votre client (sendscope-cli --pin-sha256)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s side of the SMTP conversations</source>
        <translation>Le côté bac à sable des conversations SMTP</translation>
    </message>
    <message>
        <source>What the sandbox server received and answered. Directions are as the client sees them; connection numbers are the sandbox&apos;s own.</source>
        <translation>Ce que le serveur bac à sable a reçu et répondu. Les sens sont ceux vus par le client&#xa0;; les numéros de connexion sont propres au bac à sable.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Server side of the log</source>
        <translation>Côté serveur du journal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copier dans le presse-papiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop the sandbox server</source>
        <translation>Arrêter le serveur bac à sable</translation>
    </message>
    <message>
        <source>Start the sandbox server</source>
        <translation>Démarrer le serveur bac à sable</translation>
    </message>
    <message>
        <source>Sandbox running on %1:%2</source>
        <translation>Bac à sable actif sur %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox running on %1:%2 — %n connection(s)</source>
        <translation>
            <numerusform>Bac à sable actif sur %1:%2 — %n connexion</numerusform>
            <numerusform>Bac à sable actif sur %1:%2 — %n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Point your app at %1:%2 with STARTTLS and the user and password below; every message lands in the inbox. Recipients at reject.invalid and tempfail.invalid are refused on purpose.</source>
        <translation>Configurez votre application sur %1:%2 avec STARTTLS, ainsi que l&apos;utilisateur et le mot de passe ci-dessous&#xa0;; chaque message arrive dans la boîte de réception. Les destinataires sur reject.invalid et tempfail.invalid sont refusés exprès.</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Bac à sable arrêté</translation>
    </message>
    <message>
        <source>Sandbox not running: %1</source>
        <translation>Bac à sable non démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start the sandbox to send without a mail account: a local SMTP server that keeps every message it receives.</source>
        <translation>Démarrez le bac à sable pour envoyer sans compte de messagerie&#xa0;: un serveur SMTP local qui conserve chaque message reçu.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Bac à sable (%1)</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Boîte de réception (%1)</translation>
    </message>
</context>
<context>
    <name>Sendscope::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>Secret Service / KWallet</source>
        <translation>Trousseau Secret Service / KWallet</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked or waiting for a prompt.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps. Il est peut-être verrouillé ou en attente d&apos;une confirmation.</translation>
    </message>
    <message>
        <source>Part %1 of the stored secret is missing: %2</source>
        <translation>La partie %1 du secret enregistré est manquante&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sendscope::LogRecord</name>
    <message>
        <source> … [truncated, %1 characters in all]</source>
        <translation> … [tronqué, %1 caractères au total]</translation>
    </message>
</context>
<context>
    <name>Sendscope::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>mémoire (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime</name>
    <message>
        <source>it needs the form name@domain</source>
        <translation>elle doit avoir la forme nom@domaine</translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation>la partie avant le @ dépasse 64 caractères</translation>
    </message>
    <message>
        <source>the quoted part before @ is not closed</source>
        <translation>la partie entre guillemets avant le @ n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>dots in the part before @ must be single and in the middle</source>
        <translation>les points de la partie avant le @ doivent être isolés et placés au milieu</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed before @</source>
        <translation>le caractère «&#xa0;%1&#xa0;» n&apos;est pas autorisé avant le @</translation>
    </message>
    <message>
        <source>the address literal after @ is not closed</source>
        <translation>l&apos;adresse littérale après le @ n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid host name</source>
        <translation>le domaine «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &apos;%2&apos;</source>
        <translation>le domaine «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>it is longer than 254 characters</source>
        <translation>elle dépasse 254 caractères</translation>
    </message>
    <message>
        <source>the international domain &quot;%1&quot; has no valid ASCII (punycode) form</source>
        <translation>le domaine international «&#xa0;%1&#xa0;» n&apos;a pas de forme ASCII (punycode) valide</translation>
    </message>
    <message>
        <source>a backslash in the quoted part before @ must escape a printable character</source>
        <translation>une barre oblique inverse dans la partie entre guillemets avant @ doit échapper un caractère imprimable</translation>
    </message>
    <message>
        <source>the quoted part before @ contains a quote or control character</source>
        <translation>la partie entre guillemets avant @ contient un guillemet ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>the address literal &quot;%1&quot; is neither an IPv4 address nor &quot;IPv6:&quot; followed by an IPv6 address</source>
        <translation>l&apos;adresse littérale «&#xa0;%1&#xa0;» n&apos;est ni une adresse IPv4, ni IPv6: suivi d&apos;une adresse IPv6</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Header</name>
    <message>
        <source>%1 &quot;%2&quot; contains a line break or NUL character; that could inject headers, so it is refused.</source>
        <translation>%1 «&#xa0;%2&#xa0;» contient un saut de ligne ou un caractère NUL&#xa0;; cela pourrait injecter des en-têtes, il est donc refusé.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Mailbox</name>
    <message>
        <source>The address &quot;%1&quot; contains a line break or NUL character.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <source>An address is empty.</source>
        <translation>Une adresse est vide.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» contient un «&#xa0;&lt;&#xa0;» sans «&#xa0;&gt;&#xa0;» fermant.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid: %2.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MailtoParser</name>
    <message>
        <source>The mailto: link is %1 characters long; at most %2 are accepted.</source>
        <translation>Le lien mailto: fait %1 caractères&#xa0;; %2 au maximum sont acceptés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: link.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un lien mailto:.</translation>
    </message>
    <message>
        <source>The part after &apos;#&apos; was ignored; write it as %23 to keep it.</source>
        <translation>La partie après «&#xa0;#&#xa0;» a été ignorée&#xa0;; écrivez-la %23 pour la conserver.</translation>
    </message>
    <message>
        <source>%1: an address with a line break was left out.</source>
        <translation>%1&#xa0;: une adresse contenant un saut de ligne a été écartée.</translation>
    </message>
    <message>
        <source>The link has more than %1 fields; the rest were ignored.</source>
        <translation>Le lien contient plus de %1 champs&#xa0;; les autres ont été ignorés.</translation>
    </message>
    <message>
        <source>The link has more than one subject; the first was kept.</source>
        <translation>Le lien contient plusieurs objets&#xa0;; le premier a été conservé.</translation>
    </message>
    <message>
        <source>The subject held a line break; it was replaced by a space so that it cannot add a header field.</source>
        <translation>L&apos;objet contenait un saut de ligne&#xa0;; il a été remplacé par une espace pour qu&apos;il ne puisse pas ajouter de champ d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Control characters were removed from the subject.</source>
        <translation>Des caractères de contrôle ont été retirés de l&apos;objet.</translation>
    </message>
    <message>
        <source>The link has more than one body; the first was kept.</source>
        <translation>Le lien contient plusieurs corps de message&#xa0;; le premier a été conservé.</translation>
    </message>
    <message>
        <source>Control characters were removed from the body.</source>
        <translation>Des caractères de contrôle ont été retirés du corps du message.</translation>
    </message>
    <message>
        <source>In-Reply-To &quot;%1&quot; is not a message identifier and was left out.</source>
        <translation>In-Reply-To «&#xa0;%1&#xa0;» n&apos;est pas un identifiant de message et a été écarté.</translation>
    </message>
    <message>
        <source>The link tried to set %1; that field was refused.</source>
        <translation>Le lien a tenté de définir %1&#xa0;; ce champ a été refusé.</translation>
    </message>
    <message>
        <source>The link names more than %1 addresses; the rest were left out.</source>
        <translation>Le lien indique plus de %1 adresses&#xa0;; les autres ont été écartées.</translation>
    </message>
    <message>
        <source>A &apos;%&apos; not followed by two hexadecimal digits was kept as it is.</source>
        <translation>Un «&#xa0;%&#xa0;» non suivi de deux chiffres hexadécimaux a été conservé tel quel.</translation>
    </message>
    <message>
        <source>Some octets were not valid UTF-8 and were replaced.</source>
        <translation>Certains octets n&apos;étaient pas de l&apos;UTF-8 valide et ont été remplacés.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageReader</name>
    <message>
        <source>Reading the file failed part way; the message may be incomplete.</source>
        <translation>La lecture du fichier a échoué en cours de route&#xa0;; le message est peut-être incomplet.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warnings.</source>
        <translation>
            <numerusform>… et %n autre avertissement.</numerusform>
            <numerusform>… et %n autres avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>A header has more than %1 fields; the rest were skipped.</source>
        <translation>Un en-tête contient plus de %1 champs&#xa0;; les autres ont été ignorés.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in a header were not header fields and were skipped.</source>
        <translation>
            <numerusform>%n ligne d&apos;un en-tête n&apos;était pas un champ d&apos;en-tête et a été ignorée.</numerusform>
            <numerusform>%n lignes d&apos;un en-tête n&apos;étaient pas des champs d&apos;en-tête et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>A header is larger than %1 KiB; the rest of it was skipped.</source>
        <translation>Un en-tête dépasse %1 Kio&#xa0;; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>The Content-Type &quot;%1&quot; is not valid; the part is read as plain text.</source>
        <translation>Le Content-Type «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; la partie est lue comme du texte brut.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were skipped.</source>
        <translation>Le message contient plus de %1 parties&#xa0;; les autres ont été ignorées.</translation>
    </message>
    <message>
        <source>A multipart part has no boundary; it is read as plain text.</source>
        <translation>Une partie multipart n&apos;a pas de délimiteur&#xa0;; elle est lue comme du texte brut.</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>Les parties imbriquées sur plus de %1 niveaux ont été ignorées.</translation>
    </message>
    <message>
        <source>A %1 part has no closing boundary; the message seems cut off.</source>
        <translation>Une partie %1 n&apos;a pas de délimiteur de fin&#xa0;; le message semble tronqué.</translation>
    </message>
    <message>
        <source>A %1 part ended without its closing boundary.</source>
        <translation>Une partie %1 s&apos;est terminée sans son délimiteur de fin.</translation>
    </message>
    <message>
        <source>A %1 part has no parts.</source>
        <translation>Une partie %1 ne contient aucune partie.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for large attachments: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les grandes pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>A temporary file could not be written: %1</source>
        <translation>Impossible d&apos;écrire un fichier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The transfer encoding &quot;%1&quot; is unknown; the part is kept as it is.</source>
        <translation>L&apos;encodage de transfert «&#xa0;%1&#xa0;» est inconnu&#xa0;; la partie est conservée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n character(s) that are not base64; they were skipped.</source>
        <translation>
            <numerusform>Une partie %1 contenait %n caractère non base64&#xa0;; il a été ignoré.</numerusform>
            <numerusform>Une partie %1 contenait %n caractères non base64&#xa0;; ils ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part ends in an incomplete base64 group.</source>
        <translation>Une partie %1 se termine par un groupe base64 incomplet.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n invalid quoted-printable escape(s); they were kept as they are.</source>
        <translation>
            <numerusform>Une partie %1 contenait %n séquence quoted-printable invalide&#xa0;; elle a été conservée telle quelle.</numerusform>
            <numerusform>Une partie %1 contenait %n séquences quoted-printable invalides&#xa0;; elles ont été conservées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part could not be stored and was left out.</source>
        <translation>Une partie %1 n&apos;a pas pu être stockée et a été écartée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message has more than one sender; only the first (%1) is kept.</source>
        <translation>Le message a plusieurs expéditeurs&#xa0;; seul le premier (%1) est conservé.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; could not be read.</source>
        <translation>La date «&#xa0;%1&#xa0;» n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid and was left out.</source>
        <translation>Le Message-ID «&#xa0;%1&#xa0;» n&apos;est pas valide et a été écarté.</translation>
    </message>
    <message>
        <source>The message was signed; the signature (%1) was left out because it would not match the message sent again.</source>
        <translation>Le message était signé&#xa0;; la signature (%1) a été écartée, car elle ne correspondrait plus au message renvoyé.</translation>
    </message>
    <message>
        <source>An older alternative version of the text was left out.</source>
        <translation>Une version alternative plus ancienne du texte a été écartée.</translation>
    </message>
    <message>
        <source>The text in charset &quot;%1&quot; could not be decoded entirely; some characters were replaced.</source>
        <translation>Le texte dans le jeu de caractères «&#xa0;%1&#xa0;» n&apos;a pas pu être entièrement décodé&#xa0;; certains caractères ont été remplacés.</translation>
    </message>
    <message>
        <source>A text of %1 MiB is too large to edit; it is kept as an attachment.</source>
        <translation>Un texte de %1 Mio est trop volumineux pour être modifié&#xa0;; il est conservé en pièce jointe.</translation>
    </message>
    <message>
        <source>part-%1</source>
        <translation>partie-%1</translation>
    </message>
    <message>
        <source>The Content-ID of &quot;%1&quot; is not valid and was left out.</source>
        <translation>Le Content-ID de «&#xa0;%1&#xa0;» n&apos;est pas valide et a été écarté.</translation>
    </message>
    <message>
        <source>The message cannot be read: the file is not open.</source>
        <translation>Le message ne peut pas être lu&#xa0;: le fichier n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields such as From: or Subject:.</source>
        <translation>Ce n&apos;est pas un message électronique&#xa0;: il ne commence pas par des champs d&apos;en-tête comme From: ou Subject:.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageWriter</name>
    <message>
        <source>A message can only be opened for reading.</source>
        <translation>Un message ne peut être ouvert qu&apos;en lecture.</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>Le message n&apos;a pas d&apos;expéditeur (From).</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L&apos;objet</translation>
    </message>
    <message>
        <source>The User-Agent</source>
        <translation>Le User-Agent</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>Le nom affiché</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not valid: it needs 1 to 76 printable ASCII characters without a colon or space.</source>
        <translation>Le nom d&apos;en-tête «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: il doit comporter de 1 à 76 caractères ASCII imprimables, sans deux-points ni espace.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set from its own field, not as an extra header.</source>
        <translation>L&apos;en-tête «&#xa0;%1&#xa0;» est défini par son propre champ, et non comme en-tête supplémentaire.</translation>
    </message>
    <message>
        <source>The header %1</source>
        <translation>L&apos;en-tête %1</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>Le nom de la pièce jointe</translation>
    </message>
    <message>
        <source>The media type &quot;%1&quot; of &quot;%2&quot; is not of the form type/subtype.</source>
        <translation>Le type de média «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n&apos;a pas la forme type/sous-type.</translation>
    </message>
    <message>
        <source>The Content-ID &quot;%1&quot; of &quot;%2&quot; is not valid.</source>
        <translation>Le Content-ID «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire la pièce jointe «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is not a regular file; its size must be known before sending.</source>
        <translation>La pièce jointe «&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire&#xa0;; sa taille doit être connue avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid.</source>
        <translation>Le Message-ID «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>No usable MIME boundary could be made.</source>
        <translation>Impossible de créer un délimiteur MIME utilisable.</translation>
    </message>
    <message>
        <source>Internal error: read past the end of the attachment &quot;%1&quot;.</source>
        <translation>Erreur interne&#xa0;: lecture au-delà de la fin de la pièce jointe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; changed or became unreadable while sending.</source>
        <translation>La pièce jointe «&#xa0;%1&#xa0;» a changé ou est devenue illisible pendant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Internal error: the message is shorter than its size.</source>
        <translation>Erreur interne&#xa0;: le message est plus court que sa taille annoncée.</translation>
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
        <translation>Gmail exige un mot de passe d&apos;application (avec la validation en deux étapes activée), ou un jeton OAuth avec XOAUTH2&#xa0;; votre mot de passe habituel est refusé. Le port 465 avec TLS dès le départ fonctionne aussi.</translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation>Outlook.com</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>SMTP AUTH doit être activé pour la boîte aux lettres. Microsoft abandonne l&apos;authentification par mot de passe (authentification de base)&#xa0;: un jeton OAuth avec XOAUTH2 est la solution durable.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox by an administrator. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>SMTP AUTH doit être activé pour la boîte aux lettres par un administrateur. Microsoft abandonne l&apos;authentification par mot de passe (authentification de base)&#xa0;: un jeton OAuth avec XOAUTH2 est la solution durable.</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud Mail</translation>
    </message>
    <message>
        <source>Use an app-specific password made at appleid.apple.com; the user name is your full iCloud address.</source>
        <translation>Utilisez un mot de passe pour app créé sur appleid.apple.com&#xa0;; le nom d&apos;utilisateur est votre adresse iCloud complète.</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>Yahoo needs an app password generated in the account&apos;s security settings. Port 587 with STARTTLS works too.</source>
        <translation>Yahoo exige un mot de passe d&apos;application généré dans les paramètres de sécurité du compte. Le port 587 avec STARTTLS fonctionne aussi.</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Fastmail needs an app password (Settings → Privacy &amp; Security). Port 587 with STARTTLS works too.</source>
        <translation>Fastmail exige un mot de passe d&apos;application (Settings → Privacy &amp; Security). Le port 587 avec STARTTLS fonctionne aussi.</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Messagerie Zoho</translation>
    </message>
    <message>
        <source>With two-factor authentication, use an application-specific password. Accounts in other regions use their own server (smtp.zoho.eu, smtp.zoho.in, …).</source>
        <translation>Avec l&apos;authentification à deux facteurs, utilisez un mot de passe spécifique à l&apos;application. Les comptes d&apos;autres régions utilisent leur propre serveur (smtp.zoho.eu, smtp.zoho.in, …).</translation>
    </message>
    <message>
        <source>Local relay (localhost:25)</source>
        <translation>Relais local (localhost:25)</translation>
    </message>
    <message>
        <source>A mail server on this computer that relays without a login, such as Postfix or an SSH tunnel. Nothing is encrypted: use it only on this machine.</source>
        <translation>Un serveur de messagerie sur cet ordinateur qui relaie sans authentification, comme Postfix ou un tunnel SSH. Rien n&apos;est chiffré&#xa0;: ne l&apos;utilisez que sur cette machine.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Sendscope&apos;s own test server on this computer: it keeps every message instead of delivering it. Its port, user name and password are shown when it runs; its certificate is its own, so trust it once.</source>
        <translation>Le serveur de test propre à Sendscope, sur cet ordinateur&#xa0;: il conserve chaque message au lieu de le remettre. Son port, son nom d&apos;utilisateur et son mot de passe s&apos;affichent lorsqu&apos;il fonctionne&#xa0;; son certificat lui est propre, faites-lui donc confiance une fois.</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyExplainer</name>
    <message>
        <source>The server accepted the command.</source>
        <translation>Le serveur a accepté la commande.</translation>
    </message>
    <message>
        <source>The server sent a reply code that SMTP does not define: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a envoyé un code de réponse que SMTP ne définit pas&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server.</source>
        <translation>Vérifiez que le port correspond bien à un serveur SMTP.</translation>
    </message>
    <message>
        <source>Nothing needs to change.</source>
        <translation>Aucune modification n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>The server accepted the command and is waiting for more input.</source>
        <translation>Le serveur a accepté la commande et attend la suite.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope continues the exchange.</source>
        <translation>Aucune modification n&apos;est nécessaire&#xa0;; Sendscope poursuit l&apos;échange.</translation>
    </message>
    <message>
        <source>The server refused for now (“%1”); the same request may work later.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a refusé pour l&apos;instant («&#xa0;%1&#xa0;»)&#xa0;; la même demande pourra réussir plus tard.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; if it keeps happening, the server&apos;s words name the reason.</source>
        <translation>Patientez quelques minutes puis réessayez&#xa0;; si cela se reproduit, la réponse du serveur en indique la raison.</translation>
    </message>
    <message>
        <source>The server refused the request permanently: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a refusé définitivement la demande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sending it again unchanged will fail again: change what the server&apos;s words point to.</source>
        <translation>Renvoyer la même demande sans modification échouera encore&#xa0;: corrigez ce que désigne la réponse du serveur.</translation>
    </message>
    <message>
        <source>The server answered with its system status.</source>
        <translation>Le serveur a répondu avec l&apos;état de son système.</translation>
    </message>
    <message>
        <source>The server sent a help message meant for a person.</source>
        <translation>Le serveur a envoyé un message d&apos;aide destiné à une personne.</translation>
    </message>
    <message>
        <source>The server is ready (a greeting, or ready to start TLS after STARTTLS).</source>
        <translation>Le serveur est prêt (message d&apos;accueil, ou prêt à démarrer TLS après STARTTLS).</translation>
    </message>
    <message>
        <source>The server is closing the connection as asked.</source>
        <translation>Le serveur ferme la connexion comme demandé.</translation>
    </message>
    <message>
        <source>The server accepted the login.</source>
        <translation>Le serveur a accepté l&apos;authentification.</translation>
    </message>
    <message>
        <source>The server completed the requested action.</source>
        <translation>Le serveur a effectué l&apos;action demandée.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server, but the server will forward the message.</source>
        <translation>Le destinataire n&apos;est pas local à ce serveur, mais le serveur va transférer le message.</translation>
    </message>
    <message>
        <source>The server cannot verify the user but will accept the message and try to deliver it.</source>
        <translation>Le serveur ne peut pas vérifier l&apos;utilisateur, mais il accepte le message et tentera de le remettre.</translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the login exchange.</source>
        <translation>Le serveur attend l&apos;étape suivante de l&apos;échange d&apos;authentification.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope answers the challenge.</source>
        <translation>Aucune modification n&apos;est nécessaire&#xa0;; Sendscope répond au défi.</translation>
    </message>
    <message>
        <source>The server is ready to receive the message text.</source>
        <translation>Le serveur est prêt à recevoir le texte du message.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope sends the message and ends it with a line holding a single dot.</source>
        <translation>Aucune modification n&apos;est nécessaire&#xa0;; Sendscope envoie le message et le termine par une ligne ne contenant qu&apos;un point.</translation>
    </message>
    <message>
        <source>The server is not available right now and is closing the connection: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur n&apos;est pas disponible pour le moment et ferme la connexion&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Try again later; if it happens at once on every attempt, the server may be limiting connections from your address.</source>
        <translation>Réessayez plus tard&#xa0;; si cela se produit immédiatement à chaque tentative, le serveur limite peut-être les connexions depuis votre adresse.</translation>
    </message>
    <message>
        <source>The server wants this account to change its password or login method before it can log in.</source>
        <translation>Le serveur exige que ce compte change de mot de passe ou de méthode d&apos;authentification avant de pouvoir se connecter.</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail or account page, then try again.</source>
        <translation>Connectez-vous une fois au webmail ou à la page de compte du fournisseur, puis réessayez.</translation>
    </message>
    <message>
        <source>The mailbox is not available for now (busy, or held back by the server&apos;s policy): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>La boîte aux lettres est indisponible pour l&apos;instant (occupée, ou bloquée par la politique du serveur)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server hit an error of its own while handling the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a rencontré une erreur interne en traitant la demande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell the server&apos;s administrator.</source>
        <translation>Réessayez plus tard&#xa0;; si le problème persiste, prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server does not have room for this right now (storage, or too many recipients in one go): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur manque de place pour cela en ce moment (stockage, ou trop de destinataires à la fois)&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Try again later, or send to fewer recipients per message.</source>
        <translation>Réessayez plus tard, ou envoyez à moins de destinataires par message.</translation>
    </message>
    <message>
        <source>The server could not log in or start TLS for a temporary reason: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur n&apos;a pas pu procéder à l&apos;authentification ni démarrer TLS pour une raison temporaire&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server cannot handle the parameters given with MAIL FROM or RCPT TO for now.</source>
        <translation>Le serveur ne peut pas traiter pour l&apos;instant les paramètres fournis avec MAIL FROM ou RCPT TO.</translation>
    </message>
    <message>
        <source>Try again later, or send without the extra options.</source>
        <translation>Réessayez plus tard, ou envoyez sans les options supplémentaires.</translation>
    </message>
    <message>
        <source>The server did not recognise the command or the line was too long.</source>
        <translation>Le serveur n&apos;a pas reconnu la commande, ou la ligne était trop longue.</translation>
    </message>
    <message>
        <source>Check that the server really speaks SMTP on this port, and that the port and security mode are right.</source>
        <translation>Vérifiez que le serveur parle réellement SMTP sur ce port, et que le port et le mode de sécurité sont corrects.</translation>
    </message>
    <message>
        <source>The server refused the arguments of the command as badly formed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a refusé les arguments de la commande, jugés mal formés&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the addresses and the host name Sendscope sends in EHLO.</source>
        <translation>Vérifiez les adresses et le nom d&apos;hôte que Sendscope envoie avec EHLO.</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>Le serveur n&apos;implémente pas cette commande.</translation>
    </message>
    <message>
        <source>Choose another option (for example another login method) that the server lists in its EHLO reply.</source>
        <translation>Choisissez une autre option (par exemple une autre méthode d&apos;authentification) parmi celles que le serveur liste dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>The server received commands in an order it does not accept (for example mail before login).</source>
        <translation>Le serveur a reçu des commandes dans un ordre qu&apos;il n&apos;accepte pas (par exemple un envoi avant l&apos;authentification).</translation>
    </message>
    <message>
        <source>Log in if the server requires it; otherwise tell the Sendscope developers, as this is a client bug.</source>
        <translation>Authentifiez-vous si le serveur l&apos;exige&#xa0;; sinon, signalez-le aux développeurs de Sendscope, car il s&apos;agit d&apos;un bogue du client.</translation>
    </message>
    <message>
        <source>The server does not implement a parameter of the command (often an unknown login method).</source>
        <translation>Le serveur n&apos;implémente pas un paramètre de la commande (souvent une méthode d&apos;authentification inconnue).</translation>
    </message>
    <message>
        <source>Choose a login method the server lists in its EHLO reply.</source>
        <translation>Choisissez une méthode d&apos;authentification que le serveur liste dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>This host does not accept mail at all.</source>
        <translation>Cet hôte n&apos;accepte aucun courrier.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s submission server instead of this host.</source>
        <translation>Utilisez le serveur de soumission du fournisseur au lieu de cet hôte.</translation>
    </message>
    <message>
        <source>The server requires a login (or STARTTLS) before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur exige une authentification (ou STARTTLS) avant d&apos;accepter cette commande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Turn on login with your account&apos;s user name and password, over STARTTLS or TLS.</source>
        <translation>Activez l&apos;authentification avec le nom d&apos;utilisateur et le mot de passe de votre compte, via STARTTLS ou TLS.</translation>
    </message>
    <message>
        <source>The server considers the chosen login method too weak.</source>
        <translation>Le serveur juge la méthode d&apos;authentification choisie trop faible.</translation>
    </message>
    <message>
        <source>Use a stronger login method, or the kind of password the provider asks for.</source>
        <translation>Utilisez une méthode d&apos;authentification plus forte, ou le type de mot de passe demandé par le fournisseur.</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the user name (often the full address) and the password; many providers need an app password or OAuth instead of the account password.</source>
        <translation>Vérifiez le nom d&apos;utilisateur (souvent l&apos;adresse complète) et le mot de passe&#xa0;; de nombreux fournisseurs exigent un mot de passe d&apos;application ou OAuth au lieu du mot de passe du compte.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this login method.</source>
        <translation>Le serveur exige une connexion chiffrée pour cette méthode d&apos;authentification.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465) before logging in.</source>
        <translation>Utilisez STARTTLS (port 587) ou TLS (port 465) avant de vous authentifier.</translation>
    </message>
    <message>
        <source>The server refused the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a refusé la demande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the address; if it is right, the server&apos;s words name the policy that refused it.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;; si elle est correcte, la réponse du serveur indique la règle qui l&apos;a refusée.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server and it will not forward the message: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le destinataire n&apos;est pas local à ce serveur, et celui-ci ne transférera pas le message&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Send to the address the server names, or ask the recipient for a current address.</source>
        <translation>Envoyez à l&apos;adresse indiquée par le serveur, ou demandez au destinataire son adresse actuelle.</translation>
    </message>
    <message>
        <source>The message is larger than the server or mailbox allows: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le message dépasse la taille autorisée par le serveur ou la boîte aux lettres&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files by a link.</source>
        <translation>Envoyez des pièces jointes plus petites, ou partagez les gros fichiers par un lien.</translation>
    </message>
    <message>
        <source>The server does not allow this mailbox name: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur n&apos;autorise pas ce nom de boîte aux lettres&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the spelling of the address; some servers also refuse a From address the account does not own.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse&#xa0;; certains serveurs refusent aussi une adresse d&apos;expéditeur qui n&apos;appartient pas au compte.</translation>
    </message>
    <message>
        <source>The server refused the transaction: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a refusé la transaction&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Read the server&apos;s words: this is often a policy or spam-filter refusal that only the server&apos;s administrator can lift.</source>
        <translation>Lisez la réponse du serveur&#xa0;: il s&apos;agit souvent d&apos;un refus lié à une règle ou à un filtre antispam que seul l&apos;administrateur du serveur peut lever.</translation>
    </message>
    <message>
        <source>The server does not recognise or implement a parameter given with MAIL FROM or RCPT TO.</source>
        <translation>Le serveur ne reconnaît pas ou n&apos;implémente pas un paramètre fourni avec MAIL FROM ou RCPT TO.</translation>
    </message>
    <message>
        <source>Send without the extra options (such as SMTPUTF8, DSN or SIZE).</source>
        <translation>Envoyez sans les options supplémentaires (comme SMTPUTF8, DSN ou SIZE).</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <translation>Le domaine du destinataire n&apos;accepte pas de courrier.</translation>
    </message>
    <message>
        <source>Check the domain of the address for a typo.</source>
        <translation>Vérifiez qu&apos;il n&apos;y a pas de faute de frappe dans le domaine de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server gave no further detail about the status: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur n&apos;a donné aucun détail supplémentaire sur l&apos;état&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server&apos;s own words are the only clue; read them for the reason.</source>
        <translation>La réponse du serveur est le seul indice&#xa0;; lisez-la pour connaître la raison.</translation>
    </message>
    <message>
        <source>Something about an address (sender or recipient) caused this: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Un problème lié à une adresse (expéditeur ou destinataire) en est la cause&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>Vérifiez les adresses de l&apos;expéditeur et des destinataires.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist on the destination system: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>La boîte aux lettres du destinataire n&apos;existe pas sur le système de destination&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the part of the address before the @ for a typo.</source>
        <translation>Vérifiez qu&apos;il n&apos;y a pas de faute de frappe dans la partie de l&apos;adresse avant le @.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or does not accept mail.</source>
        <translation>Le domaine du destinataire n&apos;existe pas ou n&apos;accepte pas de courrier.</translation>
    </message>
    <message>
        <source>Check the part of the address after the @ for a typo.</source>
        <translation>Vérifiez qu&apos;il n&apos;y a pas de faute de frappe dans la partie de l&apos;adresse après le @.</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address.</source>
        <translation>L&apos;adresse du destinataire n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Fix the address: it must look like name@example.org.</source>
        <translation>Corrigez l&apos;adresse&#xa0;: elle doit avoir la forme nom@example.org.</translation>
    </message>
    <message>
        <source>The recipient address matches more than one mailbox on the destination system.</source>
        <translation>L&apos;adresse du destinataire correspond à plusieurs boîtes aux lettres sur le système de destination.</translation>
    </message>
    <message>
        <source>Use the full, exact address of the recipient.</source>
        <translation>Utilisez l&apos;adresse complète et exacte du destinataire.</translation>
    </message>
    <message>
        <source>The recipient address is valid.</source>
        <translation>L&apos;adresse du destinataire est valide.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved and there is no forwarding address.</source>
        <translation>La boîte aux lettres du destinataire a été déplacée et il n&apos;existe pas d&apos;adresse de réexpédition.</translation>
    </message>
    <message>
        <source>Ask the recipient for a current address.</source>
        <translation>Demandez au destinataire son adresse actuelle.</translation>
    </message>
    <message>
        <source>The sender address is not a valid address.</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Fix the From address of the account.</source>
        <translation>Corrigez l&apos;adresse d&apos;expéditeur du compte.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not valid or cannot receive replies.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;est pas valide ou ne peut pas recevoir de réponses.</translation>
    </message>
    <message>
        <source>Use a From address in a domain that exists and receives mail.</source>
        <translation>Utilisez une adresse d&apos;expéditeur dans un domaine qui existe et reçoit du courrier.</translation>
    </message>
    <message>
        <source>The message was passed on to a mail system that cannot report whether it was delivered.</source>
        <translation>Le message a été transmis à un système de messagerie qui ne peut pas indiquer s&apos;il a été remis.</translation>
    </message>
    <message>
        <source>Nothing needs to change; there will be no further delivery report.</source>
        <translation>Aucune modification n&apos;est nécessaire&#xa0;; il n&apos;y aura pas d&apos;autre rapport de remise.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record, saying it accepts no mail.</source>
        <translation>Le domaine du destinataire publie un enregistrement MX nul, indiquant qu&apos;il n&apos;accepte aucun courrier.</translation>
    </message>
    <message>
        <source>Check the domain of the address; this domain receives no mail at all.</source>
        <translation>Vérifiez le domaine de l&apos;adresse&#xa0;; ce domaine ne reçoit aucun courrier.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but something about it stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>La boîte aux lettres du destinataire existe, mais un problème la concernant a empêché la remise&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try again later or reach the recipient another way.</source>
        <translation>Lisez la réponse du serveur&#xa0;; réessayez plus tard ou contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but is disabled and not taking messages.</source>
        <translation>La boîte aux lettres du destinataire existe, mais elle est désactivée et n&apos;accepte pas de messages.</translation>
    </message>
    <message>
        <source>Reach the recipient another way.</source>
        <translation>Contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>La boîte aux lettres du destinataire est pleine.</translation>
    </message>
    <message>
        <source>Try again later, or tell the recipient another way.</source>
        <translation>Réessayez plus tard, ou prévenez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s mailbox accepts.</source>
        <translation>Le message dépasse la taille acceptée par la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>The recipient is a mailing list that could not be expanded.</source>
        <translation>Le destinataire est une liste de diffusion qui n&apos;a pas pu être développée.</translation>
    </message>
    <message>
        <source>Tell the list&apos;s owner; the list itself is broken.</source>
        <translation>Prévenez le propriétaire de la liste&#xa0;; la liste elle-même est défectueuse.</translation>
    </message>
    <message>
        <source>The destination mail system had a problem of its own: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le système de messagerie de destination a rencontré un problème interne&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The destination mail system is out of storage.</source>
        <translation>Le système de messagerie de destination n&apos;a plus d&apos;espace de stockage.</translation>
    </message>
    <message>
        <source>The destination system is not accepting messages right now (maintenance or overload).</source>
        <translation>Le système de destination n&apos;accepte pas de messages pour le moment (maintenance ou surcharge).</translation>
    </message>
    <message>
        <source>The destination system cannot handle a feature the message needs (for example 8-bit or UTF-8 content).</source>
        <translation>Le système de destination ne prend pas en charge une fonctionnalité nécessaire au message (par exemple un contenu 8 bits ou UTF-8).</translation>
    </message>
    <message>
        <source>Send the message without the feature, for example with plain ASCII addresses.</source>
        <translation>Envoyez le message sans cette fonctionnalité, par exemple avec des adresses en ASCII simple.</translation>
    </message>
    <message>
        <source>The message is larger than the destination system accepts.</source>
        <translation>Le message dépasse la taille acceptée par le système de destination.</translation>
    </message>
    <message>
        <source>The destination system is configured wrongly and cannot accept the message.</source>
        <translation>Le système de destination est mal configuré et ne peut pas accepter le message.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; nothing on your side will fix it.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;; rien de votre côté ne résoudra le problème.</translation>
    </message>
    <message>
        <source>The message was accepted but its requested priority was changed.</source>
        <translation>Le message a été accepté, mais la priorité demandée a été modifiée.</translation>
    </message>
    <message>
        <source>A network or routing problem stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Un problème de réseau ou de routage a empêché la remise&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The next mail server did not answer.</source>
        <translation>Le serveur de messagerie suivant n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Try again later; the recipient&apos;s server may be down.</source>
        <translation>Réessayez plus tard&#xa0;; le serveur du destinataire est peut-être hors service.</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke during the transfer.</source>
        <translation>La connexion avec le serveur de messagerie suivant a été interrompue pendant le transfert.</translation>
    </message>
    <message>
        <source>A directory server (usually DNS) failed while routing the message.</source>
        <translation>Un serveur d&apos;annuaire (généralement DNS) a échoué pendant l&apos;acheminement du message.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the recipient domain&apos;s DNS may be broken.</source>
        <translation>Réessayez plus tard&#xa0;; si le problème persiste, le DNS du domaine du destinataire est peut-être défaillant.</translation>
    </message>
    <message>
        <source>The mail system could not find a route to the recipient&apos;s domain.</source>
        <translation>Le système de messagerie n&apos;a trouvé aucune route vers le domaine du destinataire.</translation>
    </message>
    <message>
        <source>Check the domain of the address; it may have no mail server.</source>
        <translation>Vérifiez le domaine de l&apos;adresse&#xa0;; il n&apos;a peut-être aucun serveur de messagerie.</translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation>Le système de messagerie est engorgé.</translation>
    </message>
    <message>
        <source>The message went round in a loop between mail servers (often a forwarding rule).</source>
        <translation>Le message a tourné en boucle entre des serveurs de messagerie (souvent à cause d&apos;une règle de transfert).</translation>
    </message>
    <message>
        <source>Check forwarding rules on your account and ask the recipient to check theirs.</source>
        <translation>Vérifiez les règles de transfert de votre compte et demandez au destinataire de vérifier les siennes.</translation>
    </message>
    <message>
        <source>The message was too old to keep trying to deliver it.</source>
        <translation>Le message était trop ancien pour continuer à tenter de le remettre.</translation>
    </message>
    <message>
        <source>Send it again; if it fails again, the recipient&apos;s server may be unreachable.</source>
        <translation>Renvoyez-le&#xa0;; s&apos;il échoue de nouveau, le serveur du destinataire est peut-être injoignable.</translation>
    </message>
    <message>
        <source>The server reported a protocol problem: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a signalé un problème de protocole&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check that the port and security mode are right for this server.</source>
        <translation>Vérifiez que le port et le mode de sécurité conviennent à ce serveur.</translation>
    </message>
    <message>
        <source>The server did not accept the command at this point or does not support it.</source>
        <translation>Le serveur n&apos;a pas accepté la commande à ce stade ou ne la prend pas en charge.</translation>
    </message>
    <message>
        <source>Log in first if the server requires it; otherwise tell the Sendscope developers.</source>
        <translation>Authentifiez-vous d&apos;abord si le serveur l&apos;exige&#xa0;; sinon, prévenez les développeurs de Sendscope.</translation>
    </message>
    <message>
        <source>The server could not parse the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur n&apos;a pas pu analyser la commande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the addresses and the EHLO host name for unusual characters.</source>
        <translation>Vérifiez que les adresses et le nom d&apos;hôte EHLO ne contiennent pas de caractères inhabituels.</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>Le message a plus de destinataires que le serveur n&apos;en accepte à la fois.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message.</source>
        <translation>Envoyez à moins de destinataires par message.</translation>
    </message>
    <message>
        <source>The server refused an argument of the command as invalid or unsupported.</source>
        <translation>Le serveur a refusé un argument de la commande, jugé non valide ou non pris en charge.</translation>
    </message>
    <message>
        <source>Send without the extra options, and check the addresses.</source>
        <translation>Envoyez sans les options supplémentaires et vérifiez les adresses.</translation>
    </message>
    <message>
        <source>The server and Sendscope disagree about the protocol version.</source>
        <translation>Le serveur et Sendscope ne sont pas d&apos;accord sur la version du protocole.</translation>
    </message>
    <message>
        <source>A line of the login exchange was longer than the server accepts.</source>
        <translation>Une ligne de l&apos;échange d&apos;authentification dépassait la longueur acceptée par le serveur.</translation>
    </message>
    <message>
        <source>Use a shorter token or another login method.</source>
        <translation>Utilisez un jeton plus court ou une autre méthode d&apos;authentification.</translation>
    </message>
    <message>
        <source>Something in the message content stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Un élément du contenu du message a empêché la remise&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try without unusual attachments or encodings.</source>
        <translation>Lisez la réponse du serveur&#xa0;; réessayez sans pièces jointes ni encodages inhabituels.</translation>
    </message>
    <message>
        <source>The message contains a kind of content the destination does not support.</source>
        <translation>Le message contient un type de contenu que la destination ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Send the content in a more common format.</source>
        <translation>Envoyez le contenu dans un format plus courant.</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and conversion was forbidden.</source>
        <translation>Le message devrait être converti pour être remis, et la conversion était interdite.</translation>
    </message>
    <message>
        <source>Send the message in a form the destination accepts without conversion.</source>
        <translation>Envoyez le message sous une forme que la destination accepte sans conversion.</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and the mail system cannot convert it.</source>
        <translation>Le message devrait être converti pour être remis, et le système de messagerie ne sait pas le convertir.</translation>
    </message>
    <message>
        <source>Send the message in a more common format.</source>
        <translation>Envoyez le message dans un format plus courant.</translation>
    </message>
    <message>
        <source>The message was delivered, but a conversion lost some of its content.</source>
        <translation>Le message a été remis, mais une conversion a fait perdre une partie de son contenu.</translation>
    </message>
    <message>
        <source>Check with the recipient that the message arrived intact.</source>
        <translation>Vérifiez auprès du destinataire que le message est arrivé intact.</translation>
    </message>
    <message>
        <source>A conversion of the message content failed.</source>
        <translation>La conversion du contenu du message a échoué.</translation>
    </message>
    <message>
        <source>The server could not fetch the message content from the place it was referred to.</source>
        <translation>Le serveur n&apos;a pas pu récupérer le contenu du message à l&apos;emplacement indiqué.</translation>
    </message>
    <message>
        <source>Send the message with its content included.</source>
        <translation>Envoyez le message avec son contenu inclus.</translation>
    </message>
    <message>
        <source>A sender or recipient address with non-ASCII characters is not allowed here.</source>
        <translation>Une adresse d&apos;expéditeur ou de destinataire comportant des caractères non ASCII n&apos;est pas autorisée ici.</translation>
    </message>
    <message>
        <source>Use an ASCII-only address for this recipient or server.</source>
        <translation>Utilisez une adresse entièrement en ASCII pour ce destinataire ou ce serveur.</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it.</source>
        <translation>Le serveur doit répondre en UTF-8, mais le client ne l&apos;a pas autorisé.</translation>
    </message>
    <message>
        <source>Send with SMTPUTF8 enabled, or use ASCII-only addresses.</source>
        <translation>Envoyez avec SMTPUTF8 activé, ou utilisez des adresses entièrement en ASCII.</translation>
    </message>
    <message>
        <source>The message has UTF-8 header fields that cannot be passed on to one or more recipients.</source>
        <translation>Le message contient des champs d&apos;en-tête UTF-8 qui ne peuvent pas être transmis à un ou plusieurs destinataires.</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses and header fields for these recipients.</source>
        <translation>Utilisez des adresses et des champs d&apos;en-tête entièrement en ASCII pour ces destinataires.</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it (a duplicate registration of X.6.8).</source>
        <translation>Le serveur doit répondre en UTF-8, mais le client ne l&apos;a pas autorisé (doublon de l&apos;enregistrement de X.6.8).</translation>
    </message>
    <message>
        <source>A security or policy rule stopped the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Une règle de sécurité ou de politique a bloqué la commande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; often the server needs a login or STARTTLS first.</source>
        <translation>Lisez la réponse du serveur&#xa0;; souvent, le serveur exige d&apos;abord une authentification ou STARTTLS.</translation>
    </message>
    <message>
        <source>The server&apos;s policy does not allow this delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>La politique du serveur n&apos;autorise pas cette remise&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Log in if you have not; otherwise the recipient&apos;s administrator must allow your messages.</source>
        <translation>Authentifiez-vous si ce n&apos;est pas déjà fait&#xa0;; sinon, l&apos;administrateur du destinataire doit autoriser vos messages.</translation>
    </message>
    <message>
        <source>You are not allowed to send to this mailing list.</source>
        <translation>Vous n&apos;êtes pas autorisé à écrire à cette liste de diffusion.</translation>
    </message>
    <message>
        <source>Ask the list&apos;s owner for permission to post.</source>
        <translation>Demandez au propriétaire de la liste l&apos;autorisation d&apos;y publier.</translation>
    </message>
    <message>
        <source>The message would need a security conversion that is not possible.</source>
        <translation>Le message nécessiterait une conversion de sécurité impossible.</translation>
    </message>
    <message>
        <source>Send the message without signing or encryption, or check with the recipient.</source>
        <translation>Envoyez le message sans signature ni chiffrement, ou vérifiez auprès du destinataire.</translation>
    </message>
    <message>
        <source>The message asks for security features the mail system does not support.</source>
        <translation>Le message demande des fonctions de sécurité que le système de messagerie ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Send the message without those security options.</source>
        <translation>Envoyez le message sans ces options de sécurité.</translation>
    </message>
    <message>
        <source>A cryptographic step (checking a signature or decrypting) failed.</source>
        <translation>Une étape cryptographique (vérification d&apos;une signature ou déchiffrement) a échoué.</translation>
    </message>
    <message>
        <source>Check the signing or encryption keys in use.</source>
        <translation>Vérifiez les clés de signature ou de chiffrement utilisées.</translation>
    </message>
    <message>
        <source>The message uses a cryptographic algorithm the system does not support.</source>
        <translation>Le message utilise un algorithme cryptographique que le système ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Sign or encrypt with a more common algorithm.</source>
        <translation>Signez ou chiffrez avec un algorithme plus courant.</translation>
    </message>
    <message>
        <source>The message failed an integrity check: it was changed or corrupted on the way.</source>
        <translation>Le message a échoué à un contrôle d&apos;intégrité&#xa0;: il a été modifié ou corrompu en chemin.</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>Renvoyez-le.</translation>
    </message>
    <message>
        <source>The server did not accept the login: the credentials are invalid.</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;authentification&#xa0;: les identifiants ne sont pas valides.</translation>
    </message>
    <message>
        <source>Check the user name and password; many providers need an app password or OAuth.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe&#xa0;; de nombreux fournisseurs exigent un mot de passe d&apos;application ou OAuth.</translation>
    </message>
    <message>
        <source>The server considers the login method too weak.</source>
        <translation>Le serveur juge la méthode d&apos;authentification trop faible.</translation>
    </message>
    <message>
        <source>The server needs an encrypted connection before this.</source>
        <translation>Le serveur exige d&apos;abord une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465).</source>
        <translation>Utilisez STARTTLS (port 587) ou TLS (port 465).</translation>
    </message>
    <message>
        <source>The server allows this login method only over an encrypted connection.</source>
        <translation>Le serveur n&apos;autorise cette méthode d&apos;authentification que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>The account must change its password or login method before it can log in this way.</source>
        <translation>Le compte doit changer de mot de passe ou de méthode d&apos;authentification avant de pouvoir s&apos;authentifier ainsi.</translation>
    </message>
    <message>
        <source>The login worked but the account is disabled.</source>
        <translation>L&apos;authentification a réussi, mais le compte est désactivé.</translation>
    </message>
    <message>
        <source>Contact the provider or administrator to enable the account.</source>
        <translation>Contactez le fournisseur ou l&apos;administrateur pour faire activer le compte.</translation>
    </message>
    <message>
        <source>The server requires a trust relationship (such as a verified sign-in) it does not have yet.</source>
        <translation>Le serveur exige une relation de confiance (par exemple une connexion vérifiée) qu&apos;il n&apos;a pas encore.</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail, confirm any security prompt, then try again.</source>
        <translation>Connectez-vous une fois au webmail du fournisseur, confirmez toute demande de sécurité, puis réessayez.</translation>
    </message>
    <message>
        <source>The requested priority is lower than the server accepts.</source>
        <translation>La priorité demandée est inférieure à celle que le serveur accepte.</translation>
    </message>
    <message>
        <source>Send with a higher priority or none.</source>
        <translation>Envoyez avec une priorité plus élevée, ou sans priorité.</translation>
    </message>
    <message>
        <source>The message is too large for the requested priority.</source>
        <translation>Le message est trop volumineux pour la priorité demandée.</translation>
    </message>
    <message>
        <source>Send with a lower priority or a smaller message.</source>
        <translation>Envoyez avec une priorité plus basse ou un message plus petit.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has changed owner since the time the message asked about.</source>
        <translation>La boîte aux lettres du destinataire a changé de propriétaire depuis la date indiquée par le message.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address.</source>
        <translation>Confirmez l&apos;adresse actuelle du destinataire.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has changed owner since the time the message asked about.</source>
        <translation>Le domaine du destinataire a changé de propriétaire depuis la date indiquée par le message.</translation>
    </message>
    <message>
        <source>The server cannot check how long the recipient address has been valid.</source>
        <translation>Le serveur ne peut pas vérifier depuis quand l&apos;adresse du destinataire est valide.</translation>
    </message>
    <message>
        <source>Send without the recipient-valid-since check.</source>
        <translation>Envoyez sans la vérification recipient-valid-since.</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature that passed verification.</source>
        <translation>Le message ne porte aucune signature DKIM ayant passé la vérification.</translation>
    </message>
    <message>
        <source>Have the domain owner set up DKIM signing for your From domain.</source>
        <translation>Demandez au propriétaire du domaine de mettre en place la signature DKIM pour votre domaine d&apos;expédition.</translation>
    </message>
    <message>
        <source>The message&apos;s DKIM signatures passed but none is acceptable to the receiver&apos;s policy.</source>
        <translation>Les signatures DKIM du message sont valides, mais aucune n&apos;est acceptable selon la politique du destinataire.</translation>
    </message>
    <message>
        <source>Have the domain owner sign with a key and domain the receiver accepts.</source>
        <translation>Demandez au propriétaire du domaine de signer avec une clé et un domaine que le destinataire accepte.</translation>
    </message>
    <message>
        <source>No valid DKIM signature matches the domain of the From address.</source>
        <translation>Aucune signature DKIM valide ne correspond au domaine de l&apos;adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Have the domain owner sign messages with the From address&apos;s own domain.</source>
        <translation>Demandez au propriétaire du domaine de signer les messages avec le domaine propre à l&apos;adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The message failed the receiver&apos;s SPF check: this server is not listed as allowed to send for your domain.</source>
        <translation>Le message a échoué à la vérification SPF du destinataire&#xa0;: ce serveur ne figure pas parmi ceux autorisés à envoyer pour votre domaine.</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, or have its SPF record list this server.</source>
        <translation>Envoyez via le serveur propre à votre domaine, ou faites ajouter ce serveur à son enregistrement SPF.</translation>
    </message>
    <message>
        <source>Checking SPF for your domain produced an error.</source>
        <translation>La vérification SPF de votre domaine a produit une erreur.</translation>
    </message>
    <message>
        <source>Have the domain owner fix the domain&apos;s SPF record.</source>
        <translation>Demandez au propriétaire du domaine de corriger l&apos;enregistrement SPF du domaine.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address failed the reverse DNS check.</source>
        <translation>L&apos;adresse IP du serveur d&apos;envoi a échoué à la vérification DNS inverse.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission server rather than directly from this machine.</source>
        <translation>Envoyez via le serveur de soumission de votre fournisseur plutôt que directement depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The message failed more than one sender authentication check (SPF, DKIM, DMARC).</source>
        <translation>Le message a échoué à plusieurs vérifications d&apos;authentification de l&apos;expéditeur (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, and have the domain owner set up SPF, DKIM and DMARC.</source>
        <translation>Envoyez via le serveur propre à votre domaine, et demandez au propriétaire du domaine de mettre en place SPF, DKIM et DMARC.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX record, saying it accepts no mail, so replies could not reach it.</source>
        <translation>Le domaine de l&apos;expéditeur publie un enregistrement MX nul, indiquant qu&apos;il n&apos;accepte aucun courrier&#xa0;; les réponses ne pourraient donc pas lui parvenir.</translation>
    </message>
    <message>
        <source>Use a From address in a domain that receives mail.</source>
        <translation>Utilisez une adresse d&apos;expéditeur dans un domaine qui reçoit du courrier.</translation>
    </message>
    <message>
        <source>The receiver detected a flood of similar messages and refused this one.</source>
        <translation>Le destinataire a détecté un afflux de messages similaires et a refusé celui-ci.</translation>
    </message>
    <message>
        <source>Send fewer messages, more slowly.</source>
        <translation>Envoyez moins de messages, plus lentement.</translation>
    </message>
    <message>
        <source>The message failed ARC validation (the record of earlier authentication checks).</source>
        <translation>Le message a échoué à la validation ARC (l&apos;historique des vérifications d&apos;authentification précédentes).</translation>
    </message>
    <message>
        <source>Tell the administrator of the forwarding system.</source>
        <translation>Prévenez l&apos;administrateur du système de transfert.</translation>
    </message>
    <message>
        <source>The message requires REQUIRETLS and a system on the way does not support it.</source>
        <translation>Le message exige REQUIRETLS et un système sur le trajet ne le prend pas en charge.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS, or to a destination that supports it.</source>
        <translation>Envoyez sans REQUIRETLS, ou vers une destination qui le prend en charge.</translation>
    </message>
    <message>
        <source>A security step failed for now, often a temporary login failure or TLS not being available: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Une étape de sécurité a échoué pour l&apos;instant, souvent un échec temporaire d&apos;authentification ou l&apos;indisponibilité de TLS&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A security rule refused the command, often because a login or STARTTLS is required first: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Une règle de sécurité a refusé la commande, souvent parce qu&apos;une authentification ou STARTTLS est d&apos;abord requis&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use STARTTLS and log in with your account before sending.</source>
        <translation>Utilisez STARTTLS et authentifiez-vous avec votre compte avant d&apos;envoyer.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on this port, or a firewall rejected it.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: rien n&apos;écoute sur ce port, ou un pare-feu l&apos;a rejetée.</translation>
    </message>
    <message>
        <source>Check the host name and port (587 for starttls, 465 for tls).</source>
        <translation>Vérifiez le nom d&apos;hôte et le port (587 pour starttls, 465 pour tls).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>Try again; if it closes at once each time, check the port and security mode.</source>
        <translation>Réessayez&#xa0;; si elle se ferme immédiatement à chaque fois, vérifiez le port et le mode de sécurité.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found in DNS.</source>
        <translation>Le nom d&apos;hôte du serveur est introuvable dans le DNS.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name and your network connection.</source>
        <translation>Vérifiez l&apos;orthographe du nom d&apos;hôte et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The operating system did not allow the network connection.</source>
        <translation>Le système d&apos;exploitation n&apos;a pas autorisé la connexion réseau.</translation>
    </message>
    <message>
        <source>Check firewall or sandbox settings that may block Sendscope from the network.</source>
        <translation>Vérifiez les réglages du pare-feu ou du bac à sable qui pourraient empêcher Sendscope d&apos;accéder au réseau.</translation>
    </message>
    <message>
        <source>The operating system ran out of resources for another network connection.</source>
        <translation>Le système d&apos;exploitation n&apos;a plus de ressources pour une nouvelle connexion réseau.</translation>
    </message>
    <message>
        <source>Close other programs or connections and try again.</source>
        <translation>Fermez d&apos;autres programmes ou connexions, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection attempt or the network operation took too long.</source>
        <translation>La tentative de connexion ou l&apos;opération réseau a pris trop de temps.</translation>
    </message>
    <message>
        <source>Check the host and port; a firewall may be silently dropping the connection.</source>
        <translation>Vérifiez l&apos;hôte et le port&#xa0;; un pare-feu ignore peut-être la connexion sans rien signaler.</translation>
    </message>
    <message>
        <source>A datagram was larger than the operating system allows.</source>
        <translation>Un datagramme dépassait la taille autorisée par le système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>This does not happen with SMTP over TCP; tell the Sendscope developers.</source>
        <translation>Cela ne se produit pas avec SMTP sur TCP&#xa0;; prévenez les développeurs de Sendscope.</translation>
    </message>
    <message>
        <source>The network failed (for example the cable was unplugged or Wi-Fi dropped).</source>
        <translation>Le réseau a connu une panne (par exemple câble débranché ou Wi-Fi coupé).</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use is already in use.</source>
        <translation>L&apos;adresse locale que Sendscope a tenté d&apos;utiliser est déjà utilisée.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use does not belong to this computer.</source>
        <translation>L&apos;adresse locale que Sendscope a tenté d&apos;utiliser n&apos;appartient pas à cet ordinateur.</translation>
    </message>
    <message>
        <source>Check the network settings of this computer.</source>
        <translation>Vérifiez les paramètres réseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer does not support the requested network operation (for example IPv6).</source>
        <translation>Cet ordinateur ne prend pas en charge l&apos;opération réseau demandée (par exemple IPv6).</translation>
    </message>
    <message>
        <source>Try the server&apos;s IPv4 address or host name.</source>
        <translation>Essayez l&apos;adresse IPv4 ou le nom d&apos;hôte du serveur.</translation>
    </message>
    <message>
        <source>A network operation was still in progress.</source>
        <translation>Une opération réseau était encore en cours.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>The proxy server requires a login.</source>
        <translation>Le serveur proxy exige une authentification.</translation>
    </message>
    <message>
        <source>Check the proxy settings and credentials.</source>
        <translation>Vérifiez les paramètres et les identifiants du proxy.</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed.</source>
        <translation>La négociation TLS avec le serveur a échoué.</translation>
    </message>
    <message>
        <source>Check that the port and security mode match (tls on 465, starttls on 587).</source>
        <translation>Vérifiez que le port et le mode de sécurité concordent (tls sur le port 465, starttls sur le port 587).</translation>
    </message>
    <message>
        <source>The proxy server refused the connection.</source>
        <translation>Le serveur proxy a refusé la connexion.</translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation>Vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The proxy server closed the connection unexpectedly.</source>
        <translation>Le serveur proxy a fermé la connexion de façon inattendue.</translation>
    </message>
    <message>
        <source>Check the proxy settings and try again.</source>
        <translation>Vérifiez les paramètres du proxy et réessayez.</translation>
    </message>
    <message>
        <source>The proxy server did not answer in time.</source>
        <translation>Le serveur proxy n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The proxy server could not be found.</source>
        <translation>Le serveur proxy est introuvable.</translation>
    </message>
    <message>
        <source>Check the proxy host name in the settings.</source>
        <translation>Vérifiez le nom d&apos;hôte du proxy dans les paramètres.</translation>
    </message>
    <message>
        <source>The proxy server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur proxy est incompréhensible.</translation>
    </message>
    <message>
        <source>Check that the proxy type in the settings is right.</source>
        <translation>Vérifiez que le type de proxy indiqué dans les paramètres est correct.</translation>
    </message>
    <message>
        <source>A network operation was attempted in a state that does not allow it.</source>
        <translation>Une opération réseau a été tentée dans un état qui ne le permet pas.</translation>
    </message>
    <message>
        <source>Try again; if it persists, tell the Sendscope developers.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, prévenez les développeurs de Sendscope.</translation>
    </message>
    <message>
        <source>The TLS library had an internal error.</source>
        <translation>La bibliothèque TLS a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>Check that OpenSSL is installed correctly.</source>
        <translation>Vérifiez qu&apos;OpenSSL est correctement installé.</translation>
    </message>
    <message>
        <source>The TLS library was given invalid data (a certificate or key).</source>
        <translation>La bibliothèque TLS a reçu des données non valides (un certificat ou une clé).</translation>
    </message>
    <message>
        <source>Check the CA file or client certificate given to Sendscope.</source>
        <translation>Vérifiez le fichier d&apos;autorité de certification ou le certificat client fourni à Sendscope.</translation>
    </message>
    <message>
        <source>A temporary network error occurred.</source>
        <translation>Une erreur réseau temporaire s&apos;est produite.</translation>
    </message>
    <message>
        <source>An unidentified network error occurred.</source>
        <translation>Une erreur réseau non identifiée s&apos;est produite.</translation>
    </message>
    <message>
        <source>The certificate check found no problem.</source>
        <translation>La vérification du certificat n&apos;a relevé aucun problème.</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued the server&apos;s certificate could not be found.</source>
        <translation>Le certificat de l&apos;autorité qui a émis le certificat du serveur est introuvable.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain, or give the CA with --ca-file.</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;envoyer la chaîne de certificats complète, ou indiquez l&apos;autorité de certification avec --ca-file.</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate could not be decrypted.</source>
        <translation>La signature du certificat du serveur n&apos;a pas pu être déchiffrée.</translation>
    </message>
    <message>
        <source>The certificate is damaged; tell the server&apos;s administrator.</source>
        <translation>Le certificat est endommagé&#xa0;; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The public key of the issuing authority could not be read.</source>
        <translation>La clé publique de l&apos;autorité émettrice n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The certificate chain is damaged; tell the server&apos;s administrator.</source>
        <translation>La chaîne de certificats est endommagée&#xa0;; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate is invalid.</source>
        <translation>La signature du certificat du serveur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Do not trust this connection: the certificate may be forged or damaged.</source>
        <translation>Ne faites pas confiance à cette connexion&#xa0;: le certificat est peut-être falsifié ou endommagé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; also check this computer&apos;s date.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;; vérifiez aussi la date de cet ordinateur.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is malformed.</source>
        <translation>La date de début de validité du certificat est mal formée.</translation>
    </message>
    <message>
        <source>The certificate is broken; tell the server&apos;s administrator.</source>
        <translation>Le certificat est défectueux&#xa0;; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The certificate&apos;s expiry date is malformed.</source>
        <translation>La date d&apos;expiration du certificat est mal formée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so no trusted authority vouches for it.</source>
        <translation>Le certificat du serveur est auto-signé&#xa0;: aucune autorité de confiance ne s&apos;en porte garante.</translation>
    </message>
    <message>
        <source>Trust it only if you know the server: compare the fingerprint and pin it with --pin-sha256.</source>
        <translation>Ne lui faites confiance que si vous connaissez le serveur&#xa0;: comparez l&apos;empreinte et épinglez-la avec --pin-sha256.</translation>
    </message>
    <message>
        <source>The certificate chain ends in a self-signed authority this computer does not trust.</source>
        <translation>La chaîne de certificats se termine par une autorité auto-signée à laquelle cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>Indiquez le certificat de cette autorité avec --ca-file si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The authority that issued the server&apos;s certificate is not trusted on this computer.</source>
        <translation>L&apos;autorité qui a émis le certificat du serveur n&apos;est pas approuvée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it, or ask the administrator to send the full chain.</source>
        <translation>Indiquez le certificat de cette autorité avec --ca-file si vous lui faites confiance, ou demandez à l&apos;administrateur d&apos;envoyer la chaîne complète.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified against any trusted authority.</source>
        <translation>Le certificat du serveur n&apos;a pu être vérifié auprès d&apos;aucune autorité de confiance.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain.</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;envoyer la chaîne de certificats complète.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>Le certificat du serveur a été révoqué par son émetteur.</translation>
    </message>
    <message>
        <source>Do not trust this connection; tell the server&apos;s administrator.</source>
        <translation>Ne faites pas confiance à cette connexion&#xa0;; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to act as an authority.</source>
        <translation>Un certificat de la chaîne n&apos;est pas autorisé à servir d&apos;autorité.</translation>
    </message>
    <message>
        <source>The chain is misconfigured; tell the server&apos;s administrator.</source>
        <translation>La chaîne est mal configurée&#xa0;; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The certificate chain is longer than an authority in it allows.</source>
        <translation>La chaîne de certificats est plus longue que ne l&apos;autorise l&apos;une de ses autorités.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not meant for a TLS server.</source>
        <translation>Le certificat du serveur n&apos;est pas destiné à un serveur TLS.</translation>
    </message>
    <message>
        <source>The certificate is wrong for this use; tell the server&apos;s administrator.</source>
        <translation>Le certificat ne convient pas à cet usage&#xa0;; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The issuing authority is not trusted for this purpose on this computer.</source>
        <translation>L&apos;autorité émettrice n&apos;est pas approuvée pour cet usage sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>Indiquez le certificat de l&apos;autorité avec --ca-file si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The issuing authority is marked to reject this kind of use.</source>
        <translation>L&apos;autorité émettrice est marquée pour refuser ce type d&apos;usage.</translation>
    </message>
    <message>
        <source>Do not trust this connection without checking with the server&apos;s administrator.</source>
        <translation>Ne faites pas confiance à cette connexion sans vérifier auprès de l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>A certificate in the chain does not match the authority that should have issued it.</source>
        <translation>Un certificat de la chaîne ne correspond pas à l&apos;autorité qui aurait dû l&apos;émettre.</translation>
    </message>
    <message>
        <source>The authority key identifier of a certificate does not match its issuer.</source>
        <translation>L&apos;identifiant de clé d&apos;autorité d&apos;un certificat ne correspond pas à son émetteur.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n&apos;a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>Do not send credentials to this server; check the port and security mode.</source>
        <translation>N&apos;envoyez pas d&apos;identifiants à ce serveur&#xa0;; vérifiez le port et le mode de sécurité.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different host name than the one you connected to.</source>
        <translation>Le certificat du serveur est établi pour un autre nom d&apos;hôte que celui auquel vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>Use the host name the provider documents (the one in the certificate), not an alias or IP address.</source>
        <translation>Utilisez le nom d&apos;hôte documenté par le fournisseur (celui du certificat), et non un alias ou une adresse IP.</translation>
    </message>
    <message>
        <source>TLS is not available in this build of Sendscope.</source>
        <translation>TLS n&apos;est pas disponible dans cette version de Sendscope.</translation>
    </message>
    <message>
        <source>Install the OpenSSL libraries and Qt&apos;s TLS plugin.</source>
        <translation>Installez les bibliothèques OpenSSL et le plugin TLS de Qt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is on a block list of known-bad certificates.</source>
        <translation>Le certificat du serveur figure sur une liste de blocage de certificats connus comme compromis.</translation>
    </message>
    <message>
        <source>Do not trust this connection.</source>
        <translation>Ne faites pas confiance à cette connexion.</translation>
    </message>
    <message>
        <source>The revocation status of the server&apos;s certificate could not be determined.</source>
        <translation>L&apos;état de révocation du certificat du serveur n&apos;a pas pu être déterminé.</translation>
    </message>
    <message>
        <source>Try again later; the issuer&apos;s status service may be unreachable.</source>
        <translation>Réessayez plus tard&#xa0;; le service d&apos;état de l&apos;émetteur est peut-être injoignable.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) gave no answer for this certificate.</source>
        <translation>Le service d&apos;état des certificats (OCSP) n&apos;a donné aucune réponse pour ce certificat.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) called the request malformed.</source>
        <translation>Le service d&apos;état des certificats (OCSP) a jugé la requête mal formée.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) sent an answer that could not be read.</source>
        <translation>Le service d&apos;état des certificats (OCSP) a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) had an internal error.</source>
        <translation>Le service d&apos;état des certificats (OCSP) a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) asked to try again later.</source>
        <translation>Le service d&apos;état des certificats (OCSP) a demandé de réessayer plus tard.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) requires a signed request.</source>
        <translation>Le service d&apos;état des certificats (OCSP) exige une requête signée.</translation>
    </message>
    <message>
        <source>Try again later or tell the server&apos;s administrator.</source>
        <translation>Réessayez plus tard ou prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) refused to answer for this certificate.</source>
        <translation>Le service d&apos;état des certificats (OCSP) a refusé de répondre pour ce certificat.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator.</source>
        <translation>Prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) could not be trusted.</source>
        <translation>La réponse d&apos;état du certificat (OCSP) n&apos;est pas digne de confiance.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) was about a different certificate.</source>
        <translation>La réponse d&apos;état du certificat (OCSP) concernait un autre certificat.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) has expired.</source>
        <translation>La réponse d&apos;état du certificat (OCSP) a expiré.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, then try again.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) does not know this certificate.</source>
        <translation>Le service d&apos;état des certificats (OCSP) ne connaît pas ce certificat.</translation>
    </message>
    <message>
        <source>The certificate check failed for an unspecified reason.</source>
        <translation>La vérification du certificat a échoué pour une raison non précisée.</translation>
    </message>
    <message>
        <source>Check the certificate details shown and decide whether to trust it.</source>
        <translation>Examinez les détails du certificat affichés et décidez si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>Sendscope found a problem in the options or the message before connecting.</source>
        <translation>Sendscope a détecté un problème dans les options ou le message avant la connexion.</translation>
    </message>
    <message>
        <source>Fix the field named in the message above.</source>
        <translation>Corrigez le champ indiqué dans le message ci-dessus.</translation>
    </message>
    <message>
        <source>Sendscope could not open a connection to %2 on port %3.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>Sendscope n&apos;a pas pu ouvrir de connexion vers %2 sur le port %3.</translation>
    </message>
    <message>
        <source>Check the host name, the port and your network connection.</source>
        <translation>Vérifiez le nom d&apos;hôte, le port et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the exchange finished.</source>
        <translation>La connexion au serveur a été perdue avant la fin de l&apos;échange.</translation>
    </message>
    <message>
        <source>Try again; if it always breaks at the same step, check the port and security mode.</source>
        <translation>Réessayez&#xa0;; si elle s&apos;interrompt toujours à la même étape, vérifiez le port et le mode de sécurité.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid SMTP reply.</source>
        <translation>Le serveur a envoyé quelque chose qui n&apos;est pas une réponse SMTP valide.</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server and that the security mode matches it.</source>
        <translation>Vérifiez que le port correspond à un serveur SMTP et que le mode de sécurité lui convient.</translation>
    </message>
    <message>
        <source>Encryption could not be set up, so Sendscope stopped before sending anything sensitive.</source>
        <translation>Le chiffrement n&apos;a pas pu être établi&#xa0;; Sendscope s&apos;est donc arrêté avant d&apos;envoyer quoi que ce soit de sensible.</translation>
    </message>
    <message>
        <source>Check the security mode; if the server offers no STARTTLS, ask its administrator to enable it.</source>
        <translation>Vérifiez le mode de sécurité&#xa0;; si le serveur ne propose pas STARTTLS, demandez à son administrateur de l&apos;activer.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so Sendscope stopped before logging in.</source>
        <translation>Le certificat du serveur n&apos;était pas approuvé&#xa0;; Sendscope s&apos;est donc arrêté avant l&apos;authentification.</translation>
    </message>
    <message>
        <source>Check the certificate details; trust it only with --ca-file or --pin-sha256 if you know the server.</source>
        <translation>Examinez les détails du certificat&#xa0;; ne lui faites confiance avec --ca-file ou --pin-sha256 que si vous connaissez le serveur.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>Le serveur a refusé l&apos;authentification.</translation>
    </message>
    <message>
        <source>No login method could be used safely: the server offers none Sendscope supports, or the password would travel unencrypted.</source>
        <translation>Aucune méthode d&apos;authentification n&apos;a pu être utilisée en toute sécurité&#xa0;: le serveur n&apos;en propose aucune que Sendscope prend en charge, ou le mot de passe circulerait en clair.</translation>
    </message>
    <message>
        <source>Use starttls on port 587 or tls on port 465; choose another --auth method only if the server lists it.</source>
        <translation>Utilisez starttls sur le port 587 ou tls sur le port 465&#xa0;; ne choisissez une autre méthode --auth que si le serveur la liste.</translation>
    </message>
    <message>
        <source>The server refused the sender, a recipient or the message.</source>
        <translation>Le serveur a refusé l&apos;expéditeur, un destinataire ou le message.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words above for the reason.</source>
        <translation>Lisez la réponse du serveur ci-dessus pour en connaître la raison.</translation>
    </message>
    <message>
        <source>The message is larger than the server&apos;s announced size limit.</source>
        <translation>Le message dépasse la taille maximale annoncée par le serveur.</translation>
    </message>
    <message>
        <source>The message needs an extension the server does not offer (such as SMTPUTF8 for non-ASCII addresses).</source>
        <translation>Le message nécessite une extension que le serveur ne propose pas (comme SMTPUTF8 pour les adresses non ASCII).</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses, or a server that offers the extension.</source>
        <translation>Utilisez des adresses entièrement en ASCII, ou un serveur qui propose cette extension.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Try again; a longer --timeout may help on a slow server.</source>
        <translation>Réessayez&#xa0;; un --timeout plus long peut aider avec un serveur lent.</translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>Nothing needs to change; send again when ready.</source>
        <translation>Aucune modification n&apos;est nécessaire&#xa0;; renvoyez quand vous serez prêt.</translation>
    </message>
    <message>
        <source>No connection to %2 on port %3 could be made in time.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>Aucune connexion à %2 sur le port %3 n&apos;a pu être établie à temps.</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting in time.</source>
        <translation>Le serveur a accepté la connexion, mais n&apos;a envoyé aucun message d&apos;accueil à temps.</translation>
    </message>
    <message>
        <source>Check the port and security mode (tls on 465, starttls on 587).</source>
        <translation>Vérifiez le port et le mode de sécurité (tls sur le port 465, starttls sur le port 587).</translation>
    </message>
    <message>
        <source>The server stopped taking the message text in time.</source>
        <translation>Le serveur a cessé d&apos;accepter le texte du message dans les délais.</translation>
    </message>
    <message>
        <source>Try again; with a slow link, a longer --timeout may help.</source>
        <translation>Réessayez&#xa0;; avec une connexion lente, un --timeout plus long peut aider.</translation>
    </message>
    <message>
        <source>The connection broke while the message was being sent.</source>
        <translation>La connexion a été interrompue pendant l&apos;envoi du message.</translation>
    </message>
    <message>
        <source>Try again; if it keeps breaking, the message may be over the server&apos;s size limit.</source>
        <translation>Réessayez&#xa0;; si elle s&apos;interrompt encore, le message dépasse peut-être la taille maximale du serveur.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending because it sent spam (often a sign it was compromised).</source>
        <translation>Microsoft 365 a empêché ce compte d&apos;envoyer, car il a envoyé du spam (souvent signe d&apos;un compte compromis).</translation>
    </message>
    <message>
        <source>Secure the account and reset its password; an administrator must then release it.</source>
        <translation>Sécurisez le compte et réinitialisez son mot de passe&#xa0;; un administrateur devra ensuite le débloquer.</translation>
    </message>
    <message>
        <source>Microsoft 365 could not find the recipient address.</source>
        <translation>Microsoft 365 n&apos;a pas trouvé l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>Check the recipient address for a typo.</source>
        <translation>Vérifiez qu&apos;il n&apos;y a pas de faute de frappe dans l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>This account reached its daily limit of message recipients.</source>
        <translation>Ce compte a atteint sa limite quotidienne de destinataires.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (a rolling 24 hours) before sending more.</source>
        <translation>Attendez la réinitialisation de la limite (sur 24 heures glissantes) avant d&apos;envoyer davantage.</translation>
    </message>
    <message>
        <source>This account exceeded its sending quota (recipients or messages per time).</source>
        <translation>Ce compte a dépassé son quota d&apos;envoi (destinataires ou messages par période).</translation>
    </message>
    <message>
        <source>Wait before sending more, and check that the account is not being misused.</source>
        <translation>Attendez avant d&apos;envoyer davantage, et vérifiez que le compte n&apos;est pas utilisé de façon abusive.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 n&apos;a pas accepté l&apos;authentification&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the password; if it is right, basic authentication may be blocked for this account, so use OAuth (XOAUTH2).</source>
        <translation>Vérifiez le mot de passe&#xa0;; s&apos;il est correct, l&apos;authentification de base est peut-être bloquée pour ce compte&#xa0;: utilisez alors OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>The recipient accepts mail only from senders in its own organisation.</source>
        <translation>Le destinataire n&apos;accepte que le courrier des expéditeurs de sa propre organisation.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept mail from outside the organisation.</source>
        <translation>Demandez à l&apos;administrateur du destinataire d&apos;accepter le courrier provenant de l&apos;extérieur de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to send because the client did not log in before MAIL FROM.</source>
        <translation>Microsoft 365 a refusé l&apos;envoi, car le client ne s&apos;est pas authentifié avant MAIL FROM.</translation>
    </message>
    <message>
        <source>Turn on login (SMTP AUTH) with the mailbox&apos;s full address over STARTTLS on port 587.</source>
        <translation>Activez l&apos;authentification (SMTP AUTH) avec l&apos;adresse complète de la boîte aux lettres via STARTTLS sur le port 587.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to relay because an inbound connector does not match this sender (TenantAttribution).</source>
        <translation>Microsoft 365 a refusé de relayer, car aucun connecteur entrant ne correspond à cet expéditeur (TenantAttribution).</translation>
    </message>
    <message>
        <source>The tenant administrator must fix the inbound connector configuration.</source>
        <translation>L&apos;administrateur du locataire doit corriger la configuration du connecteur entrant.</translation>
    </message>
    <message>
        <source>You are not in the allowed-senders list of the distribution group you wrote to.</source>
        <translation>Vous ne figurez pas dans la liste des expéditeurs autorisés du groupe de distribution auquel vous avez écrit.</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner to add you to its allowed senders.</source>
        <translation>Demandez au propriétaire du groupe de vous ajouter à ses expéditeurs autorisés.</translation>
    </message>
    <message>
        <source>The recipient group rejects messages from outside its organisation.</source>
        <translation>Le groupe destinataire refuse les messages provenant de l&apos;extérieur de son organisation.</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner or administrator to accept external senders.</source>
        <translation>Demandez au propriétaire ou à l&apos;administrateur du groupe d&apos;accepter les expéditeurs externes.</translation>
    </message>
    <message>
        <source>The recipient mailbox rejects messages from outside its organisation.</source>
        <translation>La boîte aux lettres du destinataire refuse les messages provenant de l&apos;extérieur de son organisation.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept external senders.</source>
        <translation>Demandez à l&apos;administrateur du destinataire d&apos;accepter les expéditeurs externes.</translation>
    </message>
    <message>
        <source>The recipient public folder rejects messages from outside its organisation.</source>
        <translation>Le dossier public destinataire refuse les messages provenant de l&apos;extérieur de son organisation.</translation>
    </message>
    <message>
        <source>The recipient mail user rejects messages from outside its organisation.</source>
        <translation>L&apos;utilisateur de messagerie destinataire refuse les messages provenant de l&apos;extérieur de son organisation.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is not allowed for this account: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 a refusé l&apos;authentification, car SMTP AUTH n&apos;est pas autorisé pour ce compte&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A tenant administrator must enable SMTP AUTH for this mailbox (and security defaults must allow it), or log in with OAuth (XOAUTH2).</source>
        <translation>Un administrateur du locataire doit activer SMTP AUTH pour cette boîte aux lettres (et les paramètres de sécurité par défaut doivent l&apos;autoriser), ou authentifiez-vous avec OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Microsoft 365 banned this account from sending because spam was detected.</source>
        <translation>Microsoft 365 a interdit l&apos;envoi depuis ce compte, car du spam a été détecté.</translation>
    </message>
    <message>
        <source>Secure the account and reset its credentials, then contact Microsoft support through your administrator.</source>
        <translation>Sécurisez le compte et réinitialisez ses identifiants, puis contactez le support Microsoft par l&apos;intermédiaire de votre administrateur.</translation>
    </message>
    <message>
        <source>The From domain failed DMARC and its DMARC policy says to reject such mail.</source>
        <translation>Le domaine d&apos;expédition a échoué à DMARC, et sa politique DMARC demande de rejeter ce type de courrier.</translation>
    </message>
    <message>
        <source>Send through a server that is allowed by the domain&apos;s SPF and DKIM, or fix the domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>Envoyez via un serveur autorisé par les enregistrements SPF et DKIM du domaine, ou corrigez les enregistrements SPF, DKIM et DMARC du domaine.</translation>
    </message>
    <message>
        <source>The message has no valid From address.</source>
        <translation>Le message n&apos;a pas d&apos;adresse d&apos;expéditeur valide.</translation>
    </message>
    <message>
        <source>Give the message a From address like Name &lt;name@example.org&gt;.</source>
        <translation>Donnez au message une adresse d&apos;expéditeur de la forme Nom &lt;nom@example.org&gt;.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked sending for the whole tenant because most of its traffic looked suspicious.</source>
        <translation>Microsoft 365 a bloqué l&apos;envoi pour l&apos;ensemble du locataire, car la majeure partie de son trafic semblait suspecte.</translation>
    </message>
    <message>
        <source>The tenant administrator must fix any compromise and contact Microsoft support.</source>
        <translation>L&apos;administrateur du locataire doit remédier à toute compromission et contacter le support Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept traffic from this IP address.</source>
        <translation>Microsoft 365 n&apos;accepte pas le trafic provenant de cette adresse IP.</translation>
    </message>
    <message>
        <source>The tenant administrator must contact Microsoft support.</source>
        <translation>L&apos;administrateur du locataire doit contacter le support Microsoft.</translation>
    </message>
    <message>
        <source>Gmail wants an app password, not your Google account password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail demande un mot de passe d&apos;application, et non le mot de passe de votre compte Google&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification, create an App Password in your Google Account and use it here, or log in with OAuth (XOAUTH2).</source>
        <translation>Activez la validation en deux étapes, créez un mot de passe d&apos;application dans votre compte Google et utilisez-le ici, ou authentifiez-vous avec OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Gmail did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use your full Gmail address and an App Password (needs 2-Step Verification) instead of the account password, or log in with OAuth (XOAUTH2).</source>
        <translation>Utilisez votre adresse Gmail complète et un mot de passe d&apos;application (qui nécessite la validation en deux étapes) au lieu du mot de passe du compte, ou authentifiez-vous avec OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Gmail wants you to sign in through the web first before it accepts this login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail vous demande de vous connecter d&apos;abord sur le Web avant d&apos;accepter cette authentification&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in at mail.google.com in a browser, confirm any security prompt, then try again.</source>
        <translation>Connectez-vous sur mail.google.com dans un navigateur, confirmez toute demande de sécurité, puis réessayez.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is turned off for this tenant or mailbox: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 a refusé l&apos;authentification, car SMTP AUTH est désactivé pour ce locataire ou cette boîte aux lettres&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A tenant administrator must enable Authenticated SMTP for this mailbox, or log in with OAuth (XOAUTH2).</source>
        <translation>Un administrateur du locataire doit activer le SMTP authentifié pour cette boîte aux lettres, ou authentifiez-vous avec OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because the organisation&apos;s security defaults block SMTP AUTH: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 a refusé l&apos;authentification, car les paramètres de sécurité par défaut de l&apos;organisation bloquent SMTP AUTH&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Log in with OAuth (XOAUTH2), or ask the tenant administrator to exclude this account from security defaults.</source>
        <translation>Authentifiez-vous avec OAuth (XOAUTH2), ou demandez à l&apos;administrateur du locataire d&apos;exclure ce compte des paramètres de sécurité par défaut.</translation>
    </message>
    <message>
        <source>Yahoo did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Yahoo n&apos;a pas accepté l&apos;authentification&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Create an app password in your Yahoo account&apos;s security settings and use it instead of the account password.</source>
        <translation>Créez un mot de passe d&apos;application dans les paramètres de sécurité de votre compte Yahoo et utilisez-le à la place du mot de passe du compte.</translation>
    </message>
    <message>
        <source>iCloud did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>iCloud n&apos;a pas accepté l&apos;authentification&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use an app-specific password from your Apple Account and your full iCloud address as the user name.</source>
        <translation>Utilisez un mot de passe pour app généré dans votre compte Apple, et votre adresse iCloud complète comme nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The server requires STARTTLS before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur exige STARTTLS avant d&apos;accepter cette commande&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587 (or tls on port 465).</source>
        <translation>Utilisez le mode de sécurité starttls sur le port 587 (ou tls sur le port 465).</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a refusé de transmettre le message à un autre domaine&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Log in with your account before sending; a server relays only for its own users.</source>
        <translation>Authentifiez-vous avec votre compte avant d&apos;envoyer&#xa0;; un serveur ne relaie que pour ses propres utilisateurs.</translation>
    </message>
    <message>
        <source>The server refused the name Sendscope introduced itself with in EHLO: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le serveur a refusé le nom sous lequel Sendscope s&apos;est présenté avec EHLO&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Set the EHLO name to this computer&apos;s full host name (a name with a dot that resolves in DNS).</source>
        <translation>Définissez comme nom EHLO le nom d&apos;hôte complet de cet ordinateur (un nom contenant un point et résolu par le DNS).</translation>
    </message>
    <message>
        <source>The receiver rejected the message because your domain&apos;s SPF, DKIM or DMARC check failed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le destinataire a rejeté le message, car la vérification SPF, DKIM ou DMARC de votre domaine a échoué&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Send through the server your domain&apos;s SPF record lists (usually your provider&apos;s), with a From address of that domain.</source>
        <translation>Envoyez via le serveur listé dans l&apos;enregistrement SPF de votre domaine (généralement celui de votre fournisseur), avec une adresse d&apos;expéditeur de ce domaine.</translation>
    </message>
    <message>
        <source>The account reached the provider&apos;s sending limit: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Le compte a atteint la limite d&apos;envoi du fournisseur&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wait until the limit resets (often 24 hours) and send fewer messages at once.</source>
        <translation>Attendez la réinitialisation de la limite (souvent 24 heures) et envoyez moins de messages à la fois.</translation>
    </message>
    <message>
        <source>Nothing answered on port 25 of %2; many networks and providers block outgoing port 25.</source>
        <extracomment>%2 = the server&apos;s host name</extracomment>
        <translation>Rien n&apos;a répondu sur le port 25 de %2&#xa0;; de nombreux réseaux et fournisseurs bloquent le port 25 sortant.</translation>
    </message>
    <message>
        <source>Use the submission port 587 with starttls (or 465 with tls) and log in.</source>
        <translation>Utilisez le port de soumission 587 avec starttls (ou 465 avec tls) et authentifiez-vous.</translation>
    </message>
    <message>
        <source>The server on port %3 said nothing in plain text because it is waiting for a TLS handshake first.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>Le serveur sur le port %3 n&apos;a rien envoyé en clair, car il attend d&apos;abord une négociation TLS.</translation>
    </message>
    <message>
        <source>Use security mode tls on port 465, or starttls on port 587.</source>
        <translation>Utilisez le mode de sécurité tls sur le port 465, ou starttls sur le port 587.</translation>
    </message>
    <message>
        <source>The TLS handshake on port %3 failed, most likely because the server speaks plain SMTP there and expects STARTTLS.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>La négociation TLS sur le port %3 a échoué, très probablement parce que le serveur y parle SMTP en clair et attend STARTTLS.</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587, or tls on port 465.</source>
        <translation>Utilisez le mode de sécurité starttls sur le port 587, ou tls sur le port 465.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet according to this computer&apos;s clock.</source>
        <translation>D&apos;après l&apos;horloge de cet ordinateur, le certificat du serveur n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone: a clock that is off makes valid certificates look wrong.</source>
        <translation>Vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur&#xa0;: une horloge déréglée fait paraître erronés des certificats valides.</translation>
    </message>
    <message>
        <source>The certificate was issued by an antivirus or firewall product that intercepts encrypted connections, not by the mail server.</source>
        <translation>Le certificat a été émis par un antivirus ou un pare-feu qui intercepte les connexions chiffrées, et non par le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Turn off mail or TLS scanning in that product for SMTP, or add its CA with --ca-file if you trust it.</source>
        <translation>Désactivez l&apos;analyse du courrier ou de TLS pour SMTP dans ce produit, ou ajoutez son autorité de certification avec --ca-file si vous lui faites confiance.</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>Le serveur a mélangé les codes de réponse %1 et %2 dans une même réponse.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxCertificate</name>
    <message>
        <source>Cannot generate the sandbox&apos;s EC P-256 key.</source>
        <translation>Impossible de générer la clé EC P-256 du bac à sable.</translation>
    </message>
    <message>
        <source>Cannot make the sandbox&apos;s certificate.</source>
        <translation>Impossible de créer le certificat du bac à sable.</translation>
    </message>
    <message>
        <source>Cannot encode the sandbox&apos;s certificate.</source>
        <translation>Impossible d&apos;encoder le certificat du bac à sable.</translation>
    </message>
    <message>
        <source>The TLS backend cannot read the sandbox&apos;s new certificate or key.</source>
        <translation>Le moteur TLS ne peut pas lire le nouveau certificat ou la nouvelle clé du bac à sable.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxConnection</name>
    <message>
        <source>Cannot take over the connection: %1</source>
        <translation>Impossible de reprendre la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox connection %1 from %2 port %3.</source>
        <translation>Connexion %1 au bac à sable depuis %2, port %3.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message>
        <source>The client left in the middle of DATA; nothing was stored.</source>
        <translation>Le client s&apos;est déconnecté au milieu de DATA&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Connection %1 closed.</source>
        <translation>Connexion %1 fermée.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2.</source>
        <translation>TLS établi&#xa0;: %1, chiffrement %2.</translation>
    </message>
    <message>
        <source>&lt;a line longer than %1 octets, discarded&gt;</source>
        <translation>&lt;ligne de plus de %1 octets, ignorée&gt;</translation>
    </message>
    <message>
        <source>&lt;a line of %1 octets, discarded&gt;</source>
        <translation>&lt;ligne de %1 octets, ignorée&gt;</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>Démarrage de la négociation TLS.</translation>
    </message>
    <message>
        <source>Cannot store the message: %1</source>
        <translation>Impossible d&apos;enregistrer le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;corps du message&#xa0;: %1 octets&gt;</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxMessageWriter</name>
    <message>
        <source>The message file is not open.</source>
        <translation>Le fichier du message n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Le bac à sable est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>No TLS backend is available (%1), so the sandbox cannot offer STARTTLS.</source>
        <translation>Aucun moteur TLS n&apos;est disponible (%1)&#xa0;; le bac à sable ne peut donc pas proposer STARTTLS.</translation>
    </message>
    <message>
        <source>Give both a user and a password for the sandbox, or neither.</source>
        <translation>Indiquez à la fois un utilisateur et un mot de passe pour le bac à sable, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 port %2, messages in %3.</source>
        <translation>Bac à sable à l&apos;écoute sur %1, port %2&#xa0;; messages dans %3.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Sasl</name>
    <message>
        <source>The server asked for more than a user name and password during AUTH LOGIN.</source>
        <translation>Le serveur a demandé plus qu&apos;un nom d&apos;utilisateur et un mot de passe pendant AUTH LOGIN.</translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation>Le serveur a envoyé un défi PLAIN inattendu.</translation>
    </message>
    <message>
        <source>The server refused the token without a reason.</source>
        <translation>Le serveur a refusé le jeton sans donner de raison.</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>Le serveur a refusé le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>the token is invalid or has expired</source>
        <translation>le jeton n&apos;est pas valide ou a expiré</translation>
    </message>
    <message>
        <source>the token does not grant the needed scope</source>
        <translation>le jeton n&apos;accorde pas la portée nécessaire</translation>
    </message>
    <message>
        <source>the server could not read the request</source>
        <translation>le serveur n&apos;a pas pu lire la requête</translation>
    </message>
    <message>
        <source>The server refused the token (status %1).</source>
        <translation>Le serveur a refusé le jeton (état %1).</translation>
    </message>
    <message>
        <source>The server refused the token (status %1): %2.</source>
        <translation>Le serveur a refusé le jeton (état %1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation>Portée requise&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Accepted schemes: %1.</source>
        <translation>Schémas acceptés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server sent a second CRAM-MD5 challenge.</source>
        <translation>Le serveur a envoyé un second défi CRAM-MD5.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Le serveur a envoyé un défi CRAM-MD5 vide.</translation>
    </message>
    <message>
        <source>The user name or host for OAUTHBEARER contains control characters.</source>
        <translation>Le nom d&apos;utilisateur ou l&apos;hôte pour OAUTHBEARER contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The access token for OAUTHBEARER is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>Le jeton d&apos;accès pour OAUTHBEARER est vide ou contient des caractères interdits dans un jeton bearer (RFC 6750).</translation>
    </message>
    <message>
        <source>The server sent a second OAUTHBEARER challenge.</source>
        <translation>Le serveur a envoyé un second défi OAUTHBEARER.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which AUTH PLAIN cannot carry.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe contient un caractère NUL, que AUTH PLAIN ne peut pas transporter.</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>le mot de passe est incorrect</translation>
    </message>
    <message>
        <source>the server does not know this user name</source>
        <translation>le serveur ne connaît pas ce nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the server could not read the user name</source>
        <translation>le serveur n&apos;a pas pu lire le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the server could not read our message</source>
        <translation>le serveur n&apos;a pas pu lire notre message</translation>
    </message>
    <message>
        <source>the server does not support an extension we used</source>
        <translation>le serveur ne prend pas en charge une extension que nous avons utilisée</translation>
    </message>
    <message>
        <source>the server is short of resources; try again later</source>
        <translation>le serveur manque de ressources&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>the server and client disagree about channel binding</source>
        <translation>le serveur et le client ne s&apos;accordent pas sur la liaison de canal</translation>
    </message>
    <message>
        <source>SCRAM error “%1”</source>
        <translation>Erreur SCRAM «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>SCRAM error “%1”: %2</source>
        <translation>Erreur SCRAM «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>SCRAM was started twice.</source>
        <translation>SCRAM a été démarré deux fois.</translation>
    </message>
    <message>
        <source>The user name cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>Le nom d&apos;utilisateur ne peut pas être utilisé avec SCRAM&#xa0;: il est vide ou contient des caractères interdits par SASLprep (RFC 4013).</translation>
    </message>
    <message>
        <source>The SCRAM client nonce must be printable ASCII without commas.</source>
        <translation>Le nonce client SCRAM doit être en ASCII imprimable, sans virgule.</translation>
    </message>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>Le serveur a envoyé un défi SCRAM avant le premier message du client.</translation>
    </message>
    <message>
        <source>The server sent another SCRAM challenge after proving itself.</source>
        <translation>Le serveur a envoyé un autre défi SCRAM après avoir prouvé son identité.</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>L&apos;échange SCRAM a déjà échoué.</translation>
    </message>
    <message>
        <source>The server refused SCRAM: %1.</source>
        <translation>Le serveur a refusé SCRAM&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Sendscope does not know.</source>
        <translation>Le serveur exige une extension SCRAM que Sendscope ne connaît pas.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed: %1</source>
        <translation>Le premier message SCRAM du serveur est mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not continue the one the client sent; the exchange may have been tampered with.</source>
        <translation>Le nonce SCRAM du serveur ne prolonge pas celui envoyé par le client&#xa0;; l&apos;échange a peut-être été falsifié.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or not valid base64.</source>
        <translation>Le sel SCRAM du serveur est absent ou n&apos;est pas en base64 valide.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count “%1” is not a positive number.</source>
        <translation>Le nombre d&apos;itérations SCRAM du serveur, «&#xa0;%1&#xa0;», n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; more than %2 are refused so that a server cannot freeze the application.</source>
        <translation>Le serveur a demandé %1 itérations SCRAM&#xa0;; au-delà de %2, elles sont refusées pour qu&apos;un serveur ne puisse pas bloquer l&apos;application.</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>Le mot de passe ne peut pas être utilisé avec SCRAM&#xa0;: il est vide ou contient des caractères interdits par SASLprep (RFC 4013).</translation>
    </message>
    <message>
        <source>Computing the SCRAM salted password failed.</source>
        <translation>Le calcul du mot de passe salé SCRAM a échoué.</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message has no server signature: %1</source>
        <translation>Le dernier message SCRAM du serveur ne contient pas de signature du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature is wrong: it does not know the password, or it is not the server it claims to be.</source>
        <translation>La signature SCRAM du serveur est incorrecte&#xa0;: il ne connaît pas le mot de passe, ou ce n&apos;est pas le serveur qu&apos;il prétend être.</translation>
    </message>
    <message>
        <source>The user name for XOAUTH2 is empty or contains control characters.</source>
        <translation>Le nom d&apos;utilisateur pour XOAUTH2 est vide ou contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The access token for XOAUTH2 is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>Le jeton d&apos;accès pour XOAUTH2 est vide ou contient des caractères interdits dans un jeton bearer (RFC 6750).</translation>
    </message>
    <message>
        <source>The server sent a second XOAUTH2 challenge.</source>
        <translation>Le serveur a envoyé un second défi XOAUTH2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SmtpSession</name>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Aucune connexion à %1 dans un délai de %2 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>Annulé avant la connexion.</translation>
    </message>
    <message>
        <source>Cancelled while sending the message; the server discards it because the final &quot;.&quot; was never sent.</source>
        <translation>Annulé pendant l&apos;envoi du message&#xa0;; le serveur l&apos;abandonne, car le «&#xa0;.&#xa0;» final n&apos;a jamais été envoyé.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3).</source>
        <translation>Connexion à %1, port %2 (%3).</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoire</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>Cannot find the server &quot;%1&quot;: %2</source>
        <translation>Serveur «&#xa0;%1&#xa0;» introuvable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>Impossible de se connecter à %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>Essai de %1…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 from %3.</source>
        <translation>Connecté à %1, port %2, depuis %3.</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>Démarrage de la négociation TLS.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate matches the pinned SHA-256 fingerprint; accepted.</source>
        <translation>Le certificat correspond à l&apos;empreinte SHA-256 épinglée&#xa0;; il est accepté.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2; %3</source>
        <translation>TLS établi&#xa0;: %1, chiffrement %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint: expected SHA-256 %1, got %2.</source>
        <translation>Le certificat du serveur ne correspond pas à l&apos;empreinte épinglée&#xa0;: SHA-256 attendu %1, reçu %2.</translation>
    </message>
    <message>
        <source>Waiting for a decision about the certificate.</source>
        <translation>En attente d&apos;une décision concernant le certificat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1): %2.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The certificate was accepted despite the problems.</source>
        <translation>Le certificat a été accepté malgré les problèmes.</translation>
    </message>
    <message>
        <source>Port %1 and TLS-from-the-start look mixed up: this server seems to expect a plain connection first. Try security &quot;starttls&quot; (usually port 587) or port 465 for TLS.</source>
        <translation>Le port %1 et le mode «&#xa0;TLS dès le départ&#xa0;» ne semblent pas correspondre&#xa0;: ce serveur paraît attendre d&apos;abord une connexion en clair. Essayez la sécurité «&#xa0;starttls&#xa0;» (généralement sur le port 587) ou le port 465 pour TLS.</translation>
    </message>
    <message>
        <source>Port %1 and STARTTLS look mixed up: this server seems to expect TLS from the first byte. Try security &quot;tls&quot; (usually port 465) or port 587 for STARTTLS.</source>
        <translation>Le port %1 et STARTTLS ne semblent pas correspondre&#xa0;: ce serveur paraît attendre TLS dès le premier octet. Essayez la sécurité «&#xa0;tls&#xa0;» (généralement sur le port 465) ou le port 587 pour STARTTLS.</translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before the TLS handshake. That is a sign of a command injection attack (CVE-2011-0411); the connection was closed.</source>
        <translation>Le serveur a envoyé des données après avoir accepté STARTTLS et avant la négociation TLS. C&apos;est le signe d&apos;une attaque par injection de commandes (CVE-2011-0411)&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server did not answer QUIT; closing.</source>
        <translation>Le serveur n&apos;a pas répondu à QUIT&#xa0;; fermeture.</translation>
    </message>
    <message>
        <source>The server stopped taking the message: nothing could be written for %1 s.</source>
        <translation>Le serveur a cessé d&apos;accepter le message&#xa0;: rien n&apos;a pu être écrit pendant %1 s.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Le serveur n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>A server that says nothing after connecting may be waiting for a TLS handshake. %1</source>
        <translation>Un serveur qui ne dit rien après la connexion attend peut-être une négociation TLS. %1</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection was lost during %1: %2</source>
        <translation>La connexion a été perdue pendant l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;étape %1.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO/HELO): %1</source>
        <translation>Le serveur a refusé la présentation (EHLO/HELO)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Le serveur a refusé STARTTLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>Le serveur a refusé l&apos;expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused every recipient: %1</source>
        <translation>Le serveur a refusé tous les destinataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Le serveur a refusé le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a temporary refusal; trying again later may work.</source>
        <translation>Il s&apos;agit d&apos;un refus temporaire&#xa0;; une nouvelle tentative plus tard pourra réussir.</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>Le serveur ferme la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ignoring a reply nobody asked for.</source>
        <translation>Réponse non sollicitée ignorée.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting was not 220: %1</source>
        <translation>Le message d&apos;accueil du serveur n&apos;était pas 220&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so it cannot offer STARTTLS, and STARTTLS is required. Nothing was sent.</source>
        <translation>Le serveur ne comprend pas EHLO&#xa0;; il ne peut donc pas proposer STARTTLS, qui est obligatoire. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The message was accepted for %1 of %2 recipients.</source>
        <translation>Le message a été accepté pour %1 destinataires sur %2.</translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
        <translation>Réponse inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO; trying HELO.</source>
        <translation>Le serveur a refusé EHLO&#xa0;; essai avec HELO.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Le serveur propose&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and STARTTLS is required: nothing will be sent over an unencrypted connection.</source>
        <translation>Le serveur ne propose pas STARTTLS, qui est obligatoire&#xa0;: rien ne sera envoyé sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow plaintext authentication explicitly.</source>
        <translation>La connexion n&apos;est pas chiffrée&#xa0;; le mot de passe n&apos;a donc pas été envoyé. Utilisez STARTTLS ou TLS, ou autorisez explicitement l&apos;authentification en clair.</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism, but a user name was given.</source>
        <translation>Le serveur ne propose aucun mécanisme AUTH, mais un nom d&apos;utilisateur a été indiqué.</translation>
    </message>
    <message>
        <source>None of the server&apos;s AUTH mechanisms (%1) can be used here.</source>
        <translation>Aucun des mécanismes AUTH du serveur (%1) n&apos;est utilisable ici.</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2.</source>
        <translation>Le serveur ne propose pas AUTH %1&#xa0;; il propose %2.</translation>
    </message>
    <message>
        <source>Waiting for the password.</source>
        <translation>En attente du mot de passe.</translation>
    </message>
    <message>
        <source>AUTH %1 is not implemented.</source>
        <translation>AUTH %1 n&apos;est pas implémenté.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>Logged in as %1 with %2.</source>
        <translation>Authentifié en tant que %1 avec %2.</translation>
    </message>
    <message>
        <source>The server accepted the login but could not prove that it knows the password (%1 server signature missing or wrong). It may not be the server it claims to be.</source>
        <translation>Le serveur a accepté l&apos;authentification, mais n&apos;a pas pu prouver qu&apos;il connaît le mot de passe (signature du serveur %1 absente ou incorrecte). Ce n&apos;est peut-être pas le serveur qu&apos;il prétend être.</translation>
    </message>
    <message>
        <source>AUTH %1 was refused; trying PLAIN once inside TLS.</source>
        <translation>AUTH %1 a été refusé&#xa0;; nouvelle tentative unique avec PLAIN à l&apos;intérieur de TLS.</translation>
    </message>
    <message>
        <source>The server explained: %1</source>
        <translation>Explication du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not offer SMTPUTF8 (RFC 6531), so it cannot be sent here. Nothing was sent.</source>
        <translation>Une adresse comporte des caractères non ASCII avant le @, et ce serveur ne propose pas SMTPUTF8 (RFC 6531)&#xa0;: elle ne peut donc pas être envoyée ici. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation>Le corps du message ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The message is %1 bytes, larger than the %2 bytes this server accepts (SIZE). Nothing was sent.</source>
        <translation>Le message fait %1 octets, soit plus que les %2 octets acceptés par ce serveur (SIZE). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not offer 8BITMIME.</source>
        <translation>Le message a un contenu 8 bits, mais le serveur ne propose pas 8BITMIME.</translation>
    </message>
    <message>
        <source>Sending the message (%1 bytes)…</source>
        <translation>Envoi du message (%1 octets)…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Envoi du message…</translation>
    </message>
    <message>
        <source>The message source went away while sending; the connection was closed so that nothing partial is delivered.</source>
        <translation>La source du message a disparu pendant l&apos;envoi&#xa0;; la connexion a été fermée pour qu&apos;aucun message partiel ne soit remis.</translation>
    </message>
    <message>
        <source>Reading the message failed (%1); the connection was closed so that nothing partial is delivered.</source>
        <translation>La lecture du message a échoué (%1)&#xa0;; la connexion a été fermée pour qu&apos;aucun message partiel ne soit remis.</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;corps du message&#xa0;: %1 octets&gt;</translation>
    </message>
    <message>
        <source>The server accepted the message: %1</source>
        <translation>Le serveur a accepté le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>La session s&apos;est terminée avant l&apos;envoi du message.</translation>
    </message>
    <message>
        <source>Connection closed.</source>
        <translation>Connexion fermée.</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent but before the server confirmed it (%1): it may or may not have been delivered.</source>
        <translation>La connexion a été perdue après l&apos;envoi complet du message, mais avant la confirmation du serveur (%1)&#xa0;: il a pu être remis, ou non.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT.</source>
        <translation>Le serveur a fermé la connexion sans répondre à QUIT.</translation>
    </message>
    <message>
        <source>The server closed the connection after the whole message was sent but before confirming it: it may or may not have been delivered.</source>
        <translation>Le serveur a fermé la connexion après l&apos;envoi complet du message, mais avant de le confirmer&#xa0;: il a pu être remis, ou non.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An SMTP client that shows its work.</source>
        <translation>Un client SMTP qui montre ce qu&apos;il fait.</translation>
    </message>
    <message>
        <source>Keep settings in DIR/sendscope.ini instead of the usual place (for tests and portable use).</source>
        <translation>Conserver les paramètres dans DOSSIER/sendscope.ini au lieu de l&apos;emplacement habituel (pour les tests et l&apos;utilisation portable).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Developer option: force a light or dark palette (light, dark, system).</source>
        <translation>Option de développement&#xa0;: forcer une palette claire ou sombre (light, dark, system).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.
</source>
        <translation>Palette «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez light, dark ou system.
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or one of %2.
</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez en ou l&apos;une des langues %2.
</translation>
    </message>
    <message>
        <source>Show the window in LANG (de, fr, es, zh_CN, en) instead of the system language.</source>
        <translation>Afficher la fenêtre dans la LANGUE indiquée (de, fr, es, zh_CN, en) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>An .eml file or a mailto: link to open in the composer.</source>
        <translation>Un fichier .eml ou un lien mailto: à ouvrir dans la fenêtre de rédaction.</translation>
    </message>
</context>
</TS>
