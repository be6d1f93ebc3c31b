<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Sendscope</name>
    <message>
        <source>The server sent something that is not an SMTP reply (it begins &quot;%1&quot;).</source>
        <translation>El servidor envió algo que no es una respuesta SMTP (empieza por «%1»).</translation>
    </message>
</context>
<context>
    <name>Sendscope::CertificateInfo</name>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 %5</source>
        <translation>certificado «%1» emitido por «%2», válido del %3 al %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>the certificate&apos;s key has only %1 bits; keys under 2048 bits are refused as too weak</source>
        <translation>la clave del certificado solo tiene %1 bits; las claves de menos de 2048 bits se rechazan por demasiado débiles</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli</name>
    <message>
        <source>Send one message through an SMTP submission server and show the conversation.</source>
        <translation>Envía un mensaje a través de un servidor SMTP de envío y muestra la conversación.</translation>
    </message>
    <message>
        <source>SMTP server host name (env SMTP_HOST).</source>
        <translation>Nombre del servidor SMTP (variable de entorno SMTP_HOST).</translation>
    </message>
    <message>
        <source>Port (env SMTP_PORT; default 587, 465 or 25 by security).</source>
        <translation>Puerto (variable de entorno SMTP_PORT; por defecto 587, 465 o 25 según la seguridad).</translation>
    </message>
    <message>
        <source>starttls (default), tls or none.</source>
        <translation>starttls (por defecto), tls o none.</translation>
    </message>
    <message>
        <source>Allow credentials over an unencrypted connection.</source>
        <translation>Permite enviar credenciales por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>Método de inicio de sesión: auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</translation>
    </message>
    <message>
        <source>User name (env SMTP_USER).</source>
        <translation>Nombre de usuario (variable de entorno SMTP_USER).</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lee la contraseña de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lee la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read an OAuth bearer token from this environment variable.</source>
        <translation>Lee un token de portador OAuth de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Sender address (env SMTP_FROM).</source>
        <translation>Dirección del remitente (variable de entorno SMTP_FROM).</translation>
    </message>
    <message>
        <source>Recipient; repeatable, comma lists allowed (env SMTP_RECIPIENT).</source>
        <translation>Destinatario; se puede repetir y admite listas separadas por comas (variable de entorno SMTP_RECIPIENT).</translation>
    </message>
    <message>
        <source>Copy recipient; repeatable.</source>
        <translation>Destinatario en copia; se puede repetir.</translation>
    </message>
    <message>
        <source>Blind copy recipient (envelope only); repeatable.</source>
        <translation>Destinatario en copia oculta (solo en el sobre); se puede repetir.</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Asunto.</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Texto del mensaje.</translation>
    </message>
    <message>
        <source>Read the message text from a file.</source>
        <translation>Lee el texto del mensaje de un archivo.</translation>
    </message>
    <message>
        <source>Attach a file; repeatable.</source>
        <translation>Adjunta un archivo; se puede repetir.</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeatable.</source>
        <translation>Cabecera adicional «Nombre: valor»; se puede repetir.</translation>
    </message>
    <message>
        <source>Send a ready RFC 5322 file as it is.</source>
        <translation>Envía tal cual un archivo RFC 5322 ya preparado.</translation>
    </message>
    <message>
        <source>Name to send with EHLO.</source>
        <translation>Nombre que se envía con EHLO.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confía también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint.</source>
        <translation>Acepta exactamente el certificado del servidor con esta huella SHA-256.</translation>
    </message>
    <message>
        <source>Seconds to wait at each step (default: RFC 5321 values).</source>
        <translation>Segundos de espera en cada paso (por defecto: los valores de RFC 5321).</translation>
    </message>
    <message>
        <source>Write the conversation to a file.</source>
        <translation>Escribe la conversación en un archivo.</translation>
    </message>
    <message>
        <source>Show the conversation on standard error.</source>
        <translation>Muestra la conversación en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>No server given: use --server HOST or SMTP_HOST.</source>
        <translation>No se ha indicado ningún servidor: usa --server HOST o SMTP_HOST.</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none, not &quot;%1&quot;.</source>
        <translation>--security debe ser starttls, tls o none, no «%1».</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>El puerto «%1» no es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>--auth &quot;%1&quot; is not one of: %2.</source>
        <translation>--auth «%1» no es ninguno de estos: %2.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout debe ser un número de segundos, no «%1».</translation>
    </message>
    <message>
        <source>Cannot read --ca-file &quot;%1&quot;: %2.</source>
        <translation>No se puede leer --ca-file «%1»: %2.</translation>
    </message>
    <message>
        <source>--ca-file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>--ca-file «%1» no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (colons allowed).</source>
        <translation>--pin-sha256 necesita 64 dígitos hexadecimales (se admiten dos puntos).</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation>Usa --password-env o --password-stdin, pero no ambos.</translation>
    </message>
    <message>
        <source>No sender given: use --from ADDR or SMTP_FROM.</source>
        <translation>No se ha indicado ningún remitente: usa --from DIRECCIÓN o SMTP_FROM.</translation>
    </message>
    <message>
        <source>No recipient given: use --to ADDR or SMTP_RECIPIENT.</source>
        <translation>No se ha indicado ningún destinatario: usa --to DIRECCIÓN o SMTP_RECIPIENT.</translation>
    </message>
    <message>
        <source>Use either --body or --body-file, not both.</source>
        <translation>Usa --body o --body-file, pero no ambos.</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; contains a line break; that would inject headers.</source>
        <translation>--header «%1» contiene un salto de línea; eso inyectaría cabeceras.</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; must look like &quot;Name: value&quot;.</source>
        <translation>--header «%1» debe tener la forma «Nombre: valor».</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot;.</source>
        <translation>No se puede leer el archivo «%1».</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;.</source>
        <translation>No se puede leer el adjunto «%1».</translation>
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
        <translation>No se puede abrir --eml «%1»: %2.</translation>
    </message>
    <message>
        <source>Reply-To address; repeatable.</source>
        <translation>Dirección de respuesta (Reply-To); se puede repetir.</translation>
    </message>
    <message>
        <source>HTML alternative of the text; an --attach file the HTML names as &quot;cid:FILENAME&quot; becomes an inline image.</source>
        <translation>Alternativa HTML del texto; un archivo de --attach al que el HTML se refiera como «cid:NOMBREARCHIVO» se convierte en una imagen integrada.</translation>
    </message>
    <message>
        <source>Also write the message to this .eml file.</source>
        <translation>Escribe también el mensaje en este archivo .eml.</translation>
    </message>
    <message>
        <source>Compose the message without connecting (use with --eml-out).</source>
        <translation>Compone el mensaje sin conectarse (úsalo con --eml-out).</translation>
    </message>
    <message>
        <source>--eml sends the file as it is; it cannot be combined with --subject, --body, --body-file, --html-file, --attach, --header or --reply-to.</source>
        <translation>--eml envía el archivo tal cual; no se puede combinar con --subject, --body, --body-file, --html-file, --attach, --header ni --reply-to.</translation>
    </message>
    <message>
        <source>--dry-run composes the message without sending it; give --eml-out FILE to keep it.</source>
        <translation>--dry-run compone el mensaje sin enviarlo; indica --eml-out ARCHIVO para guardarlo.</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; is a folder.</source>
        <translation>--eml-out «%1» es una carpeta.</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; would overwrite an input file.</source>
        <translation>--eml-out «%1» sobrescribiría un archivo de entrada.</translation>
    </message>
    <message>
        <source>Cannot open %1 &quot;%2&quot;: %3.</source>
        <translation>No se puede abrir %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not UTF-8 text.</source>
        <translation>%1 «%2» no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The message cannot be written to &quot;%1&quot;: its source cannot be read twice.</source>
        <translation>No se puede escribir el mensaje en «%1»: su origen no se puede leer dos veces.</translation>
    </message>
    <message>
        <source>Cannot write --eml-out &quot;%1&quot;: %2.</source>
        <translation>No se puede escribir --eml-out «%1»: %2.</translation>
    </message>
    <message>
        <source>Reading the message for --eml-out failed: %1.</source>
        <translation>Error al leer el mensaje para --eml-out: %1.</translation>
    </message>
    <message>
        <source>Run the sandbox: a local SMTP server on 127.0.0.1 that stores what it receives.</source>
        <translation>Ejecuta el entorno de pruebas: un servidor SMTP local en 127.0.0.1 que guarda lo que recibe.</translation>
    </message>
    <message>
        <source>Run the sandbox server.</source>
        <translation>Ejecuta el servidor del entorno de pruebas.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 (default) picks a free one.</source>
        <translation>Puerto en el que escuchar; 0 (por defecto) elige uno libre.</translation>
    </message>
    <message>
        <source>Folder for certificate, credentials and inbox/.</source>
        <translation>Carpeta para el certificado, las credenciales e inbox/.</translation>
    </message>
    <message>
        <source>AUTH user name (default: generated and kept).</source>
        <translation>Nombre de usuario de AUTH (por defecto: se genera y se conserva).</translation>
    </message>
    <message>
        <source>Read the AUTH password from this environment variable.</source>
        <translation>Lee la contraseña de AUTH de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Largest message in bytes (default 52428800).</source>
        <translation>Tamaño máximo del mensaje en bytes (por defecto 52428800).</translation>
    </message>
    <message>
        <source>Close a connection idle this long (default 300).</source>
        <translation>Cierra una conexión inactiva durante este tiempo (por defecto 300).</translation>
    </message>
    <message>
        <source>Show every connection&apos;s conversation on stderr.</source>
        <translation>Muestra la conversación de cada conexión en stderr.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>El puerto «%1» no es un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of bytes.</source>
        <translation>--max-size necesita un número positivo de bytes.</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--idle-timeout necesita un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user y --password-env van juntos.</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user necesita un nombre.</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is not set or empty.</source>
        <translation>La variable de entorno %1 (--password-env) no está definida o está vacía.</translation>
    </message>
    <message>
        <source>stored %1 (%2 bytes) from &lt;%3&gt; to %4</source>
        <translation>guardado %1 (%2 bytes) de &lt;%3&gt; para %4</translation>
    </message>
    <message>
        <source>Cannot install the SIGINT/SIGTERM handlers.</source>
        <translation>No se pueden instalar los manejadores de SIGINT/SIGTERM.</translation>
    </message>
    <message>
        <source>sandbox stopped</source>
        <translation>entorno de pruebas detenido</translation>
    </message>
    <message>
        <source>Use a saved account of the Sendscope window (its name); other options override its fields, and its password comes from the system keychain.</source>
        <translation>Usa una cuenta guardada de la ventana de Sendscope (su nombre); las demás opciones sustituyen sus campos y su contraseña se toma del llavero del sistema.</translation>
    </message>
    <message>
        <source>Read accounts from DIR/sendscope.ini instead of the usual place (also env SENDSCOPE_SETTINGS).</source>
        <translation>Lee las cuentas de DIR/sendscope.ini en lugar del sitio habitual (también con la variable de entorno SENDSCOPE_SETTINGS).</translation>
    </message>
    <message>
        <source>No saved account named &quot;%1&quot; in %2 (saved: %3).</source>
        <translation>No hay ninguna cuenta guardada llamada «%1» en %2 (guardadas: %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli::CliRunner</name>
    <message>
        <source>The environment variable %1 (--oauth-token-env) is empty or not set.</source>
        <translation>La variable de entorno %1 (--oauth-token-env) está vacía o no está definida.</translation>
    </message>
    <message>
        <source>--auth %1 needs a token: use --oauth-token-env VAR.</source>
        <translation>--auth %1 necesita un token: usa --oauth-token-env VARIABLE.</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is empty or not set.</source>
        <translation>La variable de entorno %1 (--password-env) está vacía o no está definida.</translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation>No ha llegado ninguna contraseña por la entrada estándar (--password-stdin).</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>No se ha escrito ninguna contraseña.</translation>
    </message>
    <message>
        <source>A user name was given but no password: use --password-env VAR, --password-stdin, SMTP_PASS, or run in a terminal to be asked.</source>
        <translation>Se ha indicado un nombre de usuario pero ninguna contraseña: usa --password-env VARIABLE, --password-stdin, SMTP_PASS o ejecútalo en un terminal para que se te pida.</translation>
    </message>
    <message>
        <source>Cannot write the transcript &quot;%1&quot;: %2.</source>
        <translation>No se puede escribir la transcripción «%1»: %2.</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Qué significa: %1</translation>
    </message>
    <message>
        <source>If you trust this server, pass its CA with --ca-file PEM or pin the certificate with --pin-sha256 and the fingerprint above.</source>
        <translation>Si confías en este servidor, indica su CA con --ca-file PEM o fija el certificado con --pin-sha256 y la huella de arriba.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 accepted the message for %n recipient(s): %2</source>
        <translation>
            <numerusform>Enviado: %1 aceptó el mensaje para %n destinatario: %2</numerusform>
            <numerusform>Enviado: %1 aceptó el mensaje para %n destinatarios: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Dry run: the message (%1 bytes) was written to &quot;%2&quot;; nothing was sent.</source>
        <translation>Simulación: el mensaje (%1 bytes) se escribió en «%2»; no se envió nada.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Use --security starttls or tls, or pass --allow-plaintext-auth if you accept that the password travels unencrypted.</source>
        <translation>Usa --security starttls o tls, o indica --allow-plaintext-auth si aceptas que la contraseña viaje sin cifrar.</translation>
    </message>
    <message>
        <source>%1 What to try: %2</source>
        <translation>%1 Qué puedes probar: %2</translation>
    </message>
    <message>
        <source>The keychain holds no password for the account &quot;%1&quot;.</source>
        <translation>El llavero no guarda ninguna contraseña para la cuenta «%1».</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>El llavero no está disponible: %1</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Esta compilación no admite el llavero.</translation>
    </message>
    <message>
        <source>Using the password of the account &quot;%1&quot; from the keychain.</source>
        <translation>Usando la contraseña de la cuenta «%1» del llavero.</translation>
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
        <translation>De: %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>Para: añade al menos un destinatario.</translation>
    </message>
    <message>
        <source>Subject: a line break is not allowed in the subject.</source>
        <translation>Asunto: no se permiten saltos de línea en el asunto.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AboutDialog</name>
    <message>
        <source>About Sendscope</source>
        <translation>Acerca de Sendscope</translation>
    </message>
    <message>
        <source>Sendscope %1</source>
        <translation>Sendscope %1</translation>
    </message>
    <message>
        <source>An SMTP client that shows its work. Version %1.</source>
        <translation>Un cliente SMTP que muestra lo que hace. Versión %1.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
TLS: %3</source>
        <translation>Qt %1 (compilado con %2)
TLS: %3</translation>
    </message>
    <message>
        <source>Licences:
Sendscope: MIT
Qt: LGPLv3
QtKeychain: BSD-3-Clause
OpenSSL: Apache-2.0</source>
        <translation>Licencias:
Sendscope: MIT
Qt: LGPLv3
QtKeychain: BSD-3-Clause
OpenSSL: Apache-2.0</translation>
    </message>
    <message>
        <source>none available (no TLS backend could be loaded)</source>
        <translation>ninguno disponible (no se pudo cargar ningún backend de TLS)</translation>
    </message>
    <message>
        <source>%1 (backend &quot;%2&quot;)</source>
        <translation>%1 (backend «%2»)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
    <message>
        <source>This program uses Qt %1.</source>
        <translation>Este programa usa Qt %1.</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development. It is used here under the GNU Lesser General Public License version 3 (LGPLv3); its source and licence terms are at https://www.qt.io/licensing/.</source>
        <translation>Qt es un conjunto de herramientas de C++ para desarrollar aplicaciones multiplataforma. Aquí se usa bajo la Licencia Pública General Reducida de GNU, versión 3 (LGPLv3); su código fuente y las condiciones de la licencia están en https://www.qt.io/licensing/.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountCertificateChangedDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>El certificado ha cambiado</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>El certificado ha cambiado desde que confiaste en él</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one you trusted for the account &quot;%2&quot;. This can mean an attack — someone between you and the server — or a renewed certificate. Nothing was sent. Trust the new certificate only if you know it was renewed (ask the provider, or compare the fingerprint through another channel).</source>
        <translation>%1 presentó un certificado distinto del que aceptaste como de confianza para la cuenta «%2». Puede tratarse de un ataque (alguien entre tú y el servidor) o de un certificado renovado. No se envió nada. Confía en el nuevo certificado solo si sabes que se ha renovado (pregunta al proveedor o compara la huella por otro medio).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation>De confianza antes (SHA-256):</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Presentado ahora (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Confiar en el nuevo certificado</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountDialog</name>
    <message>
        <source>Allow the password on an unencrypted connection</source>
        <translation>Permitir la contraseña en una conexión sin cifrar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (obligatorio)</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>Automático (el más seguro disponible)</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Sin inicio de sesión</translation>
    </message>
    <message>
        <source>Empty: send without logging in</source>
        <translation>Vacío: enviar sin iniciar sesión</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ana García</translation>
    </message>
    <message>
        <source>ada@example.org</source>
        <translation>ana@example.org</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Work, Home, Test server…</source>
        <translation>Trabajo, Casa, Servidor de pruebas…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Log&amp;in:</source>
        <translation>&amp;Inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Nombre del re&amp;mitente:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nombre para &amp;EHLO:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Enter the server name.</source>
        <translation>Introduce el nombre del servidor.</translation>
    </message>
    <message>
        <source>The server name cannot contain spaces or slashes.</source>
        <translation>El nombre del servidor no puede contener espacios ni barras.</translation>
    </message>
    <message>
        <source>Enter the From address.</source>
        <translation>Introduce la dirección del remitente.</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>Dirección del remitente: %1</translation>
    </message>
    <message>
        <source>From address: enter only the address; the name goes in From name.</source>
        <translation>Dirección del remitente: introduce solo la dirección; el nombre va en Nombre del remitente.</translation>
    </message>
    <message>
        <source>From name: a line break is not allowed.</source>
        <translation>Nombre del remitente: no se permiten saltos de línea.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Other (enter by hand)</source>
        <translation>Otro (introducir a mano)</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Pro&amp;veedor:</translation>
    </message>
    <message>
        <source>The password is asked when the server wants it; you can keep it in your system keychain. It is never stored in a file.</source>
        <translation>La contraseña se pide cuando el servidor la necesita; puedes guardarla en el llavero del sistema. Nunca se guarda en un archivo.</translation>
    </message>
    <message>
        <source>Connect, EHLO, STARTTLS and AUTH, then QUIT without sending anything. The log dock shows every step.</source>
        <translation>Conecta, envía EHLO, STARTTLS y AUTH y luego QUIT sin enviar nada. El panel de registro muestra cada paso.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>Detener la &amp;prueba</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>La prueba de conexión ha fallado.</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it.</source>
        <translation>El certificado ha cambiado desde que confiaste en él.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountSecretFlow</name>
    <message>
        <source>Sendscope was built without keychain support.</source>
        <translation>Sendscope se compiló sin compatibilidad con el llavero.</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Leyendo la contraseña del llavero…</translation>
    </message>
    <message>
        <source>The password is now kept in the keychain.</source>
        <translation>La contraseña ya está guardada en el llavero.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AddressLineEdit</name>
    <message>
        <source>This is not a valid address list.</source>
        <translation>Esta no es una lista de direcciones válida.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>&amp;Confiar en este certificado para esta cuenta</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>No se ha podido verificar el certificado de %1.</translation>
    </message>
    <message>
        <source>Someone may be listening in, or the server is set up with a certificate of its own. Connect only if you know this certificate is the right one — compare its SHA-256 fingerprint with what the server&apos;s administrator gave you.</source>
        <translation>Puede que alguien esté escuchando, o que el servidor use un certificado propio. Conéctate solo si sabes que este certificado es el correcto: compara su huella SHA-256 con la que te haya dado el administrador del servidor.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (autofirmado)</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>C&amp;onnect anyway</source>
        <translation>C&amp;onectar de todos modos</translation>
    </message>
    <message>
        <source>Remember the SHA-256 fingerprint: this server is accepted without asking as long as it shows this very certificate.</source>
        <translation>Recordar la huella SHA-256: este servidor se acepta sin preguntar mientras presente exactamente este certificado.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Self-signed: no authority vouches for it.</source>
        <translation>Autofirmado: ninguna autoridad lo avala.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ComposerWidget</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>name@example.org, Someone &lt;someone@example.org&gt;</source>
        <translation>nombre@example.org, Alguien &lt;alguien@example.org&gt;</translation>
    </message>
    <message>
        <source>Not shown to the other recipients</source>
        <translation>No se muestra a los demás destinatarios</translation>
    </message>
    <message>
        <source>Write your message here. Drop files on the window to attach them.</source>
        <translation>Escribe aquí tu mensaje. Suelta archivos en la ventana para adjuntarlos.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>CC&amp;O:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>Quitar los adjuntos seleccionados</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>No account yet: add one from Accounts</source>
        <translation>Aún no hay ninguna cuenta: añade una desde Cuentas</translation>
    </message>
    <message>
        <source>From: add an account first (Accounts ▸ New account).</source>
        <translation>De: añade primero una cuenta (Cuentas ▸ Nueva cuenta).</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>Para: añade al menos un destinatario.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n adjunto, %1 en total</numerusform>
            <numerusform>%n adjuntos, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>— larger than the %1 the server accepts (SIZE); it will be refused.</source>
        <translation>— mayor que los %1 que acepta el servidor (SIZE); se rechazará.</translation>
    </message>
    <message>
        <source>Also send the HTML version from the file (kept as it was: it cannot be edited here, and edits to the text above do not change it)</source>
        <translation>Enviar también la versión HTML del archivo (se conserva tal cual: aquí no se puede editar, y los cambios en el texto de arriba no la modifican)</translation>
    </message>
    <message>
        <source>The file was written from %1, which is none of your accounts; it will be sent from the account chosen above.</source>
        <translation>El archivo se escribió desde %1, que no es ninguna de tus cuentas; se enviará desde la cuenta elegida arriba.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ConnectionTest</name>
    <message>
        <source>Connected; saying goodbye (QUIT) without sending.</source>
        <translation>Conectado; despidiéndose (QUIT) sin enviar nada.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Conectando con %1, puerto %2…</translation>
    </message>
    <message>
        <source>Negotiating (EHLO, STARTTLS, AUTH)…</source>
        <translation>Negociando (EHLO, STARTTLS, AUTH)…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Esperando tu decisión sobre el certificado…</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>Esperando la contraseña…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>Connected and encrypted.</source>
        <translation>Conectado y cifrado.</translation>
    </message>
    <message>
        <source>Connected (not encrypted).</source>
        <translation>Conectado (sin cifrar).</translation>
    </message>
    <message>
        <source>Logged in with AUTH %1.</source>
        <translation>Sesión iniciada con AUTH %1.</translation>
    </message>
    <message>
        <source>The server did not ask for a login.</source>
        <translation>El servidor no pidió iniciar sesión.</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>El servidor ofrece: %1.</translation>
    </message>
    <message>
        <source>The test did not finish.</source>
        <translation>La prueba no terminó.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxModel</name>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;remitente nulo&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1
Envelope recipients: %2</source>
        <translation>%1
Destinatarios del sobre: %2</translation>
    </message>
    <message>
        <source>%1
Envelope sender: %2</source>
        <translation>%1
Remitente del sobre: %2</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 octetos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxView</name>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected message from the sandbox inbox</source>
        <translation>Eliminar el mensaje seleccionado de la bandeja de entrada del entorno de pruebas</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Vaciar…</translation>
    </message>
    <message>
        <source>Delete every message in the sandbox inbox</source>
        <translation>Eliminar todos los mensajes de la bandeja de entrada del entorno de pruebas</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>List the inbox folder again</source>
        <translation>Volver a listar la carpeta de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>Bandeja de entrada del entorno de pruebas</translation>
    </message>
    <message numerus="yes">
        <source>%n outside resource(s) not loaded: the sandbox never fetches remote content.</source>
        <translation>
            <numerusform>%n recurso externo no cargado: el entorno de pruebas nunca descarga contenido remoto.</numerusform>
            <numerusform>%n recursos externos no cargados: el entorno de pruebas nunca descarga contenido remoto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1 (not opened)</source>
        <translation>Enlace a %1 (no abierto)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aún no hay mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>No plain-text part.</source>
        <translation>No hay parte de texto sin formato.</translation>
    </message>
    <message>
        <source>Messages sent to the sandbox appear here.</source>
        <translation>Los mensajes enviados al entorno de pruebas aparecen aquí.</translation>
    </message>
    <message>
        <source>Select a message to see it.</source>
        <translation>Selecciona un mensaje para verlo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>… %1 more octets not shown</source>
        <translation>… %1 octetos más no mostrados</translation>
    </message>
    <message>
        <source>Not a readable message: %1</source>
        <translation>No es un mensaje legible: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>over %1</source>
        <comment>TLS protocol</comment>
        <translation>mediante %1</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>%1 → %2, %3, AUTH %4</source>
        <translation>%1 → %2, %3, AUTH %4</translation>
    </message>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;remitente nulo&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Adjuntos (%1)</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>Ese adjunto no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the attachment: %1</source>
        <translation>No se puede leer el adjunto: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>No se guardó el adjunto</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the sandbox inbox?</source>
        <translation>¿Eliminar «%1» de la bandeja de entrada del entorno de pruebas?</translation>
    </message>
    <message>
        <source>Clear the sandbox inbox</source>
        <translation>Vaciar la bandeja de entrada del entorno de pruebas</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n message(s) in the sandbox inbox?</source>
        <translation>
            <numerusform>¿Eliminar %n mensaje de la bandeja de entrada del entorno de pruebas?</numerusform>
            <numerusform>¿Eliminar los %n mensajes de la bandeja de entrada del entorno de pruebas?</numerusform>
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
        <translation>El servidor envió una línea que no es una respuesta SMTP.</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Qué puedes probar: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::LogStyle</name>
    <message>
        <source>Client command</source>
        <translation>Comando del cliente</translation>
    </message>
    <message>
        <source>Server 2xx</source>
        <translation>Servidor 2xx</translation>
    </message>
    <message>
        <source>Server 3xx</source>
        <translation>Servidor 3xx</translation>
    </message>
    <message>
        <source>Server 4xx</source>
        <translation>Servidor 4xx</translation>
    </message>
    <message>
        <source>Server 5xx</source>
        <translation>Servidor 5xx</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What Sendscope wrote to the server.</source>
        <translation>Lo que Sendscope escribió al servidor.</translation>
    </message>
    <message>
        <source>The server accepted: done, go on.</source>
        <translation>El servidor aceptó: hecho, se continúa.</translation>
    </message>
    <message>
        <source>The server waits for more (the message, a login step).</source>
        <translation>El servidor espera más (el mensaje, un paso del inicio de sesión).</translation>
    </message>
    <message>
        <source>Refused for now: it may work later.</source>
        <translation>Rechazado por ahora: puede funcionar más tarde.</translation>
    </message>
    <message>
        <source>Refused: the same request will fail again.</source>
        <translation>Rechazado: la misma petición volverá a fallar.</translation>
    </message>
    <message>
        <source>Encryption: handshake, cipher, certificate.</source>
        <translation>Cifrado: negociación, algoritmo de cifrado, certificado.</translation>
    </message>
    <message>
        <source>What Sendscope is doing, in words.</source>
        <translation>Lo que está haciendo Sendscope, en palabras.</translation>
    </message>
    <message>
        <source>Why the session stopped.</source>
        <translation>Por qué se detuvo la sesión.</translation>
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
        <translation>Listo.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Enviar el mensaje (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Cancelar envío</translation>
    </message>
    <message>
        <source>Stop sending now (Esc); the message stays here</source>
        <translation>Detener el envío ahora (Esc); el mensaje se queda aquí</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A) — or drop them on the window</source>
        <translation>Adjuntar archivos (Ctrl+Mayús+A), o suéltalos en la ventana</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>Save the message as an .eml file in the drafts folder (Ctrl+S)</source>
        <translation>Guardar el mensaje como archivo .eml en la carpeta de borradores (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>&amp;Abrir .eml…</translation>
    </message>
    <message>
        <source>&amp;Export .eml…</source>
        <translation>E&amp;xportar .eml…</translation>
    </message>
    <message>
        <source>Write the message as an .eml file</source>
        <translation>Escribir el mensaje como archivo .eml</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>&amp;Buscar en el registro</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Editar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Eliminar cuenta</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The message was not sent: please check the fields.</source>
        <translation>No se envió el mensaje: revisa los campos.</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>No se envió el mensaje.</translation>
    </message>
    <message>
        <source>The account has no server or From address: edit it first.</source>
        <translation>La cuenta no tiene servidor ni dirección del remitente: edítala primero.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>Negociando TLS…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Greeting the server…</source>
        <translation>Saludando al servidor…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>Esperando tu decisión sobre el certificado…</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>Esperando la contraseña…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>Cerrando la conexión…</translation>
    </message>
    <message>
        <source>Sending %1 %</source>
        <translation>Enviando %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Sent at %1: %2 accepted the message for %n recipient(s).</source>
        <translation>
            <numerusform>Enviado a las %1: %2 aceptó el mensaje para %n destinatario.</numerusform>
            <numerusform>Enviado a las %1: %2 aceptó el mensaje para %n destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>La sesión terminó antes de que se enviara el mensaje.</translation>
    </message>
    <message>
        <source>Cancelled at %1; nothing was delivered.</source>
        <translation>Cancelado a las %1; no se entregó nada.</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>Envío cancelado</translation>
    </message>
    <message>
        <source>The message is still here: press Send to try again.</source>
        <translation>El mensaje sigue aquí: pulsa Enviar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Accepted for %1 of %2 recipients.</source>
        <translation>Aceptado para %1 de %2 destinatarios.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>No enviado (%1): %2</translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation>No se envió el mensaje</translation>
    </message>
    <message>
        <source>The message was sent only in part</source>
        <translation>El mensaje solo se envió en parte</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The message is still here; check the account and press Send again. The protocol log shows every step.</source>
        <translation>El mensaje sigue aquí; revisa la cuenta y vuelve a pulsar Enviar. El registro del protocolo muestra cada paso.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The draft was not saved.</source>
        <translation>No se guardó el borrador.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Draft saved as %1.</source>
        <translation>Borrador guardado como %1.</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>Exportar mensaje</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
    <message>
        <source>The message was not exported.</source>
        <translation>No se exportó el mensaje.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Open an .eml file in the composer to edit and send it again (Ctrl+O)</source>
        <translation>Abrir un archivo .eml en el editor para modificarlo y volver a enviarlo (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;About Sendscope</source>
        <translation>&amp;Acerca de Sendscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>Cancelado antes de conectarse.</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Entorno de pruebas</translation>
    </message>
    <message>
        <source>Nothing was opened.</source>
        <translation>No se abrió nada.</translation>
    </message>
    <message>
        <source>A message is being sent; open %1 again when it is done.</source>
        <translation>Se está enviando un mensaje; vuelve a abrir %1 cuando termine.</translation>
    </message>
    <message>
        <source>The message you are writing could not be saved as a draft, so it was not replaced: %1</source>
        <translation>El mensaje que estás escribiendo no se pudo guardar como borrador, así que no se ha sustituido: %1</translation>
    </message>
    <message>
        <source>Nothing was opened</source>
        <translation>No se abrió nada</translation>
    </message>
    <message>
        <source>The composer is unchanged.</source>
        <translation>El editor no ha cambiado.</translation>
    </message>
    <message>
        <source>Your previous message was kept</source>
        <translation>Se ha conservado tu mensaje anterior</translation>
    </message>
    <message>
        <source>Open it again with Open .eml (Ctrl+O) from the drafts folder.</source>
        <translation>Vuelve a abrirlo con Abrir .eml (Ctrl+O) desde la carpeta de borradores.</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Abrir mensaje</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>El certificado ha cambiado desde que confiaste en él</translation>
    </message>
    <message>
        <source>%1 presented another certificate than the one pinned for this account. This can mean an attack, or a renewed certificate.</source>
        <translation>%1 presentó un certificado distinto del fijado para esta cuenta. Puede tratarse de un ataque o de un certificado renovado.</translation>
    </message>
    <message>
        <source>Nothing was sent; the message is still here.</source>
        <translation>No se envió nada; el mensaje sigue aquí.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar aviso</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Qué puedes probar: %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageOpener</name>
    <message>
        <source>Cannot make a temporary folder for the attachments: %1</source>
        <translation>No se puede crear una carpeta temporal para los adjuntos: %1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot place the attachment %1 in %2.</source>
        <translation>No se puede colocar el adjunto %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot write the attachment %1: %2</source>
        <translation>No se puede escribir el adjunto %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; every header field was kept (%n warning(s)).</source>
        <translation>
            <numerusform>Se abrió %1; se conservaron todos los campos de cabecera (%n advertencia).</numerusform>
            <numerusform>Se abrió %1; se conservaron todos los campos de cabecera (%n advertencias).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; not kept: %2 (%n warning(s)).</source>
        <translation>
            <numerusform>Se abrió %1; no se conservó: %2 (%n advertencia).</numerusform>
            <numerusform>Se abrió %1; no se conservó: %2 (%n advertencias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept (trace, signatures and mailbox state do not apply to a new message):</source>
        <translation>No se conserva (el rastro, las firmas y el estado del buzón no se aplican a un mensaje nuevo):</translation>
    </message>
    <message>
        <source>Can be sent again (the box above decides):</source>
        <translation>Se puede volver a enviar (lo decide la casilla de arriba):</translation>
    </message>
    <message>
        <source>Made anew when sending: Date, Message-ID, MIME structure.</source>
        <translation>Se crea de nuevo al enviar: Date, Message-ID, estructura MIME.</translation>
    </message>
    <message>
        <source>The HTML version is kept as it was; it cannot be edited here.</source>
        <translation>La versión HTML se conserva tal cual; aquí no se puede editar.</translation>
    </message>
    <message>
        <source>Reply-To is not kept: the composer has no Reply-To field.</source>
        <translation>Reply-To no se conserva: el editor no tiene campo Reply-To.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>no usado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link (%n warning(s)).</source>
        <translation>
            <numerusform>Rellenado a partir de un enlace mailto: (%n advertencia).</numerusform>
            <numerusform>Rellenado a partir de un enlace mailto: (%n advertencias).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link; %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Rellenado a partir de un enlace mailto:; %1 (%n advertencia).</numerusform>
            <numerusform>Rellenado a partir de un enlace mailto:; %1 (%n advertencias).</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (a link may not set them, RFC 6068 §7): %1</source>
        <translation>Rechazado (un enlace no puede establecerlos, RFC 6068 §7): %1</translation>
    </message>
    <message>
        <source>Not used (the composer has no such field): %1</source>
        <translation>No usado (el editor no tiene ese campo): %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::OpenNotice</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Close this note</source>
        <translation>Cerrar esta nota</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>Cerrar nota</translation>
    </message>
    <message>
        <source>Keep %1 when sending</source>
        <translation>Conservar %1 al enviar</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 pide la contraseña de %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>When remembered, it is stored in your system keychain once the server accepts it; otherwise it is kept in memory until Sendscope quits. Never in a file or the log.</source>
        <translation>Si la recuerdas, se guarda en el llavero del sistema en cuanto el servidor la acepta; si no, se mantiene en memoria hasta que cierres Sendscope. Nunca en un archivo ni en el registro.</translation>
    </message>
    <message>
        <source>Your system keychain is not available: the password will be asked every time Sendscope starts, and kept only in memory until it quits.</source>
        <translation>El llavero del sistema no está disponible: la contraseña se pedirá cada vez que se inicie Sendscope y solo se mantendrá en memoria hasta que lo cierres.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>El llavero respondió: %1</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>Token de OAuth</translation>
    </message>
    <message>
        <source>%1 asks for an OAuth access token of %2.</source>
        <translation>%1 pide un token de acceso OAuth de %2.</translation>
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
        <translation>Registro del protocolo</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>Conversación SMTP</translation>
    </message>
    <message>
        <source>Explanation of the selected line</source>
        <translation>Explicación de la línea seleccionada</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Tiempo relativo</translation>
    </message>
    <message>
        <source>Show milliseconds since the session started instead of the clock time</source>
        <translation>Mostrar los milisegundos desde el inicio de la sesión en lugar de la hora del reloj</translation>
    </message>
    <message>
        <source>Hide TLS</source>
        <translation>Ocultar TLS</translation>
    </message>
    <message>
        <source>Hide handshake and certificate details</source>
        <translation>Ocultar los detalles de la negociación y del certificado</translation>
    </message>
    <message>
        <source>Hide info</source>
        <translation>Ocultar información</translation>
    </message>
    <message>
        <source>Show only what went over the wire</source>
        <translation>Mostrar solo lo que pasó por la red</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Enter: next match; Shift+Enter: previous match</source>
        <translation>Intro: siguiente coincidencia; Mayús+Intro: coincidencia anterior</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Guardar registro…</translation>
    </message>
    <message>
        <source>Save the log as text or HTML</source>
        <translation>Guardar el registro como texto o HTML</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation>Quitar todas las líneas del registro</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Qué significan los colores</translation>
    </message>
    <message>
        <source>Sendscope protocol log</source>
        <translation>Registro del protocolo de Sendscope</translation>
    </message>
    <message>
        <source>Save protocol log</source>
        <translation>Guardar el registro del protocolo</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>Texto (*.txt *.log)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>No se pudo guardar el registro en %1: %2</translation>
    </message>
    <message>
        <source>Select a line to see what it means. Passwords and login data are shown only as &amp;lt;redacted&amp;gt;.</source>
        <translation>Selecciona una línea para ver qué significa. Las contraseñas y los datos de inicio de sesión solo se muestran como &amp;lt;redacted&amp;gt;.</translation>
    </message>
    <message>
        <source>This line is not an SMTP reply.</source>
        <translation>Esta línea no es una respuesta SMTP.</translation>
    </message>
    <message>
        <source>The server&apos;s words:</source>
        <translation>Las palabras del servidor:</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>Qué puedes probar: %1</translation>
    </message>
    <message>
        <source>See %1.</source>
        <translation>Consulta %1.</translation>
    </message>
    <message>
        <source>A secret in this line was replaced by &amp;lt;redacted&amp;gt; before it reached the log.</source>
        <translation>Un secreto de esta línea se sustituyó por &amp;lt;redacted&amp;gt; antes de llegar al registro.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxController</name>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno de pruebas local</translation>
    </message>
    <message>
        <source>Sandbox user</source>
        <translation>Usuario del entorno de pruebas</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxDock</name>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the sandbox&apos;s self-signed certificate: pin it in your client (sendscope-cli --pin-sha256)</source>
        <translation>SHA-256 del certificado autofirmado del entorno de pruebas: fíjalo en tu cliente (sendscope-cli --pin-sha256)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s side of the SMTP conversations</source>
        <translation>La parte del entorno de pruebas en las conversaciones SMTP</translation>
    </message>
    <message>
        <source>What the sandbox server received and answered. Directions are as the client sees them; connection numbers are the sandbox&apos;s own.</source>
        <translation>Lo que el servidor del entorno de pruebas recibió y respondió. Las direcciones son las que ve el cliente; los números de conexión son los del propio entorno de pruebas.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Server side of the log</source>
        <translation>Lado del servidor del registro</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop the sandbox server</source>
        <translation>Detener el servidor del entorno de pruebas</translation>
    </message>
    <message>
        <source>Start the sandbox server</source>
        <translation>Iniciar el servidor del entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox running on %1:%2</source>
        <translation>Entorno de pruebas en ejecución en %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox running on %1:%2 — %n connection(s)</source>
        <translation>
            <numerusform>Entorno de pruebas en ejecución en %1:%2 — %n conexión</numerusform>
            <numerusform>Entorno de pruebas en ejecución en %1:%2 — %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Point your app at %1:%2 with STARTTLS and the user and password below; every message lands in the inbox. Recipients at reject.invalid and tempfail.invalid are refused on purpose.</source>
        <translation>Configura tu aplicación para usar %1:%2 con STARTTLS y el usuario y la contraseña de abajo; cada mensaje llega a la bandeja de entrada. Los destinatarios en reject.invalid y tempfail.invalid se rechazan a propósito.</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>Entorno de pruebas detenido</translation>
    </message>
    <message>
        <source>Sandbox not running: %1</source>
        <translation>El entorno de pruebas no está en ejecución: %1</translation>
    </message>
    <message>
        <source>Start the sandbox to send without a mail account: a local SMTP server that keeps every message it receives.</source>
        <translation>Inicia el entorno de pruebas para enviar sin una cuenta de correo: un servidor SMTP local que guarda todos los mensajes que recibe.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Entorno de pruebas (%1)</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Bandeja de entrada (%1)</translation>
    </message>
</context>
<context>
    <name>Sendscope::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>Secret Service / KWallet</source>
        <translation>Servicio de secretos (Secret Service) / KWallet</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked or waiting for a prompt.</source>
        <translation>El llavero no respondió a tiempo. Puede que esté bloqueado o esperando una confirmación.</translation>
    </message>
    <message>
        <source>Part %1 of the stored secret is missing: %2</source>
        <translation>Falta la parte %1 del secreto guardado: %2</translation>
    </message>
</context>
<context>
    <name>Sendscope::LogRecord</name>
    <message>
        <source> … [truncated, %1 characters in all]</source>
        <translation> … [truncado, %1 caracteres en total]</translation>
    </message>
</context>
<context>
    <name>Sendscope::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>No hay ningún secreto guardado para esta cuenta.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>memoria (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime</name>
    <message>
        <source>it needs the form name@domain</source>
        <translation>necesita la forma nombre@dominio</translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation>la parte anterior a @ tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>the quoted part before @ is not closed</source>
        <translation>la parte entre comillas anterior a @ no está cerrada</translation>
    </message>
    <message>
        <source>dots in the part before @ must be single and in the middle</source>
        <translation>los puntos de la parte anterior a @ deben ir de uno en uno y en el medio</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed before @</source>
        <translation>el carácter &apos;%1&apos; no está permitido antes de @</translation>
    </message>
    <message>
        <source>the address literal after @ is not closed</source>
        <translation>el literal de dirección posterior a @ no está cerrado</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid host name</source>
        <translation>el dominio «%1» no es un nombre de host válido</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &apos;%2&apos;</source>
        <translation>el dominio «%1» contiene &apos;%2&apos;</translation>
    </message>
    <message>
        <source>it is longer than 254 characters</source>
        <translation>tiene más de 254 caracteres</translation>
    </message>
    <message>
        <source>the international domain &quot;%1&quot; has no valid ASCII (punycode) form</source>
        <translation>el dominio internacional «%1» no tiene una forma ASCII (punycode) válida</translation>
    </message>
    <message>
        <source>a backslash in the quoted part before @ must escape a printable character</source>
        <translation>una barra invertida en la parte entre comillas antes de la @ debe escapar un carácter imprimible</translation>
    </message>
    <message>
        <source>the quoted part before @ contains a quote or control character</source>
        <translation>la parte entre comillas antes de la @ contiene una comilla o un carácter de control</translation>
    </message>
    <message>
        <source>the address literal &quot;%1&quot; is neither an IPv4 address nor &quot;IPv6:&quot; followed by an IPv6 address</source>
        <translation>el literal de dirección «%1» no es ni una dirección IPv4 ni «IPv6:» seguido de una dirección IPv6</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Header</name>
    <message>
        <source>%1 &quot;%2&quot; contains a line break or NUL character; that could inject headers, so it is refused.</source>
        <translation>%1 «%2» contiene un salto de línea o un carácter NUL; eso podría inyectar cabeceras, así que se rechaza.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Mailbox</name>
    <message>
        <source>The address &quot;%1&quot; contains a line break or NUL character.</source>
        <translation>La dirección «%1» contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <source>An address is empty.</source>
        <translation>Hay una dirección vacía.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;.</source>
        <translation>La dirección «%1» tiene un &apos;&lt;&apos; sin el &apos;&gt;&apos; de cierre.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid: %2.</source>
        <translation>La dirección «%1» no es válida: %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MailtoParser</name>
    <message>
        <source>The mailto: link is %1 characters long; at most %2 are accepted.</source>
        <translation>El enlace mailto: tiene %1 caracteres; se admiten como máximo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: link.</source>
        <translation>«%1» no es un enlace mailto:.</translation>
    </message>
    <message>
        <source>The part after &apos;#&apos; was ignored; write it as %23 to keep it.</source>
        <translation>Se ignoró la parte que sigue a «#»; escríbela como %23 para conservarla.</translation>
    </message>
    <message>
        <source>%1: an address with a line break was left out.</source>
        <translation>%1: se omitió una dirección con un salto de línea.</translation>
    </message>
    <message>
        <source>The link has more than %1 fields; the rest were ignored.</source>
        <translation>El enlace tiene más de %1 campos; se ignoraron los demás.</translation>
    </message>
    <message>
        <source>The link has more than one subject; the first was kept.</source>
        <translation>El enlace tiene más de un asunto; se conservó el primero.</translation>
    </message>
    <message>
        <source>The subject held a line break; it was replaced by a space so that it cannot add a header field.</source>
        <translation>El asunto contenía un salto de línea; se sustituyó por un espacio para que no pueda añadir un campo de cabecera.</translation>
    </message>
    <message>
        <source>Control characters were removed from the subject.</source>
        <translation>Se quitaron caracteres de control del asunto.</translation>
    </message>
    <message>
        <source>The link has more than one body; the first was kept.</source>
        <translation>El enlace tiene más de un cuerpo; se conservó el primero.</translation>
    </message>
    <message>
        <source>Control characters were removed from the body.</source>
        <translation>Se quitaron caracteres de control del cuerpo.</translation>
    </message>
    <message>
        <source>In-Reply-To &quot;%1&quot; is not a message identifier and was left out.</source>
        <translation>In-Reply-To «%1» no es un identificador de mensaje y se omitió.</translation>
    </message>
    <message>
        <source>The link tried to set %1; that field was refused.</source>
        <translation>El enlace intentó establecer %1; ese campo se rechazó.</translation>
    </message>
    <message>
        <source>The link names more than %1 addresses; the rest were left out.</source>
        <translation>El enlace indica más de %1 direcciones; se omitieron las demás.</translation>
    </message>
    <message>
        <source>A &apos;%&apos; not followed by two hexadecimal digits was kept as it is.</source>
        <translation>Un «%» no seguido de dos dígitos hexadecimales se conservó tal cual.</translation>
    </message>
    <message>
        <source>Some octets were not valid UTF-8 and were replaced.</source>
        <translation>Algunos octetos no eran UTF-8 válido y se sustituyeron.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageReader</name>
    <message>
        <source>Reading the file failed part way; the message may be incomplete.</source>
        <translation>La lectura del archivo falló a medias; puede que el mensaje esté incompleto.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warnings.</source>
        <translation>
            <numerusform>… y %n advertencia más.</numerusform>
            <numerusform>… y %n advertencias más.</numerusform>
        </translation>
    </message>
    <message>
        <source>A header has more than %1 fields; the rest were skipped.</source>
        <translation>Una cabecera tiene más de %1 campos; se omitieron los demás.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in a header were not header fields and were skipped.</source>
        <translation>
            <numerusform>%n línea de una cabecera no era un campo de cabecera y se omitió.</numerusform>
            <numerusform>%n líneas de una cabecera no eran campos de cabecera y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>A header is larger than %1 KiB; the rest of it was skipped.</source>
        <translation>Una cabecera ocupa más de %1 KiB; se omitió el resto.</translation>
    </message>
    <message>
        <source>The Content-Type &quot;%1&quot; is not valid; the part is read as plain text.</source>
        <translation>El Content-Type «%1» no es válido; la parte se lee como texto sin formato.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were skipped.</source>
        <translation>El mensaje tiene más de %1 partes; se omitieron las demás.</translation>
    </message>
    <message>
        <source>A multipart part has no boundary; it is read as plain text.</source>
        <translation>Una parte multipart no tiene delimitador; se lee como texto sin formato.</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>Se omitieron las partes anidadas a más de %1 niveles.</translation>
    </message>
    <message>
        <source>A %1 part has no closing boundary; the message seems cut off.</source>
        <translation>Una parte %1 no tiene delimitador de cierre; parece que el mensaje está cortado.</translation>
    </message>
    <message>
        <source>A %1 part ended without its closing boundary.</source>
        <translation>Una parte %1 terminó sin su delimitador de cierre.</translation>
    </message>
    <message>
        <source>A %1 part has no parts.</source>
        <translation>Una parte %1 no tiene partes.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for large attachments: %1</source>
        <translation>No se pudo crear una carpeta temporal para los adjuntos grandes: %1</translation>
    </message>
    <message>
        <source>A temporary file could not be written: %1</source>
        <translation>No se pudo escribir un archivo temporal: %1</translation>
    </message>
    <message>
        <source>The transfer encoding &quot;%1&quot; is unknown; the part is kept as it is.</source>
        <translation>La codificación de transferencia «%1» es desconocida; la parte se conserva tal cual.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n character(s) that are not base64; they were skipped.</source>
        <translation>
            <numerusform>Una parte %1 contenía %n carácter que no es base64; se omitió.</numerusform>
            <numerusform>Una parte %1 contenía %n caracteres que no son base64; se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part ends in an incomplete base64 group.</source>
        <translation>Una parte %1 termina en un grupo base64 incompleto.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n invalid quoted-printable escape(s); they were kept as they are.</source>
        <translation>
            <numerusform>Una parte %1 contenía %n secuencia de escape quoted-printable no válida; se conservó tal cual.</numerusform>
            <numerusform>Una parte %1 contenía %n secuencias de escape quoted-printable no válidas; se conservaron tal cual.</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part could not be stored and was left out.</source>
        <translation>Una parte %1 no se pudo guardar y se omitió.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The message has more than one sender; only the first (%1) is kept.</source>
        <translation>El mensaje tiene más de un remitente; solo se conserva el primero (%1).</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; could not be read.</source>
        <translation>No se pudo leer la fecha «%1».</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid and was left out.</source>
        <translation>El Message-ID «%1» no es válido y se omitió.</translation>
    </message>
    <message>
        <source>The message was signed; the signature (%1) was left out because it would not match the message sent again.</source>
        <translation>El mensaje estaba firmado; la firma (%1) se omitió porque no coincidiría con el mensaje reenviado.</translation>
    </message>
    <message>
        <source>An older alternative version of the text was left out.</source>
        <translation>Se omitió una versión alternativa más antigua del texto.</translation>
    </message>
    <message>
        <source>The text in charset &quot;%1&quot; could not be decoded entirely; some characters were replaced.</source>
        <translation>El texto en el juego de caracteres «%1» no se pudo decodificar por completo; se sustituyeron algunos caracteres.</translation>
    </message>
    <message>
        <source>A text of %1 MiB is too large to edit; it is kept as an attachment.</source>
        <translation>Un texto de %1 MiB es demasiado grande para editarlo; se conserva como adjunto.</translation>
    </message>
    <message>
        <source>part-%1</source>
        <translation>parte-%1</translation>
    </message>
    <message>
        <source>The Content-ID of &quot;%1&quot; is not valid and was left out.</source>
        <translation>El Content-ID de «%1» no es válido y se omitió.</translation>
    </message>
    <message>
        <source>The message cannot be read: the file is not open.</source>
        <translation>No se puede leer el mensaje: el archivo no está abierto.</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields such as From: or Subject:.</source>
        <translation>No es un mensaje de correo electrónico: no empieza con campos de cabecera como From: o Subject:.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>No se puede abrir «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageWriter</name>
    <message>
        <source>A message can only be opened for reading.</source>
        <translation>Un mensaje solo se puede abrir para lectura.</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>El mensaje no tiene remitente (From).</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>El asunto</translation>
    </message>
    <message>
        <source>The User-Agent</source>
        <translation>El User-Agent</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>El nombre para mostrar</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not valid: it needs 1 to 76 printable ASCII characters without a colon or space.</source>
        <translation>El nombre de cabecera «%1» no es válido: necesita de 1 a 76 caracteres ASCII imprimibles, sin dos puntos ni espacios.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set from its own field, not as an extra header.</source>
        <translation>La cabecera «%1» se establece desde su propio campo, no como cabecera adicional.</translation>
    </message>
    <message>
        <source>The header %1</source>
        <translation>La cabecera %1</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>El nombre del adjunto</translation>
    </message>
    <message>
        <source>The media type &quot;%1&quot; of &quot;%2&quot; is not of the form type/subtype.</source>
        <translation>El tipo de medio «%1» de «%2» no tiene la forma tipo/subtipo.</translation>
    </message>
    <message>
        <source>The Content-ID &quot;%1&quot; of &quot;%2&quot; is not valid.</source>
        <translation>El Content-ID «%1» de «%2» no es válido.</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;: %2.</source>
        <translation>No se puede leer el adjunto «%1»: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is not a regular file; its size must be known before sending.</source>
        <translation>El adjunto «%1» no es un archivo normal; su tamaño debe conocerse antes del envío.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid.</source>
        <translation>El Message-ID «%1» no es válido.</translation>
    </message>
    <message>
        <source>No usable MIME boundary could be made.</source>
        <translation>No se pudo crear un delimitador MIME utilizable.</translation>
    </message>
    <message>
        <source>Internal error: read past the end of the attachment &quot;%1&quot;.</source>
        <translation>Error interno: se leyó más allá del final del adjunto «%1».</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; changed or became unreadable while sending.</source>
        <translation>El adjunto «%1» cambió o dejó de poder leerse durante el envío.</translation>
    </message>
    <message>
        <source>Internal error: the message is shorter than its size.</source>
        <translation>Error interno: el mensaje es más corto que su tamaño.</translation>
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
        <translation>Gmail exige una contraseña de aplicación (con la verificación en dos pasos activada) o un token de OAuth con XOAUTH2; tu contraseña normal se rechaza. El puerto 465 con TLS desde el principio también funciona.</translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation>Outlook.com</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>SMTP AUTH debe estar habilitado para el buzón. Microsoft está retirando la autenticación por contraseña (básica): un token de OAuth con XOAUTH2 es la opción duradera.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox by an administrator. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>Un administrador debe habilitar SMTP AUTH para el buzón. Microsoft está retirando la autenticación por contraseña (básica): un token de OAuth con XOAUTH2 es la opción duradera.</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>Correo de iCloud</translation>
    </message>
    <message>
        <source>Use an app-specific password made at appleid.apple.com; the user name is your full iCloud address.</source>
        <translation>Usa una contraseña específica de app creada en appleid.apple.com; el nombre de usuario es tu dirección de iCloud completa.</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>Yahoo needs an app password generated in the account&apos;s security settings. Port 587 with STARTTLS works too.</source>
        <translation>Yahoo exige una contraseña de aplicación generada en la configuración de seguridad de la cuenta. El puerto 587 con STARTTLS también funciona.</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Fastmail needs an app password (Settings → Privacy &amp; Security). Port 587 with STARTTLS works too.</source>
        <translation>Fastmail exige una contraseña de aplicación (Settings → Privacy &amp; Security). El puerto 587 con STARTTLS también funciona.</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Correo de Zoho</translation>
    </message>
    <message>
        <source>With two-factor authentication, use an application-specific password. Accounts in other regions use their own server (smtp.zoho.eu, smtp.zoho.in, …).</source>
        <translation>Con la autenticación en dos pasos, usa una contraseña específica de aplicación. Las cuentas de otras regiones usan su propio servidor (smtp.zoho.eu, smtp.zoho.in, …).</translation>
    </message>
    <message>
        <source>Local relay (localhost:25)</source>
        <translation>Retransmisor local (localhost:25)</translation>
    </message>
    <message>
        <source>A mail server on this computer that relays without a login, such as Postfix or an SSH tunnel. Nothing is encrypted: use it only on this machine.</source>
        <translation>Un servidor de correo en este equipo que retransmite sin iniciar sesión, como Postfix o un túnel SSH. No se cifra nada: úsalo solo en este equipo.</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno de pruebas local</translation>
    </message>
    <message>
        <source>Sendscope&apos;s own test server on this computer: it keeps every message instead of delivering it. Its port, user name and password are shown when it runs; its certificate is its own, so trust it once.</source>
        <translation>El servidor de pruebas propio de Sendscope en este equipo: guarda todos los mensajes en lugar de entregarlos. Su puerto, nombre de usuario y contraseña se muestran mientras se ejecuta; su certificado es propio, así que confía en él una vez.</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyExplainer</name>
    <message>
        <source>The server accepted the command.</source>
        <translation>El servidor aceptó el comando.</translation>
    </message>
    <message>
        <source>The server sent a reply code that SMTP does not define: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor envió un código de respuesta que SMTP no define: “%1”.</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server.</source>
        <translation>Comprueba que el puerto pertenezca a un servidor SMTP.</translation>
    </message>
    <message>
        <source>Nothing needs to change.</source>
        <translation>No hace falta cambiar nada.</translation>
    </message>
    <message>
        <source>The server accepted the command and is waiting for more input.</source>
        <translation>El servidor aceptó el comando y espera más datos.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope continues the exchange.</source>
        <translation>No hace falta cambiar nada; Sendscope continúa el intercambio.</translation>
    </message>
    <message>
        <source>The server refused for now (“%1”); the same request may work later.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor lo rechazó por ahora (“%1”); la misma petición puede funcionar más tarde.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; if it keeps happening, the server&apos;s words name the reason.</source>
        <translation>Espera unos minutos y vuelve a intentarlo; si sigue ocurriendo, las palabras del servidor indican el motivo.</translation>
    </message>
    <message>
        <source>The server refused the request permanently: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor rechazó la petición de forma permanente: “%1”.</translation>
    </message>
    <message>
        <source>Sending it again unchanged will fail again: change what the server&apos;s words point to.</source>
        <translation>Volver a enviarlo sin cambios fallará de nuevo: cambia lo que señalan las palabras del servidor.</translation>
    </message>
    <message>
        <source>The server answered with its system status.</source>
        <translation>El servidor respondió con el estado de su sistema.</translation>
    </message>
    <message>
        <source>The server sent a help message meant for a person.</source>
        <translation>El servidor envió un mensaje de ayuda pensado para una persona.</translation>
    </message>
    <message>
        <source>The server is ready (a greeting, or ready to start TLS after STARTTLS).</source>
        <translation>El servidor está listo (un saludo, o listo para iniciar TLS tras STARTTLS).</translation>
    </message>
    <message>
        <source>The server is closing the connection as asked.</source>
        <translation>El servidor cierra la conexión, tal como se le pidió.</translation>
    </message>
    <message>
        <source>The server accepted the login.</source>
        <translation>El servidor aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The server completed the requested action.</source>
        <translation>El servidor completó la acción solicitada.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server, but the server will forward the message.</source>
        <translation>El destinatario no es local de este servidor, pero el servidor reenviará el mensaje.</translation>
    </message>
    <message>
        <source>The server cannot verify the user but will accept the message and try to deliver it.</source>
        <translation>El servidor no puede verificar el usuario, pero aceptará el mensaje e intentará entregarlo.</translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the login exchange.</source>
        <translation>El servidor espera el siguiente paso del intercambio de inicio de sesión.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope answers the challenge.</source>
        <translation>No hace falta cambiar nada; Sendscope responde al desafío.</translation>
    </message>
    <message>
        <source>The server is ready to receive the message text.</source>
        <translation>El servidor está listo para recibir el texto del mensaje.</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope sends the message and ends it with a line holding a single dot.</source>
        <translation>No hace falta cambiar nada; Sendscope envía el mensaje y lo termina con una línea que contiene un único punto.</translation>
    </message>
    <message>
        <source>The server is not available right now and is closing the connection: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor no está disponible en este momento y cierra la conexión: “%1”.</translation>
    </message>
    <message>
        <source>Try again later; if it happens at once on every attempt, the server may be limiting connections from your address.</source>
        <translation>Vuelve a intentarlo más tarde; si ocurre de inmediato en cada intento, puede que el servidor esté limitando las conexiones desde tu dirección.</translation>
    </message>
    <message>
        <source>The server wants this account to change its password or login method before it can log in.</source>
        <translation>El servidor exige que esta cuenta cambie su contraseña o su método de inicio de sesión antes de poder iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail or account page, then try again.</source>
        <translation>Inicia sesión una vez en el correo web o en la página de la cuenta del proveedor y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The mailbox is not available for now (busy, or held back by the server&apos;s policy): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El buzón no está disponible por ahora (ocupado o retenido por la política del servidor): “%1”.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server hit an error of its own while handling the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor tuvo un error propio al procesar la petición: “%1”.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell the server&apos;s administrator.</source>
        <translation>Vuelve a intentarlo más tarde; si persiste, avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server does not have room for this right now (storage, or too many recipients in one go): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor no tiene espacio para esto en este momento (almacenamiento, o demasiados destinatarios de una vez): “%1”.</translation>
    </message>
    <message>
        <source>Try again later, or send to fewer recipients per message.</source>
        <translation>Vuelve a intentarlo más tarde o envía a menos destinatarios por mensaje.</translation>
    </message>
    <message>
        <source>The server could not log in or start TLS for a temporary reason: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor no pudo iniciar sesión ni iniciar TLS por un motivo temporal: “%1”.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelve a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The server cannot handle the parameters given with MAIL FROM or RCPT TO for now.</source>
        <translation>Por ahora, el servidor no puede procesar los parámetros indicados con MAIL FROM o RCPT TO.</translation>
    </message>
    <message>
        <source>Try again later, or send without the extra options.</source>
        <translation>Vuelve a intentarlo más tarde o envía sin las opciones adicionales.</translation>
    </message>
    <message>
        <source>The server did not recognise the command or the line was too long.</source>
        <translation>El servidor no reconoció el comando o la línea era demasiado larga.</translation>
    </message>
    <message>
        <source>Check that the server really speaks SMTP on this port, and that the port and security mode are right.</source>
        <translation>Comprueba que el servidor hable realmente SMTP en este puerto y que el puerto y el modo de seguridad sean correctos.</translation>
    </message>
    <message>
        <source>The server refused the arguments of the command as badly formed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor rechazó los argumentos del comando por estar mal formados: “%1”.</translation>
    </message>
    <message>
        <source>Check the addresses and the host name Sendscope sends in EHLO.</source>
        <translation>Revisa las direcciones y el nombre de host que Sendscope envía en EHLO.</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>El servidor no implementa este comando.</translation>
    </message>
    <message>
        <source>Choose another option (for example another login method) that the server lists in its EHLO reply.</source>
        <translation>Elige otra opción (por ejemplo, otro método de inicio de sesión) de las que el servidor enumera en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>The server received commands in an order it does not accept (for example mail before login).</source>
        <translation>El servidor recibió los comandos en un orden que no acepta (por ejemplo, el correo antes del inicio de sesión).</translation>
    </message>
    <message>
        <source>Log in if the server requires it; otherwise tell the Sendscope developers, as this is a client bug.</source>
        <translation>Inicia sesión si el servidor lo exige; si no, avisa a los desarrolladores de Sendscope, porque es un error del cliente.</translation>
    </message>
    <message>
        <source>The server does not implement a parameter of the command (often an unknown login method).</source>
        <translation>El servidor no implementa un parámetro del comando (a menudo, un método de inicio de sesión desconocido).</translation>
    </message>
    <message>
        <source>Choose a login method the server lists in its EHLO reply.</source>
        <translation>Elige un método de inicio de sesión de los que el servidor enumera en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>This host does not accept mail at all.</source>
        <translation>Este host no acepta correo en absoluto.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s submission server instead of this host.</source>
        <translation>Usa el servidor de envío del proveedor en lugar de este host.</translation>
    </message>
    <message>
        <source>The server requires a login (or STARTTLS) before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor exige iniciar sesión (o STARTTLS) antes de aceptar este comando: “%1”.</translation>
    </message>
    <message>
        <source>Turn on login with your account&apos;s user name and password, over STARTTLS or TLS.</source>
        <translation>Activa el inicio de sesión con el nombre de usuario y la contraseña de tu cuenta, mediante STARTTLS o TLS.</translation>
    </message>
    <message>
        <source>The server considers the chosen login method too weak.</source>
        <translation>El servidor considera demasiado débil el método de inicio de sesión elegido.</translation>
    </message>
    <message>
        <source>Use a stronger login method, or the kind of password the provider asks for.</source>
        <translation>Usa un método de inicio de sesión más seguro, o el tipo de contraseña que pide el proveedor.</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor no aceptó el nombre de usuario y la contraseña: “%1”.</translation>
    </message>
    <message>
        <source>Check the user name (often the full address) and the password; many providers need an app password or OAuth instead of the account password.</source>
        <translation>Revisa el nombre de usuario (a menudo, la dirección completa) y la contraseña; muchos proveedores exigen una contraseña de aplicación u OAuth en lugar de la contraseña de la cuenta.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this login method.</source>
        <translation>El servidor exige una conexión cifrada para este método de inicio de sesión.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465) before logging in.</source>
        <translation>Usa STARTTLS (puerto 587) o TLS (puerto 465) antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor rechazó la petición: “%1”.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, the server&apos;s words name the policy that refused it.</source>
        <translation>Revisa la dirección; si es correcta, las palabras del servidor indican la política que la rechazó.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server and it will not forward the message: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El destinatario no es local de este servidor y este no reenviará el mensaje: “%1”.</translation>
    </message>
    <message>
        <source>Send to the address the server names, or ask the recipient for a current address.</source>
        <translation>Envía a la dirección que indica el servidor, o pide al destinatario una dirección actual.</translation>
    </message>
    <message>
        <source>The message is larger than the server or mailbox allows: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El mensaje es más grande de lo que permite el servidor o el buzón: “%1”.</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files by a link.</source>
        <translation>Envía adjuntos más pequeños, o comparte los archivos grandes mediante un enlace.</translation>
    </message>
    <message>
        <source>The server does not allow this mailbox name: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor no permite este nombre de buzón: “%1”.</translation>
    </message>
    <message>
        <source>Check the spelling of the address; some servers also refuse a From address the account does not own.</source>
        <translation>Revisa cómo está escrita la dirección; algunos servidores también rechazan una dirección del remitente que no pertenezca a la cuenta.</translation>
    </message>
    <message>
        <source>The server refused the transaction: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor rechazó la transacción: “%1”.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words: this is often a policy or spam-filter refusal that only the server&apos;s administrator can lift.</source>
        <translation>Lee las palabras del servidor: suele tratarse de un rechazo por política o por el filtro de spam que solo el administrador del servidor puede levantar.</translation>
    </message>
    <message>
        <source>The server does not recognise or implement a parameter given with MAIL FROM or RCPT TO.</source>
        <translation>El servidor no reconoce o no implementa un parámetro indicado con MAIL FROM o RCPT TO.</translation>
    </message>
    <message>
        <source>Send without the extra options (such as SMTPUTF8, DSN or SIZE).</source>
        <translation>Envía sin las opciones adicionales (como SMTPUTF8, DSN o SIZE).</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <translation>El dominio del destinatario no acepta correo.</translation>
    </message>
    <message>
        <source>Check the domain of the address for a typo.</source>
        <translation>Comprueba si hay una errata en el dominio de la dirección.</translation>
    </message>
    <message>
        <source>The server gave no further detail about the status: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor no dio más detalles sobre el estado: “%1”.</translation>
    </message>
    <message>
        <source>The server&apos;s own words are the only clue; read them for the reason.</source>
        <translation>Las propias palabras del servidor son la única pista; léelas para conocer el motivo.</translation>
    </message>
    <message>
        <source>Something about an address (sender or recipient) caused this: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Algo relacionado con una dirección (del remitente o del destinatario) lo causó: “%1”.</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>Revisa las direcciones del remitente y del destinatario.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist on the destination system: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El buzón del destinatario no existe en el sistema de destino: “%1”.</translation>
    </message>
    <message>
        <source>Check the part of the address before the @ for a typo.</source>
        <translation>Comprueba si hay una errata en la parte de la dirección anterior a la @.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or does not accept mail.</source>
        <translation>El dominio del destinatario no existe o no acepta correo.</translation>
    </message>
    <message>
        <source>Check the part of the address after the @ for a typo.</source>
        <translation>Comprueba si hay una errata en la parte de la dirección posterior a la @.</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address.</source>
        <translation>La dirección del destinatario no es una dirección válida.</translation>
    </message>
    <message>
        <source>Fix the address: it must look like name@example.org.</source>
        <translation>Corrige la dirección: debe tener la forma nombre@example.org.</translation>
    </message>
    <message>
        <source>The recipient address matches more than one mailbox on the destination system.</source>
        <translation>La dirección del destinatario coincide con más de un buzón en el sistema de destino.</translation>
    </message>
    <message>
        <source>Use the full, exact address of the recipient.</source>
        <translation>Usa la dirección completa y exacta del destinatario.</translation>
    </message>
    <message>
        <source>The recipient address is valid.</source>
        <translation>La dirección del destinatario es válida.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved and there is no forwarding address.</source>
        <translation>El buzón del destinatario se ha trasladado y no hay dirección de reenvío.</translation>
    </message>
    <message>
        <source>Ask the recipient for a current address.</source>
        <translation>Pide al destinatario una dirección actual.</translation>
    </message>
    <message>
        <source>The sender address is not a valid address.</source>
        <translation>La dirección del remitente no es una dirección válida.</translation>
    </message>
    <message>
        <source>Fix the From address of the account.</source>
        <translation>Corrige la dirección del remitente de la cuenta.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not valid or cannot receive replies.</source>
        <translation>El dominio del remitente no es válido o no puede recibir respuestas.</translation>
    </message>
    <message>
        <source>Use a From address in a domain that exists and receives mail.</source>
        <translation>Usa una dirección del remitente de un dominio que exista y reciba correo.</translation>
    </message>
    <message>
        <source>The message was passed on to a mail system that cannot report whether it was delivered.</source>
        <translation>El mensaje se pasó a un sistema de correo que no puede informar de si se entregó.</translation>
    </message>
    <message>
        <source>Nothing needs to change; there will be no further delivery report.</source>
        <translation>No hace falta cambiar nada; no habrá más informes de entrega.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record, saying it accepts no mail.</source>
        <translation>El dominio del destinatario publica un registro MX nulo, que indica que no acepta correo.</translation>
    </message>
    <message>
        <source>Check the domain of the address; this domain receives no mail at all.</source>
        <translation>Revisa el dominio de la dirección; este dominio no recibe correo en absoluto.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but something about it stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El buzón del destinatario existe, pero algo relacionado con él impidió la entrega: “%1”.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try again later or reach the recipient another way.</source>
        <translation>Lee las palabras del servidor; vuelve a intentarlo más tarde o contacta con el destinatario por otra vía.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but is disabled and not taking messages.</source>
        <translation>El buzón del destinatario existe, pero está desactivado y no admite mensajes.</translation>
    </message>
    <message>
        <source>Reach the recipient another way.</source>
        <translation>Contacta con el destinatario por otra vía.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>El buzón del destinatario está lleno.</translation>
    </message>
    <message>
        <source>Try again later, or tell the recipient another way.</source>
        <translation>Vuelve a intentarlo más tarde o avisa al destinatario por otra vía.</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s mailbox accepts.</source>
        <translation>El mensaje es más grande de lo que acepta el buzón del destinatario.</translation>
    </message>
    <message>
        <source>The recipient is a mailing list that could not be expanded.</source>
        <translation>El destinatario es una lista de correo que no se pudo expandir.</translation>
    </message>
    <message>
        <source>Tell the list&apos;s owner; the list itself is broken.</source>
        <translation>Avisa al propietario de la lista; la propia lista está estropeada.</translation>
    </message>
    <message>
        <source>The destination mail system had a problem of its own: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El sistema de correo de destino tuvo un problema propio: “%1”.</translation>
    </message>
    <message>
        <source>The destination mail system is out of storage.</source>
        <translation>El sistema de correo de destino se ha quedado sin espacio de almacenamiento.</translation>
    </message>
    <message>
        <source>The destination system is not accepting messages right now (maintenance or overload).</source>
        <translation>El sistema de destino no acepta mensajes en este momento (mantenimiento o sobrecarga).</translation>
    </message>
    <message>
        <source>The destination system cannot handle a feature the message needs (for example 8-bit or UTF-8 content).</source>
        <translation>El sistema de destino no admite una función que el mensaje necesita (por ejemplo, contenido de 8 bits o UTF-8).</translation>
    </message>
    <message>
        <source>Send the message without the feature, for example with plain ASCII addresses.</source>
        <translation>Envía el mensaje sin esa función, por ejemplo con direcciones solo en ASCII.</translation>
    </message>
    <message>
        <source>The message is larger than the destination system accepts.</source>
        <translation>El mensaje es más grande de lo que acepta el sistema de destino.</translation>
    </message>
    <message>
        <source>The destination system is configured wrongly and cannot accept the message.</source>
        <translation>El sistema de destino está mal configurado y no puede aceptar el mensaje.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; nothing on your side will fix it.</source>
        <translation>Avisa al administrador del servidor; nada de lo que hagas por tu parte lo solucionará.</translation>
    </message>
    <message>
        <source>The message was accepted but its requested priority was changed.</source>
        <translation>El mensaje se aceptó, pero se cambió la prioridad solicitada.</translation>
    </message>
    <message>
        <source>A network or routing problem stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Un problema de red o de enrutamiento impidió la entrega: “%1”.</translation>
    </message>
    <message>
        <source>The next mail server did not answer.</source>
        <translation>El siguiente servidor de correo no respondió.</translation>
    </message>
    <message>
        <source>Try again later; the recipient&apos;s server may be down.</source>
        <translation>Vuelve a intentarlo más tarde; puede que el servidor del destinatario esté caído.</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke during the transfer.</source>
        <translation>La conexión con el siguiente servidor de correo se cortó durante la transferencia.</translation>
    </message>
    <message>
        <source>A directory server (usually DNS) failed while routing the message.</source>
        <translation>Un servidor de directorio (normalmente DNS) falló al enrutar el mensaje.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the recipient domain&apos;s DNS may be broken.</source>
        <translation>Vuelve a intentarlo más tarde; si persiste, puede que el DNS del dominio del destinatario esté mal configurado.</translation>
    </message>
    <message>
        <source>The mail system could not find a route to the recipient&apos;s domain.</source>
        <translation>El sistema de correo no encontró una ruta hasta el dominio del destinatario.</translation>
    </message>
    <message>
        <source>Check the domain of the address; it may have no mail server.</source>
        <translation>Revisa el dominio de la dirección; puede que no tenga servidor de correo.</translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation>El sistema de correo está congestionado.</translation>
    </message>
    <message>
        <source>The message went round in a loop between mail servers (often a forwarding rule).</source>
        <translation>El mensaje entró en un bucle entre servidores de correo (a menudo por una regla de reenvío).</translation>
    </message>
    <message>
        <source>Check forwarding rules on your account and ask the recipient to check theirs.</source>
        <translation>Revisa las reglas de reenvío de tu cuenta y pide al destinatario que revise las suyas.</translation>
    </message>
    <message>
        <source>The message was too old to keep trying to deliver it.</source>
        <translation>El mensaje era demasiado antiguo para seguir intentando entregarlo.</translation>
    </message>
    <message>
        <source>Send it again; if it fails again, the recipient&apos;s server may be unreachable.</source>
        <translation>Vuelve a enviarlo; si falla de nuevo, puede que el servidor del destinatario sea inaccesible.</translation>
    </message>
    <message>
        <source>The server reported a protocol problem: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor informó de un problema de protocolo: “%1”.</translation>
    </message>
    <message>
        <source>Check that the port and security mode are right for this server.</source>
        <translation>Comprueba que el puerto y el modo de seguridad sean los correctos para este servidor.</translation>
    </message>
    <message>
        <source>The server did not accept the command at this point or does not support it.</source>
        <translation>El servidor no aceptó el comando en este punto o no lo admite.</translation>
    </message>
    <message>
        <source>Log in first if the server requires it; otherwise tell the Sendscope developers.</source>
        <translation>Inicia sesión primero si el servidor lo exige; si no, avisa a los desarrolladores de Sendscope.</translation>
    </message>
    <message>
        <source>The server could not parse the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor no pudo analizar el comando: “%1”.</translation>
    </message>
    <message>
        <source>Check the addresses and the EHLO host name for unusual characters.</source>
        <translation>Comprueba si las direcciones y el nombre de host de EHLO contienen caracteres inusuales.</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>El mensaje tiene más destinatarios de los que el servidor acepta de una vez.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message.</source>
        <translation>Envía a menos destinatarios por mensaje.</translation>
    </message>
    <message>
        <source>The server refused an argument of the command as invalid or unsupported.</source>
        <translation>El servidor rechazó un argumento del comando por no ser válido o no ser compatible.</translation>
    </message>
    <message>
        <source>Send without the extra options, and check the addresses.</source>
        <translation>Envía sin las opciones adicionales y revisa las direcciones.</translation>
    </message>
    <message>
        <source>The server and Sendscope disagree about the protocol version.</source>
        <translation>El servidor y Sendscope no coinciden en la versión del protocolo.</translation>
    </message>
    <message>
        <source>A line of the login exchange was longer than the server accepts.</source>
        <translation>Una línea del intercambio de inicio de sesión era más larga de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>Use a shorter token or another login method.</source>
        <translation>Usa un token más corto u otro método de inicio de sesión.</translation>
    </message>
    <message>
        <source>Something in the message content stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Algo en el contenido del mensaje impidió la entrega: “%1”.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try without unusual attachments or encodings.</source>
        <translation>Lee las palabras del servidor; prueba sin adjuntos ni codificaciones inusuales.</translation>
    </message>
    <message>
        <source>The message contains a kind of content the destination does not support.</source>
        <translation>El mensaje contiene un tipo de contenido que el destino no admite.</translation>
    </message>
    <message>
        <source>Send the content in a more common format.</source>
        <translation>Envía el contenido en un formato más común.</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and conversion was forbidden.</source>
        <translation>Habría que convertir el mensaje para entregarlo, y la conversión estaba prohibida.</translation>
    </message>
    <message>
        <source>Send the message in a form the destination accepts without conversion.</source>
        <translation>Envía el mensaje en una forma que el destino acepte sin conversión.</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and the mail system cannot convert it.</source>
        <translation>Habría que convertir el mensaje para entregarlo, y el sistema de correo no puede convertirlo.</translation>
    </message>
    <message>
        <source>Send the message in a more common format.</source>
        <translation>Envía el mensaje en un formato más común.</translation>
    </message>
    <message>
        <source>The message was delivered, but a conversion lost some of its content.</source>
        <translation>El mensaje se entregó, pero una conversión hizo que se perdiera parte de su contenido.</translation>
    </message>
    <message>
        <source>Check with the recipient that the message arrived intact.</source>
        <translation>Confirma con el destinatario que el mensaje llegó intacto.</translation>
    </message>
    <message>
        <source>A conversion of the message content failed.</source>
        <translation>Falló una conversión del contenido del mensaje.</translation>
    </message>
    <message>
        <source>The server could not fetch the message content from the place it was referred to.</source>
        <translation>El servidor no pudo obtener el contenido del mensaje del lugar al que se hacía referencia.</translation>
    </message>
    <message>
        <source>Send the message with its content included.</source>
        <translation>Envía el mensaje con su contenido incluido.</translation>
    </message>
    <message>
        <source>A sender or recipient address with non-ASCII characters is not allowed here.</source>
        <translation>Aquí no se permite una dirección de remitente o destinatario con caracteres que no sean ASCII.</translation>
    </message>
    <message>
        <source>Use an ASCII-only address for this recipient or server.</source>
        <translation>Usa una dirección solo en ASCII para este destinatario o servidor.</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it.</source>
        <translation>El servidor necesita responder en UTF-8, pero el cliente no lo permitió.</translation>
    </message>
    <message>
        <source>Send with SMTPUTF8 enabled, or use ASCII-only addresses.</source>
        <translation>Envía con SMTPUTF8 activado o usa direcciones solo en ASCII.</translation>
    </message>
    <message>
        <source>The message has UTF-8 header fields that cannot be passed on to one or more recipients.</source>
        <translation>El mensaje tiene campos de cabecera en UTF-8 que no se pueden transmitir a uno o varios destinatarios.</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses and header fields for these recipients.</source>
        <translation>Usa direcciones y campos de cabecera solo en ASCII para estos destinatarios.</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it (a duplicate registration of X.6.8).</source>
        <translation>El servidor necesita responder en UTF-8, pero el cliente no lo permitió (un registro duplicado de X.6.8).</translation>
    </message>
    <message>
        <source>A security or policy rule stopped the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Una regla de seguridad o de política detuvo el comando: “%1”.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; often the server needs a login or STARTTLS first.</source>
        <translation>Lee las palabras del servidor; a menudo el servidor necesita primero un inicio de sesión o STARTTLS.</translation>
    </message>
    <message>
        <source>The server&apos;s policy does not allow this delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>La política del servidor no permite esta entrega: “%1”.</translation>
    </message>
    <message>
        <source>Log in if you have not; otherwise the recipient&apos;s administrator must allow your messages.</source>
        <translation>Inicia sesión si no lo has hecho; si no, el administrador del destinatario debe permitir tus mensajes.</translation>
    </message>
    <message>
        <source>You are not allowed to send to this mailing list.</source>
        <translation>No tienes permiso para enviar a esta lista de correo.</translation>
    </message>
    <message>
        <source>Ask the list&apos;s owner for permission to post.</source>
        <translation>Pide permiso al propietario de la lista para publicar en ella.</translation>
    </message>
    <message>
        <source>The message would need a security conversion that is not possible.</source>
        <translation>El mensaje necesitaría una conversión de seguridad que no es posible.</translation>
    </message>
    <message>
        <source>Send the message without signing or encryption, or check with the recipient.</source>
        <translation>Envía el mensaje sin firma ni cifrado, o consúltalo con el destinatario.</translation>
    </message>
    <message>
        <source>The message asks for security features the mail system does not support.</source>
        <translation>El mensaje pide funciones de seguridad que el sistema de correo no admite.</translation>
    </message>
    <message>
        <source>Send the message without those security options.</source>
        <translation>Envía el mensaje sin esas opciones de seguridad.</translation>
    </message>
    <message>
        <source>A cryptographic step (checking a signature or decrypting) failed.</source>
        <translation>Falló un paso criptográfico (la comprobación de una firma o el descifrado).</translation>
    </message>
    <message>
        <source>Check the signing or encryption keys in use.</source>
        <translation>Revisa las claves de firma o de cifrado que se están usando.</translation>
    </message>
    <message>
        <source>The message uses a cryptographic algorithm the system does not support.</source>
        <translation>El mensaje usa un algoritmo criptográfico que el sistema no admite.</translation>
    </message>
    <message>
        <source>Sign or encrypt with a more common algorithm.</source>
        <translation>Firma o cifra con un algoritmo más común.</translation>
    </message>
    <message>
        <source>The message failed an integrity check: it was changed or corrupted on the way.</source>
        <translation>El mensaje no superó una comprobación de integridad: se modificó o se dañó por el camino.</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>Vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>The server did not accept the login: the credentials are invalid.</source>
        <translation>El servidor no aceptó el inicio de sesión: las credenciales no son válidas.</translation>
    </message>
    <message>
        <source>Check the user name and password; many providers need an app password or OAuth.</source>
        <translation>Revisa el nombre de usuario y la contraseña; muchos proveedores exigen una contraseña de aplicación u OAuth.</translation>
    </message>
    <message>
        <source>The server considers the login method too weak.</source>
        <translation>El servidor considera demasiado débil el método de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server needs an encrypted connection before this.</source>
        <translation>El servidor necesita antes una conexión cifrada.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465).</source>
        <translation>Usa STARTTLS (puerto 587) o TLS (puerto 465).</translation>
    </message>
    <message>
        <source>The server allows this login method only over an encrypted connection.</source>
        <translation>El servidor solo permite este método de inicio de sesión a través de una conexión cifrada.</translation>
    </message>
    <message>
        <source>The account must change its password or login method before it can log in this way.</source>
        <translation>La cuenta debe cambiar su contraseña o su método de inicio de sesión antes de poder iniciar sesión de esta forma.</translation>
    </message>
    <message>
        <source>The login worked but the account is disabled.</source>
        <translation>El inicio de sesión funcionó, pero la cuenta está desactivada.</translation>
    </message>
    <message>
        <source>Contact the provider or administrator to enable the account.</source>
        <translation>Contacta con el proveedor o con el administrador para que activen la cuenta.</translation>
    </message>
    <message>
        <source>The server requires a trust relationship (such as a verified sign-in) it does not have yet.</source>
        <translation>El servidor exige una relación de confianza (como un inicio de sesión verificado) que todavía no tiene.</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail, confirm any security prompt, then try again.</source>
        <translation>Inicia sesión una vez en el correo web del proveedor, confirma cualquier aviso de seguridad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The requested priority is lower than the server accepts.</source>
        <translation>La prioridad solicitada es más baja de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>Send with a higher priority or none.</source>
        <translation>Envía con una prioridad más alta o sin prioridad.</translation>
    </message>
    <message>
        <source>The message is too large for the requested priority.</source>
        <translation>El mensaje es demasiado grande para la prioridad solicitada.</translation>
    </message>
    <message>
        <source>Send with a lower priority or a smaller message.</source>
        <translation>Envía con una prioridad más baja o un mensaje más pequeño.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has changed owner since the time the message asked about.</source>
        <translation>El buzón del destinatario ha cambiado de propietario desde la fecha por la que preguntaba el mensaje.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address.</source>
        <translation>Confirma la dirección actual del destinatario.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has changed owner since the time the message asked about.</source>
        <translation>El dominio del destinatario ha cambiado de propietario desde la fecha por la que preguntaba el mensaje.</translation>
    </message>
    <message>
        <source>The server cannot check how long the recipient address has been valid.</source>
        <translation>El servidor no puede comprobar desde cuándo es válida la dirección del destinatario.</translation>
    </message>
    <message>
        <source>Send without the recipient-valid-since check.</source>
        <translation>Envía sin la comprobación de validez del destinatario desde una fecha (recipient-valid-since).</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature that passed verification.</source>
        <translation>El mensaje no lleva ninguna firma DKIM que haya superado la verificación.</translation>
    </message>
    <message>
        <source>Have the domain owner set up DKIM signing for your From domain.</source>
        <translation>Pide al propietario del dominio que configure la firma DKIM para el dominio de tu dirección del remitente.</translation>
    </message>
    <message>
        <source>The message&apos;s DKIM signatures passed but none is acceptable to the receiver&apos;s policy.</source>
        <translation>Las firmas DKIM del mensaje se verificaron, pero ninguna es aceptable según la política del receptor.</translation>
    </message>
    <message>
        <source>Have the domain owner sign with a key and domain the receiver accepts.</source>
        <translation>Pide al propietario del dominio que firme con una clave y un dominio que el receptor acepte.</translation>
    </message>
    <message>
        <source>No valid DKIM signature matches the domain of the From address.</source>
        <translation>Ninguna firma DKIM válida coincide con el dominio de la dirección del remitente.</translation>
    </message>
    <message>
        <source>Have the domain owner sign messages with the From address&apos;s own domain.</source>
        <translation>Pide al propietario del dominio que firme los mensajes con el propio dominio de la dirección del remitente.</translation>
    </message>
    <message>
        <source>The message failed the receiver&apos;s SPF check: this server is not listed as allowed to send for your domain.</source>
        <translation>El mensaje no superó la comprobación SPF del receptor: este servidor no figura como autorizado para enviar en nombre de tu dominio.</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, or have its SPF record list this server.</source>
        <translation>Envía a través del propio servidor de tu dominio, o haz que su registro SPF incluya este servidor.</translation>
    </message>
    <message>
        <source>Checking SPF for your domain produced an error.</source>
        <translation>La comprobación SPF de tu dominio produjo un error.</translation>
    </message>
    <message>
        <source>Have the domain owner fix the domain&apos;s SPF record.</source>
        <translation>Pide al propietario del dominio que corrija el registro SPF del dominio.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address failed the reverse DNS check.</source>
        <translation>La dirección IP del servidor de envío no superó la comprobación de DNS inverso.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission server rather than directly from this machine.</source>
        <translation>Envía a través del servidor de envío de tu proveedor en lugar de hacerlo directamente desde este equipo.</translation>
    </message>
    <message>
        <source>The message failed more than one sender authentication check (SPF, DKIM, DMARC).</source>
        <translation>El mensaje no superó más de una comprobación de autenticación del remitente (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, and have the domain owner set up SPF, DKIM and DMARC.</source>
        <translation>Envía a través del propio servidor de tu dominio y pide al propietario del dominio que configure SPF, DKIM y DMARC.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX record, saying it accepts no mail, so replies could not reach it.</source>
        <translation>El dominio del remitente publica un registro MX nulo, que indica que no acepta correo, así que las respuestas no podrían llegarle.</translation>
    </message>
    <message>
        <source>Use a From address in a domain that receives mail.</source>
        <translation>Usa una dirección del remitente de un dominio que reciba correo.</translation>
    </message>
    <message>
        <source>The receiver detected a flood of similar messages and refused this one.</source>
        <translation>El receptor detectó una avalancha de mensajes similares y rechazó este.</translation>
    </message>
    <message>
        <source>Send fewer messages, more slowly.</source>
        <translation>Envía menos mensajes y más despacio.</translation>
    </message>
    <message>
        <source>The message failed ARC validation (the record of earlier authentication checks).</source>
        <translation>El mensaje no superó la validación ARC (el registro de comprobaciones de autenticación anteriores).</translation>
    </message>
    <message>
        <source>Tell the administrator of the forwarding system.</source>
        <translation>Avisa al administrador del sistema de reenvío.</translation>
    </message>
    <message>
        <source>The message requires REQUIRETLS and a system on the way does not support it.</source>
        <translation>El mensaje exige REQUIRETLS y un sistema del camino no lo admite.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS, or to a destination that supports it.</source>
        <translation>Envía sin REQUIRETLS, o a un destino que lo admita.</translation>
    </message>
    <message>
        <source>A security step failed for now, often a temporary login failure or TLS not being available: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Un paso de seguridad falló por ahora, a menudo por un fallo temporal del inicio de sesión o porque TLS no está disponible: “%1”.</translation>
    </message>
    <message>
        <source>A security rule refused the command, often because a login or STARTTLS is required first: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Una regla de seguridad rechazó el comando, a menudo porque antes hace falta iniciar sesión o usar STARTTLS: “%1”.</translation>
    </message>
    <message>
        <source>Use STARTTLS and log in with your account before sending.</source>
        <translation>Usa STARTTLS e inicia sesión con tu cuenta antes de enviar.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on this port, or a firewall rejected it.</source>
        <translation>El servidor rechazó la conexión: no hay nada escuchando en este puerto o un cortafuegos la rechazó.</translation>
    </message>
    <message>
        <source>Check the host name and port (587 for starttls, 465 for tls).</source>
        <translation>Revisa el nombre de host y el puerto (587 para starttls, 465 para tls).</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>Try again; if it closes at once each time, check the port and security mode.</source>
        <translation>Vuelve a intentarlo; si se cierra de inmediato cada vez, revisa el puerto y el modo de seguridad.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found in DNS.</source>
        <translation>No se encontró el nombre de host del servidor en DNS.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name and your network connection.</source>
        <translation>Revisa cómo está escrito el nombre de host y tu conexión de red.</translation>
    </message>
    <message>
        <source>The operating system did not allow the network connection.</source>
        <translation>El sistema operativo no permitió la conexión de red.</translation>
    </message>
    <message>
        <source>Check firewall or sandbox settings that may block Sendscope from the network.</source>
        <translation>Revisa la configuración del cortafuegos o del aislamiento (sandbox) que pueda impedir a Sendscope acceder a la red.</translation>
    </message>
    <message>
        <source>The operating system ran out of resources for another network connection.</source>
        <translation>El sistema operativo se quedó sin recursos para otra conexión de red.</translation>
    </message>
    <message>
        <source>Close other programs or connections and try again.</source>
        <translation>Cierra otros programas o conexiones y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection attempt or the network operation took too long.</source>
        <translation>El intento de conexión o la operación de red tardó demasiado.</translation>
    </message>
    <message>
        <source>Check the host and port; a firewall may be silently dropping the connection.</source>
        <translation>Revisa el host y el puerto; puede que un cortafuegos esté descartando la conexión sin avisar.</translation>
    </message>
    <message>
        <source>A datagram was larger than the operating system allows.</source>
        <translation>Un datagrama era más grande de lo que permite el sistema operativo.</translation>
    </message>
    <message>
        <source>This does not happen with SMTP over TCP; tell the Sendscope developers.</source>
        <translation>Esto no ocurre con SMTP sobre TCP; avisa a los desarrolladores de Sendscope.</translation>
    </message>
    <message>
        <source>The network failed (for example the cable was unplugged or Wi-Fi dropped).</source>
        <translation>Falló la red (por ejemplo, se desconectó el cable o se cayó la wifi).</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Revisa tu conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use is already in use.</source>
        <translation>La dirección local que Sendscope intentó usar ya está en uso.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use does not belong to this computer.</source>
        <translation>La dirección local que Sendscope intentó usar no pertenece a este equipo.</translation>
    </message>
    <message>
        <source>Check the network settings of this computer.</source>
        <translation>Revisa la configuración de red de este equipo.</translation>
    </message>
    <message>
        <source>This computer does not support the requested network operation (for example IPv6).</source>
        <translation>Este equipo no admite la operación de red solicitada (por ejemplo, IPv6).</translation>
    </message>
    <message>
        <source>Try the server&apos;s IPv4 address or host name.</source>
        <translation>Prueba con la dirección IPv4 o el nombre de host del servidor.</translation>
    </message>
    <message>
        <source>A network operation was still in progress.</source>
        <translation>Todavía había una operación de red en curso.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The proxy server requires a login.</source>
        <translation>El servidor proxy exige iniciar sesión.</translation>
    </message>
    <message>
        <source>Check the proxy settings and credentials.</source>
        <translation>Revisa la configuración y las credenciales del proxy.</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed.</source>
        <translation>Falló la negociación TLS con el servidor.</translation>
    </message>
    <message>
        <source>Check that the port and security mode match (tls on 465, starttls on 587).</source>
        <translation>Comprueba que el puerto y el modo de seguridad coincidan (tls en el 465, starttls en el 587).</translation>
    </message>
    <message>
        <source>The proxy server refused the connection.</source>
        <translation>El servidor proxy rechazó la conexión.</translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation>Revisa la configuración del proxy.</translation>
    </message>
    <message>
        <source>The proxy server closed the connection unexpectedly.</source>
        <translation>El servidor proxy cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <source>Check the proxy settings and try again.</source>
        <translation>Revisa la configuración del proxy y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The proxy server did not answer in time.</source>
        <translation>El servidor proxy no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The proxy server could not be found.</source>
        <translation>No se encontró el servidor proxy.</translation>
    </message>
    <message>
        <source>Check the proxy host name in the settings.</source>
        <translation>Revisa el nombre de host del proxy en la configuración.</translation>
    </message>
    <message>
        <source>The proxy server&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor proxy.</translation>
    </message>
    <message>
        <source>Check that the proxy type in the settings is right.</source>
        <translation>Comprueba que el tipo de proxy de la configuración sea el correcto.</translation>
    </message>
    <message>
        <source>A network operation was attempted in a state that does not allow it.</source>
        <translation>Se intentó una operación de red en un estado que no la permite.</translation>
    </message>
    <message>
        <source>Try again; if it persists, tell the Sendscope developers.</source>
        <translation>Vuelve a intentarlo; si persiste, avisa a los desarrolladores de Sendscope.</translation>
    </message>
    <message>
        <source>The TLS library had an internal error.</source>
        <translation>La biblioteca TLS tuvo un error interno.</translation>
    </message>
    <message>
        <source>Check that OpenSSL is installed correctly.</source>
        <translation>Comprueba que OpenSSL esté instalado correctamente.</translation>
    </message>
    <message>
        <source>The TLS library was given invalid data (a certificate or key).</source>
        <translation>La biblioteca TLS recibió datos no válidos (un certificado o una clave).</translation>
    </message>
    <message>
        <source>Check the CA file or client certificate given to Sendscope.</source>
        <translation>Revisa el archivo de CA o el certificado de cliente indicados a Sendscope.</translation>
    </message>
    <message>
        <source>A temporary network error occurred.</source>
        <translation>Se produjo un error de red temporal.</translation>
    </message>
    <message>
        <source>An unidentified network error occurred.</source>
        <translation>Se produjo un error de red no identificado.</translation>
    </message>
    <message>
        <source>The certificate check found no problem.</source>
        <translation>La comprobación del certificado no encontró ningún problema.</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued the server&apos;s certificate could not be found.</source>
        <translation>No se encontró el certificado de la autoridad que emitió el certificado del servidor.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain, or give the CA with --ca-file.</source>
        <translation>Pide al administrador del servidor que envíe la cadena de certificados completa, o indica la CA con --ca-file.</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate could not be decrypted.</source>
        <translation>No se pudo descifrar la firma del certificado del servidor.</translation>
    </message>
    <message>
        <source>The certificate is damaged; tell the server&apos;s administrator.</source>
        <translation>El certificado está dañado; avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The public key of the issuing authority could not be read.</source>
        <translation>No se pudo leer la clave pública de la autoridad emisora.</translation>
    </message>
    <message>
        <source>The certificate chain is damaged; tell the server&apos;s administrator.</source>
        <translation>La cadena de certificados está dañada; avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate is invalid.</source>
        <translation>La firma del certificado del servidor no es válida.</translation>
    </message>
    <message>
        <source>Do not trust this connection: the certificate may be forged or damaged.</source>
        <translation>No confíes en esta conexión: puede que el certificado esté falsificado o dañado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>El certificado del servidor todavía no es válido.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Comprueba la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>El certificado del servidor ha caducado.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; also check this computer&apos;s date.</source>
        <translation>Avisa al administrador del servidor; comprueba también la fecha de este equipo.</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is malformed.</source>
        <translation>La fecha de inicio del certificado está mal formada.</translation>
    </message>
    <message>
        <source>The certificate is broken; tell the server&apos;s administrator.</source>
        <translation>El certificado está roto; avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The certificate&apos;s expiry date is malformed.</source>
        <translation>La fecha de caducidad del certificado está mal formada.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so no trusted authority vouches for it.</source>
        <translation>El certificado del servidor es autofirmado, así que ninguna autoridad de confianza lo avala.</translation>
    </message>
    <message>
        <source>Trust it only if you know the server: compare the fingerprint and pin it with --pin-sha256.</source>
        <translation>Confía en él solo si conoces el servidor: compara la huella y fíjala con --pin-sha256.</translation>
    </message>
    <message>
        <source>The certificate chain ends in a self-signed authority this computer does not trust.</source>
        <translation>La cadena de certificados termina en una autoridad autofirmada en la que este equipo no confía.</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>Indica el certificado de esa autoridad con --ca-file si confías en ella.</translation>
    </message>
    <message>
        <source>The authority that issued the server&apos;s certificate is not trusted on this computer.</source>
        <translation>La autoridad que emitió el certificado del servidor no es de confianza en este equipo.</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it, or ask the administrator to send the full chain.</source>
        <translation>Indica el certificado de esa autoridad con --ca-file si confías en ella, o pide al administrador que envíe la cadena completa.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified against any trusted authority.</source>
        <translation>No se pudo verificar el certificado del servidor con ninguna autoridad de confianza.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain.</source>
        <translation>Pide al administrador del servidor que envíe la cadena de certificados completa.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>El emisor del certificado del servidor lo ha revocado.</translation>
    </message>
    <message>
        <source>Do not trust this connection; tell the server&apos;s administrator.</source>
        <translation>No confíes en esta conexión; avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to act as an authority.</source>
        <translation>Un certificado de la cadena no está autorizado a actuar como autoridad.</translation>
    </message>
    <message>
        <source>The chain is misconfigured; tell the server&apos;s administrator.</source>
        <translation>La cadena está mal configurada; avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The certificate chain is longer than an authority in it allows.</source>
        <translation>La cadena de certificados es más larga de lo que permite una de sus autoridades.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not meant for a TLS server.</source>
        <translation>El certificado del servidor no está pensado para un servidor TLS.</translation>
    </message>
    <message>
        <source>The certificate is wrong for this use; tell the server&apos;s administrator.</source>
        <translation>El certificado no sirve para este uso; avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The issuing authority is not trusted for this purpose on this computer.</source>
        <translation>La autoridad emisora no es de confianza para este fin en este equipo.</translation>
    </message>
    <message>
        <source>Give the authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>Indica el certificado de la autoridad con --ca-file si confías en ella.</translation>
    </message>
    <message>
        <source>The issuing authority is marked to reject this kind of use.</source>
        <translation>La autoridad emisora está marcada para rechazar este tipo de uso.</translation>
    </message>
    <message>
        <source>Do not trust this connection without checking with the server&apos;s administrator.</source>
        <translation>No confíes en esta conexión sin consultarlo con el administrador del servidor.</translation>
    </message>
    <message>
        <source>A certificate in the chain does not match the authority that should have issued it.</source>
        <translation>Un certificado de la cadena no coincide con la autoridad que debería haberlo emitido.</translation>
    </message>
    <message>
        <source>The authority key identifier of a certificate does not match its issuer.</source>
        <translation>El identificador de clave de autoridad de un certificado no coincide con su emisor.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>El servidor no envió ningún certificado.</translation>
    </message>
    <message>
        <source>Do not send credentials to this server; check the port and security mode.</source>
        <translation>No envíes credenciales a este servidor; revisa el puerto y el modo de seguridad.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different host name than the one you connected to.</source>
        <translation>El certificado del servidor es para un nombre de host distinto del que usaste para conectarte.</translation>
    </message>
    <message>
        <source>Use the host name the provider documents (the one in the certificate), not an alias or IP address.</source>
        <translation>Usa el nombre de host que documenta el proveedor (el del certificado), no un alias ni una dirección IP.</translation>
    </message>
    <message>
        <source>TLS is not available in this build of Sendscope.</source>
        <translation>TLS no está disponible en esta compilación de Sendscope.</translation>
    </message>
    <message>
        <source>Install the OpenSSL libraries and Qt&apos;s TLS plugin.</source>
        <translation>Instala las bibliotecas de OpenSSL y el complemento TLS de Qt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is on a block list of known-bad certificates.</source>
        <translation>El certificado del servidor figura en una lista de bloqueo de certificados conocidos como peligrosos.</translation>
    </message>
    <message>
        <source>Do not trust this connection.</source>
        <translation>No confíes en esta conexión.</translation>
    </message>
    <message>
        <source>The revocation status of the server&apos;s certificate could not be determined.</source>
        <translation>No se pudo determinar el estado de revocación del certificado del servidor.</translation>
    </message>
    <message>
        <source>Try again later; the issuer&apos;s status service may be unreachable.</source>
        <translation>Vuelve a intentarlo más tarde; puede que el servicio de estado del emisor sea inaccesible.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) gave no answer for this certificate.</source>
        <translation>El servicio de estado de certificados (OCSP) no dio ninguna respuesta para este certificado.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) called the request malformed.</source>
        <translation>El servicio de estado de certificados (OCSP) consideró que la petición estaba mal formada.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) sent an answer that could not be read.</source>
        <translation>El servicio de estado de certificados (OCSP) envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) had an internal error.</source>
        <translation>El servicio de estado de certificados (OCSP) tuvo un error interno.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) asked to try again later.</source>
        <translation>El servicio de estado de certificados (OCSP) pidió volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) requires a signed request.</source>
        <translation>El servicio de estado de certificados (OCSP) exige una petición firmada.</translation>
    </message>
    <message>
        <source>Try again later or tell the server&apos;s administrator.</source>
        <translation>Vuelve a intentarlo más tarde o avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) refused to answer for this certificate.</source>
        <translation>El servicio de estado de certificados (OCSP) se negó a responder sobre este certificado.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator.</source>
        <translation>Avisa al administrador del servidor.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) could not be trusted.</source>
        <translation>No se pudo confiar en la respuesta de estado del certificado (OCSP).</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) was about a different certificate.</source>
        <translation>La respuesta de estado del certificado (OCSP) se refería a otro certificado.</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) has expired.</source>
        <translation>La respuesta de estado del certificado (OCSP) ha caducado.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, then try again.</source>
        <translation>Comprueba la fecha y la hora de este equipo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) does not know this certificate.</source>
        <translation>El servicio de estado de certificados (OCSP) no conoce este certificado.</translation>
    </message>
    <message>
        <source>The certificate check failed for an unspecified reason.</source>
        <translation>La comprobación del certificado falló por un motivo no especificado.</translation>
    </message>
    <message>
        <source>Check the certificate details shown and decide whether to trust it.</source>
        <translation>Revisa los detalles del certificado que se muestran y decide si confías en él.</translation>
    </message>
    <message>
        <source>Sendscope found a problem in the options or the message before connecting.</source>
        <translation>Sendscope encontró un problema en las opciones o en el mensaje antes de conectarse.</translation>
    </message>
    <message>
        <source>Fix the field named in the message above.</source>
        <translation>Corrige el campo indicado en el mensaje de arriba.</translation>
    </message>
    <message>
        <source>Sendscope could not open a connection to %2 on port %3.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>Sendscope no pudo abrir una conexión con %2 en el puerto %3.</translation>
    </message>
    <message>
        <source>Check the host name, the port and your network connection.</source>
        <translation>Revisa el nombre de host, el puerto y tu conexión de red.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the exchange finished.</source>
        <translation>Se perdió la conexión con el servidor antes de que terminara el intercambio.</translation>
    </message>
    <message>
        <source>Try again; if it always breaks at the same step, check the port and security mode.</source>
        <translation>Vuelve a intentarlo; si siempre se corta en el mismo paso, revisa el puerto y el modo de seguridad.</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid SMTP reply.</source>
        <translation>El servidor envió algo que no es una respuesta SMTP válida.</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server and that the security mode matches it.</source>
        <translation>Comprueba que el puerto pertenezca a un servidor SMTP y que el modo de seguridad sea el adecuado.</translation>
    </message>
    <message>
        <source>Encryption could not be set up, so Sendscope stopped before sending anything sensitive.</source>
        <translation>No se pudo establecer el cifrado, así que Sendscope se detuvo antes de enviar nada confidencial.</translation>
    </message>
    <message>
        <source>Check the security mode; if the server offers no STARTTLS, ask its administrator to enable it.</source>
        <translation>Revisa el modo de seguridad; si el servidor no ofrece STARTTLS, pide a su administrador que lo active.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so Sendscope stopped before logging in.</source>
        <translation>El certificado del servidor no era de confianza, así que Sendscope se detuvo antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>Check the certificate details; trust it only with --ca-file or --pin-sha256 if you know the server.</source>
        <translation>Revisa los detalles del certificado; confía en él solo con --ca-file o --pin-sha256 si conoces el servidor.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>El servidor rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>No login method could be used safely: the server offers none Sendscope supports, or the password would travel unencrypted.</source>
        <translation>No se pudo usar ningún método de inicio de sesión de forma segura: el servidor no ofrece ninguno que Sendscope admita, o la contraseña viajaría sin cifrar.</translation>
    </message>
    <message>
        <source>Use starttls on port 587 or tls on port 465; choose another --auth method only if the server lists it.</source>
        <translation>Usa starttls en el puerto 587 o tls en el puerto 465; elige otro método con --auth solo si el servidor lo enumera.</translation>
    </message>
    <message>
        <source>The server refused the sender, a recipient or the message.</source>
        <translation>El servidor rechazó el remitente, un destinatario o el mensaje.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words above for the reason.</source>
        <translation>Lee las palabras del servidor de arriba para conocer el motivo.</translation>
    </message>
    <message>
        <source>The message is larger than the server&apos;s announced size limit.</source>
        <translation>El mensaje supera el límite de tamaño anunciado por el servidor.</translation>
    </message>
    <message>
        <source>The message needs an extension the server does not offer (such as SMTPUTF8 for non-ASCII addresses).</source>
        <translation>El mensaje necesita una extensión que el servidor no ofrece (como SMTPUTF8 para direcciones que no son ASCII).</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses, or a server that offers the extension.</source>
        <translation>Usa direcciones solo en ASCII, o un servidor que ofrezca la extensión.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Try again; a longer --timeout may help on a slow server.</source>
        <translation>Vuelve a intentarlo; con un servidor lento puede ayudar un --timeout más largo.</translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation>Se canceló el envío.</translation>
    </message>
    <message>
        <source>Nothing needs to change; send again when ready.</source>
        <translation>No hace falta cambiar nada; vuelve a enviarlo cuando quieras.</translation>
    </message>
    <message>
        <source>No connection to %2 on port %3 could be made in time.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>No se pudo establecer a tiempo una conexión con %2 en el puerto %3.</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting in time.</source>
        <translation>El servidor aceptó la conexión, pero no envió ningún saludo a tiempo.</translation>
    </message>
    <message>
        <source>Check the port and security mode (tls on 465, starttls on 587).</source>
        <translation>Revisa el puerto y el modo de seguridad (tls en el 465, starttls en el 587).</translation>
    </message>
    <message>
        <source>The server stopped taking the message text in time.</source>
        <translation>El servidor dejó de recibir el texto del mensaje a tiempo.</translation>
    </message>
    <message>
        <source>Try again; with a slow link, a longer --timeout may help.</source>
        <translation>Vuelve a intentarlo; con una conexión lenta, puede ayudar un --timeout más largo.</translation>
    </message>
    <message>
        <source>The connection broke while the message was being sent.</source>
        <translation>La conexión se cortó mientras se enviaba el mensaje.</translation>
    </message>
    <message>
        <source>Try again; if it keeps breaking, the message may be over the server&apos;s size limit.</source>
        <translation>Vuelve a intentarlo; si se sigue cortando, puede que el mensaje supere el límite de tamaño del servidor.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending because it sent spam (often a sign it was compromised).</source>
        <translation>Microsoft 365 bloqueó el envío desde esta cuenta porque envió spam (a menudo, señal de que está comprometida).</translation>
    </message>
    <message>
        <source>Secure the account and reset its password; an administrator must then release it.</source>
        <translation>Protege la cuenta y restablece su contraseña; después, un administrador debe desbloquearla.</translation>
    </message>
    <message>
        <source>Microsoft 365 could not find the recipient address.</source>
        <translation>Microsoft 365 no encontró la dirección del destinatario.</translation>
    </message>
    <message>
        <source>Check the recipient address for a typo.</source>
        <translation>Comprueba si hay una errata en la dirección del destinatario.</translation>
    </message>
    <message>
        <source>This account reached its daily limit of message recipients.</source>
        <translation>Esta cuenta alcanzó su límite diario de destinatarios.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (a rolling 24 hours) before sending more.</source>
        <translation>Espera a que se restablezca el límite (un periodo móvil de 24 horas) antes de enviar más.</translation>
    </message>
    <message>
        <source>This account exceeded its sending quota (recipients or messages per time).</source>
        <translation>Esta cuenta superó su cuota de envío (destinatarios o mensajes por periodo de tiempo).</translation>
    </message>
    <message>
        <source>Wait before sending more, and check that the account is not being misused.</source>
        <translation>Espera antes de enviar más y comprueba que nadie esté haciendo un uso indebido de la cuenta.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 no aceptó el inicio de sesión: “%1”.</translation>
    </message>
    <message>
        <source>Check the password; if it is right, basic authentication may be blocked for this account, so use OAuth (XOAUTH2).</source>
        <translation>Revisa la contraseña; si es correcta, puede que la autenticación básica esté bloqueada para esta cuenta, así que usa OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>The recipient accepts mail only from senders in its own organisation.</source>
        <translation>El destinatario solo acepta correo de remitentes de su propia organización.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept mail from outside the organisation.</source>
        <translation>Pide al administrador del destinatario que acepte correo de fuera de la organización.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to send because the client did not log in before MAIL FROM.</source>
        <translation>Microsoft 365 se negó a enviar porque el cliente no inició sesión antes de MAIL FROM.</translation>
    </message>
    <message>
        <source>Turn on login (SMTP AUTH) with the mailbox&apos;s full address over STARTTLS on port 587.</source>
        <translation>Activa el inicio de sesión (SMTP AUTH) con la dirección completa del buzón mediante STARTTLS en el puerto 587.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to relay because an inbound connector does not match this sender (TenantAttribution).</source>
        <translation>Microsoft 365 se negó a retransmitir porque un conector de entrada no coincide con este remitente (TenantAttribution).</translation>
    </message>
    <message>
        <source>The tenant administrator must fix the inbound connector configuration.</source>
        <translation>El administrador del inquilino debe corregir la configuración del conector de entrada.</translation>
    </message>
    <message>
        <source>You are not in the allowed-senders list of the distribution group you wrote to.</source>
        <translation>No figuras en la lista de remitentes permitidos del grupo de distribución al que escribiste.</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner to add you to its allowed senders.</source>
        <translation>Pide al propietario del grupo que te añada a sus remitentes permitidos.</translation>
    </message>
    <message>
        <source>The recipient group rejects messages from outside its organisation.</source>
        <translation>El grupo destinatario rechaza los mensajes de fuera de su organización.</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner or administrator to accept external senders.</source>
        <translation>Pide al propietario o al administrador del grupo que acepte remitentes externos.</translation>
    </message>
    <message>
        <source>The recipient mailbox rejects messages from outside its organisation.</source>
        <translation>El buzón del destinatario rechaza los mensajes de fuera de su organización.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept external senders.</source>
        <translation>Pide al administrador del destinatario que acepte remitentes externos.</translation>
    </message>
    <message>
        <source>The recipient public folder rejects messages from outside its organisation.</source>
        <translation>La carpeta pública de destino rechaza los mensajes de fuera de su organización.</translation>
    </message>
    <message>
        <source>The recipient mail user rejects messages from outside its organisation.</source>
        <translation>El usuario de correo de destino rechaza los mensajes de fuera de su organización.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is not allowed for this account: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 rechazó el inicio de sesión porque SMTP AUTH no está permitido para esta cuenta: “%1”.</translation>
    </message>
    <message>
        <source>A tenant administrator must enable SMTP AUTH for this mailbox (and security defaults must allow it), or log in with OAuth (XOAUTH2).</source>
        <translation>Un administrador del inquilino debe activar SMTP AUTH para este buzón (y los valores predeterminados de seguridad deben permitirlo), o inicia sesión con OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Microsoft 365 banned this account from sending because spam was detected.</source>
        <translation>Microsoft 365 prohibió el envío desde esta cuenta porque detectó spam.</translation>
    </message>
    <message>
        <source>Secure the account and reset its credentials, then contact Microsoft support through your administrator.</source>
        <translation>Protege la cuenta y restablece sus credenciales; después, contacta con el soporte de Microsoft a través de tu administrador.</translation>
    </message>
    <message>
        <source>The From domain failed DMARC and its DMARC policy says to reject such mail.</source>
        <translation>El dominio del remitente no superó DMARC y su política DMARC indica que se rechace ese correo.</translation>
    </message>
    <message>
        <source>Send through a server that is allowed by the domain&apos;s SPF and DKIM, or fix the domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>Envía a través de un servidor autorizado por el SPF y el DKIM del dominio, o corrige los registros SPF, DKIM y DMARC del dominio.</translation>
    </message>
    <message>
        <source>The message has no valid From address.</source>
        <translation>El mensaje no tiene una dirección del remitente válida.</translation>
    </message>
    <message>
        <source>Give the message a From address like Name &lt;name@example.org&gt;.</source>
        <translation>Dale al mensaje una dirección del remitente como Nombre &lt;nombre@example.org&gt;.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked sending for the whole tenant because most of its traffic looked suspicious.</source>
        <translation>Microsoft 365 bloqueó el envío para todo el inquilino porque la mayor parte de su tráfico parecía sospechoso.</translation>
    </message>
    <message>
        <source>The tenant administrator must fix any compromise and contact Microsoft support.</source>
        <translation>El administrador del inquilino debe resolver cualquier compromiso de seguridad y contactar con el soporte de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept traffic from this IP address.</source>
        <translation>Microsoft 365 no acepta tráfico de esta dirección IP.</translation>
    </message>
    <message>
        <source>The tenant administrator must contact Microsoft support.</source>
        <translation>El administrador del inquilino debe contactar con el soporte de Microsoft.</translation>
    </message>
    <message>
        <source>Gmail wants an app password, not your Google account password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail quiere una contraseña de aplicación, no la contraseña de tu cuenta de Google: “%1”.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification, create an App Password in your Google Account and use it here, or log in with OAuth (XOAUTH2).</source>
        <translation>Activa la verificación en dos pasos, crea una contraseña de aplicación en tu cuenta de Google y úsala aquí, o inicia sesión con OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Gmail did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail no aceptó el nombre de usuario y la contraseña: “%1”.</translation>
    </message>
    <message>
        <source>Use your full Gmail address and an App Password (needs 2-Step Verification) instead of the account password, or log in with OAuth (XOAUTH2).</source>
        <translation>Usa tu dirección completa de Gmail y una contraseña de aplicación (requiere la verificación en dos pasos) en lugar de la contraseña de la cuenta, o inicia sesión con OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Gmail wants you to sign in through the web first before it accepts this login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail quiere que inicies sesión primero en la web antes de aceptar este inicio de sesión: “%1”.</translation>
    </message>
    <message>
        <source>Sign in at mail.google.com in a browser, confirm any security prompt, then try again.</source>
        <translation>Inicia sesión en mail.google.com en un navegador, confirma cualquier aviso de seguridad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is turned off for this tenant or mailbox: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 rechazó el inicio de sesión porque SMTP AUTH está desactivado para este inquilino o buzón: “%1”.</translation>
    </message>
    <message>
        <source>A tenant administrator must enable Authenticated SMTP for this mailbox, or log in with OAuth (XOAUTH2).</source>
        <translation>Un administrador del inquilino debe activar SMTP autenticado (Authenticated SMTP) para este buzón, o inicia sesión con OAuth (XOAUTH2).</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because the organisation&apos;s security defaults block SMTP AUTH: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 rechazó el inicio de sesión porque los valores predeterminados de seguridad de la organización bloquean SMTP AUTH: “%1”.</translation>
    </message>
    <message>
        <source>Log in with OAuth (XOAUTH2), or ask the tenant administrator to exclude this account from security defaults.</source>
        <translation>Inicia sesión con OAuth (XOAUTH2), o pide al administrador del inquilino que excluya esta cuenta de los valores predeterminados de seguridad.</translation>
    </message>
    <message>
        <source>Yahoo did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Yahoo no aceptó el inicio de sesión: “%1”.</translation>
    </message>
    <message>
        <source>Create an app password in your Yahoo account&apos;s security settings and use it instead of the account password.</source>
        <translation>Crea una contraseña de aplicación en la configuración de seguridad de tu cuenta de Yahoo y úsala en lugar de la contraseña de la cuenta.</translation>
    </message>
    <message>
        <source>iCloud did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>iCloud no aceptó el inicio de sesión: “%1”.</translation>
    </message>
    <message>
        <source>Use an app-specific password from your Apple Account and your full iCloud address as the user name.</source>
        <translation>Usa una contraseña específica de aplicación de tu cuenta de Apple y tu dirección completa de iCloud como nombre de usuario.</translation>
    </message>
    <message>
        <source>The server requires STARTTLS before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor exige STARTTLS antes de aceptar este comando: “%1”.</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587 (or tls on port 465).</source>
        <translation>Usa el modo de seguridad starttls en el puerto 587 (o tls en el puerto 465).</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor se negó a transmitir el mensaje a otro dominio: “%1”.</translation>
    </message>
    <message>
        <source>Log in with your account before sending; a server relays only for its own users.</source>
        <translation>Inicia sesión con tu cuenta antes de enviar; un servidor solo retransmite para sus propios usuarios.</translation>
    </message>
    <message>
        <source>The server refused the name Sendscope introduced itself with in EHLO: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El servidor rechazó el nombre con el que Sendscope se presentó en EHLO: “%1”.</translation>
    </message>
    <message>
        <source>Set the EHLO name to this computer&apos;s full host name (a name with a dot that resolves in DNS).</source>
        <translation>Establece como nombre para EHLO el nombre de host completo de este equipo (un nombre con un punto que se resuelva en DNS).</translation>
    </message>
    <message>
        <source>The receiver rejected the message because your domain&apos;s SPF, DKIM or DMARC check failed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>El receptor rechazó el mensaje porque falló la comprobación SPF, DKIM o DMARC de tu dominio: “%1”.</translation>
    </message>
    <message>
        <source>Send through the server your domain&apos;s SPF record lists (usually your provider&apos;s), with a From address of that domain.</source>
        <translation>Envía a través del servidor que indica el registro SPF de tu dominio (normalmente, el de tu proveedor), con una dirección del remitente de ese dominio.</translation>
    </message>
    <message>
        <source>The account reached the provider&apos;s sending limit: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>La cuenta alcanzó el límite de envío del proveedor: “%1”.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (often 24 hours) and send fewer messages at once.</source>
        <translation>Espera a que se restablezca el límite (a menudo 24 horas) y envía menos mensajes a la vez.</translation>
    </message>
    <message>
        <source>Nothing answered on port 25 of %2; many networks and providers block outgoing port 25.</source>
        <extracomment>%2 = the server&apos;s host name</extracomment>
        <translation>Nadie respondió en el puerto 25 de %2; muchas redes y proveedores bloquean el puerto 25 de salida.</translation>
    </message>
    <message>
        <source>Use the submission port 587 with starttls (or 465 with tls) and log in.</source>
        <translation>Usa el puerto de envío 587 con starttls (o el 465 con tls) e inicia sesión.</translation>
    </message>
    <message>
        <source>The server on port %3 said nothing in plain text because it is waiting for a TLS handshake first.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>El servidor del puerto %3 no dijo nada en texto sin cifrar porque primero espera una negociación TLS.</translation>
    </message>
    <message>
        <source>Use security mode tls on port 465, or starttls on port 587.</source>
        <translation>Usa el modo de seguridad tls en el puerto 465, o starttls en el puerto 587.</translation>
    </message>
    <message>
        <source>The TLS handshake on port %3 failed, most likely because the server speaks plain SMTP there and expects STARTTLS.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>Falló la negociación TLS en el puerto %3, seguramente porque el servidor habla SMTP sin cifrar en ese puerto y espera STARTTLS.</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587, or tls on port 465.</source>
        <translation>Usa el modo de seguridad starttls en el puerto 587, o tls en el puerto 465.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet according to this computer&apos;s clock.</source>
        <translation>Según el reloj de este equipo, el certificado del servidor todavía no es válido.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone: a clock that is off makes valid certificates look wrong.</source>
        <translation>Comprueba la fecha, la hora y la zona horaria de este equipo: un reloj desajustado hace que los certificados válidos parezcan incorrectos.</translation>
    </message>
    <message>
        <source>The certificate was issued by an antivirus or firewall product that intercepts encrypted connections, not by the mail server.</source>
        <translation>El certificado lo emitió un antivirus o un cortafuegos que intercepta las conexiones cifradas, no el servidor de correo.</translation>
    </message>
    <message>
        <source>Turn off mail or TLS scanning in that product for SMTP, or add its CA with --ca-file if you trust it.</source>
        <translation>Desactiva en ese producto el análisis del correo o de TLS para SMTP, o añade su CA con --ca-file si confías en ella.</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>El servidor envió una línea de respuesta de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes.</source>
        <translation>El servidor envió una respuesta de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>El servidor mezcló los códigos de respuesta %1 y %2 en una misma respuesta.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxCertificate</name>
    <message>
        <source>Cannot generate the sandbox&apos;s EC P-256 key.</source>
        <translation>No se puede generar la clave EC P-256 del entorno de pruebas.</translation>
    </message>
    <message>
        <source>Cannot make the sandbox&apos;s certificate.</source>
        <translation>No se puede crear el certificado del entorno de pruebas.</translation>
    </message>
    <message>
        <source>Cannot encode the sandbox&apos;s certificate.</source>
        <translation>No se puede codificar el certificado del entorno de pruebas.</translation>
    </message>
    <message>
        <source>The TLS backend cannot read the sandbox&apos;s new certificate or key.</source>
        <translation>El backend de TLS no puede leer el nuevo certificado o la nueva clave del entorno de pruebas.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxConnection</name>
    <message>
        <source>Cannot take over the connection: %1</source>
        <translation>No es posible hacerse cargo de la conexión: %1</translation>
    </message>
    <message>
        <source>Sandbox connection %1 from %2 port %3.</source>
        <translation>Conexión %1 al entorno de pruebas desde %2, puerto %3.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time.</source>
        <translation>La negociación TLS no terminó a tiempo.</translation>
    </message>
    <message>
        <source>The client left in the middle of DATA; nothing was stored.</source>
        <translation>El cliente se fue en mitad de DATA; no se guardó nada.</translation>
    </message>
    <message>
        <source>Connection %1 closed.</source>
        <translation>Conexión %1 cerrada.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2.</source>
        <translation>TLS establecido: %1, cifrado %2.</translation>
    </message>
    <message>
        <source>&lt;a line longer than %1 octets, discarded&gt;</source>
        <translation>&lt;una línea de más de %1 octetos, descartada&gt;</translation>
    </message>
    <message>
        <source>&lt;a line of %1 octets, discarded&gt;</source>
        <translation>&lt;una línea de %1 octetos, descartada&gt;</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>Iniciando la negociación TLS.</translation>
    </message>
    <message>
        <source>Cannot store the message: %1</source>
        <translation>No se puede guardar el mensaje: %1</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;cuerpo del mensaje: %1 bytes&gt;</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede cambiar el nombre de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxMessageWriter</name>
    <message>
        <source>The message file is not open.</source>
        <translation>El archivo del mensaje no está abierto.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>El entorno de pruebas ya está en ejecución.</translation>
    </message>
    <message>
        <source>No TLS backend is available (%1), so the sandbox cannot offer STARTTLS.</source>
        <translation>No hay ningún backend de TLS disponible (%1), así que el entorno de pruebas no puede ofrecer STARTTLS.</translation>
    </message>
    <message>
        <source>Give both a user and a password for the sandbox, or neither.</source>
        <translation>Indica un usuario y una contraseña para el entorno de pruebas, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 port %2, messages in %3.</source>
        <translation>Entorno de pruebas escuchando en %1, puerto %2; mensajes en %3.</translation>
    </message>
</context>
<context>
    <name>Sendscope::Sasl</name>
    <message>
        <source>The server asked for more than a user name and password during AUTH LOGIN.</source>
        <translation>El servidor pidió algo más que un nombre de usuario y una contraseña durante AUTH LOGIN.</translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation>El servidor envió un desafío PLAIN inesperado.</translation>
    </message>
    <message>
        <source>The server refused the token without a reason.</source>
        <translation>El servidor rechazó el token sin dar ningún motivo.</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>El servidor rechazó el token: %1</translation>
    </message>
    <message>
        <source>the token is invalid or has expired</source>
        <translation>el token no es válido o ha caducado</translation>
    </message>
    <message>
        <source>the token does not grant the needed scope</source>
        <translation>el token no concede el ámbito necesario</translation>
    </message>
    <message>
        <source>the server could not read the request</source>
        <translation>el servidor no pudo leer la petición</translation>
    </message>
    <message>
        <source>The server refused the token (status %1).</source>
        <translation>El servidor rechazó el token (estado %1).</translation>
    </message>
    <message>
        <source>The server refused the token (status %1): %2.</source>
        <translation>El servidor rechazó el token (estado %1): %2.</translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation>Ámbito necesario: %1.</translation>
    </message>
    <message>
        <source>Accepted schemes: %1.</source>
        <translation>Esquemas aceptados: %1.</translation>
    </message>
    <message>
        <source>The server sent a second CRAM-MD5 challenge.</source>
        <translation>El servidor envió un segundo desafío CRAM-MD5.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>El servidor envió un desafío CRAM-MD5 vacío.</translation>
    </message>
    <message>
        <source>The user name or host for OAUTHBEARER contains control characters.</source>
        <translation>El nombre de usuario o el host para OAUTHBEARER contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The access token for OAUTHBEARER is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>El token de acceso para OAUTHBEARER está vacío o contiene caracteres que un token de portador no puede tener (RFC 6750).</translation>
    </message>
    <message>
        <source>The server sent a second OAUTHBEARER challenge.</source>
        <translation>El servidor envió un segundo desafío OAUTHBEARER.</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which AUTH PLAIN cannot carry.</source>
        <translation>El nombre de usuario o la contraseña contiene un carácter NUL, que AUTH PLAIN no puede transmitir.</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>la contraseña es incorrecta</translation>
    </message>
    <message>
        <source>the server does not know this user name</source>
        <translation>el servidor no conoce este nombre de usuario</translation>
    </message>
    <message>
        <source>the server could not read the user name</source>
        <translation>el servidor no pudo leer el nombre de usuario</translation>
    </message>
    <message>
        <source>the server could not read our message</source>
        <translation>el servidor no pudo leer nuestro mensaje</translation>
    </message>
    <message>
        <source>the server does not support an extension we used</source>
        <translation>el servidor no admite una extensión que usamos</translation>
    </message>
    <message>
        <source>the server is short of resources; try again later</source>
        <translation>el servidor tiene pocos recursos; vuelve a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the server and client disagree about channel binding</source>
        <translation>el servidor y el cliente no coinciden en la vinculación de canal (channel binding)</translation>
    </message>
    <message>
        <source>SCRAM error “%1”</source>
        <translation>Error de SCRAM «%1»</translation>
    </message>
    <message>
        <source>SCRAM error “%1”: %2</source>
        <translation>Error de SCRAM «%1»: %2</translation>
    </message>
    <message>
        <source>SCRAM was started twice.</source>
        <translation>SCRAM se inició dos veces.</translation>
    </message>
    <message>
        <source>The user name cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>El nombre de usuario no se puede usar con SCRAM: está vacío o contiene caracteres que SASLprep (RFC 4013) prohíbe.</translation>
    </message>
    <message>
        <source>The SCRAM client nonce must be printable ASCII without commas.</source>
        <translation>El nonce de cliente de SCRAM debe estar formado por caracteres ASCII imprimibles sin comas.</translation>
    </message>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>El servidor envió un desafío SCRAM antes del primer mensaje del cliente.</translation>
    </message>
    <message>
        <source>The server sent another SCRAM challenge after proving itself.</source>
        <translation>El servidor envió otro desafío SCRAM después de haberse identificado.</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>El intercambio SCRAM ya ha fallado.</translation>
    </message>
    <message>
        <source>The server refused SCRAM: %1.</source>
        <translation>El servidor rechazó SCRAM: %1.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Sendscope does not know.</source>
        <translation>El servidor exige una extensión de SCRAM que Sendscope no conoce.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed: %1</source>
        <translation>El primer mensaje SCRAM del servidor está mal formado: %1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not continue the one the client sent; the exchange may have been tampered with.</source>
        <translation>El nonce SCRAM del servidor no continúa el que envió el cliente; puede que el intercambio se haya manipulado.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or not valid base64.</source>
        <translation>La sal SCRAM del servidor falta o no está en base64 válido.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count “%1” is not a positive number.</source>
        <translation>El número de iteraciones SCRAM del servidor, “%1”, no es un número positivo.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; more than %2 are refused so that a server cannot freeze the application.</source>
        <translation>El servidor pidió %1 iteraciones SCRAM; se rechazan más de %2 para que un servidor no pueda bloquear la aplicación.</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>La contraseña no se puede usar con SCRAM: está vacía o contiene caracteres que SASLprep (RFC 4013) prohíbe.</translation>
    </message>
    <message>
        <source>Computing the SCRAM salted password failed.</source>
        <translation>Falló el cálculo de la contraseña con sal de SCRAM.</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message has no server signature: %1</source>
        <translation>El mensaje SCRAM final del servidor no tiene firma del servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature is wrong: it does not know the password, or it is not the server it claims to be.</source>
        <translation>La firma SCRAM del servidor es incorrecta: no conoce la contraseña, o no es el servidor que dice ser.</translation>
    </message>
    <message>
        <source>The user name for XOAUTH2 is empty or contains control characters.</source>
        <translation>El nombre de usuario para XOAUTH2 está vacío o contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The access token for XOAUTH2 is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>El token de acceso para XOAUTH2 está vacío o contiene caracteres que un token de portador no puede tener (RFC 6750).</translation>
    </message>
    <message>
        <source>The server sent a second XOAUTH2 challenge.</source>
        <translation>El servidor envió un segundo desafío XOAUTH2.</translation>
    </message>
</context>
<context>
    <name>Sendscope::SmtpSession</name>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>No hubo conexión con %1 en %2 s.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>Cancelado antes de conectarse.</translation>
    </message>
    <message>
        <source>Cancelled while sending the message; the server discards it because the final &quot;.&quot; was never sent.</source>
        <translation>Cancelado durante el envío del mensaje; el servidor lo descarta porque nunca se envió el &quot;.&quot; final.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3).</source>
        <translation>Conectando con %1, puerto %2 (%3).</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>Cannot find the server &quot;%1&quot;: %2</source>
        <translation>No se encuentra el servidor «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>No se puede conectar con %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 from %3.</source>
        <translation>Conectado a %1, puerto %2, desde %3.</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>Iniciando la negociación TLS.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problema con el certificado: %1</translation>
    </message>
    <message>
        <source>The certificate matches the pinned SHA-256 fingerprint; accepted.</source>
        <translation>El certificado coincide con la huella SHA-256 fijada; se acepta.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2; %3</source>
        <translation>TLS establecido: %1, cifrado %2; %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint: expected SHA-256 %1, got %2.</source>
        <translation>El certificado del servidor no coincide con la huella fijada: se esperaba SHA-256 %1 y se obtuvo %2.</translation>
    </message>
    <message>
        <source>Waiting for a decision about the certificate.</source>
        <translation>Esperando una decisión sobre el certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1): %2.</source>
        <translation>El certificado del servidor no es de confianza (%1): %2.</translation>
    </message>
    <message>
        <source>The certificate was accepted despite the problems.</source>
        <translation>El certificado se aceptó a pesar de los problemas.</translation>
    </message>
    <message>
        <source>Port %1 and TLS-from-the-start look mixed up: this server seems to expect a plain connection first. Try security &quot;starttls&quot; (usually port 587) or port 465 for TLS.</source>
        <translation>El puerto %1 y TLS desde el principio parecen confundidos: este servidor parece esperar primero una conexión sin cifrar. Prueba con la seguridad &quot;starttls&quot; (normalmente en el puerto 587) o con el puerto 465 para TLS.</translation>
    </message>
    <message>
        <source>Port %1 and STARTTLS look mixed up: this server seems to expect TLS from the first byte. Try security &quot;tls&quot; (usually port 465) or port 587 for STARTTLS.</source>
        <translation>El puerto %1 y STARTTLS parecen confundidos: este servidor parece esperar TLS desde el primer byte. Prueba con la seguridad &quot;tls&quot; (normalmente en el puerto 465) o con el puerto 587 para STARTTLS.</translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before the TLS handshake. That is a sign of a command injection attack (CVE-2011-0411); the connection was closed.</source>
        <translation>El servidor envió datos después de aceptar STARTTLS y antes de la negociación TLS. Es señal de un ataque de inyección de comandos (CVE-2011-0411); se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server did not answer QUIT; closing.</source>
        <translation>El servidor no respondió a QUIT; cerrando.</translation>
    </message>
    <message>
        <source>The server stopped taking the message: nothing could be written for %1 s.</source>
        <translation>El servidor dejó de recibir el mensaje: no se pudo escribir nada durante %1 s.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>El servidor no respondió en %1 s.</translation>
    </message>
    <message>
        <source>A server that says nothing after connecting may be waiting for a TLS handshake. %1</source>
        <translation>Un servidor que no dice nada tras la conexión puede estar esperando una negociación TLS. %1</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Falló la negociación TLS: %1</translation>
    </message>
    <message>
        <source>The connection was lost during %1: %2</source>
        <translation>Se perdió la conexión durante %1: %2</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>El servidor cerró la conexión durante %1.</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>El servidor rechazó la conexión: %1</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO/HELO): %1</source>
        <translation>El servidor rechazó el saludo (EHLO/HELO): %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>El servidor rechazó STARTTLS: %1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>El servidor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>El servidor rechazó el remitente: %1</translation>
    </message>
    <message>
        <source>The server refused every recipient: %1</source>
        <translation>El servidor rechazó a todos los destinatarios: %1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>El servidor rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <source>This is a temporary refusal; trying again later may work.</source>
        <translation>Es un rechazo temporal; puede funcionar si se vuelve a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>El servidor está cerrando la conexión: %1</translation>
    </message>
    <message>
        <source>Ignoring a reply nobody asked for.</source>
        <translation>Se ignora una respuesta que nadie pidió.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting was not 220: %1</source>
        <translation>El saludo del servidor no fue 220: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so it cannot offer STARTTLS, and STARTTLS is required. Nothing was sent.</source>
        <translation>El servidor no entiende EHLO, así que no puede ofrecer STARTTLS, y STARTTLS es obligatorio. No se envió nada.</translation>
    </message>
    <message>
        <source>The message was accepted for %1 of %2 recipients.</source>
        <translation>El mensaje se aceptó para %1 de %2 destinatarios.</translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
        <translation>Respuesta inesperada: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO; trying HELO.</source>
        <translation>El servidor rechazó EHLO; probando con HELO.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>El servidor ofrece: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and STARTTLS is required: nothing will be sent over an unencrypted connection.</source>
        <translation>El servidor no ofrece STARTTLS, y STARTTLS es obligatorio: no se enviará nada por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow plaintext authentication explicitly.</source>
        <translation>La conexión no está cifrada, así que no se envió la contraseña. Usa STARTTLS o TLS, o permite explícitamente la autenticación sin cifrar.</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism, but a user name was given.</source>
        <translation>El servidor no ofrece ningún mecanismo AUTH, pero se indicó un nombre de usuario.</translation>
    </message>
    <message>
        <source>None of the server&apos;s AUTH mechanisms (%1) can be used here.</source>
        <translation>No se puede usar aquí ninguno de los mecanismos AUTH del servidor (%1).</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2.</source>
        <translation>El servidor no ofrece AUTH %1; ofrece %2.</translation>
    </message>
    <message>
        <source>Waiting for the password.</source>
        <translation>Esperando la contraseña.</translation>
    </message>
    <message>
        <source>AUTH %1 is not implemented.</source>
        <translation>AUTH %1 no está implementado.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>Logged in as %1 with %2.</source>
        <translation>Sesión iniciada como %1 con %2.</translation>
    </message>
    <message>
        <source>The server accepted the login but could not prove that it knows the password (%1 server signature missing or wrong). It may not be the server it claims to be.</source>
        <translation>El servidor aceptó el inicio de sesión, pero no pudo demostrar que conoce la contraseña (falta la firma del servidor de %1 o es incorrecta). Puede que no sea el servidor que dice ser.</translation>
    </message>
    <message>
        <source>AUTH %1 was refused; trying PLAIN once inside TLS.</source>
        <translation>Se rechazó AUTH %1; se prueba una vez PLAIN dentro de TLS.</translation>
    </message>
    <message>
        <source>The server explained: %1</source>
        <translation>El servidor explicó: %1</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not offer SMTPUTF8 (RFC 6531), so it cannot be sent here. Nothing was sent.</source>
        <translation>Una dirección tiene caracteres que no son ASCII antes de la @, y este servidor no ofrece SMTPUTF8 (RFC 6531), así que no se puede enviar aquí. No se envió nada.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>El mensaje no tiene destinatarios.</translation>
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation>No se puede leer el cuerpo del mensaje.</translation>
    </message>
    <message>
        <source>The message is %1 bytes, larger than the %2 bytes this server accepts (SIZE). Nothing was sent.</source>
        <translation>El mensaje ocupa %1 bytes, más de los %2 bytes que acepta este servidor (SIZE). No se envió nada.</translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not offer 8BITMIME.</source>
        <translation>El mensaje tiene contenido de 8 bits, pero el servidor no ofrece 8BITMIME.</translation>
    </message>
    <message>
        <source>Sending the message (%1 bytes)…</source>
        <translation>Enviando el mensaje (%1 bytes)…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Enviando el mensaje…</translation>
    </message>
    <message>
        <source>The message source went away while sending; the connection was closed so that nothing partial is delivered.</source>
        <translation>El origen del mensaje desapareció durante el envío; se cerró la conexión para que no se entregue nada incompleto.</translation>
    </message>
    <message>
        <source>Reading the message failed (%1); the connection was closed so that nothing partial is delivered.</source>
        <translation>Falló la lectura del mensaje (%1); se cerró la conexión para que no se entregue nada incompleto.</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;cuerpo del mensaje: %1 bytes&gt;</translation>
    </message>
    <message>
        <source>The server accepted the message: %1</source>
        <translation>El servidor aceptó el mensaje: %1</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>La sesión terminó antes de que se enviara el mensaje.</translation>
    </message>
    <message>
        <source>Connection closed.</source>
        <translation>Conexión cerrada.</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent but before the server confirmed it (%1): it may or may not have been delivered.</source>
        <translation>Se perdió la conexión después de enviar el mensaje completo, pero antes de que el servidor lo confirmara (%1): puede que se haya entregado o no.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT.</source>
        <translation>El servidor cerró la conexión sin responder a QUIT.</translation>
    </message>
    <message>
        <source>The server closed the connection after the whole message was sent but before confirming it: it may or may not have been delivered.</source>
        <translation>El servidor cerró la conexión después de enviar el mensaje completo, pero antes de confirmarlo: puede que se haya entregado o no.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An SMTP client that shows its work.</source>
        <translation>Un cliente SMTP que muestra lo que hace.</translation>
    </message>
    <message>
        <source>Keep settings in DIR/sendscope.ini instead of the usual place (for tests and portable use).</source>
        <translation>Guarda la configuración en CARPETA/sendscope.ini en lugar de la ubicación habitual (para pruebas y uso portátil).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>Developer option: force a light or dark palette (light, dark, system).</source>
        <translation>Opción para desarrolladores: fuerza una paleta clara u oscura (light, dark, system).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.
</source>
        <translation>Paleta desconocida «%1»: usa light, dark o system.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or one of %2.
</source>
        <translation>Idioma desconocido «%1»: usa en o uno de %2.
</translation>
    </message>
    <message>
        <source>Show the window in LANG (de, fr, es, zh_CN, en) instead of the system language.</source>
        <translation>Muestra la ventana en IDIOMA (de, fr, es, zh_CN, en) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>An .eml file or a mailto: link to open in the composer.</source>
        <translation>Un archivo .eml o un enlace mailto: que abrir en el editor.</translation>
    </message>
</context>
</TS>
