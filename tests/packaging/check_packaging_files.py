#!/usr/bin/env python3
"""Checks the packaging sources themselves, without building a package: man pages render
without groff warnings, the desktop file carries what issue 7 asks for, the AppStream file has
its required parts, and each hicolor PNG is the size its folder says."""
import configparser
import os
import re
import struct
import subprocess
import unittest
import xml.etree.ElementTree as ET

SOURCE = os.environ["SENDSCOPE_SOURCE_DIR"]
LINUX = os.path.join(SOURCE, "packaging", "linux")
LANGS = ("de", "fr", "es", "zh_CN")


class PackagingFiles(unittest.TestCase):
    def test_man_pages_render_cleanly(self):
        for page in ("sendscope-cli.1", "sendscope.1"):
            # The same call lintian makes (manpage-has-errors-from-man).
            r = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z",
                                os.path.join(LINUX, page)], capture_output=True, text=True,
                               env=dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ="", MANWIDTH="80"))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stderr.strip(), "", page)
        text = subprocess.run(["man", "-l", os.path.join(LINUX, "sendscope-cli.1")],
                              capture_output=True, text=True, check=True,
                              env=dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="200")).stdout
        # Every option the CLI defines is documented (read from the parser's source).
        with open(os.path.join(SOURCE, "app", "cli", "clioptions.cpp")) as f:
            options = re.findall(r'opt\(QStringLiteral\("([a-z0-9-]+)"\)', f.read())
        self.assertGreater(len(options), 20)
        for o in options + ["help", "version"]:
            self.assertRegex(text, r"--" + re.escape(o) + r"\b", o)
        for var in ("SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM", "SMTP_RECIPIENT"):
            self.assertIn(var, text)
        for code in range(8):
            self.assertRegex(text, rf"(?m)^\s+{code}\s+\S", f"exit status {code}")
        for section in ("EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"):
            self.assertIn(section, text)

    def test_desktop_file(self):
        cp = configparser.RawConfigParser(strict=True)
        cp.optionxform = str
        cp.read(os.path.join(LINUX, "sendscope.desktop"), encoding="utf-8")
        e = cp["Desktop Entry"]
        self.assertEqual(e["Exec"], "sendscope %u")
        self.assertEqual(e["MimeType"], "x-scheme-handler/mailto;message/rfc822;")
        self.assertEqual(e["Categories"], "Network;Email;")
        self.assertEqual(e["Icon"], "sendscope")
        for lang in LANGS:
            self.assertIn(f"Name[{lang}]", e)
            self.assertIn(f"Comment[{lang}]", e)
            self.assertNotEqual(e[f"Comment[{lang}]"], e["Comment"], lang)
            self.assertNotEqual(e[f"GenericName[{lang}]"], e["GenericName"], lang)

    def test_metainfo(self):
        root = ET.parse(os.path.join(LINUX, "io.github.sendscope.Sendscope.metainfo.xml")).getroot()
        self.assertEqual(root.get("type"), "desktop-application")
        self.assertEqual(root.findtext("id"), "io.github.sendscope.Sendscope")
        self.assertEqual(root.findtext("project_license"), "MIT")
        self.assertEqual(root.findtext("metadata_license"), "CC0-1.0")
        self.assertEqual(root.findtext("launchable"), "sendscope.desktop")
        self.assertEqual(sorted(b.text for b in root.findall("provides/binary")),
                         ["sendscope", "sendscope-cli"])
        self.assertIsNotNone(root.find("content_rating"))
        shot = root.find("screenshots/screenshot")
        self.assertTrue(shot.findtext("image").startswith("https://"))
        self.assertTrue(shot.findtext("caption"))
        release = root.find("releases/release")
        self.assertEqual(release.get("version"), "0.1.0")
        self.assertIsNotNone(release.find("description"))
        # The one version lives in CMake's project(): the metainfo must follow it.
        with open(os.path.join(SOURCE, "CMakeLists.txt")) as f:
            version = re.search(r"project\(Sendscope VERSION ([0-9.]+)", f.read()).group(1)
        self.assertEqual(release.get("version"), version)

    def test_icon_sizes(self):
        for s in (16, 32, 48, 64, 128, 256):
            path = os.path.join(LINUX, "icons", "hicolor", f"{s}x{s}", "sendscope.png")
            with open(path, "rb") as f:
                head = f.read(24)
            self.assertEqual(head[:8], b"\x89PNG\r\n\x1a\n", path)
            self.assertEqual(struct.unpack(">II", head[16:24]), (s, s), path)
        ET.parse(os.path.join(LINUX, "icons", "sendscope.svg"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
