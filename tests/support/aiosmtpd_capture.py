#!/usr/bin/python3
"""An aiosmtpd server that keeps what the client really sent.

aiosmtpd's own DATA handling removes dot-stuffing before a handler sees the message; this
server replaces that step and stores the DATA bytes exactly as they came off the wire
(dot-stuffed, line endings untouched, without the final ".\\r\\n"). It also records every
command line, the EHLO/HELO name, the envelope, and a timeline of client writes and server
replies (to see whether commands were pipelined).

Run: aiosmtpd_capture.py --port N --out DIR [--cert PEM --key KEY] [--starttls]
     [--require-starttls] [--implicit-tls] [--users JSON] [--auth-in-clear] [--pipelining]
     [--smtputf8]
Results, one connection each: DIR/session-<n>.json, messages in DIR/msg-<n>-<m>.raw.
DIR/ready appears once the port listens. Used by tests/support/realservers.py.
"""
import argparse
import asyncio
import itertools
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

_session_counter = itertools.count(1)


class CaptureHandler:
    def __init__(self, pipelining, offer_auth):
        self.pipelining = pipelining
        self.offer_auth = offer_auth

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        server.record["ehlo"] = hostname
        if not self.offer_auth:
            # aiosmtpd would still print an empty "AUTH" line after TLS.
            responses = [r for r in responses if not r.startswith("250-AUTH")]
        if self.pipelining:
            # aiosmtpd reads command by command, so pipelined input already works; say so.
            responses.insert(1, "250-PIPELINING")
        return responses


class CaptureSMTP(SMTP):
    """One instance per TCP connection (it survives STARTTLS)."""

    out_dir = "."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.index = next(_session_counter)
        self.record = {"index": self.index, "ehlo": None, "helo": None, "commands": [],
                       "timeline": [], "messages": [], "tls": False, "auth_login": None,
                       "closed": False}
        self._msg_counter = itertools.count(1)

    # -- recording -----------------------------------------------------------------------
    def _save(self):
        path = os.path.join(self.out_dir, "session-%04d.json" % self.index)
        with open(path + ".tmp", "w") as f:
            json.dump(self.record, f, indent=1)
        os.replace(path + ".tmp", path)

    def data_received(self, data):
        # After STARTTLS this already is the decrypted stream.
        self.record["timeline"].append(["C", data.decode("latin-1")])
        super().data_received(data)

    async def push(self, status):
        self.record["timeline"].append(["S", status if isinstance(status, str)
                                        else status.decode("latin-1")])
        await super().push(status)

    def connection_made(self, transport):
        super().connection_made(transport)
        if self._original_transport is not None or transport.get_extra_info("sslcontext"):
            self.record["tls"] = True
        # Visible at once (closed: false), so a reader can wait for the connection to end.
        self._save()

    def connection_lost(self, error):
        self.record["closed"] = True
        self._save()
        super().connection_lost(error)

    # -- DATA kept raw ---------------------------------------------------------------------
    async def _raw_data(self, arg):
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        raw = bytearray()
        line = bytearray()
        while self.transport is not None:
            try:
                chunk = await self._reader.readuntil(b"\r\n")
            except asyncio.LimitOverrunError as e:
                # A line longer than the reader's limit: keep its bytes, go on.
                line += await self._reader.read(e.consumed)
                continue
            except asyncio.IncompleteReadError:
                return
            line += chunk
            # RFC 5321 §4.5.2: a line that is just "." ends the data.
            if line == b".\r\n":
                break
            raw += line
            line = bytearray()
        n = next(self._msg_counter)
        raw_name = "msg-%04d-%02d.raw" % (self.index, n)
        with open(os.path.join(self.out_dir, raw_name), "wb") as f:
            f.write(raw)
        self.record["messages"].append({
            "mail_from": self.envelope.mail_from,
            "mail_options": self.envelope.mail_options,
            "rcpt_tos": self.envelope.rcpt_tos,
            "rcpt_options": self.envelope.rcpt_options,
            "raw_file": raw_name,
            "size": len(raw),
        })
        self._save()
        self._set_post_data_state()
        await self.push("250 2.0.0 OK captured as %s" % raw_name)


def _wrap_command(verb):
    original = CaptureSMTP._raw_data if verb == "DATA" else getattr(SMTP, "smtp_" + verb)

    async def recorder(self, arg):
        self.record["commands"].append(verb if not arg else "%s %s" % (verb, arg))
        if verb == "HELO":
            self.record["helo"] = arg
        if verb == "QUIT":
            self._save()
        return await original(self, arg)
    return recorder


for _verb in ("HELO", "EHLO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "RSET", "NOOP",
              "QUIT", "VRFY", "EXPN", "HELP"):
    setattr(CaptureSMTP, "smtp_" + _verb, _wrap_command(_verb))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cert")
    ap.add_argument("--key")
    ap.add_argument("--starttls", action="store_true")
    ap.add_argument("--require-starttls", action="store_true")
    ap.add_argument("--implicit-tls", action="store_true")
    ap.add_argument("--users", help="JSON object user -> password for AUTH PLAIN/LOGIN")
    ap.add_argument("--auth-in-clear", action="store_true",
                    help="offer AUTH before TLS (to test that the client refuses to use it)")
    ap.add_argument("--pipelining", action="store_true")
    ap.add_argument("--smtputf8", action="store_true")
    a = ap.parse_args()

    os.makedirs(a.out, exist_ok=True)
    CaptureSMTP.out_dir = a.out
    ctx = None
    if a.cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a.cert, a.key)
    users = json.loads(a.users) if a.users else {}

    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode("utf-8", "replace")
            ok = users.get(login) == auth_data.password.decode("utf-8", "replace")
            if ok:
                server.record["auth_login"] = login
            return AuthResult(success=ok)
        return AuthResult(success=False)

    handler = CaptureHandler(a.pipelining, bool(users))
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        kwargs = dict(hostname="capture.sendscope.test", enable_SMTPUTF8=a.smtputf8,
                      data_size_limit=100 * 1024 * 1024, timeout=60, loop=loop,
                      # Implicit TLS is encrypted from the start: AUTH may be offered at once.
                      auth_require_tls=not (a.auth_in_clear or a.implicit_tls),
                      tls_context=ctx if a.starttls else None,
                      require_starttls=bool(a.require_starttls and a.starttls))
        if users:
            kwargs["authenticator"] = authenticator
        else:
            # No user configured: offer no AUTH at all.
            kwargs["auth_exclude_mechanism"] = ["LOGIN", "PLAIN"]
        return CaptureSMTP(handler, **kwargs)

    server = loop.run_until_complete(loop.create_server(
        factory, a.host, a.port, ssl=ctx if a.implicit_tls else None))
    with open(os.path.join(a.out, "ready"), "w") as f:
        f.write(str(a.port))
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    try:
        loop.run_forever()
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
