#!/usr/bin/python3
"""sendscope-cli against a real Postfix (Dovecot SASL) started by this script on 127.0.0.1.

One Postfix + Dovecot for the whole class. Tests run in name order; the wrong-password test
is last because Dovecot slows logins after a failure from the same address.
"""
import base64
import email
import email.policy
import hashlib
import hmac
import os
import re
import secrets
import smtplib
import ssl
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import certs  # noqa: E402  (tests/support)
import realservers  # noqa: E402
from clitest import CliTestCase, secret_forms  # noqa: E402

USER = "alice@sendscope.test"
# Stored as SHA512-CRYPT: Dovecot still offers SCRAM, but only PLAIN/LOGIN can succeed.
CRYPT_USER = "erin@sendscope.test"
FROM = "Alice Example <alice@sendscope.test>"
SUBJECT = "Grüße aus Köln – ✓ ünïcödé test"
BODY = ("Hallo Bob,\n"
        "ÄÖÜ äöü ß — “quotes” and a long line: " + "x" * 120 + "\n"
        ".a line that starts with a dot\n"
        "\n"
        "Tschüss\n")


class PostfixCase(CliTestCase):
    """One Postfix + Dovecot per concrete class (started in setUpClass)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pki = certs.make_pki(os.path.join(cls.tmp, "pki"))
        # A fresh random password each run: the secrecy test searches for it.
        cls.password = "Pw-" + secrets.token_urlsafe(18)
        # Room for the 200 MB attachment of test_71 (about 270 MB once in base64).
        cls.pf = cls.enter_server(realservers.postfix_server(
            cls.pki, {USER: cls.password, CRYPT_USER: (cls.password, "SHA512-CRYPT")},
            message_size_limit=400 * 1024 * 1024))
        cls.server_log = cls.pf.log

    # -- helpers ---------------------------------------------------------------------------
    def submit(self, *extra, port=None, security=None, ca=True, auth="auto", password=True,
               to=("bob@sendscope.test",), subject="test", body="hello\n", env=None,
               user=USER):
        args = ["--server", self.pf.host, "--port", port or self.pf.submission_port,
                "--user", user, "--auth", auth, "--from", FROM]
        if security:
            args += ["--security", security]
        if ca:
            args += ["--ca-file", self.pki["ca"]]
        for t in to:
            args += ["--to", t]
        if subject is not None:
            args += ["--subject", subject]
        if body is not None:
            args += ["--body", body]
        args += list(extra)
        return self.run_cli(*args, password=self.password if password is True else password,
                            env=env)

    def delivered(self, box, count=1):
        files = self.pf.wait_for_messages(box, count)
        self.assertEqual(len(files), count,
                         self.explain("expected %d message(s) in the Maildir of %s, found %d"
                                      % (count, box, len(files))))
        with open(files[-1], "rb") as f:
            raw = f.read()
        return raw, email.message_from_bytes(raw, policy=email.policy.default)

    def sasl_method_logged(self, result):
        """The mechanism Postfix logged for the queue id in the CLI's 250 reply."""
        m = re.search(r"queued as ([0-9A-F]+)", result.transcript)
        self.assertIsNotNone(m, self.explain("no queue id in the transcript", result))
        qid = m.group(1)
        # postlogd writes the maillog a moment later than smtpd answers.
        deadline = time.monotonic() + 5
        while True:
            log = realservers._read(self.pf.maillog)
            m2 = re.search(qid + r": client=\S+, sasl_method=([\w-]+), sasl_username=(\S+)",
                           log)
            if m2 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.assertIsNotNone(m2, self.explain("Postfix did not log a SASL login for " + qid,
                                              result))
        return m2.group(1), m2.group(2)

    def send_and_check_auth(self, mech, expected_method):
        self.pf.clear_mailboxes()
        r = self.submit(auth=mech, subject="auth " + mech)
        self.assertExit(r, 0, "for --auth %s" % mech)
        self.assertInTranscript("STARTTLS")
        self.assertInTranscript("235", what="(AUTH success)")
        self.assertInTranscript("C: AUTH " + expected_method)
        method, user = self.sasl_method_logged(r)
        self.assertEqual(method, expected_method, self.explain("Postfix logged another mechanism"))
        self.assertEqual(user, USER)
        for needle, what in secret_forms(USER, self.password).items():
            self.assertFalse(needle in r.transcript + r.stdout + r.stderr,
                             self.explain(what + " shown (--auth %s)" % mech))
        raw, msg = self.delivered("bob")
        self.assertEqual(msg["Subject"], "auth " + mech)


class PostfixTests(PostfixCase):
    """What the engine does today: PLAIN/LOGIN, delivery, TLS modes, certificates, secrecy."""

    def test_11_auth_plain(self):
        self.send_and_check_auth("plain", "PLAIN")

    def test_12_auth_login(self):
        self.send_and_check_auth("login", "LOGIN")

    def test_20_message_arrives_intact(self):
        self.pf.clear_mailboxes()
        r = self.submit("--cc", "carol@sendscope.test", "--bcc", "dave@sendscope.test",
                        auth="plain", subject=SUBJECT, body=BODY,
                        to=("Bob Empfänger <bob@sendscope.test>",))
        self.assertExit(r, 0)
        for rcpt in ("bob", "carol", "dave"):
            self.assertInTranscript("RCPT TO:<%s@sendscope.test>" % rcpt)
        raw, msg = self.delivered("bob")
        ctx = self.explain("delivered message:\n" + raw.decode("utf-8", "replace"))
        self.assertEqual(msg["From"].addresses[0].addr_spec, USER, ctx)
        self.assertEqual(msg["From"].addresses[0].display_name, "Alice Example", ctx)
        self.assertEqual(msg["To"].addresses[0].addr_spec, "bob@sendscope.test", ctx)
        self.assertEqual(msg["To"].addresses[0].display_name, "Bob Empfänger", ctx)
        self.assertEqual(msg["Cc"].addresses[0].addr_spec, "carol@sendscope.test", ctx)
        self.assertEqual(str(msg["Subject"]), SUBJECT, ctx)
        self.assertIsNone(msg["Bcc"], ctx)
        self.assertNotIn(b"dave@", raw.split(b"\n\n", 1)[0].replace(b"Delivered-To", b""),
                         ctx + "\nthe Bcc address shows in the headers")
        self.assertTrue(msg["Message-ID"] and re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>",
                                                           str(msg["Message-ID"]).strip()), ctx)
        self.assertIsNotNone(msg["Date"], ctx)
        self.assertIsNotNone(msg["Date"].datetime, ctx + "\nDate does not parse")
        self.assertEqual(msg.get_content_type(), "text/plain", ctx)
        self.assertEqual(msg.get_content_charset(), "utf-8", ctx)
        self.assertEqual(msg.get_content(), BODY, ctx)
        # Every line of the stored message is ASCII or the encodings were used (7-bit safe).
        for name in ("carol", "dave"):
            raw2, msg2 = self.delivered(name)
            self.assertEqual(msg2["Message-ID"], msg["Message-ID"])
            self.assertEqual(msg2.get_content(), BODY)
            self.assertIsNone(msg2["Bcc"])
        # dave got it only through the envelope.
        raw_dave, _ = self.delivered("dave")
        self.assertIn(b"Delivered-To: dave@sendscope.test", raw_dave)

    def test_21_some_recipients_refused(self):
        self.pf.clear_mailboxes()
        r = self.submit(auth="plain", to=("bob@sendscope.test", "nobody-here@sendscope.test"))
        self.assertExit(r, 6, "(one of two recipients unknown)")
        self.assertRegex(r.transcript, r"S: 550[ -]5\.1\.1",
                         self.explain("Postfix's 550 5.1.1 is not in the transcript"))
        self.assertTrue("nobody-here@sendscope.test" in r.stderr,
                        self.explain("stderr does not name the refused recipient"))
        self.delivered("bob")

    # -- implicit TLS ------------------------------------------------------------------------
    def test_30_implicit_tls(self):
        self.pf.clear_mailboxes()
        r = self.submit(port=self.pf.submissions_port, security="tls", auth="plain",
                        subject="implicit tls")
        self.assertExit(r, 0, "on the implicit-TLS port")
        self.assertNotIn("C: STARTTLS", r.transcript,
                         self.explain("STARTTLS sent on an implicit-TLS port"))
        self.assertRegex(r.transcript, r"TLSv1\.[23]", self.explain("no TLS version logged"))
        raw, msg = self.delivered("bob")
        self.assertEqual(msg["Subject"], "implicit tls")
        method, _ = self.sasl_method_logged(r)
        self.assertEqual(method, "PLAIN")
        qid = re.search(r"queued as ([0-9A-F]+)", r.transcript).group(1)
        self.assertRegex(realservers._read(self.pf.maillog),
                         r"postfix/submissions/smtpd\[\d+\]: %s: client=" % qid,
                         self.explain("the message did not come in on the implicit-TLS service"))

    def test_31_starttls_mode_on_implicit_port_hints(self):
        # starttls on a wrapper-mode port: the server waits for a ClientHello, no greeting,
        # so the greeting times out (exit 7) and the error names the mix-up.
        r = self.submit("--timeout", "3", port=self.pf.submissions_port, auth="plain")
        self.assertExit(r, 7, "(starttls on the implicit-TLS port: no greeting)")
        self.assertRegex(r.stderr, r"mixed up|port and security mode", self.explain("no port/mode hint"))
        self.assertRegex(r.stderr, r"\btls\b", self.explain("the hint does not name tls"))

    def test_32_tls_mode_on_starttls_port_hints(self):
        r = self.submit("--timeout", "5", security="tls", auth="plain")
        self.assertExit(r, 3, "(--security tls on the STARTTLS port)")
        self.assertRegex(r.stderr, r"mixed up|port and security mode", self.explain("no port/mode hint"))
        self.assertRegex(r.stderr, r"starttls", self.explain("the hint does not name starttls"))

    # -- certificates ------------------------------------------------------------------------
    def test_40_untrusted_certificate_fails(self):
        r = self.submit(ca=False, auth="plain")
        self.assertExit(r, 3, "without --ca-file (local CA unknown to the system)")
        fp = self.pki["server_sha256"]
        flat = re.sub(r"[^0-9a-f]", "", r.stderr.lower())
        self.assertIn(fp, flat, self.explain("stderr does not name the SHA-256 fingerprint"))
        self.assertIn("localhost", r.stderr, self.explain("stderr does not name the subject"))
        self.assertNotIn("AUTH", "\n".join(l for l in r.transcript.splitlines()
                                           if " C: " in l),
                         self.explain("AUTH sent over an untrusted connection"))

    def test_41_pin_sha256_accepts(self):
        self.pf.clear_mailboxes()
        fp = self.pki["server_sha256"]
        colons = ":".join(fp[i:i + 2] for i in range(0, len(fp), 2)).upper()
        for pin in (fp, colons):
            r = self.submit("--pin-sha256", pin, ca=False, auth="plain", subject="pinned")
            self.assertExit(r, 0, "with --pin-sha256 %s" % pin)
        self.delivered("bob", 2)

    def test_42_wrong_pin_fails(self):
        r = self.submit("--pin-sha256", "00" * 32, ca=False, auth="plain")
        self.assertExit(r, 3, "with a wrong --pin-sha256")

    # -- no AUTH in clear ----------------------------------------------------------------
    def test_50_no_auth_in_clear(self):
        r = self.submit(security="none", auth="plain")
        self.assertExit(r, 4, "(credentials on a clear link without --allow-plaintext-auth)")
        self.assertRegex(r.last_stderr_line.lower(), r"plain\s*text|allow-plaintext-auth",
                         self.explain("the last stderr line does not say why nothing was sent"))
        sent = [l for l in r.transcript.splitlines() if " C: " in l]
        self.assertFalse(any("AUTH" in l for l in sent),
                         self.explain("AUTH was sent in clear"))

    def test_51_postfix_offers_no_auth_before_tls(self):
        # Even when the user allows it, Postfix (smtpd_tls_auth_only) offers no AUTH in clear.
        r = self.submit("--allow-plaintext-auth", security="none", auth="plain")
        self.assertExit(r, 4, "(no AUTH offered before STARTTLS)")
        ehlo = [l for l in r.transcript.splitlines() if " S: 250" in l]
        self.assertTrue(ehlo, self.explain("no EHLO reply in the transcript"))
        self.assertFalse(any("AUTH" in l for l in ehlo),
                         self.explain("Postfix offered AUTH before TLS: fixture is wrong"))
        self.assertFalse(any("AUTH" in l for l in r.transcript.splitlines() if " C: " in l),
                         self.explain("AUTH was sent although not offered"))

    # -- secrets never shown ---------------------------------------------------------------
    def test_60_password_never_shown(self):
        env = {"QT_LOGGING_RULES": "*.debug=true"}
        for mech in ("plain", "login", "auto"):
            r = self.submit("--verbose", auth=mech, env=env, subject="secret " + mech)
            self.assertExit(r, 0, "with --auth %s --verbose" % mech)
            self.assertTrue("C: EHLO" in r.stderr,
                            self.explain("--verbose printed no conversation"))
            for needle, what in secret_forms(USER, self.password).items():
                for where, text in (("transcript", r.transcript), ("stdout", r.stdout),
                                    ("stderr", r.stderr)):
                    self.assertFalse(needle in text, self.explain(
                        "%s found in %s (--auth %s)" % (what, where, mech)))

    # -- a message over Postfix's 10 MB default (the instance raises the limit) ------------
    def test_70_large_eml_streamed(self):
        self.pf.clear_mailboxes()
        line = b"0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ.0123456789\n"
        body = b"".join(b"%07d " % i + line for i in range(150000))  # about 12 MB
        eml = (b"From: alice@sendscope.test\nTo: bob@sendscope.test\nSubject: large\n"
               b"Message-ID: <large-1@sendscope.test>\nDate: Mon, 1 Jun 2026 10:00:00 +0000\n"
               b"\n.leading dot\n" + body)
        path = os.path.join(self.tmp, "large.eml")
        with open(path, "wb") as f:
            f.write(eml)
        r = self.submit("--eml", path, auth="plain", subject=None, body=None)
        self.assertExit(r, 0, "for a %d-byte --eml" % len(eml))
        raw, msg = self.delivered("bob")
        # Postfix stores LF endings and prepends its trace headers; the rest is the file.
        self.assertTrue(raw.endswith(eml), self.explain(
            "the delivered message (%d bytes) does not end with the %d-byte file"
            % (len(raw), len(eml))))

    def test_71_200mb_attachment_arrives_with_same_sha256(self):
        """Issue 3: a 200 MB attachment through the real Postfix arrives byte for byte."""
        self.pf.clear_mailboxes()
        size = int(os.environ.get("SENDSCOPE_BIG_ATTACHMENT_MB", "200")) * 1024 * 1024
        path = os.path.join(self.tmp, "video.bin")
        digest = hashlib.sha256()
        with open(path, "wb") as f:
            block = os.urandom(1024 * 1024)
            for i in range(size // len(block)):
                chunk = hashlib.sha256(block + i.to_bytes(4, "big")).digest() * 32768
                f.write(chunk)
                digest.update(chunk)
        try:
            r = self.submit("--attach", path, auth="plain", subject="Big attachment",
                            body="The file is attached.\n")
            self.assertExit(r, 0)
            files = self.pf.wait_for_messages("bob", 1, timeout=240)
            self.assertEqual(len(files), 1, self.explain("the 200 MB message was not delivered"))
            with open(files[0], "rb") as f:
                msg = email.message_from_binary_file(f, policy=email.policy.default)
            parts = [p for p in msg.iter_attachments()]
            self.assertEqual(len(parts), 1, self.explain("expected one attachment"))
            self.assertEqual(parts[0].get_filename(), "video.bin")
            data = parts[0].get_content()
            self.assertEqual(len(data), size)
            self.assertEqual(hashlib.sha256(data).hexdigest(), digest.hexdigest(),
                             self.explain("the attachment arrived changed"))
        finally:
            os.unlink(path)
            self.pf.clear_mailboxes()

    # -- last: a wrong password (Dovecot delays later logins from this address) ------------
    def test_99_wrong_password(self):
        wrong = "Wrong-" + secrets.token_urlsafe(12)
        r = self.submit(auth="plain", password=wrong)
        self.assertExit(r, 4, "with a wrong password")
        self.assertRegex(r.transcript, r"S: 535",
                         self.explain("Postfix's 535 is not in the transcript"))
        last = r.last_stderr_line.lower()
        self.assertTrue(re.search(r"log ?in|auth|password|credential", last) and "535" in last,
                        self.explain("the last stderr line does not report the refused login "
                                     "with the server's 535"))
        self.assertEqual(r.transcript.count("C: AUTH"), 1,
                         self.explain("an explicit mechanism was retried"))
        for needle, what in secret_forms(USER, wrong).items():
            self.assertFalse(needle in r.transcript + r.stderr + r.stdout,
                             self.explain(what + " shown after a failed login"))



class PostfixSaslTests(PostfixCase):
    """SCRAM-SHA-256/-1, CRAM-MD5 and `auto` choosing SCRAM (RFC 5802/7677, RFC 2195)."""

    # -- the server itself works (so a failure below is the CLI's) ------------------------
    def test_00_fixture_serves_scram_to_python(self):
        """A tiny SCRAM-SHA-256 client (RFC 5802/7677) logs in: Dovecot serves SCRAM."""
        ctx = ssl.create_default_context(cafile=self.pki["ca"])
        with smtplib.SMTP(self.pf.host, self.pf.submission_port, timeout=10) as s:
            s.starttls(context=ctx)
            s.ehlo("client.sendscope.test")
            self.assertIn("SCRAM-SHA-256", s.esmtp_features.get("auth", ""))
            code, reply = scram_sha256_login(s, USER, self.password)
            self.assertEqual(code, 235, self.explain("Python SCRAM login: %r" % reply))
        # ... and cannot for the SHA512-CRYPT user, while PLAIN works for it (test_16).
        with smtplib.SMTP(self.pf.host, self.pf.submission_port, timeout=10) as s:
            s.starttls(context=ctx)
            s.ehlo("client.sendscope.test")
            code, reply = scram_sha256_login(s, CRYPT_USER, self.password)
            self.assertEqual(code, 535, self.explain("SCRAM for a crypt user: %r" % reply))
            s.user, s.password = CRYPT_USER, self.password
            code, reply = s.auth("PLAIN", s.auth_plain)
            self.assertEqual(code, 235, self.explain("PLAIN for the crypt user: %r" % reply))

    # -- STARTTLS + AUTH on the submission port --------------------------------------------
    def test_10_auth_auto_picks_scram_sha_256(self):
        # auto: SCRAM-SHA-256 > SCRAM-SHA-1 > PLAIN > LOGIN (issue 2); Postfix offers all.
        self.send_and_check_auth("auto", "SCRAM-SHA-256")

    def test_13_auth_scram_sha_256(self):
        self.send_and_check_auth("scram-sha-256", "SCRAM-SHA-256")

    def test_14_auth_scram_sha_1(self):
        self.send_and_check_auth("scram-sha-1", "SCRAM-SHA-1")

    def test_15_auth_cram_md5(self):
        self.send_and_check_auth("cram-md5", "CRAM-MD5")

    def test_16_auto_falls_back_to_plain_once(self):
        # DESIGN "AUTH fallback": Dovecot offers SCRAM for a user stored as SHA512-CRYPT; the
        # SCRAM attempt gets 535, auto falls back once to PLAIN inside TLS and succeeds.
        self.pf.clear_mailboxes()
        r = self.submit(auth="auto", user=CRYPT_USER, subject="fallback")
        self.assertExit(r, 0, "(--auth auto, user without a SCRAM-capable hash)")
        attempts = re.findall(r"C: AUTH (\S+)", r.transcript)
        self.assertEqual(len(attempts), 2, self.explain("expected two AUTH attempts"))
        self.assertTrue(attempts[0].startswith("SCRAM-SHA-"), self.explain("first not SCRAM"))
        self.assertEqual(attempts[1], "PLAIN", self.explain("fallback is not PLAIN"))
        self.assertEqual(self.sasl_method_logged(r), ("PLAIN", CRYPT_USER))
        self.delivered("bob")

    def test_17_explicit_scram_not_retried(self):
        r = self.submit(auth="scram-sha-256", user=CRYPT_USER)
        self.assertExit(r, 4, "(explicit SCRAM against a SHA512-CRYPT user)")
        self.assertEqual(r.transcript.count("C: AUTH"), 1,
                         self.explain("an explicit mechanism was retried"))

    def test_99_wrong_password_auto(self):
        # At most two attempts (SCRAM, then PLAIN), both refused: exit 4.
        wrong = "Wrong-" + secrets.token_urlsafe(12)
        r = self.submit(auth="auto", password=wrong)
        self.assertExit(r, 4, "with a wrong password and --auth auto")
        n = r.transcript.count("C: AUTH")
        self.assertTrue(1 <= n <= 2, self.explain("%d AUTH attempts" % n))
        for needle, what in secret_forms(USER, wrong).items():
            self.assertFalse(needle in r.transcript + r.stderr + r.stdout,
                             self.explain(what + " shown after a failed login"))


# -- SCRAM-SHA-256 client for the fixture check (RFC 5802 §3, RFC 7677) ---------------------
def scram_sha256_login(smtp, user, password):
    def b64(b):
        return base64.b64encode(b).decode()
    nonce = b64(secrets.token_bytes(18))
    bare = "n=%s,r=%s" % (user.replace("=", "=3D").replace(",", "=2C"), nonce)
    code, resp = smtp.docmd("AUTH", "SCRAM-SHA-256 " + b64(("n,," + bare).encode()))
    if code != 334:
        return code, resp
    server_first = base64.b64decode(resp).decode()
    attrs = dict(kv.split("=", 1) for kv in server_first.split(","))
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(attrs["s"]),
                                 int(attrs["i"]))
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored = hashlib.sha256(client_key).digest()
    without_proof = "c=biws,r=" + attrs["r"]
    auth_msg = ",".join((bare, server_first, without_proof)).encode()
    sig = hmac.digest(stored, auth_msg, "sha256")
    proof = bytes(a ^ b for a, b in zip(client_key, sig))
    code, resp = smtp.docmd(b64((without_proof + ",p=" + b64(proof)).encode()))
    if code == 334:  # server-final (v=...) then an empty line
        code, resp = smtp.docmd("")
    return code, resp


if __name__ == "__main__":
    unittest.main(verbosity=2)
