#!/usr/bin/env python3
"""Sends one message with an INSTALLED sendscope-cli over STARTTLS to a local aiosmtpd and
checks what arrived. Proves the package carries a working TLS backend (Qt's tls/ plugin and
OpenSSL), not just an executable that starts.

    smoke_send.py PATH/TO/sendscope-cli        (needs aiosmtpd and cryptography)

Importable: send_and_check(cli) returns (transcript text, stderr). Used by
tests/packaging/test_deb_package.py and by .github/workflows/release.yml on Windows and macOS.
"""
import email
import email.policy
import os
import socket
import ssl
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from certs import make_pki  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402


class Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Stored"


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def send_and_check(cli, env=None):
    with tempfile.TemporaryDirectory() as tmp:
        pki = make_pki(os.path.join(tmp, "pki"))
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(pki["server"], pki["server_key"])
        sink = Sink()
        port = _free_port()
        ctl = Controller(sink, hostname="127.0.0.1", port=port, tls_context=ctx,
                         require_starttls=True)
        ctl.start()
        transcript = os.path.join(tmp, "transcript.log")
        try:
            run_env = dict(env if env is not None else os.environ)
            run_env["LANG"] = "C.UTF-8"
            r = subprocess.run(
                [cli, "--server", "127.0.0.1", "--port", str(port), "--security", "starttls",
                 "--ca-file", pki["ca"],
                 "--from", "packager@example.org", "--to", "ann@example.org",
                 "--bcc", "audit@example.org", "--subject", "Paket grüßt",
                 "--body", "Sent by the installed sendscope-cli.\n.leading dot\n",
                 "--transcript", transcript, "--timeout", "30"],
                capture_output=True, text=True, encoding="utf-8", errors="replace",
                env=run_env, timeout=120)
        finally:
            ctl.stop()
        if r.returncode != 0:
            raise AssertionError(f"sendscope-cli exited {r.returncode}: {r.stderr}")
        with open(transcript, encoding="utf-8") as f:
            text = f.read()
    for needle in ("STARTTLS", "MAIL FROM:<packager@example.org>"):
        if needle not in text:
            raise AssertionError(f"{needle!r} missing from the transcript:\n{text}")
    if len(sink.messages) != 1:
        raise AssertionError(f"the server got {len(sink.messages)} messages")
    mail_from, rcpts, raw = sink.messages[0]
    if mail_from != "packager@example.org" or sorted(rcpts) != ["ann@example.org", "audit@example.org"]:
        raise AssertionError(f"wrong envelope: {mail_from} {rcpts}")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if str(msg["Subject"]) != "Paket grüßt" or msg["Bcc"] is not None:
        raise AssertionError(f"wrong headers: {msg['Subject']!r} Bcc={msg['Bcc']!r}")
    if ".leading dot" not in msg.get_content():
        raise AssertionError("the dot-stuffed line did not arrive intact")
    return text, r.stderr


if __name__ == "__main__":
    transcript, _ = send_and_check(sys.argv[1])
    print(transcript)
    print("smoke send over STARTTLS: OK")
