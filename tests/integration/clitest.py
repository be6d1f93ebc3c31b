"""Shared helpers for the integration tests: run the built sendscope-cli and explain failures.

The CLI comes from env SENDSCOPE_CLI (set by sendscope_add_python_test); support modules
(certs, realservers) from PYTHONPATH=tests/support.
"""
import base64
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

CLI_TIMEOUT = 60  # seconds for one CLI run; the CLI's own --timeout is shorter


class CliResult:
    def __init__(self, args, returncode, stdout, stderr, transcript, seconds):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.transcript = transcript
        self.seconds = seconds

    @property
    def last_stderr_line(self):
        lines = [l for l in self.stderr.splitlines() if l.strip()]
        return lines[-1] if lines else ""

    def describe(self):
        return ("\n=== sendscope-cli %s\n=== exit code %s after %.2f s\n=== stdout:\n%s\n"
                "=== stderr:\n%s\n=== transcript file:\n%s\n" % (
                    " ".join(self.args), self.returncode, self.seconds, self.stdout,
                    self.stderr, self.transcript))


def cli_path():
    path = os.environ.get("SENDSCOPE_CLI")
    if not path or not os.path.exists(path):
        raise unittest.SkipTest("SENDSCOPE_CLI is not set to the built sendscope-cli")
    return path


class CliTestCase(unittest.TestCase):
    """Base class: a temp dir per class, run_cli(), and failure text with server logs."""

    maxDiff = None
    server_log = None  # callable returning the server's log text, set by subclasses

    @classmethod
    def setUpClass(cls):
        cls.cli = cli_path()
        cls.tmp = tempfile.mkdtemp(prefix="sendscope-it-")
        # Class cleanups run even when setUpClass fails half-way (unlike tearDownClass).
        if not os.environ.get("SENDSCOPE_KEEP_SERVERS"):
            cls.addClassCleanup(shutil.rmtree, cls.tmp, ignore_errors=True)

    @classmethod
    def enter_server(cls, context):
        """Start a server context manager for the whole class; stopped by a class cleanup."""
        server = context.__enter__()
        cls.addClassCleanup(context.__exit__, None, None, None)
        return server

    def setUp(self):
        self.last = None
        self._t0 = time.monotonic()

    def tearDown(self):
        # The run time of each test in the log, to keep the suite within its budget.
        sys.stderr.write("[%.2f s] " % (time.monotonic() - self._t0))

    def run_cli(self, *args, password=None, env=None, stdin=None, transcript=True,
                timeout_arg=20):
        """Run the CLI; the password travels in env SENDSCOPE_TEST_PW (--password-env)."""
        argv = [self.cli] + [str(a) for a in args]
        if timeout_arg and "--timeout" not in args:
            argv += ["--timeout", str(timeout_arg)]
        e = dict(os.environ)
        # SMTP_* fallbacks of the host environment must not leak into a test.
        for k in ("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM",
                  "SMTP_RECIPIENT"):
            e.pop(k, None)
        if password is not None:
            e["SENDSCOPE_TEST_PW"] = password
            argv += ["--password-env", "SENDSCOPE_TEST_PW"]
        if env:
            e.update(env)
        tpath = None
        if transcript:
            fd, tpath = tempfile.mkstemp(prefix="transcript-", suffix=".txt", dir=self.tmp)
            os.close(fd)
            argv += ["--transcript", tpath]
        start = time.monotonic()
        p = subprocess.run(argv, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=e, timeout=CLI_TIMEOUT)
        seconds = time.monotonic() - start
        text = ""
        if tpath:
            with open(tpath, "rb") as f:
                text = f.read().decode("utf-8", "replace")
        self.last = CliResult(argv[1:], p.returncode, p.stdout.decode("utf-8", "replace"),
                              p.stderr.decode("utf-8", "replace"), text, seconds)
        return self.last

    def explain(self, what, result=None):
        result = result or self.last
        out = [what]
        if result is not None:
            out.append(result.describe())
        if self.server_log is not None:
            try:
                out.append(type(self).server_log())
            except Exception as e:  # the log is only for the message
                out.append("(server log unavailable: %s)" % e)
        return "\n".join(out)

    def assertExit(self, result, code, what=""):
        self.assertEqual(result.returncode, code,
                         self.explain("expected exit code %d %s" % (code, what), result))

    def assertInTranscript(self, needle, result=None, what=""):
        result = result or self.last
        self.assertTrue(needle in result.transcript,
                      self.explain("%r missing from the transcript %s" % (needle, what), result))


def secret_forms(user, password):
    """The password as it could leak: plain, base64 alone, and every PLAIN payload form."""
    forms = {password: "password",
             base64.b64encode(password.encode()).decode(): "base64(password)"}
    for authzid in ("", user):
        payload = ("%s\0%s\0%s" % (authzid, user, password)).encode()
        forms[base64.b64encode(payload).decode()] = "PLAIN payload (authzid=%r)" % authzid
    return forms
