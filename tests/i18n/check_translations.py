#!/usr/bin/python3
"""Checks that every translations/sendscope_*.ts is complete and sound.

    check_translations.py [TS_FILE ...]     (default: every translations/sendscope_*.ts)

For each message: a translation exists and is not marked unfinished; the placeholders
(%1…%99, %L1, %n) are the same set as in the source; plural messages fill every form; and
the translation is not the English text copied (allowed only when the source has no more
than one ordinary word once protocol words, placeholders, paths and URLs are removed).
Exits 1 and lists each problem as FILE: context: source -> problem.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n")
# Words that stay as they are in every language: protocol and product words.
KEEP = re.compile(r"\b(EHLO|HELO|STARTTLS|AUTH|MAIL|FROM|RCPT|TO|DATA|QUIT|RSET|NOOP|SMTP|"
                  r"SMTPUTF8|8BITMIME|PIPELINING|SIZE|CHUNKING|DSN|TLS|SSL|SASL|PLAIN|LOGIN|"
                  r"CRAM-MD5|SCRAM-SHA-1|SCRAM-SHA-256|XOAUTH2|OAUTHBEARER|OAuth|IDN|UTF-8|"
                  r"SHA-256|RFC|IPv6|DNS|HTML|URL|MIME|Sendscope|sendscope-cli|Gmail|Outlook|"
                  r"Microsoft|Yahoo|iCloud|Google|Zoho|Fastmail|OK)\b")
WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def ordinary_words(text):
    text = re.sub(r"https?://\S+|--[\w-]+|\S+@\S+|\S*/\S+|\S+\.\w{2,4}\b", " ", text)
    text = PLACEHOLDER.sub(" ", text)
    text = KEEP.sub(" ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return WORD.findall(text)


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = root.get("language", "")
    count = 0
    for ctx in root.iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            count += 1
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            where = "%s: %s: %r" % (os.path.basename(path), cname, src[:70])
            if tr is None:
                problems.append(where + " -> no translation element")
                continue
            if tr.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(where + " -> %s" % tr.get("type"))
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if msg.get("numerus") == "yes" \
                else [tr.text or ""]
            if not forms or any(not f.strip() for f in forms):
                problems.append(where + " -> empty translation")
                continue
            want = sorted(set(PLACEHOLDER.findall(src)))
            for f in forms:
                got = sorted(set(PLACEHOLDER.findall(f)))
                # %n may be dropped in a singular form of languages that use a word for 1.
                if msg.get("numerus") == "yes":
                    got = sorted(set(got) | ({"%n"} & set(want)))
                if got != want:
                    problems.append(where + " -> placeholders %s, expected %s in %r" % (got, want, f[:70]))
                if f == src and len(ordinary_words(src)) > 1 and not lang.startswith("en"):
                    problems.append(where + " -> the English text copied, not translated")
    if count == 0:
        problems.append("%s: no messages at all" % path)
    return count, problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "..", "..", "translations",
                                                          "sendscope_*.ts")))
    if not files:
        print("no .ts files found")
        return 1
    failed = False
    for path in files:
        count, problems = check(path)
        print("%s: %d messages, %d problems" % (os.path.basename(path), count, len(problems)))
        for p in problems[:400]:
            print("  " + p)
        if len(problems) > 400:
            print("  … and %d more" % (len(problems) - 400))
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
