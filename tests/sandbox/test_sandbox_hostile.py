#!/usr/bin/python3
"""Hostile and careless clients against `sendscope-cli --sandbox`: garbage, over-long lines,
pipelined batches, injected bytes after STARTTLS, a client that leaves mid-DATA, too many
connections, 50 clients at once, oversized messages, SIGTERM mid-transaction. The sandbox must
answer every one in order, keep serving, bound its memory and store nothing partial."""
import base64
import os
import signal
import socket
import ssl
import sys
import tempfile
import threading
import time
import unittest
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandboxproc import Sandbox  # noqa: E402


class Client:
    """A raw SMTP client: writes exactly the bytes given, reads whole replies."""

    def __init__(self, sb, timeout=30):
        self.sb = sb
        self.sock = socket.create_connection(("127.0.0.1", sb.port), timeout=timeout)
        self.buf = b""

    def send(self, data):
        self.sock.sendall(data)

    def reply(self):
        """One reply: (code, [lines])."""
        lines = []
        while True:
            while b"\r\n" not in self.buf:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise ConnectionError("closed; partial %r" % self.buf)
                self.buf += chunk
            line, self.buf = self.buf.split(b"\r\n", 1)
            lines.append(line.decode())
            if len(line) < 4 or line[3:4] != b"-":
                return int(line[:3]), lines

    def codes(self, n):
        return [self.reply()[0] for _ in range(n)]

    def starttls(self):
        self.send(b"STARTTLS\r\n")
        code, _ = self.reply()
        assert code == 220, code
        ctx = ssl.create_default_context(cafile=self.sb.cert)
        self.sock = ctx.wrap_socket(self.sock, server_hostname="localhost")
        self.buf = b""

    def login(self, name="hostile.test"):
        assert self.reply()[0] == 220
        self.send(b"EHLO %s\r\n" % name.encode())
        assert self.reply()[0] == 250
        self.starttls()
        self.send(b"EHLO %s\r\n" % name.encode())
        assert self.reply()[0] == 250
        cred = base64.b64encode(b"\0" + self.sb.user.encode() + b"\0" + self.sb.password.encode())
        self.send(b"AUTH PLAIN " + cred + b"\r\n")
        code, lines = self.reply()
        assert code == 235, lines

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def message(tok, size=0):
    body = ("Subject: %s\r\n\r\nbody %s\r\n" % (tok, tok)).encode()
    if size:
        body += (b"x" * 70 + b"\r\n") * (size // 72 + 1)
    return body


class Hostile(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="sendscope-sandbox-")
        # Under AddressSanitizer freed blocks sit in a quarantine (256 MB) that would count
        # as RSS; keep it small so the memory check measures the sandbox's own buffers.
        env = os.environ.copy()
        env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":quarantine_size_mb=1").lstrip(":")
        cls.sb = Sandbox(os.path.join(cls.tmp.name, "data"),
                         ["--max-size", "200000", "--idle-timeout", "3", "--verbose"], env=env)

    @classmethod
    def tearDownClass(cls):
        rc = cls.sb.stop(signal.SIGTERM)
        log = cls.sb.stderr()
        cls.tmp.cleanup()
        if rc != 0:
            raise AssertionError("exit code after SIGTERM: %d" % rc)
        # The verbose transcript never carries the password or an AUTH payload.
        if cls.sb.password in log:
            raise AssertionError("the password appeared in the sandbox's log")

    def setUp(self):
        self.assertIsNone(self.sb.proc.poll(), "the sandbox is still running")

    def stored_with(self, tok):
        return [m for m in self.sb.messages().values() if tok.encode() in m[0]]

    def assert_serving(self):
        """A complete, valid send still works."""
        tok = uuid.uuid4().hex
        c = Client(self.sb)
        c.login()
        c.send(b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n")
        self.assertEqual(c.codes(3), [250, 250, 354])
        c.send(message(tok) + b".\r\nQUIT\r\n")
        self.assertEqual(c.codes(2), [250, 221])
        c.close()
        self.assertEqual(len(self.stored_with(tok)), 1)

    def test_garbage_and_sequence_errors(self):
        c = Client(self.sb)
        self.assertEqual(c.reply()[0], 220)
        batch = [
            (b"FOO bar", 500),
            (b"\x00\xff\xfe garbage \x01", 500),
            (b"", 500),
            (b"MAIL FROM:<a@example.org>", 503),  # before EHLO
            (b"EHLO", 501),
            (b"HELO a b", 501),
            (b"EHLO garbage.test", 250),
            (b"RCPT TO:<b@example.org>", 503),
            (b"DATA", 503),
            (b"AUTH PLAIN AGFAYQ==", 538),         # no AUTH in clear (RFC 4954 §4)
            (b"MAIL FROM:<a@example.org>", 530),   # must STARTTLS first
            (b"STARTTLS now", 501),
            (b"VRFY someone", 252),
            (b"VRFY", 501),
            (b"EXPN list", 502),
            (b"HELP", 214),
            (b"NOOP", 250),
            (b"RSET extra", 501),
            (b"RSET", 250),
        ]
        c.send(b"".join(cmd + b"\r\n" for cmd, _ in batch))
        got = c.codes(len(batch))
        self.assertEqual(got, [code for _, code in batch])
        # After TLS and AUTH: bad addresses and parameters.
        c.starttls()
        c.send(b"EHLO garbage.test\r\n")
        self.assertEqual(c.reply()[0], 250)
        cred = base64.b64encode(b"\0" + self.sb.user.encode() + b"\0" + self.sb.password.encode())
        c.send(b"AUTH PLAIN " + cred + b"\r\n")
        self.assertEqual(c.reply()[0], 235)
        batch = [
            (b"AUTH PLAIN " + cred, 503),                 # already authenticated
            (b"MAIL FROM:a@example.org", 501),            # no angle brackets
            (b"MAIL FROM:<a@@example.org>", 553),
            (b"MAIL FROM:<j\xc3\xb6rg@example.org>", 553),  # non-ASCII without SMTPUTF8
            (b"MAIL FROM:<a@example.org> BOGUS=1", 555),
            (b"MAIL FROM:<a@example.org> SIZE=99999999", 552),
            (b"MAIL FROM:<a@example.org> BODY=BINARYMIME", 501),
            (b"MAIL FROM:<> SIZE=10", 250),               # the null sender
            (b"MAIL FROM:<a@example.org>", 503),          # nested
            (b"RCPT TO:<>", 553),
            (b"RCPT TO:<b@example.org> NOTIFY=NEVER", 555),
            (b"RCPT TO:<later@tempfail.invalid>", 450),
            (b"RCPT TO:<nobody@reject.invalid>", 550),
            (b"DATA", 554),                               # no valid recipient
            (b"RCPT TO:<Postmaster>", 250),
            (b"DATA extra", 501),
            (b"QUIT", 221),
        ]
        c.send(b"".join(cmd + b"\r\n" for cmd, _ in batch))
        self.assertEqual(c.codes(len(batch)), [code for _, code in batch])
        c.close()
        self.assert_serving()

    def test_long_lines_bounded(self):
        c = Client(self.sb)
        self.assertEqual(c.reply()[0], 220)
        c.send(b"EHLO long.test\r\n")
        self.assertEqual(c.reply()[0], 250)
        # A 1 MB line: refused with 500 5.5.6, and the same connection still answers.
        c.send(b"NOOP " + b"A" * (1024 * 1024) + b"\r\nNOOP\r\n")
        code, lines = c.reply()
        self.assertEqual(code, 500)
        self.assertIn("5.5.6", lines[0])
        self.assertEqual(c.reply()[0], 250)
        # A line exactly at the bound is accepted; one octet more is not.
        c.send(b"NOOP " + b"a" * (4096 - 7) + b"\r\n")
        self.assertEqual(c.reply()[0], 250)
        c.send(b"NOOP " + b"a" * (4096 - 6) + b"\r\n")
        self.assertEqual(c.reply()[0], 500)
        # 64 MB without a line end: memory stays bounded (nothing is buffered).
        before = self.sb.rss_kib()
        chunk = b"B" * (1024 * 1024)
        for _ in range(64):
            c.send(chunk)
        c.send(b"\r\nNOOP\r\n")
        self.assertEqual(c.reply()[0], 500)
        self.assertEqual(c.reply()[0], 250)
        grown = self.sb.rss_kib() - before
        print("RSS growth after a 64 MB line: %d KiB" % grown, file=sys.stderr)
        self.assertLess(grown, 16 * 1024, "RSS grew by %d KiB" % grown)
        c.send(b"QUIT\r\n")
        self.assertEqual(c.reply()[0], 221)
        c.close()
        self.assert_serving()

    def test_pipelined_transaction(self):
        tok = uuid.uuid4().hex
        c = Client(self.sb)
        c.login()
        # RFC 2920: everything in one write, replies in order; the dot line and QUIT included.
        c.send(b"MAIL FROM:<p@example.org> BODY=8BITMIME\r\nRCPT TO:<one@example.org>\r\n"
               b"RCPT TO:<x@reject.invalid>\r\nRCPT TO:<two@example.org>\r\nDATA\r\n"
               + message(tok) + b"..stuffed\r\n.\r\nNOOP\r\nQUIT\r\n")
        self.assertEqual(c.codes(8), [250, 250, 550, 250, 354, 250, 250, 221])
        c.close()
        [(eml, env)] = self.stored_with(tok)
        self.assertTrue(eml.endswith(b"\r\n.stuffed\r\n"))
        self.assertEqual(env["to"], ["one@example.org", "two@example.org"])

    def test_bare_lf_does_not_end_data(self):
        # Only <CRLF>.<CRLF> ends DATA (RFC 5321 §4.1.1.4); "\n.\n" is content (no smuggling).
        tok = uuid.uuid4().hex
        c = Client(self.sb)
        c.login()
        c.send(b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n")
        self.assertEqual(c.codes(3), [250, 250, 354])
        c.send(b"Subject: " + tok.encode() + b"\r\n\r\nline\n.\nMAIL FROM:<evil@example.org>\n"
               b"still body\r\n.\r\n")
        self.assertEqual(c.reply()[0], 250)
        c.close()
        [(eml, env)] = self.stored_with(tok)
        self.assertIn(b"line\n.\nMAIL FROM:<evil@example.org>\nstill body\r\n", eml)

    def test_starttls_injection_discarded(self):
        # RFC 3207 §6: commands sent in clear after STARTTLS must not run inside TLS.
        c = Client(self.sb)
        self.assertEqual(c.reply()[0], 220)
        c.send(b"EHLO inject.test\r\n")
        self.assertEqual(c.reply()[0], 250)
        c.send(b"STARTTLS\r\nNOOP\r\nNOOP\r\n")
        self.assertEqual(c.reply()[0], 220)
        self.assertEqual(c.buf, b"")
        ctx = ssl.create_default_context(cafile=self.sb.cert)
        c.sock = ctx.wrap_socket(c.sock, server_hostname="localhost")
        c.send(b"HELP\r\n")
        self.assertEqual(c.reply()[0], 214, "the injected NOOPs were answered")
        c.send(b"MAIL FROM:<a@example.org>\r\n")
        self.assertEqual(c.reply()[0], 503, "EHLO is needed again after STARTTLS")
        c.close()

    def test_disconnect_mid_data_stores_nothing(self):
        before = self.sb.files()
        for how in ("close", "reset", "tls-close"):
            tok = uuid.uuid4().hex
            c = Client(self.sb)
            c.login()
            c.send(b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n")
            self.assertEqual(c.codes(3), [250, 250, 354])
            c.send(message(tok, 50000))
            time.sleep(0.2)
            if how == "reset":
                raw = c.sock
                raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                raw.close()
            elif how == "tls-close":
                # close_notify in the middle of DATA, then the TCP close.
                try:
                    c.sock.unwrap()
                except (ssl.SSLError, OSError):
                    pass
                c.close()
            else:
                c.close()
        time.sleep(0.5)
        self.assertEqual(self.sb.files(), before, "nothing partial, no temporary file left")
        self.assertIn("nothing was stored", self.sb.stderr())
        self.assert_serving()

    def test_size_limit(self):
        tok = uuid.uuid4().hex
        before = self.sb.files()
        c = Client(self.sb)
        c.login()
        c.send(b"MAIL FROM:<a@example.org> SIZE=250000\r\n")
        code, lines = c.reply()
        self.assertEqual((code, lines[0][4:9]), (552, "5.3.4"))
        # Without SIZE: read to the end, then 552, and nothing is kept.
        c.send(b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n")
        self.assertEqual(c.codes(3), [250, 250, 354])
        c.send(message(tok, 300000) + b".\r\n")
        self.assertEqual(c.reply()[0], 552)
        self.assertEqual(self.sb.files(), before)
        # The connection goes on.
        c.send(b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n")
        self.assertEqual(c.codes(3), [250, 250, 354])
        c.send(message(tok, 150000) + b".\r\nQUIT\r\n")
        self.assertEqual(c.codes(2), [250, 221])
        c.close()
        self.assertEqual(len(self.stored_with(tok)), 1)

    def test_auth_cancel_and_bad_base64(self):
        c = Client(self.sb)
        self.assertEqual(c.reply()[0], 220)
        c.send(b"EHLO a.test\r\n")
        self.assertEqual(c.reply()[0], 250)
        c.starttls()
        c.send(b"EHLO a.test\r\nAUTH PLAIN\r\n*\r\nAUTH LOGIN\r\n!!notbase64\r\nAUTH CRAM-MD5\r\n"
               b"AUTH PLAIN " + base64.b64encode(b"other\0" + self.sb.user.encode() + b"\0"
                                                 + self.sb.password.encode()) + b"\r\n")
        self.assertEqual(c.codes(7), [250, 334, 501, 334, 501, 504, 535])
        c.close()

    def test_idle_timeout(self):
        c = Client(self.sb)
        self.assertEqual(c.reply()[0], 220)
        start = time.time()
        code, lines = c.reply()
        self.assertEqual(code, 421)
        self.assertIn("4.4.2", lines[0])
        self.assertLess(time.time() - start, 10)
        self.assertEqual(c.sock.recv(10), b"", "closed after the 421")
        c.close()

    def test_too_many_connections(self):
        held = []
        try:
            for _ in range(50):
                c = Client(self.sb)
                self.assertEqual(c.reply()[0], 220)
                held.append(c)
            extra = Client(self.sb)
            code, lines = extra.reply()
            self.assertEqual(code, 421)
            extra.close()
        finally:
            for c in held:
                c.close()
        time.sleep(0.3)
        self.assert_serving()

    def test_fifty_concurrent_senders(self):
        toks = [uuid.uuid4().hex for _ in range(50)]
        errors = []
        barrier = threading.Barrier(50)

        def send(tok):
            try:
                c = Client(self.sb, timeout=60)
                barrier.wait(30)
                c.login("c-%s.test" % tok[:8])
                c.send(b"MAIL FROM:<a@example.org>\r\nRCPT TO:<%s@example.org>\r\nDATA\r\n"
                       % tok.encode())
                assert c.codes(3) == [250, 250, 354]
                c.send(message(tok, 20000) + b".\r\nQUIT\r\n")
                got = c.codes(2)
                assert got == [250, 221], got
                c.close()
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append("%s: %r" % (tok, e))

        threads = [threading.Thread(target=send, args=(t,)) for t in toks]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        self.assertEqual(errors, [])
        msgs = self.sb.messages()
        for tok in toks:
            found = [m for m in msgs.values() if ("%s@example.org" % tok) in m[1]["to"]]
            self.assertEqual(len(found), 1, tok)
            eml, env = found[0]
            self.assertIn(("body %s" % tok).encode(), eml)
            self.assertEqual(env["clientName"], "c-%s.test" % tok[:8])
        ids = [m[1]["id"] for m in msgs.values()]
        self.assertEqual(len(ids), len(set(ids)))


class Shutdown(unittest.TestCase):
    def test_sigterm_mid_data(self):
        with tempfile.TemporaryDirectory(prefix="sendscope-sandbox-") as tmp:
            sb = Sandbox(os.path.join(tmp, "data"))
            c = Client(sb)
            c.login()
            c.send(b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n")
            self.assertEqual(c.codes(3), [250, 250, 354])
            c.send(message("sigterm", 10000))
            time.sleep(0.2)
            sb.proc.send_signal(signal.SIGTERM)
            code, lines = c.reply()
            self.assertEqual(code, 421)
            self.assertEqual(sb.stop(), 0)
            c.close()
            self.assertEqual(os.listdir(sb.inbox), [])
            # Nothing listens any more.
            with self.assertRaises(ConnectionRefusedError):
                socket.create_connection(("127.0.0.1", sb.port), timeout=5)

    def test_sigint_idle(self):
        with tempfile.TemporaryDirectory(prefix="sendscope-sandbox-") as tmp:
            sb = Sandbox(os.path.join(tmp, "data"))
            self.assertEqual(sb.stop(signal.SIGINT), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
