#!/usr/bin/python3
"""Throughput of sendscope-cli against peers, as ratios to the raw TCP push measured in the
same run (issue 2's speed targets; a benchmark, never a timed assertion).

    tests/bench/throughput.py [--size-mb 50] [--runs 3] [--cli build/dev/app/cli/sendscope-cli]

A minimal SMTP sink in this process (one thread per connection, 1 MiB reads, no parsing of
the body beyond finding CRLF.CRLF) takes each client's message over loopback; each client is
timed end to end (process start to exit), best of --runs. Peers that are not installed are
skipped with a note.
"""
import argparse
import os
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time


def serve_smtp(conn):
    # Replies to pipelined commands go out at once, as real servers batch them; without
    # this, Nagle + delayed ACK add 40 ms to every pipelining client.
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    conn.sendall(b"220 sink ESMTP\r\n")
    buf = b""

    def line():
        nonlocal buf
        while b"\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                raise EOFError
            buf += chunk
        ln, _, buf = buf.partition(b"\n")
        return ln.rstrip(b"\r")

    try:
        while True:
            cmd = line().upper()
            if cmd.startswith(b"EHLO"):
                conn.sendall(b"250-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 0\r\n")
            elif cmd.startswith(b"HELO") or cmd.startswith(b"MAIL") or cmd.startswith(b"RCPT") \
                    or cmd.startswith(b"RSET") or cmd.startswith(b"NOOP"):
                conn.sendall(b"250 ok\r\n")
            elif cmd.startswith(b"DATA"):
                conn.sendall(b"354 go\r\n")
                tail = buf
                buf = b""
                while not tail.endswith(b"\r\n.\r\n") and b"\r\n.\r\n" not in tail[-1048576:]:
                    chunk = conn.recv(1048576)
                    if not chunk:
                        raise EOFError
                    tail = (tail + chunk)[-8:] if len(chunk) > 8 else (tail + chunk)[-1048576:]
                idx = tail.find(b"\r\n.\r\n")
                buf = tail[idx + 5:] if idx >= 0 else b""
                conn.sendall(b"250 queued\r\n")
            elif cmd.startswith(b"QUIT"):
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"500 what\r\n")
    except (EOFError, ConnectionError):
        pass
    finally:
        conn.close()


def serve_raw(conn):
    while conn.recv(1048576):
        pass
    conn.close()


def listener(handler):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(16)

    def loop():
        while True:
            c, _ = s.accept()
            threading.Thread(target=handler, args=(c,), daemon=True).start()
    threading.Thread(target=loop, daemon=True).start()
    return s.getsockname()[1]


def best(runs, fn):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", default=os.environ.get("SENDSCOPE_CLI", "build/dev/app/cli/sendscope-cli"))
    args = ap.parse_args()

    smtp_port = listener(serve_smtp)
    raw_port = listener(serve_raw)
    tmp = tempfile.mkdtemp(prefix="sendscope-bench-")
    eml = os.path.join(tmp, "big.eml")
    line = b"x" * 74 + b"\r\n"
    with open(eml, "wb") as f:
        f.write(b"From: a@example.com\r\nTo: b@example.com\r\nSubject: bench\r\n\r\n")
        f.write(line * (args.size_mb * 1024 * 1024 // len(line)))
    data = open(eml, "rb").read()
    size = len(data)

    def raw():
        c = socket.create_connection(("127.0.0.1", raw_port))
        c.sendall(data)
        c.shutdown(socket.SHUT_WR)
        c.recv(1)
        c.close()

    def run(cmd, **kw):
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
        if r.returncode != 0:
            raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode(errors="replace")[-300:]))

    clients = {
        "sendscope-cli": lambda: run([args.cli, "--server", "127.0.0.1", "--port", str(smtp_port),
                                      "--security", "none", "--from", "a@example.com",
                                      "--to", "b@example.com", "--eml", eml]),
        "curl": lambda: run(["curl", "-s", "--url", "smtp://127.0.0.1:%d" % smtp_port,
                             "--mail-from", "a@example.com", "--mail-rcpt", "b@example.com",
                             "--upload-file", eml]),
        "python smtplib": lambda: smtplib.SMTP("127.0.0.1", smtp_port).sendmail(
            "a@example.com", ["b@example.com"], data),
        "msmtp": lambda: run(["msmtp", "--host=127.0.0.1", "--port=%d" % smtp_port, "--tls=off",
                              "--auth=off", "--from=a@example.com", "b@example.com"],
                             stdin=open(eml, "rb")),
        "swaks": lambda: run(["swaks", "--server", "127.0.0.1", "--port", str(smtp_port),
                              "--from", "a@example.com", "--to", "b@example.com",
                              "--data", "@" + eml, "--suppress-data"]),
    }
    base = best(args.runs, raw)
    print("message: %.1f MB over loopback, best of %d runs" % (size / 1e6, args.runs))
    print("%-16s %9s %10s %8s" % ("client", "seconds", "MB/s", "x raw"))
    print("%-16s %9.3f %10.0f %8.2f" % ("raw TCP push", base, size / base / 1e6, 1.0))
    for name, fn in clients.items():
        exe = {"curl": "curl", "msmtp": "msmtp", "swaks": "swaks"}.get(name)
        if exe and not shutil.which(exe):
            print("%-16s  (not installed)" % name)
            continue
        try:
            t = best(args.runs, fn)
        except Exception as e:  # a peer failing is reported, not fatal
            print("%-16s  failed: %s" % (name, e))
            continue
        print("%-16s %9.3f %10.0f %8.2f" % (name, t, size / t / 1e6, t / base))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
