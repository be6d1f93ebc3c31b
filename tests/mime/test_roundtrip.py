#!/usr/bin/env python3
"""Round trip of composed messages through a parser we did not write.

Random messages (subjects, display names, bodies with long lines, leading and lone dots,
bare CR/LF, characters from every Unicode plane; random binary attachments) are described
in JSON, composed by sendscope-compose-test (MessageWriter) and parsed back with Python's
email package (policy.default). Decoded values must equal what went in.

Seed: SENDSCOPE_MIME_SEED, or a fixed default; it is printed so a failure can be replayed.
"""
import base64
import email
import email.header
import email.policy
import email.utils
import json
import re
import os
import random
import subprocess
import sys
import tempfile

COMPOSER = sys.argv[1]
SEED = int(os.environ.get("SENDSCOPE_MIME_SEED", "20261204"))
COUNT = int(os.environ.get("SENDSCOPE_MIME_COUNT", "80"))

# Characters by plane: 0 (Latin, Greek, Cyrillic, CJK, Hangul, symbols), 1 (emoji, old
# scripts), 2 and 3 (CJK extensions), 14 (tags, variation selectors), 15 and 16 (private use).
# Planes 4-13 hold no characters, so private use and the assigned planes stand for them.
RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x5FF),
    (0x600, 0x6FF), (0x900, 0x97F), (0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3),
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0xFB00, 0xFDCF), (0xFE70, 0xFEFC),
    (0x1F300, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F900, 0x1F9FF), (0x10000, 0x1007F),
    (0x1D400, 0x1D7FF), (0x20000, 0x2A6DF), (0x30000, 0x3134A), (0xE0020, 0xE007F),
    (0xE0100, 0xE01EF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD),
]


def rand_char(rng):
    lo, hi = rng.choice(RANGES)
    while True:
        c = rng.randint(lo, hi)
        if (c & 0xFFFF) < 0xFFFE and not (0xFDD0 <= c <= 0xFDEF):
            return chr(c)


def rand_word(rng, ascii_bias=0.6):
    n = rng.randint(1, 12)
    if rng.random() < ascii_bias:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                       for _ in range(n))
    return "".join(rand_char(rng) for _ in range(n))


def rand_header_text(rng):
    kind = rng.random()
    if kind < 0.2:
        return " ".join(rand_word(rng, 1.0) for _ in range(rng.randint(1, 25)))
    if kind < 0.3:
        # specials a header parser could trip on
        pool = list("\"\\(),:;<>@[]=?_ \t.'") + ["=?", "?=", "=?UTF-8?B?", "--"]
        return "".join(rng.choice(pool + [rand_word(rng)]) for _ in range(rng.randint(1, 30)))
    if kind < 0.4:
        return rand_word(rng, 1.0) * rng.randint(10, 40)  # one unbreakable long word
    parts = []
    for _ in range(rng.randint(1, 30)):
        parts.append(rand_word(rng, rng.random()))
        parts.append(rng.choice([" ", " ", " ", "  ", "\t", ", ", " - "]))
    return "".join(parts).strip()


def rand_name(rng):
    # Surrounding white space of a display name carries no meaning (RFC 5322 §3.2.5).
    return rand_header_text(rng).strip() if rng.random() < 0.85 else ""


def rand_body(rng):
    lines = []
    for _ in range(rng.randint(0, 40)):
        kind = rng.random()
        if kind < 0.1:
            line = "."
        elif kind < 0.2:
            line = "." + rand_word(rng)
        elif kind < 0.3:
            line = "x" * rng.randint(900, 5000)  # longer than 998 octets
        elif kind < 0.35:
            line = " ".join(rand_word(rng) for _ in range(rng.randint(100, 400)))
        elif kind < 0.4:
            line = rand_word(rng) + "   \t"  # trailing white space
        elif kind < 0.45:
            line = "From " + rand_word(rng) + " =?not=?encoded =3D ="
        elif kind < 0.5:
            line = ""
        else:
            line = " ".join(rand_word(rng, rng.random()) for _ in range(rng.randint(1, 15)))
        lines.append(line)
        lines.append(rng.choice(["\n", "\n", "\r\n", "\r", "\n\n"]))
    if lines and rng.random() < 0.4:
        lines.pop()  # no line break at the end
    dense = rng.random()
    if dense < 0.15:
        return "".join(rand_char(rng) for _ in range(rng.randint(1, 3000)))  # base64 territory
    return "".join(lines)


def canonical_text(s):
    return s.replace("\r\n", "\n").replace("\r", "\n")


def check_wire(raw, label, allow_8bit):
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"", f"{label}: the message does not end with CRLF"
    for i, line in enumerate(lines[:-1]):
        assert b"\r" not in line and b"\n" not in line, f"{label}: bare CR or LF in line {i + 1}"
        assert len(line) <= 998, f"{label}: line {i + 1} has {len(line)} octets"
        if not allow_8bit:
            assert all(b < 0x80 for b in line), f"{label}: 8-bit octet in line {i + 1}"


def raw_header(raw, name):
    """The unfolded value of header `name` as written (UTF-8 allowed, RFC 6532)."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8")
    unfolded = re.sub(r"\r\n(?=[ \t])", "", head)
    for line in unfolded.split("\r\n"):
        field, _, value = line.partition(":")
        if field.lower() == name.lower():
            return value
    return None


def addresses(msg, raw_msg, name):
    """[(display name, address)] of one address header.

    policy.default's phrase parser keeps the white space between adjacent encoded words,
    against RFC 2047 §6.2, so a long display name split over several encoded words gains
    spaces there. Display names are therefore decoded from the raw header with
    email.utils.getaddresses + email.header.decode_header, which follow §6.2; policy.default
    still has to agree on the addresses and on the names apart from white space.
    """
    header = msg[name]
    if header is None:
        return []
    modern = [(a.display_name, a.addr_spec) for a in header.addresses]
    raw = raw_header(raw_msg, name)
    legacy = []
    for display, addr in email.utils.getaddresses([raw]):
        decoded = str(email.header.make_header(email.header.decode_header(display))) \
            if "=?" in display else display
        legacy.append((decoded, addr))
    squeeze = lambda t: re.sub(r"\s+", "", t)
    assert [(squeeze(n), a) for n, a in modern] == [(squeeze(n), a) for n, a in legacy], \
        f"{name}: policy.default reads {modern!r}, RFC 2047 decoding {legacy!r}"
    return legacy


def main():
    print(f"seed {SEED} (set SENDSCOPE_MIME_SEED to replay), {COUNT} messages", flush=True)
    rng = random.Random(SEED)
    tmp = tempfile.mkdtemp(prefix="sendscope-mime-")
    failures = 0
    for n in range(COUNT):
        label = f"message {n} (seed {SEED})"
        allow_8bit = rng.random() < 0.25
        smtputf8 = rng.random() < 0.15  # RFC 6532: UTF-8 addresses stay UTF-8 in headers
        to = [{"name": rand_name(rng), "address": f"to{i}@example.org"}
              for i in range(rng.randint(1, 4))]
        to.append({"name": rand_name(rng), "address": "idn@bücher.example"})
        if smtputf8:
            to.append({"name": rand_name(rng), "address": "δοκιμή@παράδειγμα.δοκιμή"})
        cc = [{"name": rand_name(rng), "address": f"cc{i}@example.net"}
              for i in range(rng.randint(0, 3))]
        reply_to = [{"name": rand_name(rng), "address": "reply@example.com"}] if rng.random() < 0.5 else []
        subject = rand_header_text(rng) if rng.random() < 0.95 else ""
        text = rand_body(rng)
        html = ""
        attachments = []
        expected_atts = []
        if rng.random() < 0.4:
            html = "<html><body><p>" + rand_body(rng).replace("<", "&lt;") + "</p>"
            if rng.random() < 0.5:
                html += '<img src="cid:img1@sendscope.test">'
                data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 5000)))
                attachments.append({"data_base64": base64.b64encode(data).decode(),
                                    "file_name": "pic.png", "media_type": "image/png",
                                    "content_id": "img1@sendscope.test"})
                expected_atts.append(("pic.png", data, "img1@sendscope.test"))
            html += "</body></html>"
        for i in range(rng.choice([0, 0, 1, 2, 3])):
            size = rng.choice([0, 1, 2, 3, 56, 57, 58, 114, 1000, rng.randint(0, 300000)])
            data = bytes(rng.getrandbits(8) for _ in range(size))
            name = rand_header_text(rng).strip().replace("/", "_").replace("\t", " ") or "file"
            path = os.path.join(tmp, f"att{n}_{i}.bin")
            with open(path, "wb") as f:
                f.write(data)
            attachments.append({"path": path, "file_name": name})
            expected_atts.append((name, data, None))
        spec = {
            "from": {"name": rand_name(rng), "address": "sender@example.com"},
            "to": to, "cc": cc, "bcc": ["hidden-bcc@example.org"], "reply_to": reply_to,
            "subject": subject, "date": "2026-12-04T21:00:00+01:00",
            "message_id": f"m{n}@sendscope.test",
            "headers": [["X-Random", rand_header_text(rng)]],
            "text": text, "html": html, "attachments": attachments, "allow_8bit": allow_8bit,
            "smtputf8": smtputf8,
        }
        spec_path = os.path.join(tmp, f"spec{n}.json")
        eml_path = os.path.join(tmp, f"m{n}.eml")
        with open(spec_path, "w", encoding="utf-8") as f:
            json.dump(spec, f)
        read_size = rng.choice([1, 7, 76, 4093, 65536, rng.randint(1, 200000)])
        res = subprocess.run([COMPOSER, spec_path, eml_path, str(read_size)],
                             capture_output=True, text=True)
        if res.returncode != 0:
            print(f"FAIL {label}: composer exit {res.returncode}: {res.stderr}")
            failures += 1
            continue
        info = json.loads(res.stdout)
        with open(eml_path, "rb") as f:
            raw = f.read()
        try:
            assert info["size"] == len(raw), f"size() {info['size']} but {len(raw)} octets"
            check_wire(raw, label, allow_8bit or smtputf8)
            assert b"hidden-bcc" not in raw, "Bcc leaked into the message"
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            # BytesParser leaves 8-bit header octets undecoded; RFC 6532 headers are UTF-8, so
            # headers are read from the decoded text (bodies still from the octets).
            hdrs = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default) \
                if smtputf8 else msg
            assert not msg.defects, f"defects: {msg.defects}"
            assert (hdrs["subject"] or "") == subject, \
                f"subject {hdrs['subject']!r} != {subject!r}"
            assert msg["x-random"] == spec["headers"][0][1], \
                f"X-Random {msg['x-random']!r} != {spec['headers'][0][1]!r}"
            got_to = addresses(hdrs, raw, "to")
            want_to = [(t["name"], t["address"] if smtputf8
                        else t["address"].replace("bücher", "xn--bcher-kva")) for t in to]
            assert got_to == want_to, f"To {got_to!r} != {want_to!r}"
            assert addresses(hdrs, raw, "cc") == [(c["name"], c["address"]) for c in cc], "Cc differs"
            assert addresses(hdrs, raw, "reply-to") == [(r["name"], r["address"]) for r in reply_to], \
                "Reply-To differs"
            assert addresses(hdrs, raw, "from") == [(spec["from"]["name"], "sender@example.com")], \
                "From differs"
            assert msg["message-id"] == f"<m{n}@sendscope.test>"
            plain = msg.get_body(preferencelist=("plain",))
            got_text = plain.get_content()
            want_text = canonical_text(text)
            if not msg.is_multipart() and plain["content-transfer-encoding"] in ("7bit", "8bit") \
                    and want_text and not want_text.endswith("\n"):
                want_text += "\n"  # a message ends with a line break (RFC 5322 §2.1)
            assert canonical_text(got_text) == want_text, "text body differs"
            if html:
                hpart = msg.get_body(preferencelist=("html",))
                assert canonical_text(hpart.get_content()) == canonical_text(html), "html differs"
            got_atts = []
            for part in msg.walk():
                # Attachments and inline parts carry a Content-Disposition; the bodies do not.
                if part.is_multipart() or part.get_content_disposition() is None:
                    continue
                # The decoded parameter itself: get_filename() also strips a surrounding
                # <...> (email.utils.unquote), which would hide what was written.
                got_atts.append((part["content-disposition"].params.get("filename"),
                                 part.get_payload(decode=True),
                                 (part["content-id"] or "").strip("<>") or None))
            assert len(got_atts) == len(expected_atts), \
                f"{len(got_atts)} attachments, expected {len(expected_atts)}"
            for (gn, gd, gc), (wn, wd, wc) in zip(sorted(got_atts, key=lambda a: a[1]),
                                                   sorted(expected_atts, key=lambda a: a[1])):
                assert gn == wn, f"file name {gn!r} != {wn!r}"
                assert gd == wd, f"attachment {wn!r}: {len(gd)} octets differ from {len(wd)}"
                assert gc == wc, f"Content-ID {gc!r} != {wc!r}"
            if any(a.get("content_id") for a in attachments):
                related = [p for p in msg.walk() if p.get_content_type() == "multipart/related"]
                assert related, "inline image without multipart/related"
        except AssertionError as e:
            print(f"FAIL {label}: {e}\n  spec {spec_path}\n  eml {eml_path}")
            failures += 1
    # Header injection is refused, naming the field.
    bad = {"from": "a@example.com", "to": ["b@example.com"], "subject": "hi\r\nBcc: x@evil.test"}
    bad_path = os.path.join(tmp, "bad.json")
    with open(bad_path, "w") as f:
        json.dump(bad, f)
    res = subprocess.run([COMPOSER, bad_path, os.path.join(tmp, "bad.eml")],
                         capture_output=True, text=True)
    if res.returncode != 1 or "subject" not in res.stderr.lower():
        print(f"FAIL header injection: exit {res.returncode}, {res.stderr!r}")
        failures += 1
    print(f"{COUNT - failures if failures <= COUNT else 0} of {COUNT} messages round-tripped; "
          f"{failures} failure(s); seed {SEED}")
    if failures == 0:
        import shutil
        shutil.rmtree(tmp)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
