#!/usr/bin/env python3
"""Messages written by Python's email package, read back by MessageReader.

Random messages built with email.message.EmailMessage (policy.default, LF line ends, and
policy.SMTP, CRLF) use every construct the reader handles: encoded-word subjects, display
names and custom headers, groups, Reply-To, Message-ID/In-Reply-To/References, bodies in
several charsets and transfer encodings, text + HTML alternatives, multipart/related with
cid images, attachments with long non-ASCII names (RFC 2231 continuations), forwarded
message/rfc822 parts and an attachment above the temporary-file threshold.
sendscope-read-test prints what the reader made of each file as JSON; the values must be
the ones that went in.

Seed: SENDSCOPE_READER_SEED or a fixed default; it is printed so a failure can be replayed.
"""
import email
import email.header
import email.policy
import email.utils
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address, Group
from email.message import EmailMessage

READER = sys.argv[1]
SEED = int(os.environ.get("SENDSCOPE_READER_SEED", "20261204"))
COUNT = int(os.environ.get("SENDSCOPE_READER_COUNT", "80"))

WORDS = ["hello", "world", "Grüße", "Straße", "Привет", "мир", "日本語", "中文", "🚀", "café",
         "naïve", "Ελληνικά", "x,y", "a\"b", "(paren)", "O'Neil", "€uro", "tab"]
# Body charsets Python can encode and the texts each can carry.
CHARSETS = {
    "utf-8": WORDS,
    "iso-8859-1": ["hello", "world", "café", "naïve", "Grüße", "Straße", "x,y"],
    "koi8-r": ["hello", "Привет", "мир", "x,y"],
    "shift_jis": ["hello", "日本語", "テスト"],
    "gbk": ["hello", "中文", "你好"],
    "windows-1252": ["hello", "€uro", "café", "“quoted”"],
}


def words(rng, n, pool=WORDS):
    return " ".join(rng.choice(pool) for _ in range(rng.randint(1, n)))


def local(rng):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 10)))


def address(rng, ascii_only=False):
    pool = ["hello", "world", "team", "Smith, J.", "a\"b"] if ascii_only else WORDS
    return Address(display_name=words(rng, 3, pool) if rng.random() < 0.7 else "",
                   username=local(rng), domain=rng.choice(["example.com", "example.org"]))


def body_text(rng, pool):
    lines = []
    for _ in range(rng.randint(0, 12)):
        kind = rng.random()
        if kind < 0.1:
            lines.append("")
        elif kind < 0.15:
            lines.append("x" * rng.randint(80, 1200))  # needs QP or base64
        elif kind < 0.2:
            lines.append("--" + words(rng, 3, pool))
        else:
            lines.append(words(rng, 15, pool))
    return "\n".join(lines)


def make(rng, index):
    """Returns (EmailMessage, expected dict, reader threshold argument or None)."""
    m = EmailMessage()
    exp = {"attachments": []}
    frm = address(rng)
    m["From"] = frm
    exp["from"] = {"name": frm.display_name, "address": frm.addr_spec}
    to = [address(rng) for _ in range(rng.randint(1, 3))]
    exp["to"] = [{"name": a.display_name, "address": a.addr_spec} for a in to]
    if rng.random() < 0.3:
        # Short ASCII groups: Python folds longer ones by putting the group's ":" or ";"
        # into an encoded word, after which no reader can see the group.
        members = [Address(username=local(rng), domain="example.net")
                   for _ in range(rng.randint(0, 2))]
        to = [address(rng, ascii_only=True)]
        m["To"] = [*to, Group(rng.choice(["team", "Friends", "undisclosed-recipients"]), members)]
        exp["to"] = [{"name": a.display_name, "address": a.addr_spec} for a in to]
        exp["to"] += [{"name": a.display_name, "address": a.addr_spec} for a in members]
    else:
        m["To"] = to
    if rng.random() < 0.5:
        cc = [address(rng) for _ in range(rng.randint(1, 3))]
        m["Cc"] = cc
        exp["cc"] = [{"name": a.display_name, "address": a.addr_spec} for a in cc]
    else:
        exp["cc"] = []
    if rng.random() < 0.3:
        rt = address(rng)
        m["Reply-To"] = rt
        exp["replyTo"] = [{"name": rt.display_name, "address": rt.addr_spec}]
    subject = words(rng, 25)
    m["Subject"] = subject
    exp["subject"] = subject
    tz = timezone(timedelta(minutes=15 * rng.randint(-48, 56)))
    dt = datetime(rng.randint(1990, 2040), rng.randint(1, 12), rng.randint(1, 28),
                  rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)
    m["Date"] = email.utils.format_datetime(dt)
    exp["date"] = dt.isoformat()
    mid = email.utils.make_msgid(idstring="py%d" % index, domain="example.com")
    m["Message-ID"] = mid
    exp["messageId"] = mid[1:-1]
    headers = []
    if rng.random() < 0.5:
        parent = email.utils.make_msgid(domain="example.org")
        m["In-Reply-To"] = parent
        m["References"] = "<root@example.org> " + parent
        headers += [["In-Reply-To", parent], ["References", "<root@example.org> " + parent]]
    if rng.random() < 0.5:
        v = words(rng, 12)
        m["X-Custom"] = v
        headers.append(["X-Custom", v])
    exp["headers"] = headers
    if rng.random() < 0.3:
        m["User-Agent"] = "PythonMail/3 (test)"
        exp["userAgent"] = "PythonMail/3 (test)"

    charset = rng.choice(list(CHARSETS))
    text = body_text(rng, CHARSETS[charset])
    cte = rng.choice([None, "quoted-printable", "base64", "8bit"])
    if cte == "8bit" and any(len(l) > 900 for l in text.split("\n")):
        cte = "quoted-printable"  # 8bit lines are limited to 998 octets
    kwargs = {"charset": charset}
    if cte:
        kwargs["cte"] = cte
    m.set_content(text, **kwargs)
    # set_content ends the text with a line break.
    exp["text"] = text + "\n" if not text.endswith("\n") else text
    exp["html"] = ""

    if rng.random() < 0.6:
        html = "<html><body><p>%s</p>" % words(rng, 20)
        cid = None
        if rng.random() < 0.5:
            cid = email.utils.make_msgid(domain="img.example.com")
            html += '<img src="cid:%s">' % cid[1:-1]
        html += "</body></html>"
        m.add_alternative(html, subtype="html")
        exp["html"] = html + "\n"
        if cid:
            img = bytes(rng.getrandbits(8) for _ in range(rng.randint(10, 3000)))
            name = rng.choice([None, "logo.png", "Bild Grüße.png"])
            kw = {"cid": cid}
            if name:
                kw["filename"] = name
                kw["disposition"] = "inline"
            m.get_payload()[1].add_related(img, "image", "png", **kw)
            a = {"mediaType": "image/png", "contentId": cid[1:-1],
                 "sha256": hashlib.sha256(img).hexdigest()}
            if name:
                a["fileName"] = name
            exp["attachments"].append(a)

    threshold = None
    for k in range(rng.randint(0, 3)):
        kind = rng.random()
        if kind < 0.15:
            inner = EmailMessage()
            inner["From"] = "old@example.net"
            inner["Subject"] = "Inner " + words(rng, 3)
            inner.set_content("inner body " + words(rng, 5))
            m.add_attachment(inner)
            exp["attachments"].append({"mediaType": "message/rfc822"})
            continue
        size = rng.randint(0, 5000)
        if kind > 0.93:
            size = rng.randint(1_100_000, 2_000_000)  # above the 1 MiB file threshold
        data = rng.randbytes(size)
        name = rng.choice([
            "report.pdf", "Übersicht %d.pdf" % k, "данные.csv",
            "年度報告書の非常に長いファイル名で継続行が必要になる例 %d.txt" % k,
            "a name with spaces and (parens) %d.bin" % k])
        maintype, subtype = rng.choice([("application", "pdf"), ("text", "csv"),
                                        ("application", "octet-stream")])
        m.add_attachment(data, maintype, subtype, filename=name)
        exp["attachments"].append({"fileName": name, "mediaType": maintype + "/" + subtype,
                                   "size": size, "sha256": hashlib.sha256(data).hexdigest(),
                                   "inFile": size > (1 << 20)})
    if rng.random() < 0.2:
        threshold = 0  # every attachment through a temporary file
        for a in exp["attachments"]:
            if "inFile" in a:
                a["inFile"] = a["size"] > 0
    return m, exp, threshold


def rfc2047(raw):
    """RFC 2047 reading of an unfolded header text with the legacy email.header API, which
    drops white space between adjacent encoded words as §6.2 says."""
    return str(email.header.make_header(email.header.decode_header(raw)))


def unfold(raw):
    return re.sub(r"\r?\n(?=[ \t])", "", raw)


def other_readings(path, exp):
    """Python's folder sometimes splits a word between two encoded words, or writes the
    space between two words only as the white space between two encoded words, which
    RFC 2047 §6.2 says a reader drops. Then the file no longer says what went in. For such
    header values the reader's result may also equal Python's own parser's reading or the
    RFC 2047 reading (email.header). Returns how many values differ from the input."""
    with open(path, "rb") as f:
        raw = f.read()
    back = email.message_from_bytes(raw, policy=email.policy.default)
    legacy = email.message_from_bytes(raw, policy=email.policy.compat32)
    alt = {"subject": [str(back["Subject"]), rfc2047(unfold(legacy["Subject"]))]}
    alt["headers"] = [[[h[0], str(back[h[0]])] for h in exp["headers"]],
                      [[h[0], rfc2047(unfold(legacy[h[0]])) if h[0] == "X-Custom" else h[1]]
                       for h in exp["headers"]]]
    for key, name in (("to", "To"), ("cc", "Cc"), ("replyTo", "Reply-To")):
        if key in exp and back[name] is not None:
            alt[key] = [[{"name": a.display_name, "address": a.addr_spec}
                         for a in back[name].addresses],
                        [{"name": rfc2047(n), "address": a}
                         for n, a in email.utils.getaddresses([unfold(legacy[name])])]]
    exp["_other"] = alt
    return sum(1 for k, v in alt.items() if all(exp.get(k) != x for x in v))


def check(index, path, exp, threshold):
    args = [READER, path] + ([str(threshold)] if threshold is not None else [])
    out = subprocess.run(args, capture_output=True, timeout=120)
    if out.returncode != 0:
        return ["reader exit %d: %s" % (out.returncode, out.stderr.decode(errors="replace"))]
    got = json.loads(out.stdout)
    errors = []
    if not got["ok"]:
        return ["not ok: " + got["error"]]
    if got["warnings"]:
        errors.append("warnings: %r" % got["warnings"])
    alt = exp.get("_other", {})
    for key, want in exp.items():
        if key in ("attachments", "_other"):
            continue
        if got.get(key) != want and got.get(key) not in alt.get(key, []):
            errors.append("%s: got %r, want %r" % (key, got.get(key), want))
    ga = got["attachments"]
    if len(ga) != len(exp["attachments"]):
        errors.append("attachments: got %d, want %d" % (len(ga), len(exp["attachments"])))
        return errors
    for i, (g, w) in enumerate(zip(ga, exp["attachments"])):
        for k, v in w.items():
            if g.get(k) != v:
                errors.append("attachment %d %s: got %r, want %r" % (i, k, g.get(k), v))
        if w["mediaType"] == "message/rfc822" and g["size"] < 40:
            errors.append("attachment %d: the forwarded message is missing" % i)
    return errors


def main():
    rng = random.Random(SEED)
    print("seed", SEED, "count", COUNT)
    failures = 0
    quirks = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(COUNT):
            m, exp, threshold = make(rng, i)
            policy = email.policy.SMTP if i % 2 else email.policy.default
            path = os.path.join(tmp, "m%d.eml" % i)
            with open(path, "wb") as f:
                f.write(m.as_bytes(policy=policy))
            quirks += other_readings(path, exp)
            errors = check(i, path, exp, threshold)
            if errors:
                failures += 1
                print("message %d (%s line ends): FAIL" % (i, "CRLF" if i % 2 else "LF"))
                for e in errors:
                    print("   ", e[:2000])
                keep = os.path.join(tempfile.gettempdir(), "sendscope-reader-fail-%d.eml" % i)
                with open(keep, "wb") as f:
                    f.write(m.as_bytes(policy=policy))
                print("    kept as", keep)
    print("%d of %d messages read back exactly (%d header values that Python's "
          "writer did not write as given, see other_readings)" % (COUNT - failures, COUNT, quirks))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
