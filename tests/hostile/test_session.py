#!/usr/bin/python3
"""Session tests of issue 2 against a scripted server: the happy path with STARTTLS + AUTH,
EHLO→HELO fallback, STARTTLS missing/refused/injected, AUTH rules, per-recipient results,
size refusals."""
import base64
import os
import re
import tempfile

from hostile_common import *  # noqa: F401,F403
from scripted_server import close, expect, read_bytes, send, send_slow, silent


class Session(HostileCase):

    def test_starttls_auth_success(self):
        stages = tls_stages()
        srv = self.serve(steps_of(stages))
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertTells(run, r"Sent|accepted")
        # Everything after STARTTLS went inside TLS; the AUTH PLAIN payload is the right one.
        plain = srv.received("plain")
        self.assertTrue(plain.endswith(b"STARTTLS\r\n"), plain)
        auth = [l for p, l in srv.lines if l.startswith(b"AUTH")][0]
        self.assertEqual(base64.b64decode(auth.split()[2]),
                         b"\0" + USER.encode() + b"\0" + PASSWORD.encode())
        self.assertNoSecretInClear(run, srv)
        self.assertAcceptedMessage(srv.data_blocks[0], run,
                                   body_contains="Hello from the hostile suite.")

    def test_secrets_with_every_debug_category(self):
        # qDebug with all categories on, LOGIN (password alone in base64) and a 535 on the
        # way: still no secret on stdout, stderr, the transcript or the plain link.
        steps = steps_of(tls_stages(), "auth")
        steps += [expect(rb"AUTH LOGIN\r\n\Z"), send(b"334 VXNlcm5hbWU6\r\n"),
                  expect(rb"\S+\r\n\Z"), send(b"334 UGFzc3dvcmQ6\r\n"),
                  expect(rb"\S+\r\n\Z"), send(b"535 5.7.8 not accepted\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port, "--auth", "login", all_debug=True)
        self.finish(srv)
        self.assertExit(run, EXIT_AUTH)
        self.assertScriptFollowed(srv, run)
        self.assertIn(base64.b64encode(PASSWORD.encode()) + b"\r\n", srv.received("tls"))
        self.assertNoSecretInClear(run, srv)

    def test_secret_scan_catches_plaintext_auth(self):
        # The harness itself: with --allow-plaintext-auth on a plain link the password does go
        # out in clear (the user asked for it), and assertNoSecretInClear must notice.
        steps = [send(GREETING), expect(EHLO_RE), send(b"250-hostile.test\r\n250 AUTH PLAIN\r\n"),
                 expect(rb"AUTH PLAIN \S+\r\n\Z"), send(b"235 2.7.0 ok\r\n")]
        steps += steps_of(plain_stages())[3:]
        srv = self.serve(steps)
        run = run_cli(srv.port, "--allow-plaintext-auth", security="none")
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertAcceptedMessage(srv.data_blocks[0], run)
        with self.assertRaises(AssertionError):
            self.assertNoSecretInClear(run, srv)
        # ... while the CLI's own outputs stay clean.
        srv.chunks = []
        self.assertNoSecretInClear(run, srv)

    def test_ehlo_refused_helo_fallback(self):
        # RFC 5321 §4.1.4: a server that does not know EHLO may still know HELO.
        steps = [send(GREETING), expect(EHLO_RE), send(b"502 5.5.1 EHLO not implemented\r\n"),
                 expect(rb"HELO \S+\r\n\Z"), send(b"250 hostile.test\r\n")]
        steps += steps_of(plain_stages())[3:]  # from MAIL on
        srv = self.serve(steps)
        run = run_cli(srv.port, security="none", user=False)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertTells(run, r"Sent|accepted")
        self.assertAcceptedMessage(srv.data_blocks[0], run)

    def test_ehlo_refused_with_starttls_required(self):
        # HELO cannot offer STARTTLS: required means nothing is sent (exit 3).
        steps = [send(GREETING), expect(EHLO_RE), send(b"502 5.5.1 EHLO not implemented\r\n"),
                 expect(rb"HELO \S+\r\n\Z"), send(b"250 hostile.test\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_TLS)
        self.assertTells(run, r"STARTTLS")
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)

    def test_reply_split_byte_by_byte(self):
        steps = []
        for st in steps_of(plain_stages()):
            if st.kind == "send":
                steps.append(send_slow(st.data, chunk=1, delay=0.001))
            else:
                steps.append(st)
        srv = self.serve(steps)
        run = run_cli(srv.port, security="none", user=False)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertAcceptedMessage(srv.data_blocks[0], run)

    def test_starttls_reply_split_byte_by_byte(self):
        steps = []
        for st in steps_of(tls_stages()):
            steps.append(send_slow(st.data, 1, 0.001) if st.kind == "send" else st)
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertNoSecretInClear(run, srv)
        self.assertAcceptedMessage(srv.data_blocks[0], run)

    def test_starttls_response_injection(self):
        # CVE-2011-0411: "250 injected" arrives with the 220 in one write, before the
        # handshake; it must not be taken as the answer to anything, and nothing more may be
        # said in clear.
        steps = steps_of(tls_stages(), "starttls")
        steps += [expect(rb"STARTTLS\r\n\Z"), send(b"220 ready\r\n250 injected\r\n"),
                  silent(8)]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_TLS)
        self.assertTells(run, r"STARTTLS|TLS", r"inject|CVE-2011-0411|before the TLS handshake")
        self.assertSentNothingAfter(srv, rb"STARTTLS", [rb"EHLO", rb"HELO", rb"AUTH", rb"MAIL",
                                                        rb"RCPT", rb"DATA"], run)
        # The client aborts: no ClientHello in reply to a poisoned 220 either.
        after = srv.received("plain").split(b"STARTTLS\r\n", 1)[1]
        self.assertNotIn(b"\x16\x03", after[:3], "a TLS handshake was started: %r" % after[:20])
        self.assertNoSecretInClear(run, srv)

    def test_starttls_injection_in_a_second_write(self):
        # The same attack when the injected line comes in its own segment right after the 220:
        # it reaches the client as the first bytes of the "handshake" — refused either way.
        steps = steps_of(tls_stages(), "starttls")
        steps += [expect(rb"STARTTLS\r\n\Z"), send(b"220 ready\r\n"), send(b"250 injected\r\n"),
                  silent(8)]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_TLS)
        self.assertTells(run, r"TLS|STARTTLS|handshake|inject")
        self.assertSentNothingAfter(srv, rb"STARTTLS", [rb"EHLO", rb"AUTH", rb"MAIL"], run)
        self.assertNoSecretInClear(run, srv)

    def test_plain_smtp_instead_of_tls_handshake(self):
        # 220 to STARTTLS, then the server goes on in clear instead of a ServerHello.
        steps = steps_of(tls_stages(), "starttls")
        steps += [expect(rb"STARTTLS\r\n\Z"), send(b"220 ready\r\n"),
                  read_bytes(1), send(b"250 hostile.test no TLS here\r\n"), silent(8)]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_TLS)
        self.assertTells(run, r"TLS|handshake")
        self.assertNoSecretInClear(run, srv)
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA)")

    def test_starttls_offered_again_inside_tls(self):
        # A second STARTTLS inside TLS makes no sense (RFC 3207 §4.2); the client goes on to
        # AUTH (the script expects AUTH after the second EHLO).
        stages = tls_stages(caps_tls=b"250-hostile.test\r\n250-STARTTLS\r\n"
                                     b"250 AUTH PLAIN LOGIN\r\n")
        srv = self.serve(steps_of(stages))
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertAcceptedMessage(srv.data_blocks[0], run)

    def test_starttls_not_offered(self):
        # "STARTTLS stripped": a man in the middle removed it from the EHLO reply.
        steps = [send(GREETING), expect(EHLO_RE),
                 send(b"250-hostile.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_TLS)
        self.assertTells(run, r"STARTTLS")
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)

    def test_starttls_454(self):
        steps = steps_of(tls_stages(), "starttls")
        steps += [expect(rb"STARTTLS\r\n\Z"), send(b"454 4.7.0 TLS not available right now\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_TLS)
        self.assertTells(run, r"STARTTLS", r"TLS not available right now")
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA|EHLO.*\r\n.*EHLO)")
        self.assertSentNothingAfter(srv, rb"STARTTLS", [rb"EHLO", rb"AUTH", rb"MAIL"], run)
        self.assertNoSecretInClear(run, srv)

    def test_auth_offered_on_plain_link(self):
        # --security none with a user: the password never goes out in clear without
        # --allow-plaintext-auth (exit 4), even though the server offers AUTH.
        steps = [send(GREETING), expect(EHLO_RE),
                 send(b"250-hostile.test\r\n250-AUTH PLAIN LOGIN\r\n250 AUTH=PLAIN LOGIN\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port, security="none")
        self.finish(srv)
        self.assertExit(run, EXIT_AUTH)
        self.assertTells(run, r"not encrypted|unencrypted|in clear|plaintext")
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)

    def test_auth_offered_before_starttls(self):
        # AUTH in the first EHLO reply is not an invitation: STARTTLS comes first (the script
        # expects STARTTLS right after EHLO, so an early AUTH breaks it).
        stages = tls_stages(caps=b"250-hostile.test\r\n250-AUTH PLAIN LOGIN\r\n"
                                 b"250 STARTTLS\r\n")
        srv = self.serve(steps_of(stages))
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertNotIn(b"AUTH", srv.received("plain"))
        self.assertNoSecretInClear(run, srv)
        self.assertAcceptedMessage(srv.data_blocks[0], run)

    def test_capabilities_forgotten_after_starttls(self):
        # RFC 3207 §4.2: what the server said before TLS is discarded. AUTH offered only before
        # TLS does not count afterwards: no mechanism → exit 4, no AUTH sent.
        stages = tls_stages(caps=b"250-hostile.test\r\n250-AUTH PLAIN LOGIN\r\n"
                                 b"250 STARTTLS\r\n",
                            caps_tls=b"250-hostile.test\r\n250 8BITMIME\r\n")
        srv = self.serve(steps_of(stages, "auth"))
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_AUTH)
        self.assertTells(run, r"AUTH|mechanism")
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)

    def test_auth_535(self):
        steps = steps_of(tls_stages(), "auth")
        steps += [expect(rb"AUTH PLAIN \S+\r\n\Z"),
                  send(b"535 5.7.8 Authentication credentials invalid\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_AUTH)
        self.assertTells(run, r"535|credentials invalid")
        # One failed AUTH is reported, not retried (explicit or auto PLAIN).
        self.assertEqual(sum(1 for p, l in srv.lines if l.startswith(b"AUTH")), 1)
        self.assertNeverSent(srv, run, rb"^(MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)

    def test_garbage_sasl_challenge(self):
        # A 334 whose challenge is not base64 during LOGIN: the client cancels the exchange
        # ("*", RFC 4954 §4) or hangs up; it never answers with the password, exit 4.
        steps = steps_of(tls_stages(), "auth")
        steps += [expect(rb"AUTH LOGIN\r\n\Z"), send(b"334 !!not*base64??\r\n"),
                  expect(rb"\S*\r\n\Z"), send(b"501 5.7.0 cancelled\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port, "--auth", "login")
        self.finish(srv)
        self.assertIn(run.code, (EXIT_AUTH, EXIT_CONNECTION), run.describe())
        self.assertNoSecretInClear(run, srv)
        self.assertNotIn(base64.b64encode(PASSWORD.encode()), srv.received("tls"))
        self.assertNeverSent(srv, run, rb"^(MAIL|RCPT|DATA)")

    def test_auth_login_535(self):
        steps = steps_of(tls_stages(), "auth")
        steps += [expect(rb"AUTH LOGIN\r\n\Z"), send(b"334 VXNlcm5hbWU6\r\n"),
                  expect(rb"\S+\r\n\Z"), send(b"334 UGFzc3dvcmQ6\r\n"),
                  expect(rb"\S+\r\n\Z"), send(b"535 5.7.8 Username and Password not accepted\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port, "--auth", "login")
        self.finish(srv)
        self.assertExit(run, EXIT_AUTH)
        self.assertTells(run, r"535|not accepted")
        self.assertScriptFollowed(srv, run)
        self.assertNoSecretInClear(run, srv)

    def test_one_of_two_recipients_452(self):
        stages = tls_stages(rcpts=2)
        steps = steps_of(stages, "rcpt")
        steps += [expect(rb"RCPT TO:<%s>" % TO.encode()), send(b"250 2.1.5 ok\r\n"),
                  expect(rb"RCPT TO:<%s>" % TO2.encode()),
                  send(b"452 4.2.2 Mailbox full, try later\r\n")]
        steps += stage(stages, "data") + stage(stages, "body") + stage(stages, "quit")
        srv = self.serve(steps)
        run = run_cli(srv.port, "--to", TO2)
        self.finish(srv)
        self.assertExit(run, EXIT_PARTIAL)
        self.assertScriptFollowed(srv, run)
        self.assertTells(run, re.escape(TO2), r"452|Mailbox full")
        self.assertNoSecretInClear(run, srv)
        self.assertAcceptedMessage(srv.data_blocks[0], run, subject=SUBJECT)

    def test_all_recipients_550(self):
        stages = tls_stages(rcpts=2)
        steps = steps_of(stages, "rcpt")
        steps += [expect(rb"RCPT TO:<%s>" % TO.encode()),
                  send(b"550 5.1.1 No such user here\r\n"),
                  expect(rb"RCPT TO:<%s>" % TO2.encode()),
                  send(b"550 5.1.1 No such user here\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port, "--to", TO2)
        self.finish(srv)
        self.assertExit(run, EXIT_REJECTED)
        self.assertLess(run.elapsed, 3, run.describe())
        self.assertTells(run, r"550|No such user")
        self.assertNeverSent(srv, run, rb"^DATA")
        self.assertNoSecretInClear(run, srv)

    def test_552_at_end_of_data(self):
        stages = tls_stages()
        steps = steps_of(stages, "body")
        steps += [read_data(), send(b"552 5.3.4 Message size exceeds fixed limit\r\n")]
        srv = self.serve(steps)
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_REJECTED)
        self.assertTells(run, r"552|size|too large|exceeds")
        self.assertNoSecretInClear(run, srv)

    def test_size_limit_smaller_than_message(self):
        # RFC 1870: the SIZE keyword announces the limit; a larger message is refused by the
        # client before MAIL (nothing of it is sent).
        body = "x" * 70 + "\n"
        stages = tls_stages(caps_tls=b"250-hostile.test\r\n250-SIZE 1000\r\n"
                                     b"250 AUTH PLAIN LOGIN\r\n")
        steps = steps_of(stages, "mail")
        srv = self.serve(steps)
        run = run_cli(srv.port, message=["--subject", SUBJECT, "--body", body * 40])
        self.finish(srv)
        self.assertExit(run, EXIT_REJECTED)
        self.assertTells(run, r"SIZE|larger|too large")
        self.assertNeverSent(srv, run, rb"^(MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)

    def test_size_limit_with_pipelining(self):
        stages = tls_stages(caps_tls=b"250-hostile.test\r\n250-PIPELINING\r\n250-SIZE 500\r\n"
                                     b"250 AUTH PLAIN LOGIN\r\n")
        srv = self.serve(steps_of(stages, "mail"))
        work = tempfile.mkdtemp(prefix="sendscope-hostile-")
        eml = write_eml(work, "big.eml", simple_eml(b"y" * 60 + b"\r\n" * 1 + b"z" * 600 + b"\r\n"))
        before = file_digest(eml)
        run = run_cli(srv.port, message=["--eml", eml])
        self.finish(srv)
        self.assertExit(run, EXIT_REJECTED)
        self.assertTells(run, r"SIZE|larger|too large")
        self.assertNeverSent(srv, run, rb"^(MAIL|RCPT|DATA)")
        self.assertEqual(file_digest(eml), before, "the --eml input file was modified")


if __name__ == "__main__":
    main()
