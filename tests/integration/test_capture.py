#!/usr/bin/python3
"""sendscope-cli against aiosmtpd servers that keep the exact bytes from the wire.

Postfix rewrites what it stores (LF endings in the Maildir); these servers save DATA as it
arrived, dot-stuffing and line endings included, plus every command and the EHLO name.
One server per kind for the whole class; the capture folder is emptied before each test.
"""
import email
import email.policy
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import certs  # noqa: E402  (tests/support)
import realservers  # noqa: E402
from clitest import CliTestCase, secret_forms  # noqa: E402

USER = "carla@capture.test"
PASSWORD = "Capture-pw-7Qx!"
FROM = "sender@capture.test"


def wire_form(data):
    """What RFC 5321 §4.5.2 and §2.3.8 require on the wire for `data` (our own reference):
    every line ending CRLF (bare CR and bare LF become CRLF), a dot doubled at the start of
    each line, and a final CRLF if the data did not end with one."""
    data = re.sub(rb"\r\n|\r|\n", b"\r\n", data)
    if data and not data.endswith(b"\r\n"):
        data += b"\r\n"
    lines = data.split(b"\r\n")
    return b"\r\n".join(b"." + l if l.startswith(b".") else l for l in lines)


def unstuff(raw):
    return b"\r\n".join(l[1:] if l.startswith(b".") else l for l in raw.split(b"\r\n"))


class CaptureCase(CliTestCase):
    server_kwargs = {}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pki = certs.make_pki(os.path.join(cls.tmp, "pki"))
        cls.cap = cls.enter_server(realservers.capture_server(
            os.path.join(cls.tmp, "srv"), pki=cls.pki, **cls.server_kwargs))
        cls.server_log = cls.cap.log

    def setUp(self):
        super().setUp()
        self.cap.clear()

    def send(self, *extra, security="none", to=("rcpt@capture.test",), password=None):
        args = ["--server", realservers.HOST, "--port", self.cap.port, "--security", security,
                "--from", FROM]
        if security != "none":
            args += ["--ca-file", self.pki["ca"]]
        for t in to:
            args += ["--to", t]
        args += list(extra)
        return self.run_cli(*args, password=password)

    def one_session(self):
        sessions = self.cap.wait_for_sessions(1)
        self.assertEqual(len(sessions), 1, self.explain("expected one connection, got %d"
                                                        % len(sessions)))
        return sessions[0]

    def one_message(self):
        s = self.one_session()
        self.assertEqual(len(s["messages"]), 1,
                         self.explain("expected one message, got %d" % len(s["messages"])))
        m = s["messages"][0]
        with open(os.path.join(self.cap.out, m["raw_file"]), "rb") as f:
            m["raw"] = f.read()
        return s, m

    def assertCleanWire(self, raw):
        """CRLF everywhere, no bare CR or LF, no line over 998 octets (RFC 5322 §2.1.1)."""
        stripped = raw.replace(b"\r\n", b"")
        self.assertNotIn(b"\r", stripped, self.explain("bare CR on the wire: %r" % raw[:2000]))
        self.assertNotIn(b"\n", stripped, self.explain("bare LF on the wire: %r" % raw[:2000]))
        self.assertTrue(raw.endswith(b"\r\n"), self.explain("DATA does not end with CRLF"))
        longest = max(len(l) for l in raw.split(b"\r\n"))
        self.assertLessEqual(longest, 998 + 1, self.explain("a line of %d octets" % longest))


class PlainCaptureTests(CaptureCase):
    """No TLS, no AUTH, no PIPELINING: the simplest peer."""

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_composed_message_on_the_wire(self):
        body = ".leading dot\n.\n..two dots\nlast line without newline"
        r = self.send("--subject", "Wire ✓", "--body", body)
        self.assertExit(r, 0)
        s, m = self.one_message()
        self.assertCleanWire(m["raw"])
        # Quoted-printable keeps these lines as they are: each leading dot must be doubled.
        lines = m["raw"].split(b"\r\n")
        for stuffed in (b"..leading dot", b"..", b"...two dots"):
            self.assertIn(stuffed, lines,
                          self.explain("%r not on the wire (dot-stuffing): %r" % (stuffed, lines)))
        self.assertNotIn(b".", lines[:-1], self.explain("a lone '.' line inside DATA"))
        msg = email.message_from_bytes(unstuff(m["raw"]).replace(b"\r\n", b"\n"),
                                       policy=email.policy.default)
        self.assertEqual(msg["Subject"], "Wire ✓")
        self.assertEqual(msg.get_content().rstrip("\n"), body,
                         self.explain("the body changed on the way"))

    def test_eml_lf_file_sent_byte_exact_as_crlf(self):
        eml = (b"From: sender@capture.test\nTo: rcpt@capture.test\nSubject: eml as is\n"
               b"Message-ID: <fixed-id-1@capture.test>\nDate: Mon, 1 Jun 2026 10:00:00 +0000\n"
               b"X-Odd:   spaces   kept  \n\n"
               b".first body line starts with a dot\n.\n..\n\ttab line \n\nend without newline")
        path = self.write("lf.eml", eml)
        r = self.send("--eml", path)
        self.assertExit(r, 0)
        s, m = self.one_message()
        self.assertCleanWire(m["raw"])
        self.assertEqual(m["raw"], wire_form(eml),
                         self.explain("wire bytes differ from the file (apart from CRLF)"))
        with open(path, "rb") as f:
            self.assertEqual(f.read(), eml, "the CLI changed its input file")

    def test_eml_crlf_and_bare_cr_file(self):
        # Already CRLF, with a bare CR and a line that is a lone dot at the very start.
        eml = (b".\r\nFrom: sender@capture.test\r\nSubject: crlf\r\n\r\nbare\rcr\r\n"
               b"mixed\n\r\n.\r\n")
        r = self.send("--eml", self.write("crlf.eml", eml))
        self.assertExit(r, 0)
        s, m = self.one_message()
        self.assertCleanWire(m["raw"])
        self.assertEqual(m["raw"], wire_form(eml),
                         self.explain("wire bytes differ from the expected CRLF/dot form"))
        self.assertTrue(m["raw"].startswith(b"..\r\n"), self.explain("first line not stuffed"))

    def test_eml_8bit_uses_8bitmime(self):
        eml = ("From: sender@capture.test\nTo: rcpt@capture.test\nSubject: 8bit\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: 8bit\n\nGrüße, naïve café — ✓\n").encode("utf-8")
        r = self.send("--eml", self.write("8bit.eml", eml))
        self.assertExit(r, 0)
        s, m = self.one_message()
        self.assertIn("BODY=8BITMIME", [o.upper() for o in m["mail_options"]],
                      self.explain("MAIL FROM without BODY=8BITMIME: %r" % m["mail_options"]))
        self.assertEqual(m["raw"], wire_form(eml), self.explain("8-bit bytes changed"))
        # And a 7-bit file does not claim 8BITMIME.
        self.cap.clear()
        r = self.send("--eml", self.write("7bit.eml", b"Subject: ascii\n\nplain\n"))
        self.assertExit(r, 0)
        s, m = self.one_message()
        self.assertNotIn("BODY=8BITMIME", [o.upper() for o in m["mail_options"]],
                         self.explain("BODY=8BITMIME for a 7-bit message"))

    def test_size_parameter_matches(self):
        eml = b"Subject: size\n\n" + b"line of text\n" * 500
        r = self.send("--eml", self.write("size.eml", eml))
        self.assertExit(r, 0)
        s, m = self.one_message()
        sizes = [o for o in m["mail_options"] if o.upper().startswith("SIZE=")]
        self.assertEqual(len(sizes), 1, self.explain("no SIZE= with MAIL FROM (SIZE offered)"))
        # RFC 1870: an estimate; it must not be below the real size by much.
        self.assertGreaterEqual(int(sizes[0][5:]), len(eml),
                                self.explain("SIZE=%s below the file size" % sizes[0][5:]))

    def test_ehlo_name_is_not_localhost(self):
        r = self.send("--body", "x")
        self.assertExit(r, 0)
        s = self.one_session()
        name = s["ehlo"]
        self.assertIsNotNone(name, self.explain("no EHLO arrived: %r" % s["commands"]))
        self.assertNotEqual(name.lower(), "localhost", self.explain("EHLO localhost"))
        self.assertTrue(re.fullmatch(r"\[127\.0\.0\.1\]|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", name),
                        self.explain("EHLO name %r is neither an FQDN nor [127.0.0.1]" % name))
        self.assertEqual(s["commands"][0], "EHLO " + name)
        # --ehlo wins.
        self.cap.clear()
        r = self.send("--body", "x", "--ehlo", "client.example.org")
        self.assertExit(r, 0)
        self.assertEqual(self.one_session()["ehlo"], "client.example.org")

    def test_no_pipelining_when_not_offered(self):
        to = ["r%d@capture.test" % i for i in range(5)]
        r = self.send("--body", "x", to=to)
        self.assertExit(r, 0)
        s, m = self.one_message()
        self.assertEqual(m["rcpt_tos"], to)
        # RFC 2920 §3: without PIPELINING each command waits for its reply. The message text
        # (after 354, until the server's next reply) may come in any number of writes.
        in_data = False
        previous = None
        for direction, text in s["timeline"]:
            if direction == "S":
                in_data = text.startswith("354")
            elif not in_data:
                self.assertNotEqual(previous, "C", self.explain(
                    "a command sent before the reply to the previous one (pipelined although "
                    "not offered): %r" % text[:300]))
                self.assertEqual(text.count("\r\n"), 1, self.explain(
                    "more than one command in one write: %r" % text[:300]))
            previous = direction

    def test_starttls_required_is_not_downgraded(self):
        # This server offers no STARTTLS: the default mode must stop (exit 3) before sending
        # credentials or the message.
        r = self.send("--body", "x", "--user", USER, "--auth", "plain", security="starttls",
                      password=PASSWORD)
        self.assertExit(r, 3, "(STARTTLS required but not offered)")
        s = self.one_session()
        verbs = [c.split()[0] for c in s["commands"]]
        self.assertFalse({"AUTH", "MAIL", "RCPT", "DATA"} & set(verbs),
                         self.explain("sent without TLS: %r" % s["commands"]))
        self.assertRegex(r.last_stderr_line, r"STARTTLS",
                         self.explain("the last stderr line does not name STARTTLS"))

    def test_quit_after_message(self):
        r = self.send("--body", "x")
        self.assertExit(r, 0)
        s = self.one_session()
        self.assertEqual(s["commands"][-1], "QUIT", self.explain(repr(s["commands"])))


class PipeliningCaptureTests(CaptureCase):
    server_kwargs = {"pipelining": True}

    def test_100_recipients_pipelined(self):
        to = ["user%03d@capture.test" % i for i in range(100)]
        args = []
        for t in to[1:]:
            args += ["--to", t]
        r = self.send("--body", "to many", *args, to=to[:1])
        self.assertExit(r, 0, "for 100 recipients")
        s, m = self.one_message()
        self.assertEqual(m["rcpt_tos"], to, self.explain("recipients differ"))
        self.assertRegex(r.transcript, r"S: 250-PIPELINING")
        # Client side: every RCPT and DATA written before the reply to MAIL was read.
        lines = r.transcript.splitlines()
        first_reply = next(i for i, l in enumerate(lines)
                           if re.search(r" S: 250 .*(OK|Ok|ok)", l) and i > 0
                           and any("C: MAIL FROM" in x for x in lines[:i]))
        sent_before = [l for l in lines[:first_reply] if " C: RCPT TO" in l]
        self.assertEqual(len(sent_before), 100,
                         self.explain("only %d RCPT sent before the first reply to MAIL"
                                      % len(sent_before)))
        # Server side: MAIL ... DATA arrived before the server said anything (one round trip).
        t = s["timeline"]
        start = next(i for i, (d, c) in enumerate(t) if d == "C" and "MAIL FROM" in c)
        got = ""
        for d, c in t[start:]:
            if d == "S":
                break
            got += c
        self.assertIn("DATA\r\n", got, self.explain(
            "the server replied before DATA arrived: not pipelined (%d RCPT seen first)"
            % got.count("RCPT TO")))
        self.assertEqual(got.count("RCPT TO"), 100)


class StartTlsCaptureTests(CaptureCase):
    server_kwargs = {"starttls": True, "users": {USER: PASSWORD}, "auth_require_tls": True}

    def test_starttls_auth_plain_and_login(self):
        for mech in ("plain", "login"):
            self.cap.clear()
            r = self.send("--body", "tls " + mech, "--user", USER, "--auth", mech,
                          security="starttls", password=PASSWORD)
            self.assertExit(r, 0, "with STARTTLS and --auth %s" % mech)
            s, m = self.one_message()
            self.assertTrue(s["tls"], self.explain("the session was not encrypted"))
            self.assertEqual(s["auth_login"], USER, self.explain("no successful AUTH"))
            verbs = [c.split()[0] for c in s["commands"]]
            self.assertEqual(verbs[:3], ["EHLO", "STARTTLS", "EHLO"],
                             self.explain("unexpected command order: %r" % verbs))
            self.assertLess(verbs.index("STARTTLS"), verbs.index("AUTH"))
            self.assertCleanWire(m["raw"])
            for needle, what in secret_forms(USER, PASSWORD).items():
                self.assertFalse(needle in r.transcript + r.stderr + r.stdout,
                                 self.explain(what + " shown"))


class ClearAuthOfferedTests(CaptureCase):
    """A server that offers AUTH on a clear connection: the CLI must not take it up."""
    server_kwargs = {"users": {USER: PASSWORD}, "auth_require_tls": False}

    def test_no_auth_in_clear_without_permission(self):
        r = self.send("--body", "x", "--user", USER, "--auth", "plain", password=PASSWORD)
        self.assertExit(r, 4, "(AUTH offered in clear, --allow-plaintext-auth not given)")
        sessions = self.cap.wait_for_sessions(1)
        commands = [c for s in sessions for c in s["commands"]]
        wire = "".join(c for s in sessions for d, c in s["timeline"] if d == "C")
        self.assertFalse(any(c.upper().startswith("AUTH") for c in commands),
                         self.explain("AUTH arrived in clear: %r" % commands))
        self.assertNotIn(PASSWORD, wire)
        self.assertFalse(any(c.startswith("MAIL") for c in commands),
                         self.explain("the message was sent without the requested login"))
        r = self.send("--body", "x", "--user", USER, "--auth", "auto", password=PASSWORD)
        self.assertExit(r, 4, "(--auth auto, clear link)")
        commands = [c for s in self.cap.wait_for_sessions(2) for c in s["commands"]]
        self.assertFalse(any(c.upper().startswith("AUTH") for c in commands),
                         self.explain("AUTH arrived in clear with --auth auto: %r" % commands))

    def test_plaintext_auth_when_allowed(self):
        # The control case: the same server does get AUTH once the user allows it.
        r = self.send("--body", "x", "--user", USER, "--auth", "plain",
                      "--allow-plaintext-auth", password=PASSWORD)
        self.assertExit(r, 0, "with --allow-plaintext-auth")
        s = self.one_session()
        self.assertEqual(s["auth_login"], USER, self.explain("no AUTH arrived"))


class ImplicitTlsCaptureTests(CaptureCase):
    server_kwargs = {"implicit_tls": True, "users": {USER: PASSWORD}}

    def test_implicit_tls_eml(self):
        eml = b"Subject: implicit\n\n.dot\nbody\n"
        path = os.path.join(self.tmp, "implicit.eml")
        with open(path, "wb") as f:
            f.write(eml)
        r = self.send("--eml", path, "--user", USER, "--auth", "login", security="tls",
                      password=PASSWORD)
        self.assertExit(r, 0, "with --security tls")
        s, m = self.one_message()
        self.assertTrue(s["tls"], self.explain("not encrypted"))
        self.assertNotIn("STARTTLS", [c.split()[0] for c in s["commands"]])
        self.assertEqual(m["raw"], wire_form(eml))


if __name__ == "__main__":
    unittest.main(verbosity=2)
