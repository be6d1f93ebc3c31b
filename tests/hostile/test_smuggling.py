#!/usr/bin/python3
"""SMTP smuggling (issue 8): no input — body text, body file, .eml file, header, subject — can
make the client end DATA early or put a bare CR or LF on the wire. The server records the bytes
between 354 and the final CRLF.CRLF; they must be CRLF-only, dot-stuffed (RFC 5321 §4.5.2),
followed by nothing but QUIT, and for --eml equal to the file with only its line endings fixed
(DESIGN "One DATA filter")."""
import os
import re
import tempfile

from hostile_common import *  # noqa: F401,F403
from scripted_server import ScriptedServer

# Each one tries to end the data early in some server's eyes (Postfix, Exchange, Sendmail each
# accepted a different one in the 2023 smuggling reports), then smuggles a second message.
SMUGGLED = b"MAIL FROM:<evil@attacker.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\n" \
           b"From: ceo@example.org\r\n\r\nsmuggled\r\n"
PAYLOADS = {
    "lf_dot_lf": b"before\n.\n" + SMUGGLED + b".\nafter\n",
    "cr_dot_cr": b"before\r.\r" + SMUGGLED + b".\rafter\r\n",
    "lf_dot_crlf": b"before\n.\r\n" + SMUGGLED + b".\r\nafter\r\n",
    "crlf_dot_lf": b"before\r\n.\n" + SMUGGLED + b".\nafter\r\n",
    "crlf_dot_cr": b"before\r\n.\r" + SMUGGLED + b".\rafter\r\n",
    "cr_dot_crlf": b"before\r.\r\n" + SMUGGLED + b".\r\nafter\r\n",
    "lf_dot_cr": b"before\n.\r" + SMUGGLED + b"after\r\n",
    "cr_dot_lf": b"before\r.\n" + SMUGGLED + b"after\r\n",
    "crlf_dot_crlf": b"before\r\n.\r\n" + SMUGGLED + b".\r\nafter\r\n",
    "dot_first_line": b".\r\n" + SMUGGLED + b"after\r\n",
    "dots_only": b".\r\n..\r\n...\r\n.\n.\r.\r\n",
    "lf_cr_mix": b"a\n\rb\r\r\nc\n\n.\n\r.\r\n",
    "dot_at_end_no_eol": b"before\r\n.",
    "cr_at_end": b"before\r\n.\r",
    "lf_at_end": b"before\n.\n",
    "nul_and_dot": b"x\x00\r\n.\x00\r\n.\r\n\x00",
}


def normalize(data):
    """Line ends as the DATA filter makes them: CRLF, a lone CR or a lone LF each end a line."""
    data = re.sub(rb"\r\n|\r|\n", b"\r\n", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def dot_stuff(data):
    return b"".join(b"." + l if l.startswith(b".") else l for l in data.splitlines(True))


class Smuggling(HostileCase):

    def session(self, message, **kw):
        srv = self.serve(steps_of(plain_stages(**kw)))
        run = run_cli(srv.port, security="none", user=False, message=message)
        self.finish(srv)
        return srv, run

    def assertCleanData(self, srv, run):
        self.assertExit(run, EXIT_OK)
        # Nothing after the real end of data but QUIT: no smuggled command reached the
        # server's command parser.
        self.assertScriptFollowed(srv, run)
        self.assertEqual(len(srv.data_blocks), 1, run.describe())
        block = srv.data_blocks[0]
        self.assertEqual(bare_line_ends(block), [], "bare CR or LF on the wire: %r" % block[:400])
        after_data = srv.received().split(b"\r\n.\r\n", 1)[1]
        self.assertEqual(after_data, b"QUIT\r\n", "the client sent more after the data")
        # No line of the data is a lone "." (it would end the data at the server).
        for line in block.split(b"\r\n"):
            self.assertNotEqual(line, b".", "an unstuffed dot line: %r" % block[:400])
        return block

    def test_eml_payloads(self):
        work = tempfile.mkdtemp(prefix="sendscope-hostile-")
        for name, payload in PAYLOADS.items():
            with self.subTest(payload=name):
                data = simple_eml(body=payload)
                path = write_eml(work, name + ".eml", data)
                srv, run = self.session(["--eml", path])
                block = self.assertCleanData(srv, run)
                # --eml is byte-exact apart from line endings.
                self.assertEqual(block, dot_stuff(normalize(data)))
                with open(path, "rb") as f:
                    self.assertEqual(f.read(), data, "the --eml file was modified")
                self.assertAcceptedMessage(block, run)

    def test_eml_with_bare_line_ends(self):
        # The same payloads in files whose own line ends are bare LF or bare CR.
        work = tempfile.mkdtemp(prefix="sendscope-hostile-")
        for ending in (b"\n", b"\r"):
            for name in ("lf_dot_lf", "cr_dot_cr", "crlf_dot_crlf"):
                with self.subTest(ending=ending, payload=name):
                    data = simple_eml(body=PAYLOADS[name]).replace(b"\r\n", ending)
                    path = write_eml(work, "bare.eml", data)
                    srv, run = self.session(["--eml", path])
                    block = self.assertCleanData(srv, run)
                    self.assertEqual(block, dot_stuff(normalize(data)))
                    self.assertAcceptedMessage(block, run)

    def test_eml_payload_in_a_header(self):
        # A header line that carries the payload: the file is not valid RFC 5322 any more (a
        # lone "." line inside the header block), so only the wire rules are checked here.
        work = tempfile.mkdtemp(prefix="sendscope-hostile-")
        for name in ("lf_dot_lf", "cr_dot_cr", "crlf_dot_crlf", "lf_dot_crlf"):
            with self.subTest(payload=name):
                data = simple_eml(extra=b"X-Trick: a" + PAYLOADS[name][6:] + b"\r\n")
                path = write_eml(work, "header.eml", data)
                srv, run = self.session(["--eml", path])
                block = self.assertCleanData(srv, run)
                self.assertEqual(block, dot_stuff(normalize(data)))

    def body_text(self, block):
        import email
        import email.policy
        msg = email.message_from_bytes(undot(block), policy=email.policy.default)
        self.assertEqual(msg.defects, [])
        return msg.get_body(preferencelist=("plain",)).get_content()

    def check_body(self, payload, text, run):
        """The text the reader sees is the payload, line by line. CRLF and LF are line breaks;
        a lone CR may either be one too or stay a character (quoted-printable "=0D") — both
        are safe on the wire, which assertCleanData() checked."""
        raw = payload.decode("latin-1")
        got = text.replace("\r\n", "\n").rstrip("\n")
        keep_cr = raw.replace("\r\n", "\n").rstrip("\n")
        cr_breaks = re.sub(r"\r\n|\r|\n", "\n", raw).rstrip("\n")
        self.assertIn(got, (keep_cr, cr_breaks), run.describe())

    def test_body_payloads(self):
        for name, payload in PAYLOADS.items():
            if b"\x00" in payload:
                continue
            with self.subTest(payload=name):
                srv, run = self.session(["--subject", SUBJECT, "--body", payload.decode()])
                block = self.assertCleanData(srv, run)
                self.assertAcceptedMessage(block, run)
                self.check_body(payload, self.body_text(block), run)

    def test_body_file_payloads(self):
        work = tempfile.mkdtemp(prefix="sendscope-hostile-")
        for name, payload in PAYLOADS.items():
            if b"\x00" in payload:
                continue
            with self.subTest(payload=name):
                path = write_eml(work, name + ".txt", payload)
                srv, run = self.session(["--subject", SUBJECT, "--body-file", path])
                block = self.assertCleanData(srv, run)
                self.assertAcceptedMessage(block, run)
                self.check_body(payload, self.body_text(block), run)
                with open(path, "rb") as f:
                    self.assertEqual(f.read(), payload, "the --body-file was modified")

    def test_pipelining_server(self):
        # With PIPELINING the commands go in one write; smuggling must fail the same way.
        work = tempfile.mkdtemp(prefix="sendscope-hostile-")
        path = write_eml(work, "p.eml", simple_eml(body=PAYLOADS["lf_dot_lf"]))
        srv, run = self.session(["--eml", path],
                                caps=b"250-hostile.test\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
        block = self.assertCleanData(srv, run)
        self.assertEqual(block, dot_stuff(normalize(simple_eml(body=PAYLOADS["lf_dot_lf"]))))
        self.assertAcceptedMessage(block, run)

    def test_harness_detects_a_naive_client(self):
        # The checks above can fail: a naive client (no dot-stuffing, LF passed through) run
        # against the same script is caught by assertCleanData().
        import socket
        srv = self.serve(steps_of(plain_stages()))
        with socket.create_connection(("127.0.0.1", srv.port)) as c:
            f = c.makefile("rb")

            def say(line):
                c.sendall(line)
                while True:
                    reply = f.readline()
                    if reply[3:4] != b"-":
                        return reply
            f.readline()
            say(b"EHLO naive\r\n")
            say(b"MAIL FROM:<%s>\r\n" % FROM.encode())
            say(b"RCPT TO:<%s>\r\n" % TO.encode())
            say(b"DATA\r\n")
            c.sendall(simple_eml(body=PAYLOADS["crlf_dot_crlf"]) + b".\r\n")
            f.readline()
            c.sendall(b"QUIT\r\n")
            c.settimeout(5)
            try:
                c.recv(100)
            except OSError:
                pass
        self.finish(srv)
        fake = Run(EXIT_OK, b"", b"", b"", 0.0, ["naive client"])
        with self.assertRaises(AssertionError):
            self.assertCleanData(srv, fake)

    def test_header_and_subject_line_breaks_refused(self):
        # Header input with CR or LF is bad input (exit 1), found before connecting.
        cases = [
            ["--subject", "hi\r\n.\r\nMAIL FROM:<evil@attacker.example>", "--body", "x"],
            ["--subject", "hi\n.\nRCPT TO:<victim@example.org>", "--body", "x"],
            ["--subject", "hi\r.\rDATA", "--body", "x"],
            ["--subject", "s", "--body", "x", "--header", "X-A: a\r\n.\r\nQUIT"],
            ["--subject", "s", "--body", "x", "--header", "X-A: a\n.\nQUIT"],
            ["--subject", "s", "--body", "x", "--header", "X-A: a\r.\rQUIT"],
        ]
        for message in cases:
            with self.subTest(message=message):
                srv = ScriptedServer([], accept_timeout=1.0).start()
                run = run_cli(srv.port, security="none", user=False, message=message)
                srv.join(5)
                self.assertExit(run, EXIT_USAGE)
                self.assertTells(run, r"line break|CR|LF|header|inject")
                self.assertFalse(srv.connected, "the CLI connected despite bad input")


if __name__ == "__main__":
    main()
