<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sendscope</name>
    <message>
        <source>The server sent something that is not an SMTP reply (it begins &quot;%1&quot;).</source>
        <translation>服务器发送的内容不是 SMTP 应答（开头为“%1”）。</translation>
    </message>
</context>
<context>
    <name>Sendscope::CertificateInfo</name>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 %5</source>
        <translation>证书“%1”，颁发者“%2”，有效期 %3 至 %4，SHA-256 %5</translation>
    </message>
    <message>
        <source>the certificate&apos;s key has only %1 bits; keys under 2048 bits are refused as too weak</source>
        <translation>该证书的密钥只有 %1 位；低于 2048 位的密钥强度太弱，将被拒绝</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli</name>
    <message>
        <source>Send one message through an SMTP submission server and show the conversation.</source>
        <translation>通过 SMTP 提交服务器发送一封邮件，并显示会话过程。</translation>
    </message>
    <message>
        <source>SMTP server host name (env SMTP_HOST).</source>
        <translation>SMTP 服务器主机名（环境变量 SMTP_HOST）。</translation>
    </message>
    <message>
        <source>Port (env SMTP_PORT; default 587, 465 or 25 by security).</source>
        <translation>端口（环境变量 SMTP_PORT；默认按安全模式为 587、465 或 25）。</translation>
    </message>
    <message>
        <source>starttls (default), tls or none.</source>
        <translation>starttls（默认）、tls 或 none。</translation>
    </message>
    <message>
        <source>Allow credentials over an unencrypted connection.</source>
        <translation>允许在未加密的连接上发送登录凭据。</translation>
    </message>
    <message>
        <source>auto, none, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>auto、none、plain、login、cram-md5、scram-sha-1、scram-sha-256、xoauth2 或 oauthbearer。</translation>
    </message>
    <message>
        <source>User name (env SMTP_USER).</source>
        <translation>用户名（环境变量 SMTP_USER）。</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>从此环境变量读取密码。</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <source>Read an OAuth bearer token from this environment variable.</source>
        <translation>从此环境变量读取 OAuth 持有者令牌。</translation>
    </message>
    <message>
        <source>Sender address (env SMTP_FROM).</source>
        <translation>发件人地址（环境变量 SMTP_FROM）。</translation>
    </message>
    <message>
        <source>Recipient; repeatable, comma lists allowed (env SMTP_RECIPIENT).</source>
        <translation>收件人；可重复使用，可用逗号分隔多个（环境变量 SMTP_RECIPIENT）。</translation>
    </message>
    <message>
        <source>Copy recipient; repeatable.</source>
        <translation>抄送收件人；可重复使用。</translation>
    </message>
    <message>
        <source>Blind copy recipient (envelope only); repeatable.</source>
        <translation>密送收件人（仅写入信封）；可重复使用。</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>邮件正文。</translation>
    </message>
    <message>
        <source>Read the message text from a file.</source>
        <translation>从文件读取邮件正文。</translation>
    </message>
    <message>
        <source>Attach a file; repeatable.</source>
        <translation>添加附件；可重复使用。</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeatable.</source>
        <translation>附加邮件头“名称: 值”；可重复使用。</translation>
    </message>
    <message>
        <source>Send a ready RFC 5322 file as it is.</source>
        <translation>按原样发送一个现成的 RFC 5322 文件。</translation>
    </message>
    <message>
        <source>Name to send with EHLO.</source>
        <translation>随 EHLO 发送的名称。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Accept exactly the server certificate with this SHA-256 fingerprint.</source>
        <translation>仅接受具有此 SHA-256 指纹的服务器证书。</translation>
    </message>
    <message>
        <source>Seconds to wait at each step (default: RFC 5321 values).</source>
        <translation>每一步等待的秒数（默认：RFC 5321 规定的值）。</translation>
    </message>
    <message>
        <source>Write the conversation to a file.</source>
        <translation>将会话过程写入文件。</translation>
    </message>
    <message>
        <source>Show the conversation on standard error.</source>
        <translation>在标准错误输出上显示会话过程。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>No server given: use --server HOST or SMTP_HOST.</source>
        <translation>未指定服务器：请使用 --server HOST 或 SMTP_HOST。</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none, not &quot;%1&quot;.</source>
        <translation>--security 必须是 starttls、tls 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--auth &quot;%1&quot; is not one of: %2.</source>
        <translation>--auth“%1”不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>--timeout 必须是秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot read --ca-file &quot;%1&quot;: %2.</source>
        <translation>无法读取 --ca-file“%1”：%2。</translation>
    </message>
    <message>
        <source>--ca-file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>--ca-file“%1”中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits (colons allowed).</source>
        <translation>--pin-sha256 需要 64 位十六进制数字（允许使用冒号）。</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation>--password-env 和 --password-stdin 只能二选一。</translation>
    </message>
    <message>
        <source>No sender given: use --from ADDR or SMTP_FROM.</source>
        <translation>未指定发件人：请使用 --from ADDR 或 SMTP_FROM。</translation>
    </message>
    <message>
        <source>No recipient given: use --to ADDR or SMTP_RECIPIENT.</source>
        <translation>未指定收件人：请使用 --to ADDR 或 SMTP_RECIPIENT。</translation>
    </message>
    <message>
        <source>Use either --body or --body-file, not both.</source>
        <translation>--body 和 --body-file 只能二选一。</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; contains a line break; that would inject headers.</source>
        <translation>--header“%1”包含换行符，这会导致邮件头注入。</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; must look like &quot;Name: value&quot;.</source>
        <translation>--header“%1”的格式必须类似“Name: value”。</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot;.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;.</source>
        <translation>无法读取附件“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>Cannot open --eml &quot;%1&quot;: %2.</source>
        <translation>无法打开 --eml“%1”：%2。</translation>
    </message>
    <message>
        <source>Reply-To address; repeatable.</source>
        <translation>回复地址（Reply-To）；可重复使用。</translation>
    </message>
    <message>
        <source>HTML alternative of the text; an --attach file the HTML names as &quot;cid:FILENAME&quot; becomes an inline image.</source>
        <translation>正文的 HTML 版本；若 HTML 以“cid:FILENAME”引用某个 --attach 文件，该文件将成为内嵌图片。</translation>
    </message>
    <message>
        <source>Also write the message to this .eml file.</source>
        <translation>同时将邮件写入此 .eml 文件。</translation>
    </message>
    <message>
        <source>Compose the message without connecting (use with --eml-out).</source>
        <translation>只生成邮件而不连接服务器（与 --eml-out 配合使用）。</translation>
    </message>
    <message>
        <source>--eml sends the file as it is; it cannot be combined with --subject, --body, --body-file, --html-file, --attach, --header or --reply-to.</source>
        <translation>--eml 会按原样发送文件，不能与 --subject、--body、--body-file、--html-file、--attach、--header 或 --reply-to 同时使用。</translation>
    </message>
    <message>
        <source>--dry-run composes the message without sending it; give --eml-out FILE to keep it.</source>
        <translation>--dry-run 只生成邮件而不发送；如需保留，请指定 --eml-out FILE。</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; is a folder.</source>
        <translation>--eml-out“%1”是一个文件夹。</translation>
    </message>
    <message>
        <source>--eml-out &quot;%1&quot; would overwrite an input file.</source>
        <translation>--eml-out“%1”会覆盖某个输入文件。</translation>
    </message>
    <message>
        <source>Cannot open %1 &quot;%2&quot;: %3.</source>
        <translation>无法打开 %1“%2”：%3。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not UTF-8 text.</source>
        <translation>%1“%2”不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The message cannot be written to &quot;%1&quot;: its source cannot be read twice.</source>
        <translation>无法将邮件写入“%1”：其来源无法读取两次。</translation>
    </message>
    <message>
        <source>Cannot write --eml-out &quot;%1&quot;: %2.</source>
        <translation>无法写入 --eml-out“%1”：%2。</translation>
    </message>
    <message>
        <source>Reading the message for --eml-out failed: %1.</source>
        <translation>为 --eml-out 读取邮件失败：%1。</translation>
    </message>
    <message>
        <source>Run the sandbox: a local SMTP server on 127.0.0.1 that stores what it receives.</source>
        <translation>运行沙盒：在 127.0.0.1 上运行一个本地 SMTP 服务器，保存收到的所有邮件。</translation>
    </message>
    <message>
        <source>Run the sandbox server.</source>
        <translation>运行沙盒服务器。</translation>
    </message>
    <message>
        <source>Port to listen on; 0 (default) picks a free one.</source>
        <translation>要监听的端口；0（默认）表示自动选择空闲端口。</translation>
    </message>
    <message>
        <source>Folder for certificate, credentials and inbox/.</source>
        <translation>存放证书、凭据和 inbox/ 的文件夹。</translation>
    </message>
    <message>
        <source>AUTH user name (default: generated and kept).</source>
        <translation>AUTH 用户名（默认：自动生成并保留）。</translation>
    </message>
    <message>
        <source>Read the AUTH password from this environment variable.</source>
        <translation>从此环境变量读取 AUTH 密码。</translation>
    </message>
    <message>
        <source>Largest message in bytes (default 52428800).</source>
        <translation>最大邮件大小，单位为字节（默认 52428800）。</translation>
    </message>
    <message>
        <source>Close a connection idle this long (default 300).</source>
        <translation>连接空闲达到此时长（秒）后关闭（默认 300）。</translation>
    </message>
    <message>
        <source>Show every connection&apos;s conversation on stderr.</source>
        <translation>在 stderr 上显示每个连接的会话过程。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number from 0 to 65535.</source>
        <translation>端口“%1”不是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of bytes.</source>
        <translation>--max-size 需要一个正数字节数。</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds from 1 to 86400.</source>
        <translation>--idle-timeout 需要 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user 和 --password-env 必须同时使用。</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user 需要一个名称。</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is not set or empty.</source>
        <translation>环境变量 %1（--password-env）未设置或为空。</translation>
    </message>
    <message>
        <source>stored %1 (%2 bytes) from &lt;%3&gt; to %4</source>
        <translation>已保存 %1（%2 字节），发件人 &lt;%3&gt;，收件人 %4</translation>
    </message>
    <message>
        <source>Cannot install the SIGINT/SIGTERM handlers.</source>
        <translation>无法安装 SIGINT/SIGTERM 信号处理程序。</translation>
    </message>
    <message>
        <source>sandbox stopped</source>
        <translation>沙盒已停止</translation>
    </message>
    <message>
        <source>Use a saved account of the Sendscope window (its name); other options override its fields, and its password comes from the system keychain.</source>
        <translation>使用 Sendscope 窗口中已保存的账户（按名称）；其他选项会覆盖该账户的对应字段，其密码取自系统密钥环。</translation>
    </message>
    <message>
        <source>Read accounts from DIR/sendscope.ini instead of the usual place (also env SENDSCOPE_SETTINGS).</source>
        <translation>从 DIR/sendscope.ini 读取账户，而不是从通常的位置读取（也可用环境变量 SENDSCOPE_SETTINGS）。</translation>
    </message>
    <message>
        <source>No saved account named &quot;%1&quot; in %2 (saved: %3).</source>
        <translation>%2 中没有名为“%1”的已保存账户（已保存：%3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Sendscope::Cli::CliRunner</name>
    <message>
        <source>The environment variable %1 (--oauth-token-env) is empty or not set.</source>
        <translation>环境变量 %1（--oauth-token-env）为空或未设置。</translation>
    </message>
    <message>
        <source>--auth %1 needs a token: use --oauth-token-env VAR.</source>
        <translation>--auth %1 需要令牌：请使用 --oauth-token-env VAR。</translation>
    </message>
    <message>
        <source>The environment variable %1 (--password-env) is empty or not set.</source>
        <translation>环境变量 %1（--password-env）为空或未设置。</translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation>标准输入中没有收到密码（--password-stdin）。</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>%1 在 %2 上的密码： </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>A user name was given but no password: use --password-env VAR, --password-stdin, SMTP_PASS, or run in a terminal to be asked.</source>
        <translation>已指定用户名但没有密码：请使用 --password-env VAR、--password-stdin、SMTP_PASS，或在终端中运行以便提示输入。</translation>
    </message>
    <message>
        <source>Cannot write the transcript &quot;%1&quot;: %2.</source>
        <translation>无法写入会话记录“%1”：%2。</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>含义：%1</translation>
    </message>
    <message>
        <source>If you trust this server, pass its CA with --ca-file PEM or pin the certificate with --pin-sha256 and the fingerprint above.</source>
        <translation>如果您信任此服务器，请用 --ca-file PEM 传入其 CA，或用 --pin-sha256 加上面的指纹固定该证书。</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %1 accepted the message for %n recipient(s): %2</source>
        <translation>
            <numerusform>已发送：%1 已接受发往 %n 位收件人的邮件：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Dry run: the message (%1 bytes) was written to &quot;%2&quot;; nothing was sent.</source>
        <translation>试运行：邮件（%1 字节）已写入“%2”；未发送任何内容。</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考：%1</translation>
    </message>
    <message>
        <source>Use --security starttls or tls, or pass --allow-plaintext-auth if you accept that the password travels unencrypted.</source>
        <translation>请使用 --security starttls 或 tls；如果您接受密码以未加密方式传输，请加上 --allow-plaintext-auth。</translation>
    </message>
    <message>
        <source>%1 What to try: %2</source>
        <translation>%1 可以尝试：%2</translation>
    </message>
    <message>
        <source>The keychain holds no password for the account &quot;%1&quot;.</source>
        <translation>密钥环中没有账户“%1”的密码。</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>密钥环不可用：%1</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>此版本不支持密钥环。</translation>
    </message>
    <message>
        <source>Using the password of the account &quot;%1&quot; from the keychain.</source>
        <translation>正在使用密钥环中账户“%1”的密码。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>发件人：%1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>收件人：请至少添加一位收件人。</translation>
    </message>
    <message>
        <source>Subject: a line break is not allowed in the subject.</source>
        <translation>主题：主题中不允许换行。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AboutDialog</name>
    <message>
        <source>About Sendscope</source>
        <translation>关于 Sendscope</translation>
    </message>
    <message>
        <source>Sendscope %1</source>
        <translation>Sendscope %1</translation>
    </message>
    <message>
        <source>An SMTP client that shows its work. Version %1.</source>
        <translation>一个展示每一步工作过程的 SMTP 客户端。版本 %1。</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
TLS: %3</source>
        <translation>Qt %1（使用 %2 构建）
TLS：%3</translation>
    </message>
    <message>
        <source>Licences:
Sendscope: MIT
Qt: LGPLv3
QtKeychain: BSD-3-Clause
OpenSSL: Apache-2.0</source>
        <translation>许可证：
Sendscope：MIT
Qt：LGPLv3
QtKeychain：BSD-3-Clause
OpenSSL：Apache-2.0</translation>
    </message>
    <message>
        <source>none available (no TLS backend could be loaded)</source>
        <translation>不可用（无法加载任何 TLS 后端）</translation>
    </message>
    <message>
        <source>%1 (backend &quot;%2&quot;)</source>
        <translation>%1（后端“%2”）</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>This program uses Qt %1.</source>
        <translation>本程序使用 Qt %1。</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development. It is used here under the GNU Lesser General Public License version 3 (LGPLv3); its source and licence terms are at https://www.qt.io/licensing/.</source>
        <translation>Qt 是一个用于跨平台应用程序开发的 C++ 工具包。本程序依据 GNU 宽通用公共许可证第 3 版（LGPLv3）使用 Qt；其源代码和许可条款见 https://www.qt.io/licensing/。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountCertificateChangedDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>证书已更改</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>证书在您信任之后已发生变化</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one you trusted for the account &quot;%2&quot;. This can mean an attack — someone between you and the server — or a renewed certificate. Nothing was sent. Trust the new certificate only if you know it was renewed (ask the provider, or compare the fingerprint through another channel).</source>
        <translation>%1 出示的证书与您为账户“%2”信任的证书不同。这可能意味着存在攻击——有人位于您和服务器之间——也可能只是证书已续期。未发送任何内容。只有在您确知证书已续期时才信任新证书（请询问服务商，或通过其他渠道比对指纹）。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation>之前信任的证书（SHA-256）：</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>当前出示的证书（SHA-256）：</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>信任新证书(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountDialog</name>
    <message>
        <source>Allow the password on an unencrypted connection</source>
        <translation>允许在未加密的连接上发送密码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS（必需）</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>从一开始就使用 TLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>自动（服务器提供的最强方式）</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>不登录</translation>
    </message>
    <message>
        <source>Empty: send without logging in</source>
        <translation>留空：不登录直接发送</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>张小明</translation>
    </message>
    <message>
        <source>ada@example.org</source>
        <translation>xiaoming@example.org</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Work, Home, Test server…</source>
        <translation>工作、家庭、测试服务器…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>安全(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Log&amp;in:</source>
        <translation>登录(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>发件人名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>发件人地址(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>&amp;EHLO 名称：</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>Enter the server name.</source>
        <translation>请输入服务器名称。</translation>
    </message>
    <message>
        <source>The server name cannot contain spaces or slashes.</source>
        <translation>服务器名称不能包含空格或斜杠。</translation>
    </message>
    <message>
        <source>Enter the From address.</source>
        <translation>请输入发件人地址。</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>发件人地址：%1</translation>
    </message>
    <message>
        <source>From address: enter only the address; the name goes in From name.</source>
        <translation>发件人地址：只需填写地址；名称请填在“发件人名称”中。</translation>
    </message>
    <message>
        <source>From name: a line break is not allowed.</source>
        <translation>发件人名称：不允许换行。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Other (enter by hand)</source>
        <translation>其他（手动输入）</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>服务商(&amp;V)：</translation>
    </message>
    <message>
        <source>The password is asked when the server wants it; you can keep it in your system keychain. It is never stored in a file.</source>
        <translation>服务器需要密码时才会询问；您可以将其保存在系统密钥环中。密码绝不会存储在文件中。</translation>
    </message>
    <message>
        <source>Connect, EHLO, STARTTLS and AUTH, then QUIT without sending anything. The log dock shows every step.</source>
        <translation>依次连接、EHLO、STARTTLS 和 AUTH，然后执行 QUIT，不发送任何内容。日志面板会显示每一个步骤。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>停止测试(&amp;T)</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>连接测试失败。</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it.</source>
        <translation>证书在您信任之后已发生变化。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AccountSecretFlow</name>
    <message>
        <source>Sendscope was built without keychain support.</source>
        <translation>Sendscope 构建时未包含密钥环支持。</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>正在从密钥环读取密码…</translation>
    </message>
    <message>
        <source>The password is now kept in the keychain.</source>
        <translation>密码现已保存在密钥环中。</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>无法将密码存储到密钥环中：%1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::AddressLineEdit</name>
    <message>
        <source>This is not a valid address list.</source>
        <translation>这不是有效的地址列表。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::CertificateDialog</name>
    <message>
        <source>&amp;Trust this certificate for this account</source>
        <translation>对此账户信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>无法验证 %1 的证书。</translation>
    </message>
    <message>
        <source>Someone may be listening in, or the server is set up with a certificate of its own. Connect only if you know this certificate is the right one — compare its SHA-256 fingerprint with what the server&apos;s administrator gave you.</source>
        <translation>可能有人在窃听，也可能服务器使用的是自己签发的证书。只有在您确定此证书正确无误时才连接——请将其 SHA-256 指纹与服务器管理员提供的指纹进行比对。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation>（自签名）</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>证书详细信息</translation>
    </message>
    <message>
        <source>C&amp;onnect anyway</source>
        <translation>仍然连接(&amp;O)</translation>
    </message>
    <message>
        <source>Remember the SHA-256 fingerprint: this server is accepted without asking as long as it shows this very certificate.</source>
        <translation>记住 SHA-256 指纹：只要此服务器出示的正是这张证书，以后将直接接受而不再询问。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Self-signed: no authority vouches for it.</source>
        <translation>自签名：没有任何机构为其担保。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ComposerWidget</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>name@example.org, Someone &lt;someone@example.org&gt;</source>
        <translation>name@example.org, 某人 &lt;someone@example.org&gt;</translation>
    </message>
    <message>
        <source>Not shown to the other recipients</source>
        <translation>其他收件人看不到</translation>
    </message>
    <message>
        <source>Write your message here. Drop files on the window to attach them.</source>
        <translation>在此处撰写邮件。将文件拖放到窗口上即可添加为附件。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密送(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>移除所选附件</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>No account yet: add one from Accounts</source>
        <translation>尚无账户：请在“账户”中添加</translation>
    </message>
    <message>
        <source>From: add an account first (Accounts ▸ New account).</source>
        <translation>发件人：请先添加账户（账户 ▸ 新建账户）。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>To: add at least one recipient.</source>
        <translation>收件人：请至少添加一位收件人。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n 个附件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>— larger than the %1 the server accepts (SIZE); it will be refused.</source>
        <translation>——超过服务器可接受的 %1（SIZE），将被拒绝。</translation>
    </message>
    <message>
        <source>Also send the HTML version from the file (kept as it was: it cannot be edited here, and edits to the text above do not change it)</source>
        <translation>同时发送文件中的 HTML 版本（保持原样：无法在此编辑，对上方正文的修改也不会改变它）</translation>
    </message>
    <message>
        <source>The file was written from %1, which is none of your accounts; it will be sent from the account chosen above.</source>
        <translation>该文件由 %1 写出，它不属于您的任何账户；邮件将从上方所选的账户发送。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ConnectionTest</name>
    <message>
        <source>Connected; saying goodbye (QUIT) without sending.</source>
        <translation>已连接；正在道别（QUIT），不发送任何内容。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>正在连接 %1 端口 %2…</translation>
    </message>
    <message>
        <source>Negotiating (EHLO, STARTTLS, AUTH)…</source>
        <translation>正在协商（EHLO、STARTTLS、AUTH）…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>正在等待您对证书作出决定…</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>正在等待密码…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Connected and encrypted.</source>
        <translation>已连接并已加密。</translation>
    </message>
    <message>
        <source>Connected (not encrypted).</source>
        <translation>已连接（未加密）。</translation>
    </message>
    <message>
        <source>Logged in with AUTH %1.</source>
        <translation>已通过 AUTH %1 登录。</translation>
    </message>
    <message>
        <source>The server did not ask for a login.</source>
        <translation>服务器没有要求登录。</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>服务器提供：%1。</translation>
    </message>
    <message>
        <source>The test did not finish.</source>
        <translation>测试未完成。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxModel</name>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;空发件人&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>%1
Envelope recipients: %2</source>
        <translation>%1
信封收件人：%2</translation>
    </message>
    <message>
        <source>%1
Envelope sender: %2</source>
        <translation>%1
信封发件人：%2</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 个八位字节</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::InboxView</name>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected message from the sandbox inbox</source>
        <translation>从沙盒收件箱中删除所选邮件</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Delete every message in the sandbox inbox</source>
        <translation>删除沙盒收件箱中的所有邮件</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>List the inbox folder again</source>
        <translation>重新列出收件箱文件夹</translation>
    </message>
    <message>
        <source>Sandbox inbox</source>
        <translation>沙盒收件箱</translation>
    </message>
    <message numerus="yes">
        <source>%n outside resource(s) not loaded: the sandbox never fetches remote content.</source>
        <translation>
            <numerusform>%n 个外部资源未加载：沙盒从不获取远程内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to %1 (not opened)</source>
        <translation>指向 %1 的链接（未打开）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>暂无邮件。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>No plain-text part.</source>
        <translation>没有纯文本部分。</translation>
    </message>
    <message>
        <source>Messages sent to the sandbox appear here.</source>
        <translation>发送到沙盒的邮件会显示在这里。</translation>
    </message>
    <message>
        <source>Select a message to see it.</source>
        <translation>选择一封邮件以查看其内容。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>… %1 more octets not shown</source>
        <translation>… 另有 %1 个八位字节未显示</translation>
    </message>
    <message>
        <source>Not a readable message: %1</source>
        <translation>不是可读的邮件：%1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>over %1</source>
        <comment>TLS protocol</comment>
        <translation>通过 %1</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>未使用 TLS</translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation>信封：</translation>
    </message>
    <message>
        <source>%1 → %2, %3, AUTH %4</source>
        <translation>%1 → %2，%3，AUTH %4</translation>
    </message>
    <message>
        <source>&lt;null sender&gt;</source>
        <translation>&lt;空发件人&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>There is no such attachment.</source>
        <translation>没有这个附件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the attachment: %1</source>
        <translation>无法读取附件：%1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>附件未保存</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>删除邮件</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the sandbox inbox?</source>
        <translation>要从沙盒收件箱中删除“%1”吗？</translation>
    </message>
    <message>
        <source>Clear the sandbox inbox</source>
        <translation>清空沙盒收件箱</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n message(s) in the sandbox inbox?</source>
        <translation>
            <numerusform>要删除沙盒收件箱中的全部 %n 封邮件吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::LogItemDelegate</name>
    <message>
        <source>+%L1 ms</source>
        <translation>+%L1 毫秒</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>服务器发送的某一行不是 SMTP 回复。</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>可以尝试：%1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::LogStyle</name>
    <message>
        <source>Client command</source>
        <translation>客户端命令</translation>
    </message>
    <message>
        <source>Server 2xx</source>
        <translation>服务器 2xx</translation>
    </message>
    <message>
        <source>Server 3xx</source>
        <translation>服务器 3xx</translation>
    </message>
    <message>
        <source>Server 4xx</source>
        <translation>服务器 4xx</translation>
    </message>
    <message>
        <source>Server 5xx</source>
        <translation>服务器 5xx</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>What Sendscope wrote to the server.</source>
        <translation>Sendscope 发送给服务器的内容。</translation>
    </message>
    <message>
        <source>The server accepted: done, go on.</source>
        <translation>服务器已接受：完成，继续。</translation>
    </message>
    <message>
        <source>The server waits for more (the message, a login step).</source>
        <translation>服务器等待更多内容（邮件正文、登录步骤）。</translation>
    </message>
    <message>
        <source>Refused for now: it may work later.</source>
        <translation>暂时拒绝：稍后可能会成功。</translation>
    </message>
    <message>
        <source>Refused: the same request will fail again.</source>
        <translation>拒绝：同样的请求再次发送仍会失败。</translation>
    </message>
    <message>
        <source>Encryption: handshake, cipher, certificate.</source>
        <translation>加密：握手、加密套件、证书。</translation>
    </message>
    <message>
        <source>What Sendscope is doing, in words.</source>
        <translation>用文字说明 Sendscope 正在做什么。</translation>
    </message>
    <message>
        <source>Why the session stopped.</source>
        <translation>会话停止的原因。</translation>
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
        <translation>就绪。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>发送邮件（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>取消发送(&amp;C)</translation>
    </message>
    <message>
        <source>Stop sending now (Esc); the message stays here</source>
        <translation>立即停止发送（Esc）；邮件会保留在此</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A) — or drop them on the window</source>
        <translation>添加附件（Ctrl+Shift+A）——或将文件拖放到窗口上</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Save the message as an .eml file in the drafts folder (Ctrl+S)</source>
        <translation>将邮件以 .eml 文件保存到草稿文件夹（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>打开 .eml(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export .eml…</source>
        <translation>导出 .eml(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the message as an .eml file</source>
        <translation>将邮件写入 .eml 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>在日志中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>编辑账户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>删除账户(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The message was not sent: please check the fields.</source>
        <translation>邮件未发送：请检查各字段。</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>邮件未发送。</translation>
    </message>
    <message>
        <source>The account has no server or From address: edit it first.</source>
        <translation>该账户没有服务器或发件人地址：请先编辑账户。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>正在协商 TLS…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Greeting the server…</source>
        <translation>正在向服务器发送问候…</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>正在等待您对证书作出决定…</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>正在等待密码…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>正在关闭连接…</translation>
    </message>
    <message>
        <source>Sending %1 %</source>
        <translation>正在发送 %1%</translation>
    </message>
    <message numerus="yes">
        <source>Sent at %1: %2 accepted the message for %n recipient(s).</source>
        <translation>
            <numerusform>已于 %1 发送：%2 已接受发往 %n 位收件人的邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>邮件已发送</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>会话在邮件发送之前就结束了。</translation>
    </message>
    <message>
        <source>Cancelled at %1; nothing was delivered.</source>
        <translation>已于 %1 取消；未投递任何内容。</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>发送已取消</translation>
    </message>
    <message>
        <source>The message is still here: press Send to try again.</source>
        <translation>邮件仍保留在此：按“发送”可重试。</translation>
    </message>
    <message>
        <source>Accepted for %1 of %2 recipients.</source>
        <translation>%2 位收件人中有 %1 位已接受。</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>未发送（%1）：%2</translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation>邮件未发送</translation>
    </message>
    <message>
        <source>The message was sent only in part</source>
        <translation>邮件只发送了一部分</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The message is still here; check the account and press Send again. The protocol log shows every step.</source>
        <translation>邮件仍保留在此；请检查账户设置，然后再次按“发送”。协议日志显示了每一个步骤。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The draft was not saved.</source>
        <translation>草稿未保存。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Draft saved as %1.</source>
        <translation>草稿已保存为 %1。</translation>
    </message>
    <message>
        <source>Export message</source>
        <translation>导出邮件</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
        <source>The message was not exported.</source>
        <translation>邮件未导出。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Open an .eml file in the composer to edit and send it again (Ctrl+O)</source>
        <translation>在撰写区中打开 .eml 文件，以便编辑后再次发送（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;About Sendscope</source>
        <translation>关于 Sendscope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>在连接之前已取消。</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Nothing was opened.</source>
        <translation>未打开任何内容。</translation>
    </message>
    <message>
        <source>A message is being sent; open %1 again when it is done.</source>
        <translation>正在发送邮件；发送完成后请再次打开 %1。</translation>
    </message>
    <message>
        <source>The message you are writing could not be saved as a draft, so it was not replaced: %1</source>
        <translation>您正在撰写的邮件无法保存为草稿，因此未被替换：%1</translation>
    </message>
    <message>
        <source>Nothing was opened</source>
        <translation>未打开任何内容</translation>
    </message>
    <message>
        <source>The composer is unchanged.</source>
        <translation>撰写区未作更改。</translation>
    </message>
    <message>
        <source>Your previous message was kept</source>
        <translation>已保留您之前的邮件</translation>
    </message>
    <message>
        <source>Open it again with Open .eml (Ctrl+O) from the drafts folder.</source>
        <translation>可通过“打开 .eml”（Ctrl+O）从草稿文件夹中再次打开它。</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>打开邮件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The certificate changed since you trusted it</source>
        <translation>证书在您信任之后已发生变化</translation>
    </message>
    <message>
        <source>%1 presented another certificate than the one pinned for this account. This can mean an attack, or a renewed certificate.</source>
        <translation>%1 出示的证书与此账户固定的证书不同。这可能意味着存在攻击，也可能只是证书已续期。</translation>
    </message>
    <message>
        <source>Nothing was sent; the message is still here.</source>
        <translation>未发送任何内容；邮件仍保留在此。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>可以尝试：%1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::MessageOpener</name>
    <message>
        <source>Cannot make a temporary folder for the attachments: %1</source>
        <translation>无法为附件创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot place the attachment %1 in %2.</source>
        <translation>无法将附件 %1 放入 %2。</translation>
    </message>
    <message>
        <source>Cannot write the attachment %1: %2</source>
        <translation>无法写入附件 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; every header field was kept (%n warning(s)).</source>
        <translation>
            <numerusform>已打开 %1；所有邮件头字段均已保留（%n 条警告）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1; not kept: %2 (%n warning(s)).</source>
        <translation>
            <numerusform>已打开 %1；未保留：%2（%n 条警告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept (trace, signatures and mailbox state do not apply to a new message):</source>
        <translation>未保留（跟踪信息、签名和邮箱状态不适用于新邮件）：</translation>
    </message>
    <message>
        <source>Can be sent again (the box above decides):</source>
        <translation>可再次发送（由上方的复选框决定）：</translation>
    </message>
    <message>
        <source>Made anew when sending: Date, Message-ID, MIME structure.</source>
        <translation>发送时重新生成：Date、Message-ID、MIME 结构。</translation>
    </message>
    <message>
        <source>The HTML version is kept as it was; it cannot be edited here.</source>
        <translation>HTML 版本按原样保留；无法在此编辑。</translation>
    </message>
    <message>
        <source>Reply-To is not kept: the composer has no Reply-To field.</source>
        <translation>未保留 Reply-To：撰写区没有 Reply-To 字段。</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>未使用：%1</translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link (%n warning(s)).</source>
        <translation>
            <numerusform>已根据 mailto: 链接填写（%n 条警告）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled in from a mailto: link; %1 (%n warning(s)).</source>
        <translation>
            <numerusform>已根据 mailto: 链接填写；%1（%n 条警告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (a link may not set them, RFC 6068 §7): %1</source>
        <translation>已拒绝（链接不得设置这些字段，RFC 6068 §7）：%1</translation>
    </message>
    <message>
        <source>Not used (the composer has no such field): %1</source>
        <translation>未使用（撰写区没有此类字段）：%1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::OpenNotice</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Close this note</source>
        <translation>关闭此提示</translation>
    </message>
    <message>
        <source>Close note</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Keep %1 when sending</source>
        <translation>发送时保留 %1</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 要求输入 %2 的密码。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>记住到密钥环中(&amp;R)</translation>
    </message>
    <message>
        <source>When remembered, it is stored in your system keychain once the server accepts it; otherwise it is kept in memory until Sendscope quits. Never in a file or the log.</source>
        <translation>如果选择记住，密码会在服务器接受后存储到系统密钥环中；否则只保存在内存中，直到 Sendscope 退出。绝不会写入文件或日志。</translation>
    </message>
    <message>
        <source>Your system keychain is not available: the password will be asked every time Sendscope starts, and kept only in memory until it quits.</source>
        <translation>您的系统密钥环不可用：每次启动 Sendscope 时都会询问密码，且密码仅保存在内存中，直到程序退出。</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>密钥环返回：%1</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth 令牌</translation>
    </message>
    <message>
        <source>%1 asks for an OAuth access token of %2.</source>
        <translation>%1 要求输入 %2 的 OAuth 访问令牌。</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::ProtocolLogDock</name>
    <message>
        <source>Protocol log</source>
        <translation>协议日志</translation>
    </message>
    <message>
        <source>SMTP conversation</source>
        <translation>SMTP 会话</translation>
    </message>
    <message>
        <source>Explanation of the selected line</source>
        <translation>所选行的说明</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>相对时间</translation>
    </message>
    <message>
        <source>Show milliseconds since the session started instead of the clock time</source>
        <translation>显示自会话开始以来的毫秒数，而不是时钟时间</translation>
    </message>
    <message>
        <source>Hide TLS</source>
        <translation>隐藏 TLS</translation>
    </message>
    <message>
        <source>Hide handshake and certificate details</source>
        <translation>隐藏握手和证书详细信息</translation>
    </message>
    <message>
        <source>Hide info</source>
        <translation>隐藏信息</translation>
    </message>
    <message>
        <source>Show only what went over the wire</source>
        <translation>只显示实际在网络上传输的内容</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Enter: next match; Shift+Enter: previous match</source>
        <translation>Enter：下一个匹配项；Shift+Enter：上一个匹配项</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Save the log as text or HTML</source>
        <translation>将日志保存为文本或 HTML</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation>删除日志中的所有行</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>各颜色的含义</translation>
    </message>
    <message>
        <source>Sendscope protocol log</source>
        <translation>Sendscope 协议日志</translation>
    </message>
    <message>
        <source>Save protocol log</source>
        <translation>保存协议日志</translation>
    </message>
    <message>
        <source>Text (*.txt *.log)</source>
        <translation>文本文件 (*.txt *.log)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>无法将日志保存到 %1：%2</translation>
    </message>
    <message>
        <source>Select a line to see what it means. Passwords and login data are shown only as &amp;lt;redacted&amp;gt;.</source>
        <translation>选择一行即可查看其含义。密码和登录数据只显示为 &amp;lt;redacted&amp;gt;。</translation>
    </message>
    <message>
        <source>This line is not an SMTP reply.</source>
        <translation>此行不是 SMTP 回复。</translation>
    </message>
    <message>
        <source>The server&apos;s words:</source>
        <translation>服务器原文：</translation>
    </message>
    <message>
        <source>What to try: %1</source>
        <translation>可以尝试：%1</translation>
    </message>
    <message>
        <source>See %1.</source>
        <translation>参见 %1。</translation>
    </message>
    <message>
        <source>A secret in this line was replaced by &amp;lt;redacted&amp;gt; before it reached the log.</source>
        <translation>此行中的一项机密信息在写入日志之前已被替换为 &amp;lt;redacted&amp;gt;。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxController</name>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
    </message>
    <message>
        <source>Sandbox user</source>
        <translation>沙盒用户</translation>
    </message>
</context>
<context>
    <name>Sendscope::Gui::SandboxDock</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the sandbox&apos;s self-signed certificate: pin it in your client (sendscope-cli --pin-sha256)</source>
        <translation>沙盒自签名证书的 SHA-256：请在您的客户端中固定它（sendscope-cli --pin-sha256）</translation>
    </message>
    <message>
        <source>The sandbox&apos;s side of the SMTP conversations</source>
        <translation>沙盒一侧的 SMTP 会话</translation>
    </message>
    <message>
        <source>What the sandbox server received and answered. Directions are as the client sees them; connection numbers are the sandbox&apos;s own.</source>
        <translation>沙盒服务器收到的内容及其应答。方向以客户端的视角表示；连接编号是沙盒自己的编号。</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Server side of the log</source>
        <translation>服务器端日志</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop the sandbox server</source>
        <translation>停止沙盒服务器</translation>
    </message>
    <message>
        <source>Start the sandbox server</source>
        <translation>启动沙盒服务器</translation>
    </message>
    <message>
        <source>Sandbox running on %1:%2</source>
        <translation>沙盒正在 %1:%2 上运行</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox running on %1:%2 — %n connection(s)</source>
        <translation>
            <numerusform>沙盒正在 %1:%2 上运行——%n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Point your app at %1:%2 with STARTTLS and the user and password below; every message lands in the inbox. Recipients at reject.invalid and tempfail.invalid are refused on purpose.</source>
        <translation>将您的应用程序指向 %1:%2，并使用 STARTTLS 及下方的用户名和密码；每封邮件都会进入收件箱。发往 reject.invalid 和 tempfail.invalid 的收件人会被有意拒绝。</translation>
    </message>
    <message>
        <source>Sandbox stopped</source>
        <translation>沙盒已停止</translation>
    </message>
    <message>
        <source>Sandbox not running: %1</source>
        <translation>沙盒未运行：%1</translation>
    </message>
    <message>
        <source>Start the sandbox to send without a mail account: a local SMTP server that keeps every message it receives.</source>
        <translation>启动沙盒即可在没有邮件账户的情况下发送：这是一个本地 SMTP 服务器，会保存收到的每一封邮件。</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>沙盒（%1）</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>收件箱（%1）</translation>
    </message>
</context>
<context>
    <name>Sendscope::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>Secret Service / KWallet</source>
        <translation>Secret Service 或 KWallet</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be locked or waiting for a prompt.</source>
        <translation>密钥环未及时响应。它可能已锁定，或正在等待提示确认。</translation>
    </message>
    <message>
        <source>Part %1 of the stored secret is missing: %2</source>
        <translation>已存储机密信息的第 %1 部分缺失：%2</translation>
    </message>
</context>
<context>
    <name>Sendscope::LogRecord</name>
    <message>
        <source> … [truncated, %1 characters in all]</source>
        <translation> …（已截断，共 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>Sendscope::MemorySecretStore</name>
    <message>
        <source>No secret is stored for this account.</source>
        <translation>此账户未存储任何机密信息。</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime</name>
    <message>
        <source>it needs the form name@domain</source>
        <translation>地址必须采用 name@domain 的形式</translation>
    </message>
    <message>
        <source>the part before @ is longer than 64 characters</source>
        <translation>@ 之前的部分超过 64 个字符</translation>
    </message>
    <message>
        <source>the quoted part before @ is not closed</source>
        <translation>@ 之前带引号的部分未闭合</translation>
    </message>
    <message>
        <source>dots in the part before @ must be single and in the middle</source>
        <translation>@ 之前部分中的点号必须单独出现且位于中间</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed before @</source>
        <translation>@ 之前不允许出现字符“%1”</translation>
    </message>
    <message>
        <source>the address literal after @ is not closed</source>
        <translation>@ 之后的地址字面量未闭合</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid host name</source>
        <translation>域名“%1”不是有效的主机名</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &apos;%2&apos;</source>
        <translation>域名“%1”包含“%2”</translation>
    </message>
    <message>
        <source>it is longer than 254 characters</source>
        <translation>地址超过 254 个字符</translation>
    </message>
    <message>
        <source>the international domain &quot;%1&quot; has no valid ASCII (punycode) form</source>
        <translation>国际化域名“%1”没有有效的 ASCII（punycode）形式</translation>
    </message>
    <message>
        <source>a backslash in the quoted part before @ must escape a printable character</source>
        <translation>@ 之前带引号的部分中，反斜杠只能用于转义可打印字符</translation>
    </message>
    <message>
        <source>the quoted part before @ contains a quote or control character</source>
        <translation>@ 之前带引号的部分包含引号或控制字符</translation>
    </message>
    <message>
        <source>the address literal &quot;%1&quot; is neither an IPv4 address nor &quot;IPv6:&quot; followed by an IPv6 address</source>
        <translation>地址字面量“%1”既不是 IPv4 地址，也不是“IPv6:”加 IPv6 地址的形式</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Header</name>
    <message>
        <source>%1 &quot;%2&quot; contains a line break or NUL character; that could inject headers, so it is refused.</source>
        <translation>%1“%2”包含换行符或 NUL 字符，可能导致邮件头注入，因此被拒绝。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::Mailbox</name>
    <message>
        <source>The address &quot;%1&quot; contains a line break or NUL character.</source>
        <translation>地址“%1”包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>An address is empty.</source>
        <translation>有一个地址为空。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;.</source>
        <translation>地址“%1”中的“&lt;”缺少对应的“&gt;”。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid: %2.</source>
        <translation>地址“%1”无效：%2。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MailtoParser</name>
    <message>
        <source>The mailto: link is %1 characters long; at most %2 are accepted.</source>
        <translation>mailto: 链接长 %1 个字符；最多只接受 %2 个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: link.</source>
        <translation>“%1”不是 mailto: 链接。</translation>
    </message>
    <message>
        <source>The part after &apos;#&apos; was ignored; write it as %23 to keep it.</source>
        <translation>“#”之后的部分已被忽略；如需保留，请写成 %23。</translation>
    </message>
    <message>
        <source>%1: an address with a line break was left out.</source>
        <translation>%1：一个包含换行符的地址已被略去。</translation>
    </message>
    <message>
        <source>The link has more than %1 fields; the rest were ignored.</source>
        <translation>链接包含超过 %1 个字段；其余字段已被忽略。</translation>
    </message>
    <message>
        <source>The link has more than one subject; the first was kept.</source>
        <translation>链接包含多个主题；已保留第一个。</translation>
    </message>
    <message>
        <source>The subject held a line break; it was replaced by a space so that it cannot add a header field.</source>
        <translation>主题中含有换行符；已替换为空格，以免添加邮件头字段。</translation>
    </message>
    <message>
        <source>Control characters were removed from the subject.</source>
        <translation>已从主题中删除控制字符。</translation>
    </message>
    <message>
        <source>The link has more than one body; the first was kept.</source>
        <translation>链接包含多个正文；已保留第一个。</translation>
    </message>
    <message>
        <source>Control characters were removed from the body.</source>
        <translation>已从正文中删除控制字符。</translation>
    </message>
    <message>
        <source>In-Reply-To &quot;%1&quot; is not a message identifier and was left out.</source>
        <translation>In-Reply-To“%1”不是邮件标识符，已被略去。</translation>
    </message>
    <message>
        <source>The link tried to set %1; that field was refused.</source>
        <translation>链接试图设置 %1；该字段已被拒绝。</translation>
    </message>
    <message>
        <source>The link names more than %1 addresses; the rest were left out.</source>
        <translation>链接指定了超过 %1 个地址；其余地址已被略去。</translation>
    </message>
    <message>
        <source>A &apos;%&apos; not followed by two hexadecimal digits was kept as it is.</source>
        <translation>未跟两位十六进制数字的“%”已按原样保留。</translation>
    </message>
    <message>
        <source>Some octets were not valid UTF-8 and were replaced.</source>
        <translation>部分八位字节不是有效的 UTF-8，已被替换。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageReader</name>
    <message>
        <source>Reading the file failed part way; the message may be incomplete.</source>
        <translation>读取文件时中途失败；邮件可能不完整。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warnings.</source>
        <translation>
            <numerusform>… 另有 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>A header has more than %1 fields; the rest were skipped.</source>
        <translation>某个邮件头包含超过 %1 个字段；其余字段已跳过。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) in a header were not header fields and were skipped.</source>
        <translation>
            <numerusform>邮件头中有 %n 行不是邮件头字段，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>A header is larger than %1 KiB; the rest of it was skipped.</source>
        <translation>某个邮件头超过 %1 KiB；其余部分已跳过。</translation>
    </message>
    <message>
        <source>The Content-Type &quot;%1&quot; is not valid; the part is read as plain text.</source>
        <translation>Content-Type“%1”无效；该部分按纯文本读取。</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were skipped.</source>
        <translation>邮件包含超过 %1 个部分；其余部分已跳过。</translation>
    </message>
    <message>
        <source>A multipart part has no boundary; it is read as plain text.</source>
        <translation>某个 multipart 部分没有分隔符；按纯文本读取。</translation>
    </message>
    <message>
        <source>Parts nested deeper than %1 levels were skipped.</source>
        <translation>嵌套深度超过 %1 层的部分已跳过。</translation>
    </message>
    <message>
        <source>A %1 part has no closing boundary; the message seems cut off.</source>
        <translation>某个 %1 部分没有结束分隔符；邮件似乎被截断了。</translation>
    </message>
    <message>
        <source>A %1 part ended without its closing boundary.</source>
        <translation>某个 %1 部分在没有结束分隔符的情况下结束了。</translation>
    </message>
    <message>
        <source>A %1 part has no parts.</source>
        <translation>某个 %1 部分不包含任何子部分。</translation>
    </message>
    <message>
        <source>No temporary folder could be made for large attachments: %1</source>
        <translation>无法为大附件创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>A temporary file could not be written: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>The transfer encoding &quot;%1&quot; is unknown; the part is kept as it is.</source>
        <translation>传输编码“%1”未知；该部分按原样保留。</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n character(s) that are not base64; they were skipped.</source>
        <translation>
            <numerusform>某个 %1 部分包含 %n 个非 base64 字符；已跳过这些字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part ends in an incomplete base64 group.</source>
        <translation>某个 %1 部分以不完整的 base64 组结尾。</translation>
    </message>
    <message numerus="yes">
        <source>A %1 part held %n invalid quoted-printable escape(s); they were kept as they are.</source>
        <translation>
            <numerusform>某个 %1 部分包含 %n 个无效的 quoted-printable 转义序列；已按原样保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 part could not be stored and was left out.</source>
        <translation>某个 %1 部分无法存储，已被略去。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The message has more than one sender; only the first (%1) is kept.</source>
        <translation>邮件有多个发件人；只保留第一个（%1）。</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; could not be read.</source>
        <translation>无法读取日期“%1”。</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid and was left out.</source>
        <translation>Message-ID“%1”无效，已被略去。</translation>
    </message>
    <message>
        <source>The message was signed; the signature (%1) was left out because it would not match the message sent again.</source>
        <translation>邮件带有签名；签名（%1）已被略去，因为它与再次发送的邮件不会匹配。</translation>
    </message>
    <message>
        <source>An older alternative version of the text was left out.</source>
        <translation>正文的一个较旧的替代版本已被略去。</translation>
    </message>
    <message>
        <source>The text in charset &quot;%1&quot; could not be decoded entirely; some characters were replaced.</source>
        <translation>字符集为“%1”的文本无法完全解码；部分字符已被替换。</translation>
    </message>
    <message>
        <source>A text of %1 MiB is too large to edit; it is kept as an attachment.</source>
        <translation>%1 MiB 的文本太大，无法编辑；已作为附件保留。</translation>
    </message>
    <message>
        <source>part-%1</source>
        <translation>部分-%1</translation>
    </message>
    <message>
        <source>The Content-ID of &quot;%1&quot; is not valid and was left out.</source>
        <translation>“%1”的 Content-ID 无效，已被略去。</translation>
    </message>
    <message>
        <source>The message cannot be read: the file is not open.</source>
        <translation>无法读取邮件：文件未打开。</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields such as From: or Subject:.</source>
        <translation>这不是电子邮件：它不是以 From: 或 Subject: 等邮件头字段开头的。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Mime::MessageWriter</name>
    <message>
        <source>A message can only be opened for reading.</source>
        <translation>邮件只能以读取方式打开。</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>邮件没有发件人（From）。</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>The display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not valid: it needs 1 to 76 printable ASCII characters without a colon or space.</source>
        <translation>邮件头名称“%1”无效：它必须由 1 到 76 个可打印 ASCII 字符组成，且不含冒号或空格。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set from its own field, not as an extra header.</source>
        <translation>邮件头“%1”由其专用字段设置，不能作为附加邮件头。</translation>
    </message>
    <message>
        <source>The header %1</source>
        <translation>邮件头 %1</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>附件名称</translation>
    </message>
    <message>
        <source>The media type &quot;%1&quot; of &quot;%2&quot; is not of the form type/subtype.</source>
        <translation>“%2”的媒体类型“%1”不符合 type/subtype 的形式。</translation>
    </message>
    <message>
        <source>The Content-ID &quot;%1&quot; of &quot;%2&quot; is not valid.</source>
        <translation>“%2”的 Content-ID“%1”无效。</translation>
    </message>
    <message>
        <source>Cannot read the attachment &quot;%1&quot;: %2.</source>
        <translation>无法读取附件“%1”：%2。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is not a regular file; its size must be known before sending.</source>
        <translation>附件“%1”不是普通文件；发送前必须知道其大小。</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not valid.</source>
        <translation>Message-ID“%1”无效。</translation>
    </message>
    <message>
        <source>No usable MIME boundary could be made.</source>
        <translation>无法生成可用的 MIME 分隔符。</translation>
    </message>
    <message>
        <source>Internal error: read past the end of the attachment &quot;%1&quot;.</source>
        <translation>内部错误：读取超出了附件“%1”的末尾。</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; changed or became unreadable while sending.</source>
        <translation>附件“%1”在发送过程中被更改或变得无法读取。</translation>
    </message>
    <message>
        <source>Internal error: the message is shorter than its size.</source>
        <translation>内部错误：邮件比其声明的大小短。</translation>
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
        <translation>Gmail 需要应用专用密码（须开启两步验证），或使用 XOAUTH2 的 OAuth 令牌；普通密码会被拒绝。也可以使用端口 465 并从一开始就使用 TLS。</translation>
    </message>
    <message>
        <source>Outlook.com</source>
        <translation>Outlook.com</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>必须为该邮箱启用 SMTP AUTH。Microsoft 正在停用密码（基本）身份验证：使用 XOAUTH2 的 OAuth 令牌才是长久之计。</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>SMTP AUTH must be enabled for the mailbox by an administrator. Microsoft is retiring password (basic) authentication: an OAuth token with XOAUTH2 is the lasting way.</source>
        <translation>必须由管理员为该邮箱启用 SMTP AUTH。Microsoft 正在停用密码（基本）身份验证：使用 XOAUTH2 的 OAuth 令牌才是长久之计。</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud 邮件</translation>
    </message>
    <message>
        <source>Use an app-specific password made at appleid.apple.com; the user name is your full iCloud address.</source>
        <translation>请使用在 appleid.apple.com 创建的应用专用密码；用户名是您完整的 iCloud 地址。</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo 邮箱</translation>
    </message>
    <message>
        <source>Yahoo needs an app password generated in the account&apos;s security settings. Port 587 with STARTTLS works too.</source>
        <translation>Yahoo 需要在账户安全设置中生成的应用专用密码。也可以使用端口 587 加 STARTTLS。</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Fastmail needs an app password (Settings → Privacy &amp; Security). Port 587 with STARTTLS works too.</source>
        <translation>Fastmail 需要应用专用密码（设置 → 隐私与安全）。也可以使用端口 587 加 STARTTLS。</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Zoho 邮箱</translation>
    </message>
    <message>
        <source>With two-factor authentication, use an application-specific password. Accounts in other regions use their own server (smtp.zoho.eu, smtp.zoho.in, …).</source>
        <translation>如果开启了双重身份验证，请使用应用专用密码。其他地区的账户使用各自的服务器（smtp.zoho.eu、smtp.zoho.in 等）。</translation>
    </message>
    <message>
        <source>Local relay (localhost:25)</source>
        <translation>本地中继（localhost:25）</translation>
    </message>
    <message>
        <source>A mail server on this computer that relays without a login, such as Postfix or an SSH tunnel. Nothing is encrypted: use it only on this machine.</source>
        <translation>本机上无需登录即可中继的邮件服务器，例如 Postfix 或 SSH 隧道。所有内容均不加密：请仅在本机使用。</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>本地沙盒</translation>
    </message>
    <message>
        <source>Sendscope&apos;s own test server on this computer: it keeps every message instead of delivering it. Its port, user name and password are shown when it runs; its certificate is its own, so trust it once.</source>
        <translation>Sendscope 自带的本机测试服务器：它会保存每一封邮件，而不是投递出去。运行时会显示其端口、用户名和密码；它使用自己的证书，因此需要信任一次。</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyExplainer</name>
    <message>
        <source>The server accepted the command.</source>
        <translation>服务器已接受该命令。</translation>
    </message>
    <message>
        <source>The server sent a reply code that SMTP does not define: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器发送了 SMTP 未定义的回复代码：“%1”。</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server.</source>
        <translation>请检查该端口是否属于 SMTP 服务器。</translation>
    </message>
    <message>
        <source>Nothing needs to change.</source>
        <translation>无需任何更改。</translation>
    </message>
    <message>
        <source>The server accepted the command and is waiting for more input.</source>
        <translation>服务器已接受该命令，正在等待更多输入。</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope continues the exchange.</source>
        <translation>无需任何更改；Sendscope 会继续这一交互。</translation>
    </message>
    <message>
        <source>The server refused for now (“%1”); the same request may work later.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器暂时拒绝（“%1”）；同样的请求稍后可能会成功。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; if it keeps happening, the server&apos;s words name the reason.</source>
        <translation>请等待几分钟后重试；如果问题持续出现，服务器原文中会说明原因。</translation>
    </message>
    <message>
        <source>The server refused the request permanently: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器永久拒绝了该请求：“%1”。</translation>
    </message>
    <message>
        <source>Sending it again unchanged will fail again: change what the server&apos;s words point to.</source>
        <translation>不做修改再次发送仍会失败：请根据服务器原文所指出的问题进行修改。</translation>
    </message>
    <message>
        <source>The server answered with its system status.</source>
        <translation>服务器返回了其系统状态。</translation>
    </message>
    <message>
        <source>The server sent a help message meant for a person.</source>
        <translation>服务器发送了一条供人阅读的帮助信息。</translation>
    </message>
    <message>
        <source>The server is ready (a greeting, or ready to start TLS after STARTTLS).</source>
        <translation>服务器已就绪（问候信息，或在 STARTTLS 之后准备开始 TLS）。</translation>
    </message>
    <message>
        <source>The server is closing the connection as asked.</source>
        <translation>服务器正按要求关闭连接。</translation>
    </message>
    <message>
        <source>The server accepted the login.</source>
        <translation>服务器已接受登录。</translation>
    </message>
    <message>
        <source>The server completed the requested action.</source>
        <translation>服务器已完成所请求的操作。</translation>
    </message>
    <message>
        <source>The recipient is not local to this server, but the server will forward the message.</source>
        <translation>收件人不在此服务器本地，但服务器会转发该邮件。</translation>
    </message>
    <message>
        <source>The server cannot verify the user but will accept the message and try to deliver it.</source>
        <translation>服务器无法验证该用户，但会接受邮件并尝试投递。</translation>
    </message>
    <message>
        <source>The server is waiting for the next step of the login exchange.</source>
        <translation>服务器正在等待登录交互的下一步。</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope answers the challenge.</source>
        <translation>无需任何更改；Sendscope 会回应该质询。</translation>
    </message>
    <message>
        <source>The server is ready to receive the message text.</source>
        <translation>服务器已准备好接收邮件正文。</translation>
    </message>
    <message>
        <source>Nothing needs to change; Sendscope sends the message and ends it with a line holding a single dot.</source>
        <translation>无需任何更改；Sendscope 会发送邮件，并以仅含一个点号的行结束。</translation>
    </message>
    <message>
        <source>The server is not available right now and is closing the connection: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器目前不可用，正在关闭连接：“%1”。</translation>
    </message>
    <message>
        <source>Try again later; if it happens at once on every attempt, the server may be limiting connections from your address.</source>
        <translation>请稍后重试；如果每次尝试都立即出现此情况，服务器可能在限制来自您地址的连接。</translation>
    </message>
    <message>
        <source>The server wants this account to change its password or login method before it can log in.</source>
        <translation>服务器要求此账户先更改密码或登录方式，然后才能登录。</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail or account page, then try again.</source>
        <translation>请先通过服务商的网页邮箱或账户页面登录一次，然后重试。</translation>
    </message>
    <message>
        <source>The mailbox is not available for now (busy, or held back by the server&apos;s policy): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>该邮箱暂时不可用（忙碌，或被服务器策略暂扣）：“%1”。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>The server hit an error of its own while handling the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器在处理请求时自身出错：“%1”。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell the server&apos;s administrator.</source>
        <translation>请稍后重试；如果问题持续，请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The server does not have room for this right now (storage, or too many recipients in one go): “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器目前没有足够空间处理此请求（存储空间不足，或一次收件人过多）：“%1”。</translation>
    </message>
    <message>
        <source>Try again later, or send to fewer recipients per message.</source>
        <translation>请稍后重试，或减少每封邮件的收件人数量。</translation>
    </message>
    <message>
        <source>The server could not log in or start TLS for a temporary reason: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器因临时原因无法登录或启动 TLS：“%1”。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请过几分钟再试。</translation>
    </message>
    <message>
        <source>The server cannot handle the parameters given with MAIL FROM or RCPT TO for now.</source>
        <translation>服务器暂时无法处理随 MAIL FROM 或 RCPT TO 给出的参数。</translation>
    </message>
    <message>
        <source>Try again later, or send without the extra options.</source>
        <translation>请稍后重试，或不带额外选项发送。</translation>
    </message>
    <message>
        <source>The server did not recognise the command or the line was too long.</source>
        <translation>服务器无法识别该命令，或该行过长。</translation>
    </message>
    <message>
        <source>Check that the server really speaks SMTP on this port, and that the port and security mode are right.</source>
        <translation>请检查服务器在此端口上是否确实使用 SMTP，以及端口和安全模式是否正确。</translation>
    </message>
    <message>
        <source>The server refused the arguments of the command as badly formed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器认为命令参数格式错误而拒绝：“%1”。</translation>
    </message>
    <message>
        <source>Check the addresses and the host name Sendscope sends in EHLO.</source>
        <translation>请检查各地址以及 Sendscope 在 EHLO 中发送的主机名。</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>服务器未实现此命令。</translation>
    </message>
    <message>
        <source>Choose another option (for example another login method) that the server lists in its EHLO reply.</source>
        <translation>请选择服务器在 EHLO 回复中列出的其他选项（例如其他登录方式）。</translation>
    </message>
    <message>
        <source>The server received commands in an order it does not accept (for example mail before login).</source>
        <translation>服务器收到的命令顺序不被接受（例如在登录前发送邮件）。</translation>
    </message>
    <message>
        <source>Log in if the server requires it; otherwise tell the Sendscope developers, as this is a client bug.</source>
        <translation>如果服务器要求登录，请先登录；否则请告知 Sendscope 开发者，因为这是客户端的缺陷。</translation>
    </message>
    <message>
        <source>The server does not implement a parameter of the command (often an unknown login method).</source>
        <translation>服务器未实现该命令的某个参数（通常是未知的登录方式）。</translation>
    </message>
    <message>
        <source>Choose a login method the server lists in its EHLO reply.</source>
        <translation>请选择服务器在 EHLO 回复中列出的登录方式。</translation>
    </message>
    <message>
        <source>This host does not accept mail at all.</source>
        <translation>此主机根本不接收邮件。</translation>
    </message>
    <message>
        <source>Use the provider&apos;s submission server instead of this host.</source>
        <translation>请改用服务商的邮件提交服务器，而不是此主机。</translation>
    </message>
    <message>
        <source>The server requires a login (or STARTTLS) before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器要求先登录（或使用 STARTTLS）才能接受此命令：“%1”。</translation>
    </message>
    <message>
        <source>Turn on login with your account&apos;s user name and password, over STARTTLS or TLS.</source>
        <translation>请启用登录，并通过 STARTTLS 或 TLS 使用账户的用户名和密码。</translation>
    </message>
    <message>
        <source>The server considers the chosen login method too weak.</source>
        <translation>服务器认为所选的登录方式安全性太弱。</translation>
    </message>
    <message>
        <source>Use a stronger login method, or the kind of password the provider asks for.</source>
        <translation>请使用更强的登录方式，或使用服务商要求的密码类型。</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器不接受该用户名和密码：“%1”。</translation>
    </message>
    <message>
        <source>Check the user name (often the full address) and the password; many providers need an app password or OAuth instead of the account password.</source>
        <translation>请检查用户名（通常是完整的邮件地址）和密码；许多服务商要求使用应用专用密码或 OAuth，而不是账户密码。</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this login method.</source>
        <translation>此登录方式要求使用加密连接。</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465) before logging in.</source>
        <translation>请在登录前使用 STARTTLS（端口 587）或 TLS（端口 465）。</translation>
    </message>
    <message>
        <source>The server refused the request: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器拒绝了该请求：“%1”。</translation>
    </message>
    <message>
        <source>Check the address; if it is right, the server&apos;s words name the policy that refused it.</source>
        <translation>请检查该地址；如果地址正确，服务器原文中会说明拒绝它的策略。</translation>
    </message>
    <message>
        <source>The recipient is not local to this server and it will not forward the message: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>收件人不在此服务器本地，且服务器不会转发该邮件：“%1”。</translation>
    </message>
    <message>
        <source>Send to the address the server names, or ask the recipient for a current address.</source>
        <translation>请发送到服务器指明的地址，或向收件人索取当前地址。</translation>
    </message>
    <message>
        <source>The message is larger than the server or mailbox allows: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>邮件大小超过了服务器或邮箱允许的上限：“%1”。</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files by a link.</source>
        <translation>请发送较小的附件，或通过链接分享大文件。</translation>
    </message>
    <message>
        <source>The server does not allow this mailbox name: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器不允许使用此邮箱名称：“%1”。</translation>
    </message>
    <message>
        <source>Check the spelling of the address; some servers also refuse a From address the account does not own.</source>
        <translation>请检查地址的拼写；有些服务器也会拒绝不属于该账户的发件人地址。</translation>
    </message>
    <message>
        <source>The server refused the transaction: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器拒绝了此次事务：“%1”。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words: this is often a policy or spam-filter refusal that only the server&apos;s administrator can lift.</source>
        <translation>请阅读服务器原文：这通常是策略或垃圾邮件过滤造成的拒绝，只有服务器管理员才能解除。</translation>
    </message>
    <message>
        <source>The server does not recognise or implement a parameter given with MAIL FROM or RCPT TO.</source>
        <translation>服务器无法识别或未实现随 MAIL FROM 或 RCPT TO 给出的参数。</translation>
    </message>
    <message>
        <source>Send without the extra options (such as SMTPUTF8, DSN or SIZE).</source>
        <translation>请不带额外选项（例如 SMTPUTF8、DSN 或 SIZE）发送。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <translation>收件人的域名不接收邮件。</translation>
    </message>
    <message>
        <source>Check the domain of the address for a typo.</source>
        <translation>请检查地址中的域名是否有拼写错误。</translation>
    </message>
    <message>
        <source>The server gave no further detail about the status: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器没有提供关于该状态的更多细节：“%1”。</translation>
    </message>
    <message>
        <source>The server&apos;s own words are the only clue; read them for the reason.</source>
        <translation>服务器原文是唯一的线索；请从中查找原因。</translation>
    </message>
    <message>
        <source>Something about an address (sender or recipient) caused this: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>某个地址（发件人或收件人）导致了此问题：“%1”。</translation>
    </message>
    <message>
        <source>Check the sender and recipient addresses.</source>
        <translation>请检查发件人和收件人地址。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist on the destination system: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>收件人的邮箱在目标系统上不存在：“%1”。</translation>
    </message>
    <message>
        <source>Check the part of the address before the @ for a typo.</source>
        <translation>请检查地址中 @ 之前的部分是否有拼写错误。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or does not accept mail.</source>
        <translation>收件人的域名不存在或不接收邮件。</translation>
    </message>
    <message>
        <source>Check the part of the address after the @ for a typo.</source>
        <translation>请检查地址中 @ 之后的部分是否有拼写错误。</translation>
    </message>
    <message>
        <source>The recipient address is not a valid address.</source>
        <translation>收件人地址不是有效的地址。</translation>
    </message>
    <message>
        <source>Fix the address: it must look like name@example.org.</source>
        <translation>请更正地址：其形式必须类似 name@example.org。</translation>
    </message>
    <message>
        <source>The recipient address matches more than one mailbox on the destination system.</source>
        <translation>收件人地址与目标系统上的多个邮箱匹配。</translation>
    </message>
    <message>
        <source>Use the full, exact address of the recipient.</source>
        <translation>请使用收件人完整、准确的地址。</translation>
    </message>
    <message>
        <source>The recipient address is valid.</source>
        <translation>收件人地址有效。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved and there is no forwarding address.</source>
        <translation>收件人的邮箱已迁移，且没有转发地址。</translation>
    </message>
    <message>
        <source>Ask the recipient for a current address.</source>
        <translation>请向收件人索取当前地址。</translation>
    </message>
    <message>
        <source>The sender address is not a valid address.</source>
        <translation>发件人地址不是有效的地址。</translation>
    </message>
    <message>
        <source>Fix the From address of the account.</source>
        <translation>请更正账户的发件人地址。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not valid or cannot receive replies.</source>
        <translation>发件人的域名无效或无法接收回复。</translation>
    </message>
    <message>
        <source>Use a From address in a domain that exists and receives mail.</source>
        <translation>请使用一个存在且能接收邮件的域名下的发件人地址。</translation>
    </message>
    <message>
        <source>The message was passed on to a mail system that cannot report whether it was delivered.</source>
        <translation>邮件已转交给一个无法报告是否投递成功的邮件系统。</translation>
    </message>
    <message>
        <source>Nothing needs to change; there will be no further delivery report.</source>
        <translation>无需任何更改；之后不会再有投递报告。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record, saying it accepts no mail.</source>
        <translation>收件人的域名发布了空 MX 记录，表明其不接收任何邮件。</translation>
    </message>
    <message>
        <source>Check the domain of the address; this domain receives no mail at all.</source>
        <translation>请检查地址中的域名；此域名根本不接收邮件。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but something about it stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>收件人的邮箱存在，但其某些状况阻止了投递：“%1”。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try again later or reach the recipient another way.</source>
        <translation>请阅读服务器原文；稍后重试，或通过其他方式联系收件人。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but is disabled and not taking messages.</source>
        <translation>收件人的邮箱存在，但已被停用，不接收邮件。</translation>
    </message>
    <message>
        <source>Reach the recipient another way.</source>
        <translation>请通过其他方式联系收件人。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>收件人的邮箱已满。</translation>
    </message>
    <message>
        <source>Try again later, or tell the recipient another way.</source>
        <translation>请稍后重试，或通过其他方式告知收件人。</translation>
    </message>
    <message>
        <source>The message is larger than the recipient&apos;s mailbox accepts.</source>
        <translation>邮件大小超过了收件人邮箱可接受的上限。</translation>
    </message>
    <message>
        <source>The recipient is a mailing list that could not be expanded.</source>
        <translation>收件人是一个无法展开的邮件列表。</translation>
    </message>
    <message>
        <source>Tell the list&apos;s owner; the list itself is broken.</source>
        <translation>请告知该列表的管理者；列表本身出了问题。</translation>
    </message>
    <message>
        <source>The destination mail system had a problem of its own: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>目标邮件系统自身出现问题：“%1”。</translation>
    </message>
    <message>
        <source>The destination mail system is out of storage.</source>
        <translation>目标邮件系统的存储空间已满。</translation>
    </message>
    <message>
        <source>The destination system is not accepting messages right now (maintenance or overload).</source>
        <translation>目标系统目前不接收邮件（维护中或负载过高）。</translation>
    </message>
    <message>
        <source>The destination system cannot handle a feature the message needs (for example 8-bit or UTF-8 content).</source>
        <translation>目标系统无法处理邮件所需的某项功能（例如 8 位或 UTF-8 内容）。</translation>
    </message>
    <message>
        <source>Send the message without the feature, for example with plain ASCII addresses.</source>
        <translation>请不使用该功能发送邮件，例如使用纯 ASCII 地址。</translation>
    </message>
    <message>
        <source>The message is larger than the destination system accepts.</source>
        <translation>邮件大小超过了目标系统可接受的上限。</translation>
    </message>
    <message>
        <source>The destination system is configured wrongly and cannot accept the message.</source>
        <translation>目标系统配置错误，无法接收该邮件。</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; nothing on your side will fix it.</source>
        <translation>请告知服务器管理员；您这边无法解决此问题。</translation>
    </message>
    <message>
        <source>The message was accepted but its requested priority was changed.</source>
        <translation>邮件已被接受，但其请求的优先级被更改。</translation>
    </message>
    <message>
        <source>A network or routing problem stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>网络或路由问题导致投递中止：“%1”。</translation>
    </message>
    <message>
        <source>The next mail server did not answer.</source>
        <translation>下一台邮件服务器没有响应。</translation>
    </message>
    <message>
        <source>Try again later; the recipient&apos;s server may be down.</source>
        <translation>请稍后重试；收件人的服务器可能已宕机。</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke during the transfer.</source>
        <translation>与下一台邮件服务器的连接在传输过程中中断。</translation>
    </message>
    <message>
        <source>A directory server (usually DNS) failed while routing the message.</source>
        <translation>路由邮件时目录服务器（通常是 DNS）出错。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the recipient domain&apos;s DNS may be broken.</source>
        <translation>请稍后重试；如果问题持续，收件人域名的 DNS 可能有故障。</translation>
    </message>
    <message>
        <source>The mail system could not find a route to the recipient&apos;s domain.</source>
        <translation>邮件系统找不到通往收件人域名的路由。</translation>
    </message>
    <message>
        <source>Check the domain of the address; it may have no mail server.</source>
        <translation>请检查地址中的域名；该域名可能没有邮件服务器。</translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation>邮件系统拥堵。</translation>
    </message>
    <message>
        <source>The message went round in a loop between mail servers (often a forwarding rule).</source>
        <translation>邮件在邮件服务器之间形成了循环（通常由转发规则引起）。</translation>
    </message>
    <message>
        <source>Check forwarding rules on your account and ask the recipient to check theirs.</source>
        <translation>请检查您账户上的转发规则，并请收件人检查其转发规则。</translation>
    </message>
    <message>
        <source>The message was too old to keep trying to deliver it.</source>
        <translation>邮件已过期，不再继续尝试投递。</translation>
    </message>
    <message>
        <source>Send it again; if it fails again, the recipient&apos;s server may be unreachable.</source>
        <translation>请重新发送；如果再次失败，收件人的服务器可能无法访问。</translation>
    </message>
    <message>
        <source>The server reported a protocol problem: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器报告了协议问题：“%1”。</translation>
    </message>
    <message>
        <source>Check that the port and security mode are right for this server.</source>
        <translation>请检查端口和安全模式是否适用于此服务器。</translation>
    </message>
    <message>
        <source>The server did not accept the command at this point or does not support it.</source>
        <translation>服务器在此时不接受该命令，或不支持该命令。</translation>
    </message>
    <message>
        <source>Log in first if the server requires it; otherwise tell the Sendscope developers.</source>
        <translation>如果服务器要求登录，请先登录；否则请告知 Sendscope 开发者。</translation>
    </message>
    <message>
        <source>The server could not parse the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器无法解析该命令：“%1”。</translation>
    </message>
    <message>
        <source>Check the addresses and the EHLO host name for unusual characters.</source>
        <translation>请检查各地址和 EHLO 主机名中是否有异常字符。</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>邮件的收件人数量超过了服务器一次可接受的上限。</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message.</source>
        <translation>请减少每封邮件的收件人数量。</translation>
    </message>
    <message>
        <source>The server refused an argument of the command as invalid or unsupported.</source>
        <translation>服务器认为命令的某个参数无效或不受支持而拒绝。</translation>
    </message>
    <message>
        <source>Send without the extra options, and check the addresses.</source>
        <translation>请不带额外选项发送，并检查各地址。</translation>
    </message>
    <message>
        <source>The server and Sendscope disagree about the protocol version.</source>
        <translation>服务器与 Sendscope 对协议版本的理解不一致。</translation>
    </message>
    <message>
        <source>A line of the login exchange was longer than the server accepts.</source>
        <translation>登录交互中的某一行超过了服务器可接受的长度。</translation>
    </message>
    <message>
        <source>Use a shorter token or another login method.</source>
        <translation>请使用较短的令牌或其他登录方式。</translation>
    </message>
    <message>
        <source>Something in the message content stopped delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>邮件内容中的某些部分阻止了投递：“%1”。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; try without unusual attachments or encodings.</source>
        <translation>请阅读服务器原文；尝试不带特殊附件或编码发送。</translation>
    </message>
    <message>
        <source>The message contains a kind of content the destination does not support.</source>
        <translation>邮件包含目标系统不支持的内容类型。</translation>
    </message>
    <message>
        <source>Send the content in a more common format.</source>
        <translation>请以更常见的格式发送该内容。</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and conversion was forbidden.</source>
        <translation>邮件需要经过转换才能投递，但转换被禁止。</translation>
    </message>
    <message>
        <source>Send the message in a form the destination accepts without conversion.</source>
        <translation>请以目标系统无需转换即可接受的形式发送邮件。</translation>
    </message>
    <message>
        <source>The message would need converting to be delivered, and the mail system cannot convert it.</source>
        <translation>邮件需要经过转换才能投递，但邮件系统无法转换。</translation>
    </message>
    <message>
        <source>Send the message in a more common format.</source>
        <translation>请以更常见的格式发送邮件。</translation>
    </message>
    <message>
        <source>The message was delivered, but a conversion lost some of its content.</source>
        <translation>邮件已投递，但转换过程中丢失了部分内容。</translation>
    </message>
    <message>
        <source>Check with the recipient that the message arrived intact.</source>
        <translation>请向收件人确认邮件是否完整送达。</translation>
    </message>
    <message>
        <source>A conversion of the message content failed.</source>
        <translation>邮件内容的转换失败。</translation>
    </message>
    <message>
        <source>The server could not fetch the message content from the place it was referred to.</source>
        <translation>服务器无法从引用的位置获取邮件内容。</translation>
    </message>
    <message>
        <source>Send the message with its content included.</source>
        <translation>请发送包含完整内容的邮件。</translation>
    </message>
    <message>
        <source>A sender or recipient address with non-ASCII characters is not allowed here.</source>
        <translation>此处不允许使用包含非 ASCII 字符的发件人或收件人地址。</translation>
    </message>
    <message>
        <source>Use an ASCII-only address for this recipient or server.</source>
        <translation>请为此收件人或服务器使用纯 ASCII 地址。</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it.</source>
        <translation>服务器需要以 UTF-8 回复，但客户端未允许。</translation>
    </message>
    <message>
        <source>Send with SMTPUTF8 enabled, or use ASCII-only addresses.</source>
        <translation>请启用 SMTPUTF8 发送，或使用纯 ASCII 地址。</translation>
    </message>
    <message>
        <source>The message has UTF-8 header fields that cannot be passed on to one or more recipients.</source>
        <translation>邮件包含无法传递给一个或多个收件人的 UTF-8 邮件头字段。</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses and header fields for these recipients.</source>
        <translation>请为这些收件人使用纯 ASCII 的地址和邮件头字段。</translation>
    </message>
    <message>
        <source>The server needs to reply in UTF-8 but the client did not allow it (a duplicate registration of X.6.8).</source>
        <translation>服务器需要以 UTF-8 回复，但客户端未允许（X.6.8 的重复注册）。</translation>
    </message>
    <message>
        <source>A security or policy rule stopped the command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>安全或策略规则阻止了该命令：“%1”。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words; often the server needs a login or STARTTLS first.</source>
        <translation>请阅读服务器原文；通常服务器需要先登录或先使用 STARTTLS。</translation>
    </message>
    <message>
        <source>The server&apos;s policy does not allow this delivery: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器策略不允许此次投递：“%1”。</translation>
    </message>
    <message>
        <source>Log in if you have not; otherwise the recipient&apos;s administrator must allow your messages.</source>
        <translation>如果尚未登录，请先登录；否则需要收件人的管理员允许您的邮件。</translation>
    </message>
    <message>
        <source>You are not allowed to send to this mailing list.</source>
        <translation>您无权向此邮件列表发送邮件。</translation>
    </message>
    <message>
        <source>Ask the list&apos;s owner for permission to post.</source>
        <translation>请向该列表的管理者申请发帖权限。</translation>
    </message>
    <message>
        <source>The message would need a security conversion that is not possible.</source>
        <translation>邮件需要进行无法实现的安全转换。</translation>
    </message>
    <message>
        <source>Send the message without signing or encryption, or check with the recipient.</source>
        <translation>请不签名、不加密地发送邮件，或与收件人确认。</translation>
    </message>
    <message>
        <source>The message asks for security features the mail system does not support.</source>
        <translation>邮件要求使用邮件系统不支持的安全功能。</translation>
    </message>
    <message>
        <source>Send the message without those security options.</source>
        <translation>请不使用这些安全选项发送邮件。</translation>
    </message>
    <message>
        <source>A cryptographic step (checking a signature or decrypting) failed.</source>
        <translation>某个加密步骤（验证签名或解密）失败。</translation>
    </message>
    <message>
        <source>Check the signing or encryption keys in use.</source>
        <translation>请检查所使用的签名或加密密钥。</translation>
    </message>
    <message>
        <source>The message uses a cryptographic algorithm the system does not support.</source>
        <translation>邮件使用了系统不支持的加密算法。</translation>
    </message>
    <message>
        <source>Sign or encrypt with a more common algorithm.</source>
        <translation>请使用更常见的算法进行签名或加密。</translation>
    </message>
    <message>
        <source>The message failed an integrity check: it was changed or corrupted on the way.</source>
        <translation>邮件未通过完整性检查：它在传输途中被修改或损坏。</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>请重新发送。</translation>
    </message>
    <message>
        <source>The server did not accept the login: the credentials are invalid.</source>
        <translation>服务器不接受此次登录：凭据无效。</translation>
    </message>
    <message>
        <source>Check the user name and password; many providers need an app password or OAuth.</source>
        <translation>请检查用户名和密码；许多服务商要求使用应用专用密码或 OAuth。</translation>
    </message>
    <message>
        <source>The server considers the login method too weak.</source>
        <translation>服务器认为该登录方式安全性太弱。</translation>
    </message>
    <message>
        <source>The server needs an encrypted connection before this.</source>
        <translation>服务器要求先建立加密连接。</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or TLS (port 465).</source>
        <translation>请使用 STARTTLS（端口 587）或 TLS（端口 465）。</translation>
    </message>
    <message>
        <source>The server allows this login method only over an encrypted connection.</source>
        <translation>服务器只允许在加密连接上使用此登录方式。</translation>
    </message>
    <message>
        <source>The account must change its password or login method before it can log in this way.</source>
        <translation>该账户必须先更改密码或登录方式，才能以这种方式登录。</translation>
    </message>
    <message>
        <source>The login worked but the account is disabled.</source>
        <translation>登录成功，但该账户已被停用。</translation>
    </message>
    <message>
        <source>Contact the provider or administrator to enable the account.</source>
        <translation>请联系服务商或管理员启用该账户。</translation>
    </message>
    <message>
        <source>The server requires a trust relationship (such as a verified sign-in) it does not have yet.</source>
        <translation>服务器要求建立一种它尚未具备的信任关系（例如经过验证的登录）。</translation>
    </message>
    <message>
        <source>Sign in once with the provider&apos;s web mail, confirm any security prompt, then try again.</source>
        <translation>请先通过服务商的网页邮箱登录一次，确认所有安全提示，然后重试。</translation>
    </message>
    <message>
        <source>The requested priority is lower than the server accepts.</source>
        <translation>请求的优先级低于服务器可接受的级别。</translation>
    </message>
    <message>
        <source>Send with a higher priority or none.</source>
        <translation>请使用更高的优先级或不设优先级发送。</translation>
    </message>
    <message>
        <source>The message is too large for the requested priority.</source>
        <translation>对于所请求的优先级，邮件过大。</translation>
    </message>
    <message>
        <source>Send with a lower priority or a smaller message.</source>
        <translation>请使用较低的优先级发送，或发送更小的邮件。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has changed owner since the time the message asked about.</source>
        <translation>自邮件所询问的时间以来，收件人的邮箱已更换了所有者。</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address.</source>
        <translation>请确认收件人的当前地址。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has changed owner since the time the message asked about.</source>
        <translation>自邮件所询问的时间以来，收件人的域名已更换了所有者。</translation>
    </message>
    <message>
        <source>The server cannot check how long the recipient address has been valid.</source>
        <translation>服务器无法检查收件人地址的有效起始时间。</translation>
    </message>
    <message>
        <source>Send without the recipient-valid-since check.</source>
        <translation>请不带“收件人地址有效起始时间”检查发送。</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature that passed verification.</source>
        <translation>邮件没有通过验证的 DKIM 签名。</translation>
    </message>
    <message>
        <source>Have the domain owner set up DKIM signing for your From domain.</source>
        <translation>请让域名所有者为您的发件人域名设置 DKIM 签名。</translation>
    </message>
    <message>
        <source>The message&apos;s DKIM signatures passed but none is acceptable to the receiver&apos;s policy.</source>
        <translation>邮件的 DKIM 签名验证通过，但没有一个符合接收方的策略。</translation>
    </message>
    <message>
        <source>Have the domain owner sign with a key and domain the receiver accepts.</source>
        <translation>请让域名所有者使用接收方认可的密钥和域名进行签名。</translation>
    </message>
    <message>
        <source>No valid DKIM signature matches the domain of the From address.</source>
        <translation>没有与发件人地址域名相匹配的有效 DKIM 签名。</translation>
    </message>
    <message>
        <source>Have the domain owner sign messages with the From address&apos;s own domain.</source>
        <translation>请让域名所有者使用发件人地址自身的域名为邮件签名。</translation>
    </message>
    <message>
        <source>The message failed the receiver&apos;s SPF check: this server is not listed as allowed to send for your domain.</source>
        <translation>邮件未通过接收方的 SPF 检查：此服务器未被列为允许代表您的域名发送邮件的服务器。</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, or have its SPF record list this server.</source>
        <translation>请通过您域名自己的服务器发送，或让其 SPF 记录列出此服务器。</translation>
    </message>
    <message>
        <source>Checking SPF for your domain produced an error.</source>
        <translation>检查您域名的 SPF 时出错。</translation>
    </message>
    <message>
        <source>Have the domain owner fix the domain&apos;s SPF record.</source>
        <translation>请让域名所有者修复该域名的 SPF 记录。</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address failed the reverse DNS check.</source>
        <translation>发送服务器的 IP 地址未通过反向 DNS 检查。</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission server rather than directly from this machine.</source>
        <translation>请通过服务商的邮件提交服务器发送，而不是直接从本机发送。</translation>
    </message>
    <message>
        <source>The message failed more than one sender authentication check (SPF, DKIM, DMARC).</source>
        <translation>邮件未通过多项发件人身份验证检查（SPF、DKIM、DMARC）。</translation>
    </message>
    <message>
        <source>Send through your domain&apos;s own server, and have the domain owner set up SPF, DKIM and DMARC.</source>
        <translation>请通过您域名自己的服务器发送，并让域名所有者设置 SPF、DKIM 和 DMARC。</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a null MX record, saying it accepts no mail, so replies could not reach it.</source>
        <translation>发件人的域名发布了空 MX 记录，表明其不接收任何邮件，因此回复无法送达。</translation>
    </message>
    <message>
        <source>Use a From address in a domain that receives mail.</source>
        <translation>请使用一个能接收邮件的域名下的发件人地址。</translation>
    </message>
    <message>
        <source>The receiver detected a flood of similar messages and refused this one.</source>
        <translation>接收方检测到大量相似邮件，因此拒绝了这一封。</translation>
    </message>
    <message>
        <source>Send fewer messages, more slowly.</source>
        <translation>请减少发送数量，并放慢发送速度。</translation>
    </message>
    <message>
        <source>The message failed ARC validation (the record of earlier authentication checks).</source>
        <translation>邮件未通过 ARC 验证（即先前身份验证检查的记录）。</translation>
    </message>
    <message>
        <source>Tell the administrator of the forwarding system.</source>
        <translation>请告知转发系统的管理员。</translation>
    </message>
    <message>
        <source>The message requires REQUIRETLS and a system on the way does not support it.</source>
        <translation>邮件要求 REQUIRETLS，但途中的某个系统不支持。</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS, or to a destination that supports it.</source>
        <translation>请不使用 REQUIRETLS 发送，或发送到支持它的目标。</translation>
    </message>
    <message>
        <source>A security step failed for now, often a temporary login failure or TLS not being available: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>某个安全步骤暂时失败，通常是临时性的登录失败或 TLS 不可用：“%1”。</translation>
    </message>
    <message>
        <source>A security rule refused the command, often because a login or STARTTLS is required first: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>某条安全规则拒绝了该命令，通常是因为需要先登录或先使用 STARTTLS：“%1”。</translation>
    </message>
    <message>
        <source>Use STARTTLS and log in with your account before sending.</source>
        <translation>请在发送前使用 STARTTLS 并用您的账户登录。</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on this port, or a firewall rejected it.</source>
        <translation>服务器拒绝了连接：此端口上没有服务在监听，或被防火墙拒绝。</translation>
    </message>
    <message>
        <source>Check the host name and port (587 for starttls, 465 for tls).</source>
        <translation>请检查主机名和端口（starttls 使用 587，tls 使用 465）。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>Try again; if it closes at once each time, check the port and security mode.</source>
        <translation>请重试；如果每次都立即关闭，请检查端口和安全模式。</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found in DNS.</source>
        <translation>在 DNS 中找不到服务器的主机名。</translation>
    </message>
    <message>
        <source>Check the spelling of the host name and your network connection.</source>
        <translation>请检查主机名的拼写以及您的网络连接。</translation>
    </message>
    <message>
        <source>The operating system did not allow the network connection.</source>
        <translation>操作系统不允许建立该网络连接。</translation>
    </message>
    <message>
        <source>Check firewall or sandbox settings that may block Sendscope from the network.</source>
        <translation>请检查可能阻止 Sendscope 访问网络的防火墙或沙盒设置。</translation>
    </message>
    <message>
        <source>The operating system ran out of resources for another network connection.</source>
        <translation>操作系统已没有足够资源建立新的网络连接。</translation>
    </message>
    <message>
        <source>Close other programs or connections and try again.</source>
        <translation>请关闭其他程序或连接，然后重试。</translation>
    </message>
    <message>
        <source>The connection attempt or the network operation took too long.</source>
        <translation>连接尝试或网络操作耗时过长。</translation>
    </message>
    <message>
        <source>Check the host and port; a firewall may be silently dropping the connection.</source>
        <translation>请检查主机和端口；防火墙可能在静默丢弃连接。</translation>
    </message>
    <message>
        <source>A datagram was larger than the operating system allows.</source>
        <translation>数据报超过了操作系统允许的大小。</translation>
    </message>
    <message>
        <source>This does not happen with SMTP over TCP; tell the Sendscope developers.</source>
        <translation>基于 TCP 的 SMTP 不会出现这种情况；请告知 Sendscope 开发者。</translation>
    </message>
    <message>
        <source>The network failed (for example the cable was unplugged or Wi-Fi dropped).</source>
        <translation>网络故障（例如网线被拔出或 Wi-Fi 断开）。</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>请检查您的网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use is already in use.</source>
        <translation>Sendscope 尝试使用的本地地址已被占用。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>The local address Sendscope tried to use does not belong to this computer.</source>
        <translation>Sendscope 尝试使用的本地地址不属于这台计算机。</translation>
    </message>
    <message>
        <source>Check the network settings of this computer.</source>
        <translation>请检查这台计算机的网络设置。</translation>
    </message>
    <message>
        <source>This computer does not support the requested network operation (for example IPv6).</source>
        <translation>这台计算机不支持所请求的网络操作（例如 IPv6）。</translation>
    </message>
    <message>
        <source>Try the server&apos;s IPv4 address or host name.</source>
        <translation>请尝试使用服务器的 IPv4 地址或主机名。</translation>
    </message>
    <message>
        <source>A network operation was still in progress.</source>
        <translation>有一个网络操作仍在进行中。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>The proxy server requires a login.</source>
        <translation>代理服务器要求登录。</translation>
    </message>
    <message>
        <source>Check the proxy settings and credentials.</source>
        <translation>请检查代理设置和凭据。</translation>
    </message>
    <message>
        <source>The TLS handshake with the server failed.</source>
        <translation>与服务器的 TLS 握手失败。</translation>
    </message>
    <message>
        <source>Check that the port and security mode match (tls on 465, starttls on 587).</source>
        <translation>请检查端口与安全模式是否匹配（465 使用 tls，587 使用 starttls）。</translation>
    </message>
    <message>
        <source>The proxy server refused the connection.</source>
        <translation>代理服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation>请检查代理设置。</translation>
    </message>
    <message>
        <source>The proxy server closed the connection unexpectedly.</source>
        <translation>代理服务器意外关闭了连接。</translation>
    </message>
    <message>
        <source>Check the proxy settings and try again.</source>
        <translation>请检查代理设置，然后重试。</translation>
    </message>
    <message>
        <source>The proxy server did not answer in time.</source>
        <translation>代理服务器未及时响应。</translation>
    </message>
    <message>
        <source>The proxy server could not be found.</source>
        <translation>找不到代理服务器。</translation>
    </message>
    <message>
        <source>Check the proxy host name in the settings.</source>
        <translation>请检查设置中的代理主机名。</translation>
    </message>
    <message>
        <source>The proxy server&apos;s answer could not be understood.</source>
        <translation>无法理解代理服务器的响应。</translation>
    </message>
    <message>
        <source>Check that the proxy type in the settings is right.</source>
        <translation>请检查设置中的代理类型是否正确。</translation>
    </message>
    <message>
        <source>A network operation was attempted in a state that does not allow it.</source>
        <translation>在不允许的状态下尝试了网络操作。</translation>
    </message>
    <message>
        <source>Try again; if it persists, tell the Sendscope developers.</source>
        <translation>请重试；如果问题持续，请告知 Sendscope 开发者。</translation>
    </message>
    <message>
        <source>The TLS library had an internal error.</source>
        <translation>TLS 库发生内部错误。</translation>
    </message>
    <message>
        <source>Check that OpenSSL is installed correctly.</source>
        <translation>请检查 OpenSSL 是否已正确安装。</translation>
    </message>
    <message>
        <source>The TLS library was given invalid data (a certificate or key).</source>
        <translation>TLS 库收到了无效数据（证书或密钥）。</translation>
    </message>
    <message>
        <source>Check the CA file or client certificate given to Sendscope.</source>
        <translation>请检查提供给 Sendscope 的 CA 文件或客户端证书。</translation>
    </message>
    <message>
        <source>A temporary network error occurred.</source>
        <translation>发生了临时网络错误。</translation>
    </message>
    <message>
        <source>An unidentified network error occurred.</source>
        <translation>发生了未知的网络错误。</translation>
    </message>
    <message>
        <source>The certificate check found no problem.</source>
        <translation>证书检查未发现问题。</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued the server&apos;s certificate could not be found.</source>
        <translation>找不到为服务器证书签发的机构的证书。</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain, or give the CA with --ca-file.</source>
        <translation>请让服务器管理员发送完整的证书链，或用 --ca-file 提供 CA。</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate could not be decrypted.</source>
        <translation>无法解密服务器证书上的签名。</translation>
    </message>
    <message>
        <source>The certificate is damaged; tell the server&apos;s administrator.</source>
        <translation>证书已损坏；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The public key of the issuing authority could not be read.</source>
        <translation>无法读取签发机构的公钥。</translation>
    </message>
    <message>
        <source>The certificate chain is damaged; tell the server&apos;s administrator.</source>
        <translation>证书链已损坏；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The signature on the server&apos;s certificate is invalid.</source>
        <translation>服务器证书上的签名无效。</translation>
    </message>
    <message>
        <source>Do not trust this connection: the certificate may be forged or damaged.</source>
        <translation>请勿信任此连接：证书可能是伪造的或已损坏。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>服务器的证书尚未生效。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time.</source>
        <translation>请检查这台计算机的日期和时间。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>服务器的证书已过期。</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; also check this computer&apos;s date.</source>
        <translation>请告知服务器管理员；同时检查这台计算机的日期。</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is malformed.</source>
        <translation>证书的生效日期格式错误。</translation>
    </message>
    <message>
        <source>The certificate is broken; tell the server&apos;s administrator.</source>
        <translation>证书已损坏；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The certificate&apos;s expiry date is malformed.</source>
        <translation>证书的到期日期格式错误。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so no trusted authority vouches for it.</source>
        <translation>服务器的证书是自签名的，因此没有受信任的机构为其担保。</translation>
    </message>
    <message>
        <source>Trust it only if you know the server: compare the fingerprint and pin it with --pin-sha256.</source>
        <translation>只有在您了解此服务器时才信任它：比对指纹，并用 --pin-sha256 固定该证书。</translation>
    </message>
    <message>
        <source>The certificate chain ends in a self-signed authority this computer does not trust.</source>
        <translation>证书链的末端是一个这台计算机不信任的自签名机构。</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>如果您信任该机构，请用 --ca-file 提供其证书。</translation>
    </message>
    <message>
        <source>The authority that issued the server&apos;s certificate is not trusted on this computer.</source>
        <translation>签发服务器证书的机构在这台计算机上不受信任。</translation>
    </message>
    <message>
        <source>Give that authority&apos;s certificate with --ca-file if you trust it, or ask the administrator to send the full chain.</source>
        <translation>如果您信任该机构，请用 --ca-file 提供其证书，或让管理员发送完整的证书链。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified against any trusted authority.</source>
        <translation>无法根据任何受信任的机构验证服务器的证书。</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to send the full certificate chain.</source>
        <translation>请让服务器管理员发送完整的证书链。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>服务器的证书已被其签发者吊销。</translation>
    </message>
    <message>
        <source>Do not trust this connection; tell the server&apos;s administrator.</source>
        <translation>请勿信任此连接；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to act as an authority.</source>
        <translation>证书链中的某个证书无权充当签发机构。</translation>
    </message>
    <message>
        <source>The chain is misconfigured; tell the server&apos;s administrator.</source>
        <translation>证书链配置错误；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The certificate chain is longer than an authority in it allows.</source>
        <translation>证书链的长度超过了其中某个机构所允许的长度。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not meant for a TLS server.</source>
        <translation>服务器的证书并非用于 TLS 服务器。</translation>
    </message>
    <message>
        <source>The certificate is wrong for this use; tell the server&apos;s administrator.</source>
        <translation>该证书不适用于此用途；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The issuing authority is not trusted for this purpose on this computer.</source>
        <translation>在这台计算机上，该签发机构不被信任用于此用途。</translation>
    </message>
    <message>
        <source>Give the authority&apos;s certificate with --ca-file if you trust it.</source>
        <translation>如果您信任该机构，请用 --ca-file 提供其证书。</translation>
    </message>
    <message>
        <source>The issuing authority is marked to reject this kind of use.</source>
        <translation>该签发机构被标记为拒绝此类用途。</translation>
    </message>
    <message>
        <source>Do not trust this connection without checking with the server&apos;s administrator.</source>
        <translation>在与服务器管理员核实之前，请勿信任此连接。</translation>
    </message>
    <message>
        <source>A certificate in the chain does not match the authority that should have issued it.</source>
        <translation>证书链中的某个证书与应当签发它的机构不匹配。</translation>
    </message>
    <message>
        <source>The authority key identifier of a certificate does not match its issuer.</source>
        <translation>某个证书的机构密钥标识符与其签发者不匹配。</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>服务器没有发送证书。</translation>
    </message>
    <message>
        <source>Do not send credentials to this server; check the port and security mode.</source>
        <translation>请勿向此服务器发送凭据；请检查端口和安全模式。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for a different host name than the one you connected to.</source>
        <translation>服务器的证书所属的主机名与您连接的主机名不同。</translation>
    </message>
    <message>
        <source>Use the host name the provider documents (the one in the certificate), not an alias or IP address.</source>
        <translation>请使用服务商文档中给出的主机名（即证书中的主机名），而不是别名或 IP 地址。</translation>
    </message>
    <message>
        <source>TLS is not available in this build of Sendscope.</source>
        <translation>此版本的 Sendscope 不支持 TLS。</translation>
    </message>
    <message>
        <source>Install the OpenSSL libraries and Qt&apos;s TLS plugin.</source>
        <translation>请安装 OpenSSL 库和 Qt 的 TLS 插件。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is on a block list of known-bad certificates.</source>
        <translation>服务器的证书在已知恶意证书的黑名单中。</translation>
    </message>
    <message>
        <source>Do not trust this connection.</source>
        <translation>请勿信任此连接。</translation>
    </message>
    <message>
        <source>The revocation status of the server&apos;s certificate could not be determined.</source>
        <translation>无法确定服务器证书的吊销状态。</translation>
    </message>
    <message>
        <source>Try again later; the issuer&apos;s status service may be unreachable.</source>
        <translation>请稍后重试；签发者的状态服务可能无法访问。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) gave no answer for this certificate.</source>
        <translation>证书状态服务（OCSP）没有对此证书作出回应。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) called the request malformed.</source>
        <translation>证书状态服务（OCSP）认为请求格式错误。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) sent an answer that could not be read.</source>
        <translation>证书状态服务（OCSP）发送的响应无法读取。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) had an internal error.</source>
        <translation>证书状态服务（OCSP）发生内部错误。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) asked to try again later.</source>
        <translation>证书状态服务（OCSP）要求稍后重试。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) requires a signed request.</source>
        <translation>证书状态服务（OCSP）要求使用签名的请求。</translation>
    </message>
    <message>
        <source>Try again later or tell the server&apos;s administrator.</source>
        <translation>请稍后重试，或告知服务器管理员。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) refused to answer for this certificate.</source>
        <translation>证书状态服务（OCSP）拒绝对此证书作出回应。</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator.</source>
        <translation>请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) could not be trusted.</source>
        <translation>证书状态响应（OCSP）不可信。</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) was about a different certificate.</source>
        <translation>证书状态响应（OCSP）针对的是另一张证书。</translation>
    </message>
    <message>
        <source>The certificate status answer (OCSP) has expired.</source>
        <translation>证书状态响应（OCSP）已过期。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time, then try again.</source>
        <translation>请检查这台计算机的日期和时间，然后重试。</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) does not know this certificate.</source>
        <translation>证书状态服务（OCSP）不认识此证书。</translation>
    </message>
    <message>
        <source>The certificate check failed for an unspecified reason.</source>
        <translation>证书检查因未知原因失败。</translation>
    </message>
    <message>
        <source>Check the certificate details shown and decide whether to trust it.</source>
        <translation>请查看显示的证书详细信息，再决定是否信任它。</translation>
    </message>
    <message>
        <source>Sendscope found a problem in the options or the message before connecting.</source>
        <translation>Sendscope 在连接之前发现选项或邮件中存在问题。</translation>
    </message>
    <message>
        <source>Fix the field named in the message above.</source>
        <translation>请修正上面消息中指出的字段。</translation>
    </message>
    <message>
        <source>Sendscope could not open a connection to %2 on port %3.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>Sendscope 无法在端口 %3 上打开到 %2 的连接。</translation>
    </message>
    <message>
        <source>Check the host name, the port and your network connection.</source>
        <translation>请检查主机名、端口以及您的网络连接。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the exchange finished.</source>
        <translation>与服务器的连接在交互完成之前断开。</translation>
    </message>
    <message>
        <source>Try again; if it always breaks at the same step, check the port and security mode.</source>
        <translation>请重试；如果总在同一步骤中断，请检查端口和安全模式。</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid SMTP reply.</source>
        <translation>服务器发送的内容不是有效的 SMTP 回复。</translation>
    </message>
    <message>
        <source>Check that the port belongs to an SMTP server and that the security mode matches it.</source>
        <translation>请检查该端口是否属于 SMTP 服务器，以及安全模式是否与之匹配。</translation>
    </message>
    <message>
        <source>Encryption could not be set up, so Sendscope stopped before sending anything sensitive.</source>
        <translation>无法建立加密，因此 Sendscope 在发送任何敏感内容之前就已停止。</translation>
    </message>
    <message>
        <source>Check the security mode; if the server offers no STARTTLS, ask its administrator to enable it.</source>
        <translation>请检查安全模式；如果服务器不提供 STARTTLS，请让其管理员启用。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so Sendscope stopped before logging in.</source>
        <translation>服务器的证书不受信任，因此 Sendscope 在登录之前就已停止。</translation>
    </message>
    <message>
        <source>Check the certificate details; trust it only with --ca-file or --pin-sha256 if you know the server.</source>
        <translation>请检查证书详细信息；只有在您了解此服务器时，才通过 --ca-file 或 --pin-sha256 信任它。</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>服务器拒绝了登录。</translation>
    </message>
    <message>
        <source>No login method could be used safely: the server offers none Sendscope supports, or the password would travel unencrypted.</source>
        <translation>没有可以安全使用的登录方式：服务器提供的方式 Sendscope 均不支持，或者密码将以未加密方式传输。</translation>
    </message>
    <message>
        <source>Use starttls on port 587 or tls on port 465; choose another --auth method only if the server lists it.</source>
        <translation>请在端口 587 上使用 starttls，或在端口 465 上使用 tls；只有在服务器列出其他 --auth 方式时才选择它。</translation>
    </message>
    <message>
        <source>The server refused the sender, a recipient or the message.</source>
        <translation>服务器拒绝了发件人、某个收件人或该邮件。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words above for the reason.</source>
        <translation>请阅读上面的服务器原文了解原因。</translation>
    </message>
    <message>
        <source>The message is larger than the server&apos;s announced size limit.</source>
        <translation>邮件大小超过了服务器公布的上限。</translation>
    </message>
    <message>
        <source>The message needs an extension the server does not offer (such as SMTPUTF8 for non-ASCII addresses).</source>
        <translation>邮件需要服务器未提供的扩展（例如非 ASCII 地址所需的 SMTPUTF8）。</translation>
    </message>
    <message>
        <source>Use ASCII-only addresses, or a server that offers the extension.</source>
        <translation>请使用纯 ASCII 地址，或改用提供该扩展的服务器。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <source>Try again; a longer --timeout may help on a slow server.</source>
        <translation>请重试；对于较慢的服务器，设置更长的 --timeout 可能会有帮助。</translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation>发送已取消。</translation>
    </message>
    <message>
        <source>Nothing needs to change; send again when ready.</source>
        <translation>无需任何更改；准备好后再次发送即可。</translation>
    </message>
    <message>
        <source>No connection to %2 on port %3 could be made in time.</source>
        <extracomment>%2 = the server&apos;s host name; %3 = the port</extracomment>
        <translation>未能及时在端口 %3 上建立到 %2 的连接。</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting in time.</source>
        <translation>服务器接受了连接，但未及时发送问候信息。</translation>
    </message>
    <message>
        <source>Check the port and security mode (tls on 465, starttls on 587).</source>
        <translation>请检查端口和安全模式（465 使用 tls，587 使用 starttls）。</translation>
    </message>
    <message>
        <source>The server stopped taking the message text in time.</source>
        <translation>服务器未能及时接收邮件正文。</translation>
    </message>
    <message>
        <source>Try again; with a slow link, a longer --timeout may help.</source>
        <translation>请重试；如果网络较慢，设置更长的 --timeout 可能会有帮助。</translation>
    </message>
    <message>
        <source>The connection broke while the message was being sent.</source>
        <translation>发送邮件时连接中断。</translation>
    </message>
    <message>
        <source>Try again; if it keeps breaking, the message may be over the server&apos;s size limit.</source>
        <translation>请重试；如果连接持续中断，邮件可能超过了服务器的大小上限。</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending because it sent spam (often a sign it was compromised).</source>
        <translation>Microsoft 365 阻止此账户发送邮件，因为它发送了垃圾邮件（这通常表明账户已被盗用）。</translation>
    </message>
    <message>
        <source>Secure the account and reset its password; an administrator must then release it.</source>
        <translation>请保护好账户并重置其密码；之后需要由管理员解除封锁。</translation>
    </message>
    <message>
        <source>Microsoft 365 could not find the recipient address.</source>
        <translation>Microsoft 365 找不到该收件人地址。</translation>
    </message>
    <message>
        <source>Check the recipient address for a typo.</source>
        <translation>请检查收件人地址是否有拼写错误。</translation>
    </message>
    <message>
        <source>This account reached its daily limit of message recipients.</source>
        <translation>此账户已达到每日收件人数量上限。</translation>
    </message>
    <message>
        <source>Wait until the limit resets (a rolling 24 hours) before sending more.</source>
        <translation>请等到上限重置（滚动 24 小时）后再继续发送。</translation>
    </message>
    <message>
        <source>This account exceeded its sending quota (recipients or messages per time).</source>
        <translation>此账户超出了发送配额（单位时间内的收件人数或邮件数）。</translation>
    </message>
    <message>
        <source>Wait before sending more, and check that the account is not being misused.</source>
        <translation>请稍后再发送，并检查账户是否被滥用。</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 不接受此次登录：“%1”。</translation>
    </message>
    <message>
        <source>Check the password; if it is right, basic authentication may be blocked for this account, so use OAuth (XOAUTH2).</source>
        <translation>请检查密码；如果密码正确，此账户可能已被禁止使用基本身份验证，请改用 OAuth（XOAUTH2）。</translation>
    </message>
    <message>
        <source>The recipient accepts mail only from senders in its own organisation.</source>
        <translation>收件人只接收来自其本组织内发件人的邮件。</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept mail from outside the organisation.</source>
        <translation>请让收件人的管理员允许接收来自组织外部的邮件。</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to send because the client did not log in before MAIL FROM.</source>
        <translation>Microsoft 365 拒绝发送，因为客户端在 MAIL FROM 之前没有登录。</translation>
    </message>
    <message>
        <source>Turn on login (SMTP AUTH) with the mailbox&apos;s full address over STARTTLS on port 587.</source>
        <translation>请启用登录（SMTP AUTH），在端口 587 上通过 STARTTLS 使用邮箱的完整地址登录。</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to relay because an inbound connector does not match this sender (TenantAttribution).</source>
        <translation>Microsoft 365 拒绝中继，因为入站连接器与此发件人不匹配（TenantAttribution）。</translation>
    </message>
    <message>
        <source>The tenant administrator must fix the inbound connector configuration.</source>
        <translation>租户管理员必须修正入站连接器的配置。</translation>
    </message>
    <message>
        <source>You are not in the allowed-senders list of the distribution group you wrote to.</source>
        <translation>您不在所发往的通讯组的允许发件人列表中。</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner to add you to its allowed senders.</source>
        <translation>请让该组的所有者将您加入允许的发件人。</translation>
    </message>
    <message>
        <source>The recipient group rejects messages from outside its organisation.</source>
        <translation>收件组拒绝来自其组织外部的邮件。</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner or administrator to accept external senders.</source>
        <translation>请让该组的所有者或管理员允许外部发件人。</translation>
    </message>
    <message>
        <source>The recipient mailbox rejects messages from outside its organisation.</source>
        <translation>收件邮箱拒绝来自其组织外部的邮件。</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s administrator to accept external senders.</source>
        <translation>请让收件人的管理员允许外部发件人。</translation>
    </message>
    <message>
        <source>The recipient public folder rejects messages from outside its organisation.</source>
        <translation>收件公用文件夹拒绝来自其组织外部的邮件。</translation>
    </message>
    <message>
        <source>The recipient mail user rejects messages from outside its organisation.</source>
        <translation>收件邮件用户拒绝来自其组织外部的邮件。</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is not allowed for this account: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 拒绝了登录，因为此账户不允许使用 SMTP AUTH：“%1”。</translation>
    </message>
    <message>
        <source>A tenant administrator must enable SMTP AUTH for this mailbox (and security defaults must allow it), or log in with OAuth (XOAUTH2).</source>
        <translation>租户管理员必须为此邮箱启用 SMTP AUTH（且安全默认值必须允许），或者改用 OAuth（XOAUTH2）登录。</translation>
    </message>
    <message>
        <source>Microsoft 365 banned this account from sending because spam was detected.</source>
        <translation>由于检测到垃圾邮件，Microsoft 365 已禁止此账户发送邮件。</translation>
    </message>
    <message>
        <source>Secure the account and reset its credentials, then contact Microsoft support through your administrator.</source>
        <translation>请保护好账户并重置其凭据，然后通过您的管理员联系 Microsoft 支持。</translation>
    </message>
    <message>
        <source>The From domain failed DMARC and its DMARC policy says to reject such mail.</source>
        <translation>发件人域名未通过 DMARC，且其 DMARC 策略要求拒收此类邮件。</translation>
    </message>
    <message>
        <source>Send through a server that is allowed by the domain&apos;s SPF and DKIM, or fix the domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>请通过该域名的 SPF 和 DKIM 所允许的服务器发送，或修正该域名的 SPF、DKIM 和 DMARC 记录。</translation>
    </message>
    <message>
        <source>The message has no valid From address.</source>
        <translation>邮件没有有效的发件人（From）地址。</translation>
    </message>
    <message>
        <source>Give the message a From address like Name &lt;name@example.org&gt;.</source>
        <translation>请为邮件设置类似 Name &lt;name@example.org&gt; 的发件人地址。</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked sending for the whole tenant because most of its traffic looked suspicious.</source>
        <translation>Microsoft 365 已阻止整个租户发送邮件，因为其大部分流量看起来可疑。</translation>
    </message>
    <message>
        <source>The tenant administrator must fix any compromise and contact Microsoft support.</source>
        <translation>租户管理员必须处理任何账户被盗用的问题，并联系 Microsoft 支持。</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept traffic from this IP address.</source>
        <translation>Microsoft 365 不接受来自此 IP 地址的流量。</translation>
    </message>
    <message>
        <source>The tenant administrator must contact Microsoft support.</source>
        <translation>租户管理员必须联系 Microsoft 支持。</translation>
    </message>
    <message>
        <source>Gmail wants an app password, not your Google account password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail 需要应用专用密码，而不是您的 Google 账户密码：“%1”。</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification, create an App Password in your Google Account and use it here, or log in with OAuth (XOAUTH2).</source>
        <translation>请开启两步验证，在您的 Google 账户中创建应用专用密码并在此使用，或者改用 OAuth（XOAUTH2）登录。</translation>
    </message>
    <message>
        <source>Gmail did not accept the user name and password: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail 不接受该用户名和密码：“%1”。</translation>
    </message>
    <message>
        <source>Use your full Gmail address and an App Password (needs 2-Step Verification) instead of the account password, or log in with OAuth (XOAUTH2).</source>
        <translation>请使用完整的 Gmail 地址和应用专用密码（需要开启两步验证）代替账户密码，或者改用 OAuth（XOAUTH2）登录。</translation>
    </message>
    <message>
        <source>Gmail wants you to sign in through the web first before it accepts this login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Gmail 要求您先通过网页登录，然后才接受此次登录：“%1”。</translation>
    </message>
    <message>
        <source>Sign in at mail.google.com in a browser, confirm any security prompt, then try again.</source>
        <translation>请在浏览器中登录 mail.google.com，确认所有安全提示，然后重试。</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because SMTP AUTH is turned off for this tenant or mailbox: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 拒绝了登录，因为此租户或邮箱已关闭 SMTP AUTH：“%1”。</translation>
    </message>
    <message>
        <source>A tenant administrator must enable Authenticated SMTP for this mailbox, or log in with OAuth (XOAUTH2).</source>
        <translation>租户管理员必须为此邮箱启用经过身份验证的 SMTP（Authenticated SMTP），或者改用 OAuth（XOAUTH2）登录。</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the login because the organisation&apos;s security defaults block SMTP AUTH: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Microsoft 365 拒绝了登录，因为组织的安全默认值阻止了 SMTP AUTH：“%1”。</translation>
    </message>
    <message>
        <source>Log in with OAuth (XOAUTH2), or ask the tenant administrator to exclude this account from security defaults.</source>
        <translation>请改用 OAuth（XOAUTH2）登录，或让租户管理员将此账户排除在安全默认值之外。</translation>
    </message>
    <message>
        <source>Yahoo did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>Yahoo 不接受此次登录：“%1”。</translation>
    </message>
    <message>
        <source>Create an app password in your Yahoo account&apos;s security settings and use it instead of the account password.</source>
        <translation>请在 Yahoo 账户的安全设置中创建应用专用密码，并用它代替账户密码。</translation>
    </message>
    <message>
        <source>iCloud did not accept the login: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>iCloud 不接受此次登录：“%1”。</translation>
    </message>
    <message>
        <source>Use an app-specific password from your Apple Account and your full iCloud address as the user name.</source>
        <translation>请使用 Apple 账户中的 App 专用密码，并以完整的 iCloud 地址作为用户名。</translation>
    </message>
    <message>
        <source>The server requires STARTTLS before it accepts this command: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器要求先使用 STARTTLS 才能接受此命令：“%1”。</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587 (or tls on port 465).</source>
        <translation>请在端口 587 上使用 starttls 安全模式（或在端口 465 上使用 tls）。</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器拒绝将邮件转发到其他域名：“%1”。</translation>
    </message>
    <message>
        <source>Log in with your account before sending; a server relays only for its own users.</source>
        <translation>请在发送前用您的账户登录；服务器只为自己的用户中继邮件。</translation>
    </message>
    <message>
        <source>The server refused the name Sendscope introduced itself with in EHLO: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>服务器拒绝了 Sendscope 在 EHLO 中自我介绍所用的名称：“%1”。</translation>
    </message>
    <message>
        <source>Set the EHLO name to this computer&apos;s full host name (a name with a dot that resolves in DNS).</source>
        <translation>请将 EHLO 名称设置为这台计算机的完整主机名（含点号、且能在 DNS 中解析的名称）。</translation>
    </message>
    <message>
        <source>The receiver rejected the message because your domain&apos;s SPF, DKIM or DMARC check failed: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>接收方拒绝了该邮件，因为您域名的 SPF、DKIM 或 DMARC 检查未通过：“%1”。</translation>
    </message>
    <message>
        <source>Send through the server your domain&apos;s SPF record lists (usually your provider&apos;s), with a From address of that domain.</source>
        <translation>请通过您域名 SPF 记录中列出的服务器（通常是您服务商的服务器）发送，并使用该域名下的发件人地址。</translation>
    </message>
    <message>
        <source>The account reached the provider&apos;s sending limit: “%1”.</source>
        <extracomment>%1 = the server&apos;s own words</extracomment>
        <translation>该账户已达到服务商的发送上限：“%1”。</translation>
    </message>
    <message>
        <source>Wait until the limit resets (often 24 hours) and send fewer messages at once.</source>
        <translation>请等到上限重置（通常为 24 小时），并减少一次发送的邮件数量。</translation>
    </message>
    <message>
        <source>Nothing answered on port 25 of %2; many networks and providers block outgoing port 25.</source>
        <extracomment>%2 = the server&apos;s host name</extracomment>
        <translation>%2 的端口 25 没有任何响应；许多网络和服务商会封锁出站的端口 25。</translation>
    </message>
    <message>
        <source>Use the submission port 587 with starttls (or 465 with tls) and log in.</source>
        <translation>请使用邮件提交端口 587 并配合 starttls（或端口 465 配合 tls），然后登录。</translation>
    </message>
    <message>
        <source>The server on port %3 said nothing in plain text because it is waiting for a TLS handshake first.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>端口 %3 上的服务器没有发送任何明文内容，因为它正在等待先进行 TLS 握手。</translation>
    </message>
    <message>
        <source>Use security mode tls on port 465, or starttls on port 587.</source>
        <translation>请在端口 465 上使用 tls 安全模式，或在端口 587 上使用 starttls。</translation>
    </message>
    <message>
        <source>The TLS handshake on port %3 failed, most likely because the server speaks plain SMTP there and expects STARTTLS.</source>
        <extracomment>%3 = the port</extracomment>
        <translation>端口 %3 上的 TLS 握手失败，很可能是因为服务器在该端口上使用明文 SMTP，并期望使用 STARTTLS。</translation>
    </message>
    <message>
        <source>Use security mode starttls on port 587, or tls on port 465.</source>
        <translation>请在端口 587 上使用 starttls 安全模式，或在端口 465 上使用 tls。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet according to this computer&apos;s clock.</source>
        <translation>按照这台计算机的时钟，服务器的证书尚未生效。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone: a clock that is off makes valid certificates look wrong.</source>
        <translation>请检查这台计算机的日期、时间和时区：时钟不准会使有效的证书看起来有问题。</translation>
    </message>
    <message>
        <source>The certificate was issued by an antivirus or firewall product that intercepts encrypted connections, not by the mail server.</source>
        <translation>该证书是由拦截加密连接的杀毒软件或防火墙产品签发的，而不是由邮件服务器签发的。</translation>
    </message>
    <message>
        <source>Turn off mail or TLS scanning in that product for SMTP, or add its CA with --ca-file if you trust it.</source>
        <translation>请在该产品中关闭针对 SMTP 的邮件扫描或 TLS 扫描；如果您信任它，也可以用 --ca-file 添加其 CA。</translation>
    </message>
</context>
<context>
    <name>Sendscope::ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>服务器发送的回复行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes.</source>
        <translation>服务器发送的回复超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>服务器在同一个回复中混用了回复代码 %1 和 %2。</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxCertificate</name>
    <message>
        <source>Cannot generate the sandbox&apos;s EC P-256 key.</source>
        <translation>无法生成沙盒的 EC P-256 密钥。</translation>
    </message>
    <message>
        <source>Cannot make the sandbox&apos;s certificate.</source>
        <translation>无法创建沙盒的证书。</translation>
    </message>
    <message>
        <source>Cannot encode the sandbox&apos;s certificate.</source>
        <translation>无法编码沙盒的证书。</translation>
    </message>
    <message>
        <source>The TLS backend cannot read the sandbox&apos;s new certificate or key.</source>
        <translation>TLS 后端无法读取沙盒新生成的证书或密钥。</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxConnection</name>
    <message>
        <source>Cannot take over the connection: %1</source>
        <translation>无法接管连接：%1</translation>
    </message>
    <message>
        <source>Sandbox connection %1 from %2 port %3.</source>
        <translation>沙盒连接 %1，来自 %2 端口 %3。</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time.</source>
        <translation>TLS 握手未能及时完成。</translation>
    </message>
    <message>
        <source>The client left in the middle of DATA; nothing was stored.</source>
        <translation>客户端在 DATA 过程中离开；未保存任何内容。</translation>
    </message>
    <message>
        <source>Connection %1 closed.</source>
        <translation>连接 %1 已关闭。</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2.</source>
        <translation>TLS 已建立：%1，加密套件 %2。</translation>
    </message>
    <message>
        <source>&lt;a line longer than %1 octets, discarded&gt;</source>
        <translation>&lt;超过 %1 个八位字节的一行，已丢弃&gt;</translation>
    </message>
    <message>
        <source>&lt;a line of %1 octets, discarded&gt;</source>
        <translation>&lt;%1 个八位字节的一行，已丢弃&gt;</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>正在开始 TLS 握手。</translation>
    </message>
    <message>
        <source>Cannot store the message: %1</source>
        <translation>无法保存邮件：%1</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;邮件正文：%1 字节&gt;</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxMessageWriter</name>
    <message>
        <source>The message file is not open.</source>
        <translation>邮件文件未打开。</translation>
    </message>
</context>
<context>
    <name>Sendscope::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>沙盒已在运行。</translation>
    </message>
    <message>
        <source>No TLS backend is available (%1), so the sandbox cannot offer STARTTLS.</source>
        <translation>没有可用的 TLS 后端（%1），因此沙盒无法提供 STARTTLS。</translation>
    </message>
    <message>
        <source>Give both a user and a password for the sandbox, or neither.</source>
        <translation>请为沙盒同时提供用户名和密码，或者两者都不提供。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Sandbox listening on %1 port %2, messages in %3.</source>
        <translation>沙盒正在 %1 端口 %2 上监听，邮件保存在 %3。</translation>
    </message>
</context>
<context>
    <name>Sendscope::Sasl</name>
    <message>
        <source>The server asked for more than a user name and password during AUTH LOGIN.</source>
        <translation>服务器在 AUTH LOGIN 过程中要求提供用户名和密码以外的信息。</translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation>服务器发送了意外的 PLAIN 质询。</translation>
    </message>
    <message>
        <source>The server refused the token without a reason.</source>
        <translation>服务器拒绝了令牌，但未说明原因。</translation>
    </message>
    <message>
        <source>The server refused the token: %1</source>
        <translation>服务器拒绝了令牌：%1</translation>
    </message>
    <message>
        <source>the token is invalid or has expired</source>
        <translation>令牌无效或已过期</translation>
    </message>
    <message>
        <source>the token does not grant the needed scope</source>
        <translation>令牌未授予所需的权限范围</translation>
    </message>
    <message>
        <source>the server could not read the request</source>
        <translation>服务器无法读取请求</translation>
    </message>
    <message>
        <source>The server refused the token (status %1).</source>
        <translation>服务器拒绝了令牌（状态 %1）。</translation>
    </message>
    <message>
        <source>The server refused the token (status %1): %2.</source>
        <translation>服务器拒绝了令牌（状态 %1）：%2。</translation>
    </message>
    <message>
        <source>Required scope: %1.</source>
        <translation>所需权限范围：%1。</translation>
    </message>
    <message>
        <source>Accepted schemes: %1.</source>
        <translation>可接受的方案：%1。</translation>
    </message>
    <message>
        <source>The server sent a second CRAM-MD5 challenge.</source>
        <translation>服务器发送了第二个 CRAM-MD5 质询。</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>服务器发送了空的 CRAM-MD5 质询。</translation>
    </message>
    <message>
        <source>The user name or host for OAUTHBEARER contains control characters.</source>
        <translation>OAUTHBEARER 的用户名或主机包含控制字符。</translation>
    </message>
    <message>
        <source>The access token for OAUTHBEARER is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>OAUTHBEARER 的访问令牌为空，或包含持有者令牌不允许的字符（RFC 6750）。</translation>
    </message>
    <message>
        <source>The server sent a second OAUTHBEARER challenge.</source>
        <translation>服务器发送了第二个 OAUTHBEARER 质询。</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which AUTH PLAIN cannot carry.</source>
        <translation>用户名或密码包含 NUL 字符，AUTH PLAIN 无法传输该字符。</translation>
    </message>
    <message>
        <source>the password is wrong</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>the server does not know this user name</source>
        <translation>服务器不认识此用户名</translation>
    </message>
    <message>
        <source>the server could not read the user name</source>
        <translation>服务器无法读取用户名</translation>
    </message>
    <message>
        <source>the server could not read our message</source>
        <translation>服务器无法读取我们发送的消息</translation>
    </message>
    <message>
        <source>the server does not support an extension we used</source>
        <translation>服务器不支持我们使用的某个扩展</translation>
    </message>
    <message>
        <source>the server is short of resources; try again later</source>
        <translation>服务器资源不足；请稍后重试</translation>
    </message>
    <message>
        <source>the server and client disagree about channel binding</source>
        <translation>服务器与客户端对通道绑定的设置不一致</translation>
    </message>
    <message>
        <source>SCRAM error “%1”</source>
        <translation>SCRAM 错误“%1”</translation>
    </message>
    <message>
        <source>SCRAM error “%1”: %2</source>
        <translation>SCRAM 错误“%1”：%2</translation>
    </message>
    <message>
        <source>SCRAM was started twice.</source>
        <translation>SCRAM 被启动了两次。</translation>
    </message>
    <message>
        <source>The user name cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>该用户名无法用于 SCRAM：它为空，或包含 SASLprep（RFC 4013）禁止的字符。</translation>
    </message>
    <message>
        <source>The SCRAM client nonce must be printable ASCII without commas.</source>
        <translation>SCRAM 客户端随机数（nonce）必须是不含逗号的可打印 ASCII 字符。</translation>
    </message>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>服务器在客户端发送第一条消息之前就发送了 SCRAM 质询。</translation>
    </message>
    <message>
        <source>The server sent another SCRAM challenge after proving itself.</source>
        <translation>服务器在证明自身身份之后又发送了一个 SCRAM 质询。</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>SCRAM 交互已经失败。</translation>
    </message>
    <message>
        <source>The server refused SCRAM: %1.</source>
        <translation>服务器拒绝了 SCRAM：%1。</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Sendscope does not know.</source>
        <translation>服务器要求使用 Sendscope 不认识的 SCRAM 扩展。</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed: %1</source>
        <translation>服务器的第一条 SCRAM 消息格式错误：%1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not continue the one the client sent; the exchange may have been tampered with.</source>
        <translation>服务器的 SCRAM 随机数（nonce）并非客户端所发送随机数的延续；交互可能已被篡改。</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or not valid base64.</source>
        <translation>服务器的 SCRAM 盐值缺失，或不是有效的 base64。</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count “%1” is not a positive number.</source>
        <translation>服务器的 SCRAM 迭代次数“%1”不是正数。</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; more than %2 are refused so that a server cannot freeze the application.</source>
        <translation>服务器要求进行 %1 次 SCRAM 迭代；超过 %2 次的请求将被拒绝，以免服务器使应用程序卡死。</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: it is empty or contains characters SASLprep (RFC 4013) forbids.</source>
        <translation>该密码无法用于 SCRAM：它为空，或包含 SASLprep（RFC 4013）禁止的字符。</translation>
    </message>
    <message>
        <source>Computing the SCRAM salted password failed.</source>
        <translation>计算 SCRAM 加盐密码失败。</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message has no server signature: %1</source>
        <translation>服务器的最后一条 SCRAM 消息中没有服务器签名：%1</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature is wrong: it does not know the password, or it is not the server it claims to be.</source>
        <translation>服务器的 SCRAM 签名错误：它不知道该密码，或者它并不是它声称的那台服务器。</translation>
    </message>
    <message>
        <source>The user name for XOAUTH2 is empty or contains control characters.</source>
        <translation>XOAUTH2 的用户名为空或包含控制字符。</translation>
    </message>
    <message>
        <source>The access token for XOAUTH2 is empty or contains characters a bearer token cannot have (RFC 6750).</source>
        <translation>XOAUTH2 的访问令牌为空，或包含持有者令牌不允许的字符（RFC 6750）。</translation>
    </message>
    <message>
        <source>The server sent a second XOAUTH2 challenge.</source>
        <translation>服务器发送了第二个 XOAUTH2 质询。</translation>
    </message>
</context>
<context>
    <name>Sendscope::SmtpSession</name>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>%2 秒内未能连接到 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cancelled before connecting.</source>
        <translation>在连接之前已取消。</translation>
    </message>
    <message>
        <source>Cancelled while sending the message; the server discards it because the final &quot;.&quot; was never sent.</source>
        <translation>在发送邮件过程中取消；由于从未发送最后的“.”，服务器会丢弃该邮件。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3).</source>
        <translation>正在连接 %1 端口 %2（%3）。</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>从一开始就使用 TLS</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>必须使用 STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Cannot find the server &quot;%1&quot;: %2</source>
        <translation>找不到服务器“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>无法连接到 %1 端口 %2：%3</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>正在尝试 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 from %3.</source>
        <translation>已从 %3 连接到 %1 端口 %2。</translation>
    </message>
    <message>
        <source>Starting the TLS handshake.</source>
        <translation>正在开始 TLS 握手。</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>证书问题：%1</translation>
    </message>
    <message>
        <source>The certificate matches the pinned SHA-256 fingerprint; accepted.</source>
        <translation>证书与固定的 SHA-256 指纹相符；已接受。</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2; %3</source>
        <translation>TLS 已建立：%1，加密套件 %2；%3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint: expected SHA-256 %1, got %2.</source>
        <translation>服务器的证书与固定的指纹不符：预期 SHA-256 %1，实际为 %2。</translation>
    </message>
    <message>
        <source>Waiting for a decision about the certificate.</source>
        <translation>正在等待对证书作出决定。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1): %2.</source>
        <translation>服务器的证书不受信任（%1）：%2。</translation>
    </message>
    <message>
        <source>The certificate was accepted despite the problems.</source>
        <translation>尽管存在问题，证书仍被接受。</translation>
    </message>
    <message>
        <source>Port %1 and TLS-from-the-start look mixed up: this server seems to expect a plain connection first. Try security &quot;starttls&quot; (usually port 587) or port 465 for TLS.</source>
        <translation>端口 %1 与“从一开始就使用 TLS”似乎搞混了：此服务器似乎期望先建立明文连接。请尝试安全模式“starttls”（通常为端口 587），或使用端口 465 进行 TLS 连接。</translation>
    </message>
    <message>
        <source>Port %1 and STARTTLS look mixed up: this server seems to expect TLS from the first byte. Try security &quot;tls&quot; (usually port 465) or port 587 for STARTTLS.</source>
        <translation>端口 %1 与 STARTTLS 似乎搞混了：此服务器似乎从第一个字节起就期望使用 TLS。请尝试安全模式“tls”（通常为端口 465），或使用端口 587 进行 STARTTLS 连接。</translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before the TLS handshake. That is a sign of a command injection attack (CVE-2011-0411); the connection was closed.</source>
        <translation>服务器在同意 STARTTLS 之后、TLS 握手之前发送了数据。这是命令注入攻击（CVE-2011-0411）的迹象；连接已关闭。</translation>
    </message>
    <message>
        <source>The server did not answer QUIT; closing.</source>
        <translation>服务器未响应 QUIT；正在关闭。</translation>
    </message>
    <message>
        <source>The server stopped taking the message: nothing could be written for %1 s.</source>
        <translation>服务器停止接收邮件：%1 秒内无法写入任何数据。</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>服务器在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>A server that says nothing after connecting may be waiting for a TLS handshake. %1</source>
        <translation>连接后没有任何回应的服务器可能正在等待 TLS 握手。%1</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>The connection was lost during %1: %2</source>
        <translation>在 %1 期间连接中断：%2</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>服务器在 %1 期间关闭了连接。</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>服务器拒绝了连接：%1</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO/HELO): %1</source>
        <translation>服务器拒绝了问候（EHLO/HELO）：%1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>服务器拒绝了 STARTTLS：%1</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>服务器拒绝了登录：%1</translation>
    </message>
    <message>
        <source>The server refused the sender: %1</source>
        <translation>服务器拒绝了发件人：%1</translation>
    </message>
    <message>
        <source>The server refused every recipient: %1</source>
        <translation>服务器拒绝了所有收件人：%1</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>服务器拒绝了该邮件：%1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <source>This is a temporary refusal; trying again later may work.</source>
        <translation>这是临时拒绝；稍后重试可能会成功。</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>服务器正在关闭连接：%1</translation>
    </message>
    <message>
        <source>Ignoring a reply nobody asked for.</source>
        <translation>忽略一个无人请求的回复。</translation>
    </message>
    <message>
        <source>The server&apos;s greeting was not 220: %1</source>
        <translation>服务器的问候代码不是 220：%1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so it cannot offer STARTTLS, and STARTTLS is required. Nothing was sent.</source>
        <translation>服务器不理解 EHLO，因此无法提供 STARTTLS，而 STARTTLS 是必需的。未发送任何内容。</translation>
    </message>
    <message>
        <source>The message was accepted for %1 of %2 recipients.</source>
        <translation>%2 位收件人中有 %1 位接受了该邮件。</translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
        <translation>意外的回复：%1</translation>
    </message>
    <message>
        <source>The server refused EHLO; trying HELO.</source>
        <translation>服务器拒绝了 EHLO；正在尝试 HELO。</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>服务器提供：%1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and STARTTLS is required: nothing will be sent over an unencrypted connection.</source>
        <translation>服务器不提供 STARTTLS，而 STARTTLS 是必需的：不会通过未加密的连接发送任何内容。</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow plaintext authentication explicitly.</source>
        <translation>连接未加密，因此未发送密码。请使用 STARTTLS 或 TLS，或明确允许明文身份验证。</translation>
    </message>
    <message>
        <source>The server offers no AUTH mechanism, but a user name was given.</source>
        <translation>服务器不提供任何 AUTH 机制，但指定了用户名。</translation>
    </message>
    <message>
        <source>None of the server&apos;s AUTH mechanisms (%1) can be used here.</source>
        <translation>服务器的 AUTH 机制（%1）均无法在此使用。</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2.</source>
        <translation>服务器不提供 AUTH %1；它提供的是 %2。</translation>
    </message>
    <message>
        <source>Waiting for the password.</source>
        <translation>正在等待密码。</translation>
    </message>
    <message>
        <source>AUTH %1 is not implemented.</source>
        <translation>AUTH %1 尚未实现。</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>未提供密码。</translation>
    </message>
    <message>
        <source>Logged in as %1 with %2.</source>
        <translation>已使用 %2 以 %1 的身份登录。</translation>
    </message>
    <message>
        <source>The server accepted the login but could not prove that it knows the password (%1 server signature missing or wrong). It may not be the server it claims to be.</source>
        <translation>服务器接受了登录，但无法证明它知道该密码（%1 服务器签名缺失或错误）。它可能并不是它声称的那台服务器。</translation>
    </message>
    <message>
        <source>AUTH %1 was refused; trying PLAIN once inside TLS.</source>
        <translation>AUTH %1 被拒绝；将在 TLS 内尝试一次 PLAIN。</translation>
    </message>
    <message>
        <source>The server explained: %1</source>
        <translation>服务器解释：%1</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not offer SMTPUTF8 (RFC 6531), so it cannot be sent here. Nothing was sent.</source>
        <translation>某个地址在 @ 之前含有非 ASCII 字符，而此服务器不提供 SMTPUTF8（RFC 6531），因此无法通过此服务器发送。未发送任何内容。</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>邮件没有收件人。</translation>
    </message>
    <message>
        <source>The message body cannot be read.</source>
        <translation>无法读取邮件正文。</translation>
    </message>
    <message>
        <source>The message is %1 bytes, larger than the %2 bytes this server accepts (SIZE). Nothing was sent.</source>
        <translation>邮件大小为 %1 字节，超过了此服务器可接受的 %2 字节（SIZE）。未发送任何内容。</translation>
    </message>
    <message>
        <source>The message has 8-bit content but the server does not offer 8BITMIME.</source>
        <translation>邮件包含 8 位内容，但服务器不提供 8BITMIME。</translation>
    </message>
    <message>
        <source>Sending the message (%1 bytes)…</source>
        <translation>正在发送邮件（%1 字节）…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>正在发送邮件…</translation>
    </message>
    <message>
        <source>The message source went away while sending; the connection was closed so that nothing partial is delivered.</source>
        <translation>发送过程中邮件来源消失；连接已关闭，以免投递不完整的邮件。</translation>
    </message>
    <message>
        <source>Reading the message failed (%1); the connection was closed so that nothing partial is delivered.</source>
        <translation>读取邮件失败（%1）；连接已关闭，以免投递不完整的邮件。</translation>
    </message>
    <message>
        <source>&lt;message body: %1 bytes&gt;</source>
        <translation>&lt;邮件正文：%1 字节&gt;</translation>
    </message>
    <message>
        <source>The server accepted the message: %1</source>
        <translation>服务器已接受该邮件：%1</translation>
    </message>
    <message>
        <source>The session ended before the message was sent.</source>
        <translation>会话在邮件发送之前就结束了。</translation>
    </message>
    <message>
        <source>Connection closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent but before the server confirmed it (%1): it may or may not have been delivered.</source>
        <translation>整封邮件发送完毕后、服务器确认之前连接中断（%1）：邮件可能已投递，也可能没有。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT.</source>
        <translation>服务器未响应 QUIT 就关闭了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection after the whole message was sent but before confirming it: it may or may not have been delivered.</source>
        <translation>服务器在整封邮件发送完毕后、确认之前关闭了连接：邮件可能已投递，也可能没有。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An SMTP client that shows its work.</source>
        <translation>一个展示其工作过程的 SMTP 客户端。</translation>
    </message>
    <message>
        <source>Keep settings in DIR/sendscope.ini instead of the usual place (for tests and portable use).</source>
        <translation>将设置保存在“目录/sendscope.ini”中，而不是通常的位置（用于测试和便携使用）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Developer option: force a light or dark palette (light, dark, system).</source>
        <translation>开发者选项：强制使用浅色或深色调色板（light、dark、system）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unknown palette &quot;%1&quot;: use light, dark or system.
</source>
        <translation>未知的调色板“%1”：请使用 light、dark 或 system。
</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or one of %2.
</source>
        <translation>未知语言“%1”：请使用 en 或 %2 之一。
</translation>
    </message>
    <message>
        <source>Show the window in LANG (de, fr, es, zh_CN, en) instead of the system language.</source>
        <translation>以“语言”指定的语言（de、fr、es、zh_CN、en）显示窗口，而不是使用系统语言。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>An .eml file or a mailto: link to open in the composer.</source>
        <translation>要在撰写区中打开的 .eml 文件或 mailto: 链接。</translation>
    </message>
</context>
</TS>
