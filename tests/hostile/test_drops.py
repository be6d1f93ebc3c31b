#!/usr/bin/python3
"""Connections that end badly (issue 8): a drop at every step, 421 at every step, a TLS
close_notify or a TCP reset in the middle of DATA. DESIGN.md "the step decides": connect,
greeting, EHLO, MAIL/RCPT/DATA → 2; STARTTLS and the handshake → 3; AUTH → 4.
Every case sends an --eml file and checks the CLI left it untouched (issue 8's "the message
is still there": the CLI never modifies its input)."""
import os
import tempfile

from hostile_common import *  # noqa: F401,F403
from scripted_server import (close, close_notify, expect, read_bytes, read_data, reset, send,
                             silent)

BIG_BODY = (b"A line of a big message to be cut off in the middle of DATA.\r\n") * 60000


class Drops(HostileCase):

    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="sendscope-hostile-")

    def eml(self, body=None):
        path = write_eml(self.work, "message.eml",
                         simple_eml(body if body is not None else b"Kept safe.\r\n"))
        return path, file_digest(path)

    def run_case(self, steps, code, words, security="starttls", user=True, body=None,
                 forbidden_after=None):
        path, digest = self.eml(body)
        srv = self.serve(steps)
        run = run_cli(srv.port, security=security, user=user, message=["--eml", path])
        self.finish(srv)
        self.assertExit(run, code)
        self.assertTells(run, *words)
        self.assertNoSecretInClear(run, srv)
        self.assertEqual(file_digest(path), digest, "the --eml input file was modified")
        self.assertLess(run.elapsed, 15, run.describe())
        if forbidden_after:
            pattern, forbidden = forbidden_after
            self.assertSentNothingAfter(srv, pattern, forbidden, run)
        return srv, run

    # ---- a drop at every step ------------------------------------------------------------

    LOST = r"closed|lost|reset"

    def drop_at(self, name, code, extra=None, how=close):
        stages = tls_stages()
        steps = steps_of(stages, name)
        steps += extra if extra is not None else stage(stages, name)[:1]
        steps.append(how())
        return self.run_case(steps, code, [self.LOST])

    def test_drop_before_greeting(self):
        srv, run = self.run_case([close()], EXIT_CONNECTION, [self.LOST])
        self.assertNeverSent(srv, run, rb"^(EHLO|HELO)")

    def test_drop_after_ehlo(self):
        self.drop_at("ehlo", EXIT_CONNECTION)

    def test_drop_after_starttls(self):
        self.drop_at("starttls", EXIT_TLS)

    def test_drop_during_handshake(self):
        self.drop_at("starttls", EXIT_TLS,
                     extra=[expect(rb"STARTTLS\r\n\Z"), send(b"220 go ahead\r\n")])

    def test_drop_after_ehlo_inside_tls(self):
        self.drop_at("ehlo2", EXIT_CONNECTION)

    def test_drop_after_auth(self):
        self.drop_at("auth", EXIT_AUTH)

    def test_drop_after_mail(self):
        self.drop_at("mail", EXIT_CONNECTION)

    def test_drop_after_rcpt(self):
        self.drop_at("rcpt", EXIT_CONNECTION)

    def test_drop_after_data(self):
        self.drop_at("data", EXIT_CONNECTION)

    def test_drop_mid_body(self):
        stages = tls_stages()
        steps = steps_of(stages, "body") + [read_bytes(4096), close()]
        self.run_case(steps, EXIT_CONNECTION, [self.LOST], body=BIG_BODY)

    def test_drop_after_final_dot(self):
        stages = tls_stages()
        steps = steps_of(stages, "body") + [read_data(), close()]
        srv, run = self.run_case(steps, EXIT_CONNECTION, [self.LOST])
        self.assertEqual(len(srv.data_blocks), 1)

    def test_reset_after_mail(self):
        self.drop_at("mail", EXIT_CONNECTION, how=reset)

    def test_reset_after_auth(self):
        self.drop_at("auth", EXIT_AUTH, how=reset)

    # ---- mid-DATA on TLS and plain links -------------------------------------------------
    # TLS 1.3 has no renegotiation and Python's ssl cannot start one, so the TLS-level attack
    # mid-DATA is a close_notify alert (and a TCP reset under TLS).

    def test_close_notify_mid_data(self):
        steps = steps_of(tls_stages(), "body") + [read_bytes(4096), close_notify()]
        self.run_case(steps, EXIT_CONNECTION, [self.LOST], body=BIG_BODY)

    def test_close_notify_tls12_mid_data(self):
        from scripted_server import server_context
        p = pki()
        steps = steps_of(tls_stages(context=server_context(p["server"], p["server_key"],
                                                           tls13=False)), "body")
        steps += [read_bytes(4096), close_notify()]
        self.run_case(steps, EXIT_CONNECTION, [self.LOST], body=BIG_BODY)

    def test_tcp_reset_mid_data_under_tls(self):
        steps = steps_of(tls_stages(), "body") + [read_bytes(4096), reset()]
        self.run_case(steps, EXIT_CONNECTION, [self.LOST], body=BIG_BODY)

    def test_tcp_reset_mid_data_plain(self):
        steps = steps_of(plain_stages(), "body") + [read_bytes(4096), reset()]
        self.run_case(steps, EXIT_CONNECTION, [self.LOST], security="none", user=False,
                      body=BIG_BODY)

    # ---- 421 at every step (RFC 5321 §3.8: the server closes the channel) ----------------
    # A 421 says "service shutting down", whatever was asked: exit 2 (connection) with the
    # server's words at every step, as issue 2 says ("a temporary refusal exits 2 when the
    # server closed the connection") — not 3 at STARTTLS or 4 at AUTH, which would send the
    # user looking at certificates or passwords. DESIGN's 454-to-STARTTLS → 3 and 454/432 at
    # AUTH → 4 are refusals of that step; 421 is not.

    def reply_421(self, name, code, replace_from=1):
        """The stage `name` gets a 421 (with unique words) instead of its normal reply, then the
        server closes."""
        words = b"Service shutting down at %s" % name.encode()
        stages = tls_stages()
        steps = steps_of(stages, name) + stage(stages, name)[:replace_from]
        steps += [send(b"421 4.3.2 " + words + b"\r\n"), silent(0.3), close()]
        srv, run = self.run_case(steps, code, [words.decode()])
        return srv, run

    def test_421_greeting(self):
        srv, run = self.reply_421("greeting", EXIT_CONNECTION, replace_from=0)
        self.assertNeverSent(srv, run, rb"^(EHLO|HELO|STARTTLS)")

    def test_421_ehlo(self):
        srv, run = self.reply_421("ehlo", EXIT_CONNECTION)
        self.assertNeverSent(srv, run, rb"^(HELO|STARTTLS|AUTH|MAIL)")

    # DESIGN.md: "the step decides" -- a 421 to STARTTLS is a STARTTLS failure (3) and a
    # 421 to AUTH an AUTH failure (4); only in MAIL/RCPT/DATA does a 4xx + close mean 2.
    def test_421_starttls(self):
        srv, run = self.reply_421("starttls", EXIT_TLS)
        self.assertSentNothingAfter(srv, rb"STARTTLS", [rb"EHLO", rb"AUTH", rb"MAIL"], run)

    def test_421_ehlo_inside_tls(self):
        self.reply_421("ehlo2", EXIT_CONNECTION)

    def test_421_auth(self):
        srv, run = self.reply_421("auth", EXIT_AUTH)
        self.assertNeverSent(srv, run, rb"^(MAIL|RCPT|DATA)")

    def test_421_mail(self):
        srv, run = self.reply_421("mail", EXIT_CONNECTION)
        self.assertNeverSent(srv, run, rb"^(RCPT|DATA)")

    def test_421_rcpt(self):
        srv, run = self.reply_421("rcpt", EXIT_CONNECTION)
        self.assertNeverSent(srv, run, rb"^DATA")

    def test_421_data(self):
        self.reply_421("data", EXIT_CONNECTION)

    def test_421_end_of_data(self):
        self.reply_421("body", EXIT_CONNECTION)

    # ---- a temporary refusal: closing decides (DESIGN: 4xx then close → 2, else 5) --------

    def test_451_to_mail_then_close(self):
        stages = tls_stages()
        steps = steps_of(stages, "mail") + [expect(rb"MAIL FROM:"),
                                            send(b"451 4.3.0 Try again later\r\n"), close()]
        self.run_case(steps, EXIT_CONNECTION, [r"Try again later", r"temporar|later"])

    def test_451_to_mail_connection_stays(self):
        stages = tls_stages()
        steps = steps_of(stages, "mail") + [expect(rb"MAIL FROM:"),
                                            send(b"451 4.3.0 Try again later\r\n")]
        self.run_case(steps, EXIT_REJECTED, [r"Try again later", r"temporar"])


if __name__ == "__main__":
    main()
