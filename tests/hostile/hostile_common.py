"""Shared pieces of the hostile-server suite: running sendscope-cli against a ScriptedServer,
the standard scripts, and the assertions every case makes (exit class, the words on stderr,
no secret in clear, input file untouched, accepted bytes parse)."""
import base64
import email
import email.policy
import hashlib
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
import unittest

import certs
from scripted_server import (ScriptedServer, close, expect, read_data, send, server_context,
                             starttls)

CLI = os.environ.get("SENDSCOPE_CLI")

USER = "hostile-user@example.org"
# Unique per run, long enough that its base64 core cannot occur by chance.
PASSWORD = "pw-" + secrets.token_hex(10) + "-Zq!"
TOKEN = "tok-" + secrets.token_hex(16)
FROM = "sender@example.org"
TO = "rcpt@example.org"
TO2 = "second@example.org"
SUBJECT = "Hostile suite"

# Exit classes of sendscope-cli (DESIGN.md).
EXIT_OK, EXIT_USAGE, EXIT_CONNECTION, EXIT_TLS, EXIT_AUTH = 0, 1, 2, 3, 4
EXIT_REJECTED, EXIT_PARTIAL, EXIT_TIMEOUT = 5, 6, 7

QT_MARK = "qtlog|"

_pki = None
_tmp = None


def pki():
    """Certificates made once per test process."""
    global _pki, _tmp
    if _pki is None:
        _tmp = tempfile.TemporaryDirectory(prefix="sendscope-hostile-pki-")
        _pki = certs.make_pki(_tmp.name)
    return _pki


def ctx(stem="server", weak=False):
    p = pki()
    return server_context(p[stem], p[stem + "_key"], weak=weak)


# ---- secrets ----------------------------------------------------------------------------------

def _b64_cores(secret):
    """The base64 text a secret produces wherever it sits in a base64 stream: for each of the
    three alignments, the part of the encoding that depends only on the secret's bytes."""
    cores = []
    raw = secret.encode()
    for k in range(3):
        enc = base64.b64encode(b"\0" * k + raw)
        first = -(-k // 3)              # first group made only of secret bytes
        last = (k + len(raw)) // 3      # groups that are complete
        core = enc[first * 4:last * 4]
        if len(core) >= 8:
            cores.append(core)
    return cores


def secret_forms():
    forms = []
    for s in (PASSWORD, TOKEN):
        forms.append(s.encode())
        forms.append(base64.b64encode(s.encode()))
        forms.extend(_b64_cores(s))
    forms.append(base64.b64encode(b"\0" + USER.encode() + b"\0" + PASSWORD.encode()))
    return forms


# ---- running the CLI --------------------------------------------------------------------------

class Run:
    def __init__(self, code, stdout, stderr, transcript, elapsed, args):
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.transcript = transcript
        self.elapsed = elapsed
        self.args = args

    def tail(self, n=6):
        lines = [l for l in self.stderr.decode("utf-8", "replace").splitlines()
                 if l.strip() and not l.startswith(QT_MARK)]
        return "\n".join(lines[-n:])

    def describe(self):
        return ("exit %s after %.2f s\nargs: %s\n--- stderr ---\n%s\n--- transcript ---\n%s"
                % (self.code, self.elapsed, " ".join(self.args),
                   self.stderr.decode("utf-8", "replace")[-4000:],
                   self.transcript.decode("utf-8", "replace")[-4000:]))


def run_cli(port, *extra, security="starttls", user=True, message=None, timeout=5,
            ca=True, stdin=None, wall=60, all_debug=False):
    """Runs sendscope-cli against 127.0.0.1:port. `message` is a list of arguments describing
    the message (default: --subject/--body); `user` adds --user with --password-env."""
    work = tempfile.mkdtemp(prefix="sendscope-hostile-")
    transcript = os.path.join(work, "transcript.txt")
    args = [CLI, "--server", "127.0.0.1", "--port", str(port), "--security", security,
            "--from", FROM, "--to", TO, "--transcript", transcript]
    if timeout is not None:
        args += ["--timeout", str(timeout)]
    if ca and security != "none":
        args += ["--ca-file", pki()["ca"]]
    if user:
        args += ["--user", USER, "--password-env", "HOSTILE_PW"]
    args += message if message is not None else ["--subject", SUBJECT,
                                                   "--body", "Hello from the hostile suite.\n"]
    args += list(extra)
    env = dict(os.environ)
    for k in ("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM", "SMTP_RECIPIENT"):
        env.pop(k, None)
    env["HOSTILE_PW"] = PASSWORD
    env["HOSTILE_TOKEN"] = TOKEN
    # qDebug must not leak either: the project's categories are always on (marked so that
    # tail() can skip them); all_debug switches on every Qt category as well.
    env["QT_LOGGING_RULES"] = "*.debug=true" if all_debug else "sendscope.*.debug=true"
    env["QT_MESSAGE_PATTERN"] = QT_MARK + "%{category}: %{message}"
    start = time.monotonic()
    p = subprocess.run(args, stdin=subprocess.DEVNULL if stdin is None else None,
                       input=stdin, capture_output=True, timeout=wall, env=env)
    elapsed = time.monotonic() - start
    try:
        with open(transcript, "rb") as f:
            tr = f.read()
    except FileNotFoundError:
        tr = b""
    return Run(p.returncode, p.stdout, p.stderr, tr, elapsed, args)


# ---- scripts ----------------------------------------------------------------------------------

GREETING = b"220 hostile.test ESMTP scripted\r\n"
EHLO_RE = rb"EHLO \S+\r\n\Z"


def tls_stages(caps=b"250-hostile.test\r\n250-8BITMIME\r\n250 STARTTLS\r\n",
               caps_tls=b"250-hostile.test\r\n250-8BITMIME\r\n250 AUTH PLAIN LOGIN\r\n",
               context=None, rcpts=1, with_auth=True):
    """The stages of a complete STARTTLS + AUTH session, as (name, steps) pairs; a test takes
    a prefix and ends it its own way."""
    stages = [
        ("greeting", [send(GREETING)]),
        ("ehlo", [expect(EHLO_RE), send(caps)]),
        ("starttls", [expect(rb"STARTTLS\r\n\Z"), send(b"220 2.0.0 go ahead\r\n"),
                      starttls(context or ctx())]),
        ("ehlo2", [expect(EHLO_RE), send(caps_tls)]),
    ]
    if with_auth:
        stages.append(("auth", [expect(rb"AUTH PLAIN \S+\r\n\Z"),
                                send(b"235 2.7.0 accepted\r\n")]))
    stages.append(("mail", [expect(rb"MAIL FROM:<%s>" % FROM.encode()),
                            send(b"250 2.1.0 ok\r\n")]))
    for i in range(rcpts):
        stages.append(("rcpt", [expect(rb"RCPT TO:<"), send(b"250 2.1.5 ok\r\n")]))
    stages += [
        ("data", [expect(rb"DATA\r\n\Z"), send(b"354 go on\r\n")]),
        ("body", [read_data(), send(b"250 2.0.0 queued as 42\r\n")]),
        ("quit", [expect(rb"QUIT\r\n\Z"), send(b"221 2.0.0 bye\r\n")]),
    ]
    return stages


def plain_stages(caps=b"250-hostile.test\r\n250-8BITMIME\r\n250 SIZE 10000000\r\n", rcpts=1):
    """A complete session on a plain link (--security none, no user)."""
    stages = [
        ("greeting", [send(GREETING)]),
        ("ehlo", [expect(EHLO_RE), send(caps)]),
        ("mail", [expect(rb"MAIL FROM:<%s>" % FROM.encode()), send(b"250 2.1.0 ok\r\n")]),
    ]
    for i in range(rcpts):
        stages.append(("rcpt", [expect(rb"RCPT TO:<"), send(b"250 2.1.5 ok\r\n")]))
    stages += [
        ("data", [expect(rb"DATA\r\n\Z"), send(b"354 go on\r\n")]),
        ("body", [read_data(), send(b"250 2.0.0 queued as 42\r\n")]),
        ("quit", [expect(rb"QUIT\r\n\Z"), send(b"221 2.0.0 bye\r\n")]),
    ]
    return stages


def steps_of(stages, upto=None):
    """The steps of every stage before the one named `upto` (all when None)."""
    out = []
    for name, steps in stages:
        if name == upto:
            break
        out.extend(steps)
    return out


def stage(stages, name):
    for n, steps in stages:
        if n == name:
            return steps
    raise KeyError(name)


# ---- checks -----------------------------------------------------------------------------------

def undot(block):
    """Reverses dot-stuffing (RFC 5321 §4.5.2) of a DATA block whose lines end in CRLF."""
    lines = block.split(b"\r\n")
    return b"\r\n".join(l[1:] if l.startswith(b".") else l for l in lines)


def bare_line_ends(data):
    """Positions of CR not followed by LF and of LF not preceded by CR."""
    bad = [m.start() for m in re.finditer(rb"\r(?!\n)", data)]
    bad += [m.start() for m in re.finditer(rb"(?<!\r)\n", data)]
    return sorted(bad)


class HostileCase(unittest.TestCase):
    maxDiff = 4000

    @classmethod
    def setUpClass(cls):
        if not CLI or not os.path.exists(CLI):
            raise RuntimeError("SENDSCOPE_CLI is not set to the built sendscope-cli")
        pki()

    def serve(self, steps, **kw):
        srv = ScriptedServer(steps, **kw).start()
        self.addCleanup(srv.join, 1)
        return srv

    def finish(self, srv):
        srv.join(30)
        return srv

    def assertExit(self, run, code):
        self.assertEqual(run.code, code, "wrong exit class\n" + run.describe())

    def assertTells(self, run, *patterns):
        """The last lines of stderr say what happened, in words (regexes, case-insensitive)."""
        tail = run.tail()
        for p in patterns:
            self.assertRegex(tail, re.compile(p, re.I | re.S),
                             "stderr's last lines do not name the problem\n" + run.describe())

    def assertNoSecretInClear(self, run, srv):
        """Nothing the client wrote on the unencrypted link, and nothing on stdout, stderr or
        in the transcript, holds the password, the token or their base64 forms."""
        places = {"plain link": srv.received("plain"), "stdout": run.stdout,
                  "stderr": run.stderr, "transcript": run.transcript}
        for where, data in places.items():
            for form in secret_forms():
                self.assertNotIn(form, data, "a secret (%r) appeared in %s\n%s"
                                 % (form[:12], where, run.describe()))

    def assertScriptFollowed(self, srv, run):
        self.assertEqual(srv.problems, [], "the client left the script\n%s\nlines: %r"
                         % (run.describe(), srv.lines[-8:]))

    def assertSentNothingAfter(self, srv, pattern, forbidden, run):
        """After the client line matching `pattern`, no line matches any of `forbidden`."""
        seen = False
        for phase, line in srv.lines:
            if seen:
                for f in forbidden:
                    self.assertNotRegex(line, re.compile(f, re.I),
                                        "the client went on with %r\n%s" % (line, run.describe()))
            if re.match(pattern, line, re.I):
                seen = True
        # Bytes that never formed a whole line count too.
        tail = srv.received().split(b"\n")[-1]
        for f in forbidden:
            self.assertNotRegex(tail, re.compile(f, re.I), run.describe())

    def assertNeverSent(self, srv, run, *forbidden):
        for phase, line in srv.lines:
            for f in forbidden:
                self.assertNotRegex(line, re.compile(f, re.I),
                                    "the client sent %r\n%s" % (line, run.describe()))
        for f in forbidden:
            self.assertNotRegex(srv.received(), re.compile(f, re.I | re.M), run.describe())

    def assertAcceptedMessage(self, block, run, subject=SUBJECT, body_contains=None):
        """A DATA block the server accepted: CRLF only, and it parses as RFC 5322."""
        self.assertEqual(bare_line_ends(block), [], "bare CR or LF on the wire\n" + run.describe())
        for line in block.split(b"\r\n"):
            self.assertLessEqual(len(line), 998, "a line over 998 octets (RFC 5322 §2.1.1)")
        msg = email.message_from_bytes(undot(block), policy=email.policy.default)
        self.assertEqual(msg.defects, [], "the message has defects: %r" % msg.defects)
        if subject is not None:
            self.assertEqual(str(msg["Subject"]), subject)
            self.assertIn(FROM, str(msg["From"]))
            self.assertIn(TO, str(msg["To"]))
            self.assertIsNotNone(msg["Date"])
            self.assertIsNotNone(msg["Message-ID"])
        if body_contains is not None:
            text = msg.get_body(preferencelist=("plain",)).get_content()
            self.assertIn(body_contains, text)
        return msg


def file_digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_eml(directory, name, data):
    path = os.path.join(directory, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def simple_eml(body=b"Hello from an .eml file.\r\n", extra=b""):
    return (b"From: Sender <" + FROM.encode() + b">\r\n"
            b"To: <" + TO.encode() + b">\r\n"
            b"Subject: " + SUBJECT.encode() + b"\r\n"
            b"Date: Fri, 04 Dec 2026 21:00:00 +0000\r\n"
            b"Message-ID: <hostile.1@example.org>\r\n"
            b"MIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=us-ascii\r\n" + extra +
            b"\r\n" + body)


def main():
    unittest.main(verbosity=2)


if __name__ == "__main__":
    sys.exit("import this module from a test script")
