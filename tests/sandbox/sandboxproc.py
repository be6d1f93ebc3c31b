"""Starts `sendscope-cli --sandbox` for a test and reads its one "listening" line."""
import os
import re
import select
import signal
import subprocess
import time

LINE = re.compile(r"^sandbox listening on 127\.0\.0\.1:(\d+) user=(\S+) password=(\S+) "
                  r"dir=(.+) cert-sha256=([0-9a-f]{64})$")


class Sandbox:
    def __init__(self, directory, extra_args=(), env=None):
        self.cli = os.environ["SENDSCOPE_CLI"]
        args = [self.cli, "--sandbox", "--port", "0", "--dir", directory, *extra_args]
        self.stderr_path = os.path.join(os.path.dirname(directory.rstrip("/")),
                                        os.path.basename(directory.rstrip("/")) + ".stderr")
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self._stderr,
                                     env=env if env is not None else os.environ.copy())
        ready, _, _ = select.select([self.proc.stdout], [], [], 30)
        if not ready:
            self.proc.kill()
            raise AssertionError("the sandbox printed nothing within 30 s")
        line = self.proc.stdout.readline().decode().rstrip("\n")
        m = LINE.match(line)
        if not m:
            self.proc.kill()
            raise AssertionError("unexpected first line: %r; stderr: %s" % (line, self.stderr()))
        self.line = line
        self.port = int(m.group(1))
        self.user = m.group(2)
        self.password = m.group(3)
        self.dir = m.group(4)
        self.sha256 = m.group(5)
        self.cert = os.path.join(self.dir, "certificate.pem")
        self.inbox = os.path.join(self.dir, "inbox")

    def stderr(self):
        if not self._stderr.closed:
            self._stderr.flush()
        with open(self.stderr_path, "rb") as f:
            return f.read().decode(errors="replace")

    def rss_kib(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self, sig=signal.SIGTERM, timeout=15):
        """Sends the signal and returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("the sandbox did not stop within %d s after %s" % (timeout, sig))
        self._stderr.close()
        self.proc.stdout.close()
        return rc

    def messages(self):
        """{id: (eml bytes, envelope dict)} of complete pairs; also checks no stray files."""
        import json
        out = {}
        names = sorted(os.listdir(self.inbox))
        for name in names:
            if name.endswith(".eml"):
                stem = name[:-4]
                with open(os.path.join(self.inbox, name), "rb") as f:
                    eml = f.read()
                with open(os.path.join(self.inbox, stem + ".json")) as f:
                    env = json.load(f)
                out[stem] = (eml, env)
        return out

    def files(self):
        return sorted(os.listdir(self.inbox))

    def wait_for_messages(self, count, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if len([n for n in os.listdir(self.inbox) if n.endswith(".eml")]) >= count:
                return self.messages()
            time.sleep(0.05)
        return self.messages()
