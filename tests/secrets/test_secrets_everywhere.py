#!/usr/bin/python3
"""Issue 8: the secrets sweep. A unique password and a unique OAuth token are used for real
logins, with every debug output switched on, and then every byte the programs wrote is
searched for them: stdout, stderr, transcripts, the settings folder, the sandbox folder,
anything under a private HOME / XDG tree (drafts, caches), and from the window the saved
protocol log (text and HTML), a saved draft and its settings ini.

Searched forms of each secret: the secret itself, its base64, the base64 of the secret at
each of the three alignments inside a longer base64 stream (tests/hostile/hostile_common.py),
the AUTH PLAIN payloads and the XOAUTH2 payload in base64.

Sessions:
  (a) sendscope-cli, AUTH PLAIN over STARTTLS to `sendscope-cli --sandbox` (accepted)
  (b) sendscope-cli, AUTH XOAUTH2 over STARTTLS to a scripted server (accepted)
  (c) sendscope-cli, AUTH PLAIN refused with 535 by the sandbox (a second unique password)
  (d) the offscreen window (gui_postfix_send) to the sandbox, password typed in its dialog
"""
import base64
import os
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.environ.get("SENDSCOPE_SOURCE_DIR", ""), "tests", "hostile"))

import certs  # noqa: E402  (tests/support)
from hostile_common import _b64_cores  # noqa: E402
from scripted_server import (ScriptedServer, expect, read_data, send,  # noqa: E402
                             server_context, starttls)

CLI = os.environ.get("SENDSCOPE_CLI")
GUI = os.environ.get("SENDSCOPE_GUI_POSTFIX")

USER = "sweep-user@sendscope.test"
# Unique per run; hex so that no escaping (HTML, ini) can hide them from the search.
PASSWORD = "pw-" + secrets.token_hex(12) + "-Sweep"
WRONG_PASSWORD = "wrong-" + secrets.token_hex(12) + "-Sweep"
TOKEN = "ya29." + secrets.token_hex(20)
QT_DEBUG = "*.debug=true"
QT_MARK = "qtlog|"


def forms():
    """needle (bytes) -> what it is."""
    out = {}
    for name, s in (("password", PASSWORD), ("wrong password", WRONG_PASSWORD),
                    ("token", TOKEN)):
        raw = s.encode()
        out[raw] = name
        out[base64.b64encode(raw)] = "base64(%s)" % name
        for i, core in enumerate(_b64_cores(s)):
            out[core] = "base64 of the %s at alignment %d" % (name, i)
        for authzid in (b"", USER.encode()):
            out[base64.b64encode(authzid + b"\0" + USER.encode() + b"\0" + raw)] = \
                "PLAIN payload with the %s (authzid %r)" % (name, authzid)
    xo = b"user=" + USER.encode() + b"\x01auth=Bearer " + TOKEN.encode() + b"\x01\x01"
    out[base64.b64encode(xo)] = "XOAUTH2 payload"
    return out


class SecretsEverywhere(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not CLI or not os.path.exists(CLI):
            raise RuntimeError("SENDSCOPE_CLI is not set to the built sendscope-cli")
        cls.tmpdir = tempfile.TemporaryDirectory(prefix="sendscope-secrets-")
        cls.tmp = cls.tmpdir.name
        cls.pki = certs.make_pki(os.path.join(cls.tmp, "pki"))
        cls.home = os.path.join(cls.tmp, "home")
        cls.settings = os.path.join(cls.tmp, "settings")
        cls.sandbox_dir = os.path.join(cls.tmp, "sandbox")
        for d in (cls.home, cls.settings, cls.sandbox_dir):
            os.makedirs(d)
        cls.outputs = {}  # label -> bytes the program wrote to a stream
        cls.sandbox = None

    @classmethod
    def tearDownClass(cls):
        cls.stop_sandbox()
        cls.tmpdir.cleanup()

    # -- environment ----------------------------------------------------------------------
    @classmethod
    def env(cls):
        env = dict(os.environ)
        for k in ("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM",
                  "SMTP_RECIPIENT"):
            env.pop(k, None)
        env.update({
            "HOME": cls.home,
            "XDG_CONFIG_HOME": os.path.join(cls.home, ".config"),
            "XDG_DATA_HOME": os.path.join(cls.home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(cls.home, ".cache"),
            "XDG_STATE_HOME": os.path.join(cls.home, ".local", "state"),
            "XDG_RUNTIME_DIR": os.path.join(cls.home, "run"),
            "TMPDIR": os.path.join(cls.home, "tmp"),
            "SENDSCOPE_SETTINGS": cls.settings,
            "QT_LOGGING_RULES": QT_DEBUG,
            # Marks every qDebug/qInfo/qWarning line so the test can see there were some.
            "QT_MESSAGE_PATTERN": QT_MARK + "%{category}|%{message}",
            "QT_QPA_PLATFORM": "offscreen",
            "SWEEP_PW": PASSWORD,
            "SWEEP_WRONG_PW": WRONG_PASSWORD,
            "SWEEP_TOKEN": TOKEN,
        })
        for d in ("XDG_RUNTIME_DIR", "TMPDIR"):
            os.makedirs(env[d], mode=0o700, exist_ok=True)
        return env

    @classmethod
    def start_sandbox(cls):
        cls.sandbox_out = open(os.path.join(cls.tmp, "sandbox.stdout"), "wb")
        cls.sandbox_err = open(os.path.join(cls.tmp, "sandbox.stderr"), "wb")
        cls.sandbox = subprocess.Popen(
            [CLI, "--sandbox", "--port", "0", "--dir", cls.sandbox_dir, "--user", USER,
             "--password-env", "SWEEP_PW", "--verbose"],
            stdout=subprocess.PIPE, stderr=cls.sandbox_err, env=cls.env())
        line = cls.sandbox.stdout.readline()
        cls.sandbox_out.write(line)
        m = re.match(rb"sandbox listening on 127\.0\.0\.1:(\d+) .*cert-sha256=([0-9a-fA-F]+)",
                     line)
        if not m:
            raise RuntimeError("no listening line from the sandbox: %r" % line)
        cls.sandbox_port = int(m.group(1))
        cls.sandbox_pin = m.group(2).decode()

    @classmethod
    def stop_sandbox(cls):
        if cls.sandbox is None:
            return
        if cls.sandbox.poll() is None:
            cls.sandbox.send_signal(signal.SIGTERM)
            try:
                cls.sandbox.wait(10)
            except subprocess.TimeoutExpired:
                cls.sandbox.kill()
                cls.sandbox.wait(5)
        cls.sandbox_out.write(cls.sandbox.stdout.read())
        cls.sandbox.stdout.close()
        cls.sandbox_out.close()
        cls.sandbox_err.close()
        cls.sandbox = None

    def cli(self, label, *args):
        transcript = os.path.join(self.tmp, label + ".transcript")
        p = subprocess.run([CLI, "--verbose", "--transcript", transcript, "--timeout", "20",
                            "--from", USER, "--to", "bob@sendscope.test",
                            "--subject", "sweep " + label, "--body", "hello\n"] + list(args),
                           capture_output=True, timeout=120, env=self.env())
        self.outputs[label + " stdout"] = p.stdout
        self.outputs[label + " stderr"] = p.stderr
        with open(transcript, "rb") as f:
            tr = f.read()
        self.outputs[label + " transcript"] = tr
        return p, tr

    def describe(self, p, tr):
        return "exit %d\n--- stderr ---\n%s\n--- transcript ---\n%s" % (
            p.returncode, p.stderr.decode("utf-8", "replace")[-3000:],
            tr.decode("utf-8", "replace")[-3000:])

    # -- the sessions (run in name order) -------------------------------------------------
    def test_1_sessions_and_sweep(self):
        self.start_sandbox()

        # (a) PLAIN over STARTTLS, accepted by the sandbox.
        p, tr = self.cli("a-plain", "--server", "127.0.0.1", "--port", str(self.sandbox_port),
                         "--security", "starttls", "--pin-sha256", self.sandbox_pin,
                         "--user", USER, "--password-env", "SWEEP_PW", "--auth", "plain")
        self.assertEqual(p.returncode, 0, self.describe(p, tr))
        self.assertIn(b"AUTH PLAIN <redacted>", tr, self.describe(p, tr))
        self.assertRegex(tr, rb"S: 235")

        # (b) XOAUTH2 over STARTTLS to a scripted server that checks the payload.
        xo = b"user=" + USER.encode() + b"\x01auth=Bearer " + TOKEN.encode() + b"\x01\x01"
        ctx = server_context(self.pki["server"], self.pki["server_key"])
        srv = ScriptedServer([
            send(b"220 sweep.test ESMTP\r\n"),
            expect(rb"EHLO "), send(b"250-sweep.test\r\n250 STARTTLS\r\n"),
            expect(rb"STARTTLS\r\n"), send(b"220 2.0.0 go ahead\r\n"), starttls(ctx),
            expect(rb"EHLO "), send(b"250-sweep.test\r\n250 AUTH XOAUTH2\r\n"),
            expect(rb"AUTH XOAUTH2 " + re.escape(base64.b64encode(xo)) + rb"\r\n"),
            send(b"235 2.7.0 accepted\r\n"),
            expect(rb"MAIL FROM:"), send(b"250 2.1.0 ok\r\n"),
            expect(rb"RCPT TO:"), send(b"250 2.1.5 ok\r\n"),
            expect(rb"DATA\r\n"), send(b"354 go on\r\n"),
            read_data(), send(b"250 2.0.0 queued as 42\r\n"),
        ]).start()
        p, tr = self.cli("b-xoauth2", "--server", "127.0.0.1", "--port", str(srv.port),
                         "--security", "starttls", "--ca-file", self.pki["ca"],
                         "--user", USER, "--oauth-token-env", "SWEEP_TOKEN", "--auth", "xoauth2")
        srv.join()
        self.assertEqual(srv.problems, [], self.describe(p, tr))
        self.assertEqual(p.returncode, 0, self.describe(p, tr))
        self.assertIn(b"AUTH XOAUTH2", tr)
        self.assertIn(b"<redacted>", tr)

        # (c) PLAIN refused: 535 from the sandbox for another unique password.
        p, tr = self.cli("c-535", "--server", "127.0.0.1", "--port", str(self.sandbox_port),
                         "--security", "starttls", "--pin-sha256", self.sandbox_pin,
                         "--user", USER, "--password-env", "SWEEP_WRONG_PW", "--auth", "plain")
        self.assertEqual(p.returncode, 4, self.describe(p, tr))
        self.assertRegex(tr, rb"S: 535", self.describe(p, tr))

        # (d) the window to the sandbox; it saves its log (text, HTML), a draft, its ini.
        self.assertTrue(GUI and os.path.exists(GUI), "SENDSCOPE_GUI_POSTFIX: %r" % GUI)
        out = os.path.join(self.tmp, "window")
        os.makedirs(out)
        attach = os.path.join(self.tmp, "attachment.bin")
        with open(attach, "wb") as f:
            f.write(b"attachment\n" * 100)
        env = self.env()
        env.update({
            "SENDSCOPE_PF_HOST": "127.0.0.1",
            "SENDSCOPE_PF_PORT": str(self.sandbox_port),
            "SENDSCOPE_PF_PIN": self.sandbox_pin,
            "SENDSCOPE_PF_USER": USER,
            "SENDSCOPE_PF_PASSWORD": PASSWORD,
            "SENDSCOPE_PF_TO": "bob@sendscope.test, carol@sendscope.test",
            "SENDSCOPE_PF_SUBJECT": "sweep window ✓",
            "SENDSCOPE_PF_ATTACH": attach,
            "SENDSCOPE_PF_OUT": out,
        })
        g = subprocess.run([GUI], env=env, capture_output=True, timeout=180)
        self.outputs["window stdout"] = g.stdout
        self.outputs["window stderr"] = g.stderr
        self.assertEqual(g.returncode, 0, (g.stdout + g.stderr).decode("utf-8", "replace"))
        for name in ("log.txt", "log.html", "sendscope.ini", "draft-path.txt"):
            self.assertTrue(os.path.getsize(os.path.join(out, name)) > 0, name)
        with open(os.path.join(out, "draft-path.txt"), encoding="utf-8") as f:
            draft = f.read()
        self.assertTrue(draft.startswith(self.home), "the draft is outside the private HOME: "
                        + draft)
        with open(draft, "rb") as f:
            self.assertIn(b"Subject: =?UTF-8?", f.read())
        with open(os.path.join(out, "log.txt"), "rb") as f:
            self.assertIn(b"AUTH PLAIN <redacted>", f.read())

        self.stop_sandbox()
        # The sandbox's one listening line names its own password on purpose (scripts read
        # it, sandboxcommand.cpp); every other byte it wrote is searched.
        with open(os.path.join(self.tmp, "sandbox.stdout"), "rb") as f:
            lines = f.read().splitlines(True)
        self.assertTrue(lines and lines[0].startswith(b"sandbox listening on"))
        self.outputs["sandbox stdout after the listening line"] = b"".join(lines[1:])
        with open(os.path.join(self.tmp, "sandbox.stderr"), "rb") as f:
            self.outputs["sandbox stderr (--verbose)"] = f.read()
        self.assertIn(b"AUTH PLAIN", self.outputs["sandbox stderr (--verbose)"])

        # -- the sweep ---------------------------------------------------------------------
        searched = dict(self.outputs)
        for root in (self.home, self.settings, self.sandbox_dir, out):
            for dirpath, _, files in os.walk(root):
                for name in files:
                    path = os.path.join(dirpath, name)
                    if os.path.islink(path) or not os.path.isfile(path):
                        continue
                    with open(path, "rb") as f:
                        searched[os.path.relpath(path, self.tmp)] = f.read()
        # The sweep covered what it says it covered.
        labels = "\n".join(searched)
        for expected in ("window/log.txt", "window/log.html", "window/sendscope.ini",
                         "a-plain transcript", "b-xoauth2 transcript", "c-535 transcript",
                         ".eml"):
            self.assertIn(expected, labels)
        self.assertTrue(any(k.startswith("sandbox/") for k in searched),
                        "nothing in the sandbox folder:\n" + labels)
        # The debug switch really produced debug output (else the sweep proves less).
        for label in ("a-plain stderr", "window stderr"):
            self.assertIn(QT_MARK.encode(), searched[label], "no Qt log output in " + label)

        leaks = []
        needles = forms()
        for label, data in searched.items():
            for needle, what in needles.items():
                if needle in data:
                    at = data.index(needle)
                    leaks.append("%s in %s: ...%r..." % (what, label,
                                                         data[max(0, at - 60):at + 80]))
        self.assertEqual(leaks, [], "secrets found:\n" + "\n".join(leaks)
                         + "\n\nsearched %d outputs/files:\n%s" % (len(searched), labels))


if __name__ == "__main__":
    unittest.main(verbosity=2)
