#!/usr/bin/python3
"""Real SMTP clients send to `sendscope-cli --sandbox` over STARTTLS with AUTH: Python's
smtplib, swaks, msmtp, curl and sendscope-cli itself. What is stored is read back with
Python's `email` package, which nobody here wrote."""
import datetime
import email
import email.policy
import os
import signal
import smtplib
import ssl
import stat
import subprocess
import sys
import tempfile
import unittest
import uuid

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandboxproc import Sandbox  # noqa: E402


def token():
    return uuid.uuid4().hex[:12]


class SandboxClients(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="sendscope-sandbox-")
        cls.sb = Sandbox(os.path.join(cls.tmp.name, "data"))

    @classmethod
    def tearDownClass(cls):
        rc = cls.sb.stop(signal.SIGTERM)
        cls.tmp.cleanup()
        if rc != 0:
            raise AssertionError("sandbox exit code after SIGTERM: %d" % rc)

    def find(self, tok, expect=1):
        found = []
        for _ in range(100):
            found = [(eml, env) for eml, env in self.sb.messages().values() if tok.encode() in eml]
            if len(found) >= expect:
                break
            import time
            time.sleep(0.05)
        self.assertEqual(len(found), expect, "messages carrying %s" % tok)
        return found

    def parse(self, eml):
        return email.message_from_bytes(eml, policy=email.policy.default)

    def text(self, message):
        # The .eml keeps the wire's CRLF; email hands the lines back with it.
        return message.get_content().replace("\r\n", "\n")

    def tls_context(self):
        ctx = ssl.create_default_context(cafile=self.sb.cert)
        return ctx

    # --- what the first start leaves behind -------------------------------------------
    def test_files_and_certificate(self):
        d = self.sb.dir
        for name in ("private-key.pem", "credentials.json"):
            mode = stat.S_IMODE(os.stat(os.path.join(d, name)).st_mode)
            self.assertEqual(mode, 0o600, name)
        with open(self.sb.cert, "rb") as f:
            cert = x509.load_pem_x509_certificate(f.read())
        self.assertEqual(cert.fingerprint(hashes.SHA256()).hex(), self.sb.sha256)
        self.assertIsInstance(cert.public_key(), ec.EllipticCurvePublicKey)
        self.assertEqual(cert.public_key().curve.name, "secp256r1")
        self.assertEqual(cert.issuer, cert.subject)
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        self.assertIn("localhost", san.get_values_for_type(x509.DNSName))
        ips = [str(i) for i in san.get_values_for_type(x509.IPAddress)]
        self.assertIn("127.0.0.1", ips)
        self.assertIn("::1", ips)
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        self.assertFalse(bc.ca)
        after = getattr(cert, "not_valid_after_utc", None) or cert.not_valid_after.replace(
            tzinfo=datetime.timezone.utc)
        before = getattr(cert, "not_valid_before_utc", None) or cert.not_valid_before.replace(
            tzinfo=datetime.timezone.utc)
        days = (after - before).days
        self.assertTrue(700 <= days <= 740, days)
        self.assertLess(before, datetime.datetime.now(datetime.timezone.utc))
        from cryptography.hazmat.primitives import serialization
        with open(os.path.join(d, "private-key.pem"), "rb") as f:
            key = serialization.load_pem_private_key(f.read(), password=None)
        self.assertEqual(key.public_key().public_numbers(), cert.public_key().public_numbers())

    # --- Python smtplib ------------------------------------------------------------------
    def test_smtplib_plain_utf8(self):
        tok = token()
        body = "Grüße aus der Sandbox %s\r\n.leading dot\r\n..two dots\r\n" % tok
        msg = ("From: Änne <anne@example.org>\r\nTo: bob@example.org\r\n"
               "Subject: smtplib %s\r\nMIME-Version: 1.0\r\n"
               "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
               "\r\n" % tok + body).encode()
        with smtplib.SMTP("127.0.0.1", self.sb.port, timeout=30) as s:
            s.ehlo("smtplib.test")
            self.assertNotIn("auth", s.esmtp_features, "AUTH must not be offered in clear")
            s.starttls(context=self.tls_context())
            s.ehlo("smtplib.test")
            self.assertIn("plain", s.esmtp_features["auth"].lower())
            self.assertNotIn("starttls", s.esmtp_features)
            s.login(self.sb.user, self.sb.password)
            refused = s.sendmail("anne@example.org", ["bob@example.org", "jörg@例え.example"],
                                 msg, mail_options=["SMTPUTF8", "BODY=8BITMIME"])
            self.assertEqual(refused, {})
        [(eml, env)] = self.find(tok)
        self.assertEqual(eml, msg, "stored byte for byte, dot-unstuffed")
        m = self.parse(eml)
        self.assertEqual(m["Subject"], "smtplib %s" % tok)
        self.assertEqual(self.text(m), body.replace("\r\n", "\n"))
        self.assertEqual(env["from"], "anne@example.org")
        self.assertEqual(env["to"], ["bob@example.org", "jörg@例え.example"])
        self.assertTrue(env["tls"])
        self.assertTrue(env["smtpUtf8"])
        self.assertEqual(env["body"], "8BITMIME")
        self.assertEqual(env["authUser"], self.sb.user)
        self.assertEqual(env["clientName"], "smtplib.test")
        self.assertEqual(env["size"], len(eml))

    def test_smtplib_login_and_wrong_password(self):
        tok = token()
        with smtplib.SMTP("127.0.0.1", self.sb.port, timeout=30) as s:
            s.starttls(context=self.tls_context())
            s.ehlo()
            s.user, s.password = self.sb.user, self.sb.password + "x"
            with self.assertRaises(smtplib.SMTPAuthenticationError) as cm:
                s.auth("LOGIN", s.auth_login)
            self.assertEqual(cm.exception.smtp_code, 535)
            s.user, s.password = self.sb.user, self.sb.password
            code, _ = s.auth("LOGIN", s.auth_login)
            self.assertEqual(code, 235)
            refused = s.sendmail("a@example.org", ["b@example.org", "nobody@reject.invalid"],
                                 "Subject: login %s\r\n\r\nbody %s\r\n" % (tok, tok))
            self.assertEqual(refused["nobody@reject.invalid"][0], 550)
            self.assertTrue(refused["nobody@reject.invalid"][1].startswith(b"5.1.1"))
        [(eml, env)] = self.find(tok)
        self.assertEqual(env["to"], ["b@example.org"])

    def test_smtplib_untrusted_certificate_fails(self):
        # A client that does not trust the sandbox's certificate must not get through.
        with smtplib.SMTP("127.0.0.1", self.sb.port, timeout=30) as s:
            with self.assertRaises(ssl.SSLCertVerificationError):
                s.starttls(context=ssl.create_default_context())

    # --- swaks ---------------------------------------------------------------------------
    def run_tool(self, args, **kw):
        r = subprocess.run(args, capture_output=True, timeout=60, **kw)
        return r

    def test_swaks_plain_and_login(self):
        for mech in ("PLAIN", "LOGIN"):
            tok = token()
            r = self.run_tool(["swaks", "--server", "127.0.0.1", "--port", str(self.sb.port),
                               "--tls", "--tls-verify", "--tls-ca-path", self.sb.cert,
                               "--auth", mech, "--auth-user", self.sb.user,
                               "--auth-password", self.sb.password,
                               "--from", "swaks@example.org", "--to", "rcpt@example.net",
                               "--header", "Subject: swaks %s %s" % (mech, tok),
                               "--body", "swaks body %s" % tok])
            self.assertEqual(r.returncode, 0, r.stdout.decode(errors="replace")[-3000:])
            [(eml, env)] = self.find(tok)
            m = self.parse(eml)
            self.assertEqual(m["Subject"], "swaks %s %s" % (mech, tok))
            self.assertIn("swaks body %s" % tok, self.text(m))
            self.assertEqual(env["to"], ["rcpt@example.net"])
            self.assertEqual(env["authUser"], self.sb.user)

    def test_swaks_refused_without_tls(self):
        r = self.run_tool(["swaks", "--server", "127.0.0.1", "--port", str(self.sb.port),
                           "--auth", "PLAIN", "--auth-user", self.sb.user,
                           "--auth-password", self.sb.password,
                           "--from", "swaks@example.org", "--to", "rcpt@example.net"])
        # No AUTH in clear: it is not even offered, so swaks gives up before MAIL.
        self.assertNotEqual(r.returncode, 0)
        self.assertIn(b"250-STARTTLS", r.stdout)
        self.assertNotIn(b"AUTH", r.stdout.split(b"-> QUIT")[0])
        self.assertNotIn(b"MAIL FROM", r.stdout)

    # --- msmtp (GnuTLS) ------------------------------------------------------------------
    def msmtp(self, extra, tok):
        conf = os.path.join(self.tmp.name, "msmtprc-" + tok)
        with open(conf, "w") as f:
            f.write("account sandbox\nhost 127.0.0.1\nport %d\ntls on\ntls_starttls on\n"
                    "auth plain\nuser %s\npassword %s\nfrom msmtp@example.org\n%s\n"
                    "account default : sandbox\n"
                    % (self.sb.port, self.sb.user, self.sb.password, extra))
        os.chmod(conf, 0o600)
        message = ("From: msmtp@example.org\nTo: to@example.com\nSubject: msmtp %s\n\n"
                   "msmtp body %s\n.\n.. dots\n" % (tok, tok)).encode()
        r = self.run_tool(["msmtp", "-C", conf, "to@example.com"], input=message)
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors="replace"))
        [(eml, env)] = self.find(tok)
        m = self.parse(eml)
        self.assertEqual(m["Subject"], "msmtp %s" % tok)
        self.assertEqual(self.text(m), "msmtp body %s\n.\n.. dots\n" % tok)
        self.assertEqual(env["to"], ["to@example.com"])

    def test_msmtp_trust_file(self):
        self.msmtp("tls_trust_file %s" % self.sb.cert, token())

    def test_msmtp_fingerprint(self):
        fp = ":".join(self.sb.sha256[i:i + 2] for i in range(0, 64, 2)).upper()
        self.msmtp("tls_fingerprint %s" % fp, token())

    # --- curl (OpenSSL) ------------------------------------------------------------------
    def test_curl(self):
        tok = token()
        path = os.path.join(self.tmp.name, "curl-%s.eml" % tok)
        with open(path, "wb") as f:
            f.write(("From: curl@example.org\r\nTo: a@example.com\r\nSubject: curl %s\r\n\r\n"
                     "curl body %s\r\n.\r\nend\r\n" % (tok, tok)).encode())
        r = self.run_tool(["curl", "-sS", "--url", "smtp://127.0.0.1:%d" % self.sb.port,
                           "--ssl-reqd", "--cacert", self.sb.cert,
                           "--user", "%s:%s" % (self.sb.user, self.sb.password),
                           "--mail-from", "curl@example.org", "--mail-rcpt", "a@example.com",
                           "--mail-rcpt", "b@example.com", "--upload-file", path])
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors="replace"))
        [(eml, env)] = self.find(tok)
        m = self.parse(eml)
        self.assertEqual(self.text(m), "curl body %s\n.\nend\n" % tok)
        self.assertEqual(env["to"], ["a@example.com", "b@example.com"])
        # Every recipient refused: curl reports the failure.
        r = self.run_tool(["curl", "-sS", "--url", "smtp://127.0.0.1:%d" % self.sb.port,
                           "--ssl-reqd", "--cacert", self.sb.cert,
                           "--user", "%s:%s" % (self.sb.user, self.sb.password),
                           "--mail-from", "curl@example.org", "--mail-rcpt", "x@reject.invalid",
                           "--upload-file", path])
        self.assertNotEqual(r.returncode, 0)

    # --- sendscope-cli -------------------------------------------------------------------
    def sendscope(self, extra, tok, to=("to@example.com",)):
        env = dict(os.environ, SANDBOX_PW=self.sb.password)
        args = [os.environ["SENDSCOPE_CLI"], "--server", "127.0.0.1", "--port", str(self.sb.port),
                "--user", self.sb.user, "--password-env", "SANDBOX_PW",
                "--from", "cli@example.org", "--subject", "cli %s" % tok,
                "--body", "cli body %s" % tok, "--timeout", "30", *extra]
        for t in to:
            args += ["--to", t]
        return self.run_tool(args, env=env)

    def test_sendscope_cli_pinned(self):
        tok = token()
        r = self.sendscope(["--pin-sha256", self.sb.sha256], tok)
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors="replace"))
        [(eml, env)] = self.find(tok)
        m = self.parse(eml)
        self.assertEqual(m["Subject"], "cli %s" % tok)
        self.assertIn("cli body %s" % tok, self.text(m))
        self.assertEqual(env["from"], "cli@example.org")

    def test_sendscope_cli_ca_file_and_partial(self):
        tok = token()
        r = self.sendscope(["--ca-file", self.sb.cert], tok,
                           to=("ok@example.com", "no@reject.invalid"))
        self.assertEqual(r.returncode, 6, r.stderr.decode(errors="replace"))
        [(eml, env)] = self.find(tok)
        self.assertEqual(env["to"], ["ok@example.com"])

    def test_sendscope_cli_wrong_pin(self):
        tok = token()
        r = self.sendscope(["--pin-sha256", "00" * 32], tok)
        self.assertEqual(r.returncode, 3, r.stderr.decode(errors="replace"))
        self.find(tok, expect=0)


class SandboxRestart(unittest.TestCase):
    def test_credentials_and_certificate_persist(self):
        with tempfile.TemporaryDirectory(prefix="sendscope-sandbox-") as tmp:
            d = os.path.join(tmp, "data")
            a = Sandbox(d)
            self.assertEqual(a.stop(signal.SIGINT), 0)
            b = Sandbox(d)
            try:
                self.assertEqual((a.user, a.password, a.sha256), (b.user, b.password, b.sha256))
                self.assertNotEqual(a.port, 0)
            finally:
                self.assertEqual(b.stop(), 0)
            # Another folder, another identity: nothing fixed is shipped.
            c = Sandbox(os.path.join(tmp, "other"))
            try:
                self.assertNotEqual(c.sha256, a.sha256)
                self.assertNotEqual(c.password, a.password)
            finally:
                self.assertEqual(c.stop(), 0)

    def test_given_credentials(self):
        with tempfile.TemporaryDirectory(prefix="sendscope-sandbox-") as tmp:
            env = dict(os.environ, SB_PW="given-secret-123")
            sb = Sandbox(os.path.join(tmp, "data"), ["--user", "alice", "--password-env", "SB_PW"],
                         env=env)
            try:
                self.assertEqual((sb.user, sb.password), ("alice", "given-secret-123"))
                with smtplib.SMTP("127.0.0.1", sb.port, timeout=30) as s:
                    s.starttls(context=ssl.create_default_context(cafile=sb.cert))
                    s.login("alice", "given-secret-123")
                self.assertFalse(os.path.exists(os.path.join(sb.dir, "credentials.json")))
            finally:
                self.assertEqual(sb.stop(), 0)

    def test_bad_arguments(self):
        cli = os.environ["SENDSCOPE_CLI"]
        for args in (["--port", "70000"], ["--user", "x"], ["--bogus"],
                     ["--user", "x", "--password-env", "SENDSCOPE_SURELY_UNSET_VAR"]):
            r = subprocess.run([cli, "--sandbox", *args], capture_output=True, timeout=30)
            self.assertEqual(r.returncode, 1, args)
            self.assertEqual(r.stdout, b"")
            self.assertTrue(r.stderr.strip(), args)


if __name__ == "__main__":
    unittest.main(verbosity=2)
