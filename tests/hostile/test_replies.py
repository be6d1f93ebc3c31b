#!/usr/bin/python3
"""Hostile replies (issue 8): garbage, over-long lines and replies, mixed codes, silence and
drip-feeding. The client must end quickly with the right exit class, never crash or hang, and
say what went wrong."""
import time

from hostile_common import *  # noqa: F401,F403
from scripted_server import expect, send, send_slow, silent


class Replies(HostileCase):

    def check_protocol_error(self, steps, *words, user=True, security="starttls", quick=4.5):
        srv = self.serve(steps)
        run = run_cli(srv.port, security=security, user=user)
        self.finish(srv)
        self.assertExit(run, EXIT_CONNECTION)
        self.assertTells(run, *words)
        self.assertLess(run.elapsed, quick, "the client took too long\n" + run.describe())
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)
        return srv, run

    def test_garbage_greeting(self):
        self.check_protocol_error([send(b"HELLO? this is not SMTP\r\n"), silent(5)],
                                  r"not an SMTP reply|garbage|protocol")

    def test_binary_greeting(self):
        # Binary bytes (a TLS record header look-alike, NULs, high bytes) ending in a line.
        self.check_protocol_error([send(b"\x16\x03\x01\x00\xa5\x00\xff\xfe" * 8 + b"\r\n"),
                                   silent(5)], r"not an SMTP reply|protocol")

    def test_greeting_not_220(self):
        # A 2xx other than 220 is not a greeting.
        self.check_protocol_error([send(b"250 hello anyway\r\n"), silent(5)],
                                  r"greeting|220")

    def test_greeting_554(self):
        srv = self.serve([send(b"554 5.7.1 No SMTP service for you\r\n"),
                          expect(rb"QUIT\r\n\Z"), send(b"221 bye\r\n")])
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_CONNECTION)
        self.assertTells(run, r"No SMTP service for you")
        self.assertNeverSent(srv, run, rb"^(EHLO|HELO|AUTH|MAIL)")

    def test_one_megabyte_reply_line(self):
        # Bounded parser: a 4 KiB line limit, so a 1 MB line is a protocol error at once,
        # not a 1 MB buffer (and no crash).
        line = b"220 " + b"A" * (1024 * 1024) + b"\r\n"
        srv, run = self.check_protocol_error([send(line), silent(5)],
                                             r"longer than|too long|protocol", quick=4.5)

    def test_one_megabyte_line_in_ehlo_reply(self):
        line = b"250-" + b"B" * (1024 * 1024) + b"\r\n250 STARTTLS\r\n"
        self.check_protocol_error([send(GREETING), expect(EHLO_RE), send(line), silent(5)],
                                  r"longer than|too long|protocol", quick=4.5)

    def test_one_megabyte_line_without_line_end(self):
        # Never a line end: the limit must still hold without waiting for one.
        self.check_protocol_error([send(b"220 " + b"C" * (1024 * 1024)), silent(5)],
                                  r"longer than|too long|protocol", quick=4.5)

    def test_hundred_thousand_line_reply(self):
        reply = b"250-hostile.test\r\n" + b"250-X-FILLER some capability\r\n" * 100000 \
            + b"250 STARTTLS\r\n"
        self.check_protocol_error([send(GREETING), expect(EHLO_RE), send(reply), silent(5)],
                                  r"longer than|too long|protocol", quick=4.5)

    def test_mixed_codes_in_multiline_reply(self):
        # RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
        reply = b"250-hostile.test\r\n250-PIPELINING\r\n354-surprise\r\n250 STARTTLS\r\n"
        self.check_protocol_error([send(GREETING), expect(EHLO_RE), send(reply), silent(5)],
                                  r"code|protocol|not an SMTP reply|mixed|differ")

    def test_mixed_codes_in_greeting(self):
        self.check_protocol_error([send(b"220-hostile.test\r\n554 no after all\r\n"), silent(5)],
                                  r"code|protocol|mixed|differ|not an SMTP reply")

    def test_silent_server(self):
        srv = self.serve([silent(12)])
        run = run_cli(srv.port, timeout=3)
        self.finish(srv)
        self.assertExit(run, EXIT_TIMEOUT)
        self.assertTells(run, r"did not answer|timed out|timeout|within 3 s")
        self.assertLess(run.elapsed, 8, run.describe())
        self.assertNeverSent(srv, run, rb"^(EHLO|HELO)")

    def test_silent_after_ehlo(self):
        srv = self.serve([send(GREETING), expect(EHLO_RE), silent(12)])
        run = run_cli(srv.port, timeout=3)
        self.finish(srv)
        self.assertExit(run, EXIT_TIMEOUT)
        self.assertTells(run, r"did not answer|timed out|timeout|within 3 s")
        self.assertLess(run.elapsed, 8, run.describe())

    def test_silent_after_end_of_data(self):
        stages = plain_stages()
        steps = steps_of(stages, "body") + [read_data(), silent(12)]
        srv = self.serve(steps)
        run = run_cli(srv.port, security="none", user=False, timeout=3)
        self.finish(srv)
        self.assertExit(run, EXIT_TIMEOUT)
        self.assertTells(run, r"did not answer|timed out|timeout|within 3 s")
        self.assertLess(run.elapsed, 8, run.describe())

    def test_silent_instead_of_tls_handshake(self):
        # 220 to STARTTLS, then the server never answers the ClientHello.
        steps = steps_of(tls_stages(), "starttls") + [
            expect(rb"STARTTLS\r\n\Z"), send(b"220 go ahead\r\n"), silent(12)]
        srv = self.serve(steps)
        run = run_cli(srv.port, timeout=3)
        self.finish(srv)
        self.assertExit(run, EXIT_TIMEOUT)
        self.assertTells(run, r"did not answer|timed out|timeout|within 3 s|handshake")
        self.assertLess(run.elapsed, 8, run.describe())
        self.assertNoSecretInClear(run, srv)

    def test_drip_feed_hits_the_deadline(self):
        # DESIGN "Timeouts": the deadline runs from the command to the complete reply, so a
        # server dripping one byte every 0.4 s (each byte resets nothing) still times out.
        reply = b"250-hostile.test\r\n250-8BITMIME\r\n250 STARTTLS\r\n"
        srv = self.serve([send(GREETING), expect(EHLO_RE), send_slow(reply, 1, 0.4)])
        run = run_cli(srv.port, timeout=3)
        self.finish(srv)
        self.assertExit(run, EXIT_TIMEOUT)
        self.assertTells(run, r"did not answer|timed out|timeout|within 3 s")
        self.assertLess(run.elapsed, 8, run.describe())

    def test_unsolicited_421(self):
        # A 421 out of the blue (RFC 5321 §3.8) while the client waits for nothing else.
        srv = self.serve([send(GREETING + b"421 4.3.2 shutting down now\r\n"), silent(5)])
        run = run_cli(srv.port)
        self.finish(srv)
        self.assertExit(run, EXIT_CONNECTION)
        self.assertTells(run, r"shutting down now")
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|STARTTLS)")


if __name__ == "__main__":
    main()
