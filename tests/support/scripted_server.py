#!/usr/bin/python3
"""A scripted SMTP server for black-box tests of sendscope-cli.

It listens on 127.0.0.1 port 0, accepts one connection and follows a script of steps in a
thread, recording every byte the client sent, before and after TLS:

    srv = ScriptedServer([
        send(b"220 test ESMTP\\r\\n"),
        expect(rb"EHLO "),
        send(b"250-test\\r\\n250 STARTTLS\\r\\n"),
        expect(rb"STARTTLS"),
        send(b"220 go ahead\\r\\n"),
        starttls(server_context(pki["server"], pki["server_key"])),
        ...
    ])
    srv.start(); port = srv.port
    ... run the client ...
    srv.join()
    srv.received("plain"), srv.received("tls"), srv.data_blocks, srv.problems

When the script has run out (and the connection is still open) the server answers QUIT with
221 (and closes), RSET and NOOP with 250, records anything else without answering, and closes
on end of file or after `drain_seconds`.
"""
import re
import socket
import ssl
import struct
import threading
import time


class _Step:
    def __init__(self, kind, **kw):
        self.kind = kind
        self.__dict__.update(kw)

    def __repr__(self):
        shown = {}
        for k, v in self.__dict__.items():
            if k == "kind" or isinstance(v, ssl.SSLContext):
                continue
            shown[k] = v[:60] + b"..." if isinstance(v, bytes) and len(v) > 60 else v
        return "<%s %s>" % (self.kind, shown)


# ---- steps ----------------------------------------------------------------------------------

def send(data):
    """Send bytes in one write."""
    return _Step("send", data=data)


def send_slow(data, chunk=1, delay=0.002):
    """Send bytes `chunk` at a time with `delay` seconds between writes (TCP_NODELAY is on)."""
    return _Step("send_slow", data=data, chunk=chunk, delay=delay)


def expect(pattern, name=None):
    """Read one client line (up to LF) and match it (re.match on bytes, case-insensitive).
    A mismatch is recorded in `problems` and ends the script (the connection is closed)."""
    return _Step("expect", pattern=re.compile(pattern, re.I), name=name)


def starttls(context):
    """Server side of a TLS handshake on the connection (after a 220 to STARTTLS, or at once
    for implicit TLS). A failed handshake is recorded in `tls_error` and ends the script."""
    return _Step("starttls", context=context)


def read_data():
    """Read the DATA body up to and including CRLF.CRLF; the raw bytes (without the final
    CRLF.CRLF) are appended to `data_blocks`."""
    return _Step("read_data")


def read_bytes(count):
    """Read at least `count` bytes (e.g. part of a message body) without interpreting them."""
    return _Step("read_bytes", count=count)


def close():
    """Close the connection in an orderly way (FIN; with TLS, no close_notify first)."""
    return _Step("close")


def reset():
    """Abort the connection with a TCP reset (SO_LINGER 0)."""
    return _Step("reset")


def close_notify():
    """Send the TLS close_notify alert, then close the TCP connection."""
    return _Step("close_notify")


def silent(seconds):
    """Say nothing for up to `seconds`, recording what the client sends; stops early when the
    client closes."""
    return _Step("silent", seconds=seconds)


def server_context(cert, key, weak=False, tls13=True):
    """An ssl.SSLContext for the server side. `weak` allows a 1024-bit RSA key to be loaded
    and served (OpenSSL 3's default security level 2 refuses it)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if weak:
        ctx.set_ciphers("DEFAULT@SECLEVEL=0")
    if not tls13:
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx


# ---- the server -------------------------------------------------------------------------------

class ScriptedServer:
    def __init__(self, steps, accept_timeout=30.0, io_timeout=20.0, drain_seconds=15.0):
        self.steps = list(steps)
        self.accept_timeout = accept_timeout
        self.io_timeout = io_timeout
        self.drain_seconds = drain_seconds
        self.chunks = []          # (phase, bytes) in arrival order; phase "plain" or "tls"
        self.data_blocks = []     # bodies read by read_data()
        self.problems = []        # script mismatches and unexpected errors, as text
        self.lines = []           # (phase, line) every complete client line seen by expect/drain
        self.tls_error = None     # the server-side handshake error, if any
        self.steps_done = 0
        self.connected = False
        self.client_closed = False
        self._sock = None
        self._tls = False
        self._buf = b""
        self._lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._lsock.bind(("127.0.0.1", 0))
        self._lsock.listen(1)
        self.port = self._lsock.getsockname()[1]
        self._thread = threading.Thread(target=self._run, daemon=True)

    # -- public --
    def start(self):
        self._thread.start()
        return self

    def join(self, timeout=30.0):
        self._thread.join(timeout)
        if self._thread.is_alive():
            self.problems.append("server thread still running after %.0f s" % timeout)
            self._abort()
        self._lsock.close()

    def received(self, phase=None):
        """Every byte the client sent (in one phase, or all)."""
        return b"".join(c for p, c in self.chunks if phase is None or p == phase)

    def client_lines(self, phase=None):
        """The client's bytes split into lines (on LF), for protocol assertions."""
        return self.received(phase).split(b"\n")

    # -- internals --
    def _phase(self):
        return "tls" if self._tls else "plain"

    def _recv(self, timeout):
        self._sock.settimeout(timeout)
        try:
            data = self._sock.recv(65536)
        except ssl.SSLZeroReturnError:
            data = b""
        except (ConnectionResetError, BrokenPipeError, ssl.SSLError, OSError) as e:
            if isinstance(e, socket.timeout):
                raise
            data = b""
        if not data:
            self.client_closed = True
            return b""
        self.chunks.append((self._phase(), data))
        return data

    def _read_line(self, deadline):
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise socket.timeout("no complete line")
            data = self._recv(left)
            if not data:
                return None
            self._buf += data
        line, _, self._buf = self._buf.partition(b"\n")
        line += b"\n"
        self.lines.append((self._phase(), line))
        return line

    def _abort(self):
        try:
            if self._sock:
                self._sock.close()
        except OSError:
            pass

    def _run(self):
        self._lsock.settimeout(self.accept_timeout)
        try:
            conn, _ = self._lsock.accept()
        except OSError as e:
            self.problems.append("no client connected: %s" % e)
            return
        self.connected = True
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = conn
        step = None
        try:
            for step in self.steps:
                if not getattr(self, "_do_" + step.kind)(step):
                    return
                self.steps_done += 1
            self._drain()
        except Exception as e:  # recorded for the test to report; the thread must not die
            self.problems.append("step %d %r: %s: %s" % (self.steps_done, step,
                                                          type(e).__name__, e))
        finally:
            self._abort()

    def _do_send(self, step):
        try:
            self._sock.sendall(step.data)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            # The client may rightly hang up in the middle of a hostile reply.
            self.client_closed = True
            return False
        return True

    def _do_send_slow(self, step):
        data = step.data
        for i in range(0, len(data), step.chunk):
            try:
                self._sock.sendall(data[i:i + step.chunk])
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
                self.client_closed = True
                return False
            time.sleep(step.delay)
        return True

    def _do_expect(self, step):
        line = self._read_line(time.monotonic() + self.io_timeout)
        if line is None:
            self.problems.append("client closed while the script expected %r"
                                 % step.pattern.pattern)
            return False
        if not step.pattern.match(line):
            self.problems.append("expected %r, got %r" % (step.pattern.pattern, line[:200]))
            return False
        return True

    def _do_starttls(self, step):
        if self._buf:
            self.problems.append("client sent %r before the TLS handshake" % self._buf[:200])
        self._sock.settimeout(self.io_timeout)
        try:
            self._sock = step.context.wrap_socket(self._sock, server_side=True)
        except (ssl.SSLError, OSError) as e:
            self.tls_error = "%s: %s" % (type(e).__name__, e)
            return False
        self._tls = True
        return True

    def _do_read_data(self, step):
        deadline = time.monotonic() + self.io_timeout
        while True:
            # "\r\n.\r\n" ends the data; a body that is only "." + CRLF cannot happen after 354
            # because the client always sends at least one header line.
            end = self._buf.find(b"\r\n.\r\n")
            if end >= 0:
                self.data_blocks.append(self._buf[:end + 2])
                self._buf = self._buf[end + 5:]
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                raise socket.timeout("DATA never ended")
            data = self._recv(left)
            if not data:
                self.data_blocks.append(self._buf)
                self.problems.append("client closed during DATA")
                return False
            self._buf += data

    def _do_read_bytes(self, step):
        deadline = time.monotonic() + self.io_timeout
        while len(self._buf) < step.count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise socket.timeout("fewer than %d bytes arrived" % step.count)
            data = self._recv(left)
            if not data:
                return False
            self._buf += data
        return True

    def _do_close(self, step):
        try:
            if self._tls:
                # An orderly TCP close without close_notify (a truncation attack look-alike).
                raw = self._sock.detach() if hasattr(self._sock, "detach") else None
                if raw is not None:
                    s = socket.socket(fileno=raw)
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
                    self._sock = None
                    return False
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        return False

    def _do_reset(self, step):
        try:
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        return False  # _run's finally closes the socket: with linger 0 that is a RST

    def _do_close_notify(self, step):
        self._sock.settimeout(2.0)
        try:
            # unwrap() sends close_notify and waits briefly for the peer's; either way the
            # TCP connection is closed afterwards.
            raw = self._sock.unwrap()
            raw.close()
            self._sock = None
        except (ssl.SSLError, OSError):
            pass
        return False

    def _do_silent(self, step):
        deadline = time.monotonic() + step.seconds
        while time.monotonic() < deadline:
            try:
                data = self._recv(max(0.01, deadline - time.monotonic()))
            except socket.timeout:
                break
            if not data:
                return False
            self._buf += data
        return True

    def _drain(self):
        deadline = time.monotonic() + self.drain_seconds
        while True:
            try:
                line = self._read_line(deadline)
            except socket.timeout:
                self.problems.append("the client did not close within %.0f s after the script"
                                     % self.drain_seconds)
                return
            if line is None:
                return
            if re.match(rb"(RSET|NOOP)\r?\n", line, re.I):
                try:
                    self._sock.sendall(b"250 2.0.0 ok\r\n")
                except OSError:
                    return
                continue
            if re.match(rb"QUIT\r?\n", line, re.I):
                try:
                    self._sock.sendall(b"221 2.0.0 bye\r\n")
                except OSError:
                    pass
                return
