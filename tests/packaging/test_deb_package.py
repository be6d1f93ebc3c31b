#!/usr/bin/env python3
"""Builds the Debian package the way a release is built, lints it, installs it on this machine,
runs the installed programs and removes the package again.

Release-like build: its own build directory (default <source>/build/package, reused when it
exists) configured RelWithDebInfo with prefix /usr and Debian's hardening flags
(dpkg-buildflags), then `cpack -G DEB` and `cpack -G TGZ`. Needs root (dpkg -i); CI runs as root.
"""
import fcntl
import os
import signal
import subprocess
import tarfile
import tempfile
import time
import unittest

from smoke_send import send_and_check

SOURCE = os.environ["SENDSCOPE_SOURCE_DIR"]
BUILD = os.environ.get("SENDSCOPE_PACKAGE_BUILD_DIR", os.path.join(SOURCE, "build", "package"))
JOBS = os.environ.get("SENDSCOPE_PACKAGE_JOBS", "2")
PACKAGE = "sendscope"
# One install at a time on a shared machine: dpkg has one database.
LOCK = "/tmp/sendscope-packaging-test.lock"


def run(cmd, **kw):
    print("+ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def out(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def installed(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
    return r.returncode == 0 and "install ok installed" in r.stdout


def build_packages():
    flags = {}
    for name in ("CPPFLAGS", "CXXFLAGS", "LDFLAGS"):
        # cwd: dpkg-buildflags maps the current directory away (-ffile-prefix-map); make that
        # the source tree, so the flags, and the objects, are the same from any caller.
        flags[name] = out(["dpkg-buildflags", "--get", name], cwd=SOURCE).strip()
    run(["cmake", "-S", SOURCE, "-B", BUILD, "-G", "Ninja",
         "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DCMAKE_INSTALL_PREFIX=/usr",
         "-DSENDSCOPE_BUILD_TESTS=OFF", "-DSENDSCOPE_WARNINGS_AS_ERRORS=OFF",
         "-DCMAKE_CXX_FLAGS=" + flags["CPPFLAGS"] + " " + flags["CXXFLAGS"],
         "-DCMAKE_EXE_LINKER_FLAGS=" + flags["LDFLAGS"],
         "-DCMAKE_SHARED_LINKER_FLAGS=" + flags["LDFLAGS"],
         # Directories in the package are 0755 whatever the umask (lintian).
         "-DCMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS=OWNER_READ;OWNER_WRITE;OWNER_EXECUTE;"
         "GROUP_READ;GROUP_EXECUTE;WORLD_READ;WORLD_EXECUTE"],
        stdout=subprocess.DEVNULL)
    run(["cmake", "--build", BUILD, "-j", JOBS])
    for f in os.listdir(BUILD):
        if f.endswith((".deb", ".tar.gz")):
            os.remove(os.path.join(BUILD, f))
    run(["cpack", "-G", "DEB"], cwd=BUILD, stdout=subprocess.DEVNULL)
    run(["cpack", "-G", "TGZ"], cwd=BUILD, stdout=subprocess.DEVNULL)
    debs = [f for f in os.listdir(BUILD) if f.endswith(".deb")]
    tgzs = [f for f in os.listdir(BUILD) if f.endswith(".tar.gz")]
    assert len(debs) == 1 and len(tgzs) == 1, (debs, tgzs)
    return os.path.join(BUILD, debs[0]), os.path.join(BUILD, tgzs[0])


class DebPackageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0:
            raise RuntimeError("this test installs a .deb with dpkg and must run as root")
        t0 = time.monotonic()
        cls.deb, cls.tgz = build_packages()
        print(f"packages built in {time.monotonic() - t0:.0f} s: {cls.deb}, {cls.tgz}", flush=True)
        cls.has_gui = os.path.exists(os.path.join(BUILD, "app", "gui", "sendscope"))
        cls.files = out(["dpkg-deb", "--contents", cls.deb])

    def field(self, name):
        return out(["dpkg-deb", "--field", self.deb, name]).strip()

    def test_control_fields(self):
        self.assertEqual(self.field("Package"), PACKAGE)
        self.assertEqual(self.field("Version"), "0.1.0")
        self.assertEqual(self.field("Section"), "mail")
        depends = self.field("Depends")
        # From dpkg-shlibdeps: versioned Qt and libc dependencies, not a hand-written list.
        self.assertRegex(depends, r"libqt6core6 \(>= 6\.\d")
        self.assertRegex(depends, r"libqt6network6 \(>= 6\.\d")
        self.assertRegex(depends, r"libc6 \(>= ")
        if self.has_gui:
            self.assertIn("libqt6svg6", [d.strip().split(" ")[0] for d in depends.split(",")])
            self.assertRegex(depends, r"libqt6widgets6 \(>= 6\.\d")
            self.assertIn("gnome-keyring", self.field("Recommends"))

    def test_contents(self):
        want = ["./usr/bin/sendscope-cli", "./usr/share/man/man1/sendscope-cli.1.gz",
                "./usr/share/doc/sendscope/copyright", "./usr/share/doc/sendscope/changelog.gz"]
        if self.has_gui:
            want += ["./usr/bin/sendscope", "./usr/share/man/man1/sendscope.1.gz",
                     "./usr/share/applications/sendscope.desktop",
                     "./usr/share/metainfo/io.github.sendscope.Sendscope.metainfo.xml",
                     "./usr/share/icons/hicolor/scalable/apps/sendscope.svg"]
            want += [f"./usr/share/icons/hicolor/{s}x{s}/apps/sendscope.png"
                     for s in (16, 32, 48, 64, 128, 256)]
        for path in want:
            self.assertRegex(self.files, r"(?m) " + path.replace(".", r"\.") + "$")
        self.assertNotIn("/usr/include", self.files)
        self.assertNotIn(".a\n", self.files)

    def test_lintian(self):
        r = subprocess.run(["lintian", "--tag-display-limit", "0", "--display-info", self.deb],
                           capture_output=True, text=True)
        print(r.stdout + r.stderr, flush=True)
        bad = [l for l in r.stdout.splitlines() if l.startswith(("E: ", "W: "))]
        self.assertEqual(bad, [], "lintian errors or warnings")
        self.assertIn(r.returncode, (0, 1), r.stderr)  # 1 = only tags below W

    def test_tgz(self):
        with tarfile.open(self.tgz) as t:
            names = t.getnames()
        self.assertTrue(any(n.endswith("/bin/sendscope-cli") for n in names), names)
        self.assertTrue(any(n.endswith("/share/man/man1/sendscope-cli.1.gz") for n in names), names)
        if self.has_gui:
            self.assertTrue(any(n.endswith("/share/applications/sendscope.desktop") for n in names))

    def test_install_run_remove(self):
        with open(LOCK, "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if installed(PACKAGE):
                run(["dpkg", "-r", PACKAGE], stdout=subprocess.DEVNULL)
            try:
                run(["apt-get", "install", "-y", "-q", "--no-install-recommends",
                     "-o", "DPkg::Lock::Timeout=300", self.deb],
                    env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), stdout=subprocess.DEVNULL)
                self.assertTrue(installed(PACKAGE))
                self.check_installed_cli()
                if os.path.exists("/usr/bin/sendscope"):
                    self.check_installed_gui()
            finally:
                run(["dpkg", "-r", PACKAGE], stdout=subprocess.DEVNULL)
        self.assertFalse(installed(PACKAGE))
        self.assertFalse(os.path.exists("/usr/bin/sendscope-cli"))
        self.assertFalse(os.path.exists("/usr/share/man/man1/sendscope-cli.1.gz"))

    def check_installed_cli(self):
        cli = "/usr/bin/sendscope-cli"
        self.assertEqual(out([cli, "--version"]).strip(), "sendscope-cli 0.1.0")
        page = out(["man", "-P", "cat", "sendscope-cli"], env=dict(os.environ, MANWIDTH="80"))
        self.assertIn("SMTP_RECIPIENT", page)

        # STARTTLS with a CA made now: proves the packaged TLS backend works, not just start-up.
        with tempfile.TemporaryDirectory() as home:
            transcript, stderr = send_and_check(cli, env={"PATH": "/usr/bin:/bin", "HOME": home})
        print(stderr, flush=True)
        self.assertIn("TLS established", transcript)

    def check_installed_gui(self):
        for cmd in (["desktop-file-validate", "/usr/share/applications/sendscope.desktop"],
                    ["appstreamcli", "validate", "--no-net",
                     "/usr/share/metainfo/io.github.sendscope.Sendscope.metainfo.xml"]):
            run(cmd)
        self.assertEqual(out(["/usr/bin/sendscope", "--version"],
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).split()[-1], "0.1.0")
        with tempfile.TemporaryDirectory() as home:
            env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8",
                   "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": home,
                   "XDG_CONFIG_HOME": os.path.join(home, "config"),
                   "XDG_DATA_HOME": os.path.join(home, "data")}
            log_path = os.path.join(home, "sendscope.log")
            with open(log_path, "wb") as log:
                p = subprocess.Popen(["/usr/bin/sendscope", "--settings-dir", os.path.join(home, "s")],
                                     stdout=log, stderr=subprocess.STDOUT, env=env)
            try:
                time.sleep(4)
                alive = p.poll() is None
                if alive:
                    p.send_signal(signal.SIGTERM)
                    p.wait(timeout=10)
            finally:
                if p.poll() is None:
                    p.kill()
                    p.wait()
            with open(log_path, encoding="utf-8", errors="replace") as f:
                output = f.read()
            print(output, flush=True)
            self.assertTrue(alive, "the installed sendscope exited on its own: " + output)
            # Killed by the signal, or a handler that quits cleanly: both are "exits on SIGTERM".
            self.assertIn(p.returncode, (-signal.SIGTERM, 0), output)
            # A missing plugin or library shows up here even when the window came up.
            self.assertNotIn("Could not load", output)
            self.assertNotIn("cannot open shared object", output)


if __name__ == "__main__":
    unittest.main(verbosity=2)
