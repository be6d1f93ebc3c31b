#!/usr/bin/python3
"""Certificates a client must refuse (issue 2 and 8): another host's, expired, self-signed,
a weak RSA-1024 key; and the pinned fingerprint that accepts exactly one self-signed leaf.
A refusal exits 3, names the certificate (subject, SHA-256 fingerprint) and the reason, and
nothing is written inside the refused TLS session."""
import re

from hostile_common import *  # noqa: F401,F403
from scripted_server import expect, send, server_context, silent, starttls


def colon_hex(fp):
    return ":".join(fp[i:i + 2] for i in range(0, len(fp), 2))


class Certificates(HostileCase):

    def refuse(self, stem, reason, subject="localhost", weak=False, security="starttls",
               extra=()):
        p = pki()
        context = server_context(p[stem], p[stem + "_key"], weak=weak)
        if security == "tls":
            steps = [starttls(context), silent(8)]
        else:
            steps = steps_of(tls_stages(context=context), "ehlo2") + [silent(8)]
        srv = self.serve(steps)
        run = run_cli(srv.port, *extra, security=security)
        self.finish(srv)
        self.assertExit(run, EXIT_TLS)
        # The reason, the certificate's name and its fingerprint, in the last lines.
        tail = run.tail(8)
        self.assertRegex(tail, re.compile(reason, re.I), run.describe())
        self.assertIn(subject, tail, run.describe())
        fp = p[stem + "_sha256"]
        self.assertTrue(fp in tail.lower() or colon_hex(fp) in tail.lower(),
                        "the fingerprint %s is not named\n%s" % (fp, run.describe()))
        # Nothing is written inside a session whose certificate was refused.
        self.assertEqual(srv.received("tls"), b"", run.describe())
        self.assertNeverSent(srv, run, rb"^(AUTH|MAIL|RCPT|DATA)")
        self.assertNoSecretInClear(run, srv)
        return srv, run

    def test_certificate_for_another_host(self):
        self.refuse("wronghost", r"host ?name|does not match|mail\.invalid.*127\.0\.0\.1|"
                                 r"127\.0\.0\.1.*mail\.invalid", subject="mail.invalid")

    def test_expired_certificate(self):
        self.refuse("expired", r"expired")

    def test_self_signed_certificate(self):
        self.refuse("selfsigned", r"self.signed|untrusted|not trusted|issuer")

    def test_weak_rsa_1024_key(self):
        # rsa:1024 served with SECLEVEL=0 on the server side; OpenSSL 3 at its default level
        # refuses such a key on the client side; the reason must say so, not "Unknown error".
        self.refuse("weak", r"key|weak|too small|1024", weak=True)

    def test_self_signed_implicit_tls(self):
        self.refuse("selfsigned", r"self.signed|untrusted|not trusted|issuer", security="tls")

    def test_expired_implicit_tls(self):
        self.refuse("expired", r"expired", security="tls")

    def test_pin_for_another_certificate(self):
        # A pin says "exactly this leaf": the server shows another (expired) certificate.
        p = pki()
        self.refuse("expired", r"pin|fingerprint|expired",
                    extra=("--pin-sha256", p["selfsigned_sha256"]))

    def test_pin_overrides_a_trusted_ca(self):
        # The leaf is valid for the trusted CA, but the pin names another leaf: refused.
        p = pki()
        self.refuse("server", r"pin|fingerprint",
                    extra=("--pin-sha256", p["selfsigned_sha256"]))

    def test_pinned_fingerprint_accepts_self_signed(self):
        p = pki()
        stages = tls_stages(context=server_context(p["selfsigned"], p["selfsigned_key"]))
        srv = self.serve(steps_of(stages))
        run = run_cli(srv.port, "--pin-sha256", colon_hex(p["selfsigned_sha256"]).upper(),
                      ca=False)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertNoSecretInClear(run, srv)
        self.assertAcceptedMessage(srv.data_blocks[0], run)

    def test_pinned_fingerprint_plain_hex(self):
        p = pki()
        stages = tls_stages(context=server_context(p["selfsigned"], p["selfsigned_key"]))
        srv = self.serve(steps_of(stages))
        run = run_cli(srv.port, "--pin-sha256", p["selfsigned_sha256"], ca=False)
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertAcceptedMessage(srv.data_blocks[0], run)

    def test_trusted_ca_implicit_tls(self):
        # The control case: the CA-signed certificate with --ca-file is accepted on port-465
        # style TLS, so the refusals above are about the certificates, not the set-up.
        steps = [starttls(ctx()), send(GREETING), expect(EHLO_RE),
                 send(b"250-hostile.test\r\n250 AUTH PLAIN\r\n")]
        stages = tls_stages()
        steps += steps_of(stages)[len(steps_of(stages, "auth")):]
        srv = self.serve(steps)
        run = run_cli(srv.port, security="tls")
        self.finish(srv)
        self.assertExit(run, EXIT_OK)
        self.assertScriptFollowed(srv, run)
        self.assertEqual(srv.received("plain"), b"")
        self.assertNoSecretInClear(run, srv)
        self.assertAcceptedMessage(srv.data_blocks[0], run)


if __name__ == "__main__":
    main()
