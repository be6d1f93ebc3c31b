#!/usr/bin/python3
"""Real servers for the integration tests, started and stopped by the tests themselves.

Everything lives in a temporary folder and listens on 127.0.0.1 only; nothing is configured
by hand and no system instance is touched.

    with postfix_server(pki, users={"alice@sendscope.test": "secret"}) as pf:
        pf.submission_port   # STARTTLS required, AUTH only after TLS (Dovecot SASL)
        pf.submissions_port  # implicit TLS (wrapper mode)
        pf.wait_for_messages("bob", 1)  # Maildir files of bob@sendscope.test
        pf.log()             # Postfix's maillog + Dovecot's log, for failure messages

    with capture_server(tmp, pki=pki, starttls=True, users={...}) as cap:
        cap.port; cap.messages()  # raw DATA bytes exactly as received

Postfix runs as root from `postfix -c DIR start` with its own main.cf and master.cf;
Dovecot runs only its auth service (no mail protocols) for Postfix's SASL.
"""
import contextlib
import json
import os
import pwd
import grp
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HOST = "127.0.0.1"
MAIL_DOMAIN = "sendscope.test"
# Mailboxes Postfix accepts (virtual_mailbox_maps); anything else gets 550 5.1.1.
DEFAULT_MAILBOXES = ("alice", "bob", "carol", "dave", "erin")

_SUPPORT_DIR = os.path.dirname(os.path.abspath(__file__))


def free_port():
    """A port that was free a moment ago: bind port 0, read it, release it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for_port(port, timeout=15.0, proc=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("server process exited with %s before listening" % proc.returncode)
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("nothing listens on %s:%d after %.0f s" % (HOST, port, timeout))


def _read(path, limit=200000):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return "(%s unreadable: %s)" % (path, e)
    if len(data) > limit:
        data = b"...(cut)...\n" + data[-limit:]
    return data.decode("utf-8", "replace")


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers signal 0; it has ended all the same.
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return False


# --------------------------------------------------------------------------- Dovecot


class DovecotAuth:
    """Dovecot with only its auth service, listening on one unix socket for Postfix."""

    def __init__(self, workdir, socket_path, users, socket_user="postfix"):
        self.workdir = workdir
        self.socket_path = socket_path
        self.users = dict(users)
        self.socket_user = socket_user
        self.conf = os.path.join(workdir, "dovecot.conf")
        self.log_path = os.path.join(workdir, "dovecot.log")
        self.base_dir = os.path.join(workdir, "run")
        self.proc = None

    @staticmethod
    def stored(password):
        """The passwd-file form of a user's password: a str is kept as {PLAIN}, which serves
        every mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1/256: Dovecot derives the SCRAM
        keys from it); (password, SCHEME) is hashed with `doveadm pw`, e.g. SHA512-CRYPT,
        from which no SCRAM or CRAM-MD5 login can succeed although Dovecot offers them."""
        if isinstance(password, str):
            return "{PLAIN}" + password
        plain, scheme = password
        r = subprocess.run(["doveadm", "-O", "pw", "-s", scheme, "-p", plain],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
        return r.stdout.decode().strip()

    def write_config(self):
        os.makedirs(self.workdir, exist_ok=True)
        passwd = os.path.join(self.workdir, "passwd")
        with open(passwd, "w") as f:
            for user, password in self.users.items():
                f.write("%s:%s::::::\n" % (user, self.stored(password)))
        os.chmod(passwd, 0o644)
        state = os.path.join(self.workdir, "state")
        os.makedirs(state, exist_ok=True)
        with open(self.conf, "w") as f:
            f.write("""# Private Dovecot for tests: SASL for Postfix, nothing else.
protocols =
listen = 127.0.0.1
base_dir = {base}
state_dir = {state}
log_path = {log}
info_log_path = {log}
debug_log_path = {log}
auth_verbose = yes
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256
# Dovecot delays a failed login 2 s and then more per failure from one IP (anvil's auth
# penalty, up to 15 s): the tests fail logins on purpose, so neither delay applies here.
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home=/nonexistent
}}
service auth {{
  unix_listener {sock} {{
    mode = 0660
    user = {user}
    group = {group}
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0600
  }}
}}
""".format(base=self.base_dir, state=state, log=self.log_path, passwd=passwd,
           sock=self.socket_path, user=self.socket_user,
           group=grp.getgrgid(pwd.getpwnam(self.socket_user).pw_gid).gr_name))

    def start(self):
        self.write_config()
        # -F: stay in the foreground so this script owns the process and can stop it.
        with open(os.path.join(self.workdir, "dovecot.out"), "wb") as out:
            self.proc = subprocess.Popen(["dovecot", "-F", "-c", self.conf], stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 15
        while not os.path.exists(self.socket_path):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Dovecot did not create %s:\n%s\n%s" % (
                    self.socket_path, _read(os.path.join(self.workdir, "dovecot.out")),
                    _read(self.log_path)))
            time.sleep(0.05)

    def stop(self):
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self.proc = None

    def log(self):
        return _read(self.log_path)


# --------------------------------------------------------------------------- Postfix


class PostfixInstance:
    def __init__(self, root, pki, users, mailboxes, message_size_limit):
        self.root = root
        self.pki = pki
        self.users = dict(users)
        self.mailboxes = list(mailboxes)
        self.message_size_limit = message_size_limit
        self.config_dir = os.path.join(root, "etc")
        self.queue_dir = os.path.join(root, "spool")
        self.data_dir = os.path.join(root, "data")
        self.mail_dir = os.path.join(root, "mail")
        self.maillog = os.path.join(root, "maillog")
        self.host = HOST
        self.hostname = "mx." + MAIL_DOMAIN
        self.submission_port = None
        self.submissions_port = None
        self.plain_port = None
        self.dovecot = None
        self._started = False

    def address(self, box):
        return "%s@%s" % (box, MAIL_DOMAIN)

    def write_config(self):
        for d in (self.config_dir, self.queue_dir, self.data_dir, self.mail_dir):
            os.makedirs(d, exist_ok=True)
        # Deliveries run as nobody: it must reach and write the Maildir tree.
        os.chmod(self.root, 0o755)
        nobody = pwd.getpwnam("nobody")
        os.chown(self.mail_dir, nobody.pw_uid, nobody.pw_gid)
        # master.lock and the TLS session caches live here, written as mail_owner.
        pf = pwd.getpwnam("postfix")
        os.chown(self.data_dir, pf.pw_uid, pf.pw_gid)
        vmailbox = os.path.join(self.config_dir, "vmailbox")
        with open(vmailbox, "w") as f:
            for box in self.mailboxes:
                # The trailing slash selects Maildir format.
                f.write("%s %s/\n" % (self.address(box), box))
        self.submission_port = free_port()
        self.submissions_port = free_port()
        self.plain_port = free_port()
        limit = self.message_size_limit
        main_cf = {
            "compatibility_level": "3.6",
            "queue_directory": self.queue_dir,
            "data_directory": self.data_dir,
            "mail_spool_directory": os.path.join(self.root, "spool-mail"),
            "myhostname": self.hostname,
            "mydomain": MAIL_DOMAIN,
            "myorigin": "$myhostname",
            "mydestination": "",
            "inet_interfaces": HOST,
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "relayhost": "",
            # Nothing leaves this instance: unknown domains bounce at once.
            "default_transport": "error:no outside delivery in tests",
            "relay_transport": "error:no outside delivery in tests",
            "alias_maps": "",
            "alias_database": "",
            "biff": "no",
            "smtputf8_enable": "yes",
            "virtual_mailbox_domains": MAIL_DOMAIN,
            "virtual_mailbox_base": self.mail_dir,
            "virtual_mailbox_maps": "texthash:" + vmailbox,
            "virtual_uid_maps": "static:%d" % nobody.pw_uid,
            "virtual_gid_maps": "static:%d" % nobody.pw_gid,
            "virtual_minimum_uid": "1",
            # The defaults (10 MB / 51 MB) would refuse large-message tests (TRAPS.md).
            "message_size_limit": str(limit),
            "virtual_mailbox_limit": str(limit * 2),
            "mailbox_size_limit": str(limit * 2),
            "maillog_file": self.maillog,
            "maillog_file_prefixes": self.root,
            "smtpd_tls_cert_file": self.pki["server"],
            "smtpd_tls_key_file": self.pki["server_key"],
            "smtpd_tls_security_level": "may",
            "smtpd_tls_loglevel": "1",
            "smtpd_sasl_type": "dovecot",
            # Relative to queue_directory: the socket Dovecot creates below.
            "smtpd_sasl_path": "private/auth",
            "smtpd_sasl_auth_enable": "no",
            "smtpd_tls_auth_only": "yes",
            "smtpd_relay_restrictions": "permit_sasl_authenticated, reject_unauth_destination",
            "smtpd_error_sleep_time": "0",
            "smtpd_soft_error_limit": "1000",
            "smtpd_hard_error_limit": "1000",
            "smtpd_client_connection_rate_limit": "0",
            "anvil_rate_time_unit": "1s",
            "delay_warning_time": "0",
            "queue_run_delay": "1s",
            "minimal_backoff_time": "1s",
            "maximal_backoff_time": "2s",
        }
        with open(os.path.join(self.config_dir, "main.cf"), "w") as f:
            for k, v in main_cf.items():
                f.write("%s = %s\n" % (k, v))
        # chroot "n" everywhere: the daemons then see the temp paths as they are.
        services = """
{plain}    inet  n - n - - smtpd
  -o syslog_name=postfix/plain
{sub}      inet  n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
{subs}     inet  n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
proxywrite unix - - n - 1 proxymap
smtp      unix  - - n - - smtp
relay     unix  - - n - - smtp
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
local     unix  - n n - - local
virtual   unix  - n n - - virtual
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
""".format(plain=self.plain_port, sub=self.submission_port, subs=self.submissions_port)
        with open(os.path.join(self.config_dir, "master.cf"), "w") as f:
            f.write(services.lstrip())

    def start(self):
        # Fail loudly (never skip): the suite must prove the CLI against a real server.
        missing = [t for t in ("postfix", "dovecot", "doveadm") if not shutil.which(t)]
        if missing:
            raise RuntimeError("missing %s: install the Debian packages postfix and "
                               "dovecot-core (the README's test command does)" % ", ".join(missing))
        if os.geteuid() != 0:
            raise RuntimeError("a private Postfix instance must be started as root")
        self.write_config()
        # Dovecot's socket lives in Postfix's private/ folder (owner postfix, 0700), so
        # make that folder first; `postfix start` keeps it as it is.
        private = os.path.join(self.queue_dir, "private")
        os.makedirs(private, exist_ok=True)
        pf = pwd.getpwnam("postfix")
        os.chown(private, pf.pw_uid, pf.pw_gid)
        os.chmod(private, 0o700)
        self.dovecot = DovecotAuth(os.path.join(self.root, "dovecot"),
                                   os.path.join(private, "auth"), self.users)
        self.dovecot.start()
        # postfix start runs `postfix check`, which creates the queue tree and fixes owners.
        r = subprocess.run(["postfix", "-c", self.config_dir, "start"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        self._started = True
        if r.returncode != 0:
            raise RuntimeError("postfix start failed (%d):\n%s\n%s" % (
                r.returncode, r.stdout.decode("utf-8", "replace"), self.log()))
        for port in (self.plain_port, self.submission_port, self.submissions_port):
            wait_for_port(port)

    def master_pid(self):
        try:
            with open(os.path.join(self.queue_dir, "pid", "master.pid")) as f:
                return int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self):
        if self._started:
            pid = self.master_pid()
            subprocess.run(["postfix", "-c", self.config_dir, "stop"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
            # master.pid stays behind after a stop: wait for that process itself to end.
            deadline = time.monotonic() + 10
            while pid and _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if pid and _alive(pid):
                # Fallback: this instance's master by its pid (never by name: other
                # Postfix instances may run on this machine).
                os.kill(pid, signal.SIGKILL)
            self._started = False
        if self.dovecot is not None:
            self.dovecot.stop()

    def log(self):
        out = ["--- postfix maillog (%s) ---" % self.maillog, _read(self.maillog)]
        if self.dovecot is not None:
            out += ["--- dovecot log ---", self.dovecot.log()]
        return "\n".join(out)

    def maildir_files(self, box):
        new = os.path.join(self.mail_dir, box, "new")
        try:
            names = sorted(os.listdir(new))
        except FileNotFoundError:
            return []
        return [os.path.join(new, n) for n in names]

    def clear_mailboxes(self):
        for box in self.mailboxes:
            for path in self.maildir_files(box):
                os.unlink(path)

    def wait_for_messages(self, box, count, timeout=20.0):
        """The Maildir files of `box` once at least `count` arrived (delivery is async)."""
        deadline = time.monotonic() + timeout
        while True:
            files = self.maildir_files(box)
            if len(files) >= count or time.monotonic() > deadline:
                return files
            time.sleep(0.05)

    def flush(self):
        subprocess.run(["postqueue", "-c", self.config_dir, "-f"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)


@contextlib.contextmanager
def postfix_server(pki, users, mailboxes=DEFAULT_MAILBOXES, message_size_limit=200 * 1024 * 1024,
                   keep=False):
    root = tempfile.mkdtemp(prefix="sendscope-postfix-")
    inst = PostfixInstance(root, pki, users, mailboxes, message_size_limit)
    try:
        inst.start()
        yield inst
    finally:
        inst.stop()
        if not keep and not os.environ.get("SENDSCOPE_KEEP_SERVERS"):
            shutil.rmtree(root, ignore_errors=True)


# --------------------------------------------------------------------------- aiosmtpd


class CaptureServer:
    """aiosmtpd_capture.py in a subprocess; every message lands in OUT/msg-N.json + .eml."""

    def __init__(self, root, pki=None, starttls=False, require_starttls=False,
                 implicit_tls=False, users=None, auth_require_tls=True, smtputf8=False,
                 pipelining=False):
        self.root = root
        self.out = os.path.join(root, "capture")
        self.port = free_port()
        self.args = [sys.executable, os.path.join(_SUPPORT_DIR, "aiosmtpd_capture.py"),
                     "--port", str(self.port), "--out", self.out]
        if starttls or implicit_tls:
            self.args += ["--cert", pki["server"], "--key", pki["server_key"]]
        if starttls:
            self.args.append("--starttls")
        if require_starttls:
            self.args.append("--require-starttls")
        if implicit_tls:
            self.args.append("--implicit-tls")
        if users:
            self.args += ["--users", json.dumps(users)]
        if not auth_require_tls:
            self.args.append("--auth-in-clear")
        if smtputf8:
            self.args.append("--smtputf8")
        if pipelining:
            self.args.append("--pipelining")
        # Sessions up to this index belong to earlier tests (see clear()).
        self.seen = 0
        self.log_path = os.path.join(root, "capture.log")
        self.proc = None

    def start(self):
        os.makedirs(self.out, exist_ok=True)
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(self.args, stdout=log, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        ready = os.path.join(self.out, "ready")
        deadline = time.monotonic() + 15
        while not os.path.exists(ready):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("capture server did not start:\n" + self.log())
            time.sleep(0.05)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def log(self):
        return "--- capture server log ---\n" + _read(self.log_path)

    def sessions(self):
        """Every connection so far: {"commands": [...], "ehlo": ..., "messages": [...]}."""
        out = []
        for name in sorted(os.listdir(self.out)):
            if name.startswith("session-") and name.endswith(".json"):
                with open(os.path.join(self.out, name)) as f:
                    s = json.load(f)
                if s["index"] > self.seen:
                    out.append(s)
        out.sort(key=lambda s: s["index"])
        return out

    def messages(self):
        """Every message so far: dicts with mail_from, rcpt_tos, mail_options, raw (bytes)."""
        msgs = []
        for s in self.sessions():
            for m in s["messages"]:
                with open(os.path.join(self.out, m["raw_file"]), "rb") as f:
                    m = dict(m, raw=f.read())
                msgs.append(m)
        return msgs

    def wait_for_sessions(self, count, timeout=10.0):
        """At least `count` connections, all of them closed (their records complete)."""
        deadline = time.monotonic() + timeout
        while True:
            s = self.sessions()
            if (len(s) >= count and all(x["closed"] for x in s)) or time.monotonic() > deadline:
                return s
            time.sleep(0.02)

    def clear(self):
        # Let connections of the previous test finish (their files are written once more
        # when they close), then ignore every session up to the newest one seen.
        deadline = time.monotonic() + 5
        while (any(not s["closed"] for s in self.sessions())
               and time.monotonic() < deadline):
            time.sleep(0.02)
        for s in self.sessions():
            self.seen = max(self.seen, s["index"])
        for name in os.listdir(self.out):
            if name != "ready":
                os.unlink(os.path.join(self.out, name))


@contextlib.contextmanager
def capture_server(root, **kwargs):
    cap = CaptureServer(root, **kwargs)
    try:
        cap.start()
        yield cap
    finally:
        cap.stop()
