#!/usr/bin/env python3
"""Peak memory of sendscope-cli sending a 200 MB attachment vs a 1 MB one.

The message is composed by MessageWriter, which encodes attachments from the file chunk by
chunk, so the client's peak RSS should not grow with the attachment (target of issue 3:
within 16 MB). Peak RSS comes from /usr/bin/time -v (Debian package `time`); the server is
aiosmtpd's Sink on 127.0.0.1 (package python3-aiosmtpd). Prints both figures and the
difference; exits 1 when the difference exceeds the target.

Env: SENDSCOPE_CLI (set by ctest), SENDSCOPE_BENCH_LARGE_MB (default 200).
"""
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

CLI = os.environ.get("SENDSCOPE_CLI") or (sys.argv[1] if len(sys.argv) > 1 else None)
LARGE_MB = int(os.environ.get("SENDSCOPE_BENCH_LARGE_MB", "200"))
TARGET_KB = 16 * 1024


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_random(path, size):
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(left, 1 << 20)
            f.write(os.urandom(n))
            left -= n


def peak_rss_kb(args):
    res = subprocess.run(["/usr/bin/time", "-v"] + args, capture_output=True, text=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", res.stderr)
    if res.returncode != 0 or not m:
        sys.exit(f"sendscope-cli failed (exit {res.returncode}):\n{res.stderr[-3000:]}")
    return int(m.group(1))


def main():
    if not CLI:
        sys.exit("usage: bench_memory.py SENDSCOPE_CLI (or set SENDSCOPE_CLI)")
    tmp = tempfile.mkdtemp(prefix="sendscope-bench-")
    small = os.path.join(tmp, "small.bin")
    large = os.path.join(tmp, "large.bin")
    write_random(small, 1 << 20)
    write_random(large, LARGE_MB << 20)
    port = free_port()
    # SIZE limit raised above the base64-encoded large message.
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                               "-c", "aiosmtpd.handlers.Sink", "-s", str((LARGE_MB + 100) << 21)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        figures = {}
        for label, path in (("1 MB", small), (f"{LARGE_MB} MB", large)):
            started = time.monotonic()
            figures[label] = peak_rss_kb([
                CLI, "--server", "127.0.0.1", "--port", str(port), "--security", "none",
                "--from", "bench@example.com", "--to", "sink@example.org",
                "--subject", f"bench {label}", "--body", "attached", "--attach", path])
            print(f"{label} attachment: peak RSS {figures[label] / 1024:.1f} MB "
                  f"({time.monotonic() - started:.1f} s)", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
        for p in (small, large):
            os.unlink(p)
        os.rmdir(tmp)
    small_kb, large_kb = figures["1 MB"], figures[f"{LARGE_MB} MB"]
    diff = large_kb - small_kb
    print(f"difference: {diff / 1024:+.1f} MB (target: within {TARGET_KB // 1024} MB)")
    return 0 if abs(diff) <= TARGET_KB else 1


if __name__ == "__main__":
    sys.exit(main())
