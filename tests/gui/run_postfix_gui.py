#!/usr/bin/python3
"""Issue 4, end to end: the offscreen window (gui_postfix_send, tests/gui/tst_postfix.cpp)
sends through a private Postfix + Dovecot SASL started here on 127.0.0.1 (STARTTLS on the
submission port, AUTH PLAIN, the server certificate pinned on the account); then the
message is read back from the Maildir with Python's `email`.
"""
import base64
import email
import email.policy
import os
import secrets
import subprocess
import tempfile
import unittest

import certs  # tests/support
import realservers

USER = "alice@sendscope.test"
SUBJECT = "Grüße aus dem Fenster – ✓ ünïcödé"
TO = "Bob Empfänger <bob@sendscope.test>, carol@sendscope.test"


class WindowThroughPostfix(unittest.TestCase):
    def test_window_sends_through_postfix(self):
        gui = os.environ.get("SENDSCOPE_GUI_POSTFIX")
        self.assertTrue(gui and os.path.exists(gui), "SENDSCOPE_GUI_POSTFIX: %r" % gui)
        tmp = tempfile.TemporaryDirectory(prefix="sendscope-gui-postfix-")
        self.addCleanup(tmp.cleanup)
        pki = certs.make_pki(os.path.join(tmp.name, "pki"))
        password = "Pw-" + secrets.token_urlsafe(18)
        attachment = os.urandom(50000) + "Ende ✓\n".encode()
        attach_path = os.path.join(tmp.name, "Anhang-ü.bin")
        with open(attach_path, "wb") as f:
            f.write(attachment)
        out = os.path.join(tmp.name, "out")
        home = os.path.join(tmp.name, "home")
        os.makedirs(out)
        os.makedirs(home)

        with realservers.postfix_server(pki, {USER: password}) as pf:
            env = dict(os.environ)
            env.update({
                "QT_QPA_PLATFORM": "offscreen",
                "HOME": home,
                "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
                "XDG_CACHE_HOME": os.path.join(home, ".cache"),
                "XDG_RUNTIME_DIR": os.path.join(home, "run"),
                "SENDSCOPE_PF_HOST": pf.host,
                "SENDSCOPE_PF_PORT": str(pf.submission_port),
                "SENDSCOPE_PF_PIN": pki["server_sha256"],
                "SENDSCOPE_PF_USER": USER,
                "SENDSCOPE_PF_PASSWORD": password,
                "SENDSCOPE_PF_TO": TO,
                "SENDSCOPE_PF_SUBJECT": SUBJECT,
                "SENDSCOPE_PF_ATTACH": attach_path,
                "SENDSCOPE_PF_OUT": out,
            })
            os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
            p = subprocess.run([gui], env=env, capture_output=True, timeout=180)
            output = (p.stdout + p.stderr).decode("utf-8", "replace")
            self.assertEqual(p.returncode, 0, "the window test failed:\n%s\n%s"
                             % (output, pf.log()))
            self.assertNotIn(password, output, "the password shows in the test's output")

            boxes = {}
            for box in ("bob", "carol"):
                files = pf.wait_for_messages(box, 1)
                self.assertEqual(len(files), 1, "no message for %s:\n%s" % (box, pf.log()))
                with open(files[0], "rb") as f:
                    boxes[box] = f.read()
            maillog = realservers._read(pf.maillog)

        raw = boxes["bob"]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ctx = "\ndelivered:\n" + raw[:3000].decode("utf-8", "replace")
        self.assertEqual(str(msg["Subject"]), SUBJECT, ctx)
        self.assertEqual(msg["From"].addresses[0].addr_spec, USER, ctx)
        self.assertEqual(msg["From"].addresses[0].display_name, "Ada Lovelace", ctx)
        tos = msg["To"].addresses
        self.assertEqual([a.addr_spec for a in tos],
                         ["bob@sendscope.test", "carol@sendscope.test"], ctx)
        self.assertEqual(tos[0].display_name, "Bob Empfänger", ctx)
        self.assertEqual(msg.get_content_type(), "multipart/mixed", ctx)
        body = msg.get_body(preferencelist=("plain",))
        self.assertIsNotNone(body, ctx)
        text = body.get_content().replace("\r\n", "\n")
        self.assertIn("Grüße aus dem Fenster — ünïcödé.", text, ctx)
        self.assertIn("\n.a line that starts with a dot", text, ctx)  # dot-stuffing undone
        parts = list(msg.iter_attachments())
        self.assertEqual(len(parts), 1, ctx)
        self.assertEqual(parts[0].get_filename(), "Anhang-ü.bin", ctx)
        self.assertEqual(parts[0].get_content(), attachment, ctx + "\nattachment bytes differ")
        # carol got the same message.
        msg2 = email.message_from_bytes(boxes["carol"], policy=email.policy.default)
        self.assertEqual(msg2["Message-ID"], msg["Message-ID"])
        # Postfix logged a PLAIN login for the user (Dovecot SASL checked the password).
        self.assertRegex(maillog, r"sasl_method=PLAIN, sasl_username=" + USER)
        # No form of the password in the delivered message.
        for needle in (password.encode(), base64.b64encode(password.encode()),
                       base64.b64encode(b"\0" + USER.encode() + b"\0" + password.encode())):
            self.assertNotIn(needle, raw)

        # The saved log (text and HTML) carries the conversation and no password.
        with open(os.path.join(out, "log.txt"), encoding="utf-8") as f:
            log_txt = f.read()
        with open(os.path.join(out, "log.html"), encoding="utf-8") as f:
            log_html = f.read()
        for log in (log_txt, log_html):
            self.assertIn("STARTTLS", log)
            self.assertIn("AUTH PLAIN &lt;redacted&gt;" if log is log_html
                          else "AUTH PLAIN <redacted>", log)
            self.assertNotIn(password, log)
        self.assertRegex(log_txt, r"250[ -]2\.0\.0 Ok: queued as [0-9A-F]+")


if __name__ == "__main__":
    unittest.main(verbosity=2)
