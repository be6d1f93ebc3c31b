#!/usr/bin/python3
"""Test certificates, made at test time (never checked in).

    from certs import make_pki
    pki = make_pki(directory)   # dict of file paths and fingerprints

Writes into `directory`:
  ca.pem / ca.key            a local CA
  server.pem / server.key    leaf for localhost + 127.0.0.1 + ::1, signed by the CA
  chain.pem                  server.pem followed by ca.pem
  selfsigned.pem / .key      self-signed leaf for localhost + 127.0.0.1
  wronghost.pem / .key       signed by the CA for mail.invalid only
  expired.pem / .key         signed by the CA, expired yesterday
  weak.pem / .key            rsa:1024 leaf signed by the CA
and returns their paths plus the SHA-256 fingerprint (lower-case hex) of each leaf.
Also usable from the shell: certs.py DIR  (prints the dict as JSON).
"""
import datetime
import ipaddress
import json
import os
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def _name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sendscope tests")])


def _write(directory, stem, cert, key):
    cert_path = os.path.join(directory, stem + ".pem")
    key_path = os.path.join(directory, stem + ".key")
    with open(cert_path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_path, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM,
                                  serialization.PrivateFormat.TraditionalOpenSSL,
                                  serialization.NoEncryption()))
    os.chmod(key_path, 0o600)
    return cert_path, key_path


def _leaf(subject_cn, names, issuer_cert, issuer_key, key, not_before, not_after):
    san = []
    for n in names:
        try:
            san.append(x509.IPAddress(ipaddress.ip_address(n)))
        except ValueError:
            san.append(x509.DNSName(n))
    builder = (x509.CertificateBuilder()
               .subject_name(_name(subject_cn))
               .issuer_name(issuer_cert.subject if issuer_cert else _name(subject_cn))
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before)
               .not_valid_after(not_after)
               .add_extension(x509.SubjectAlternativeName(san), critical=False)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                              critical=False))
    return builder.sign(issuer_key if issuer_key else key, hashes.SHA256())


def fingerprint(cert_path):
    with open(cert_path, "rb") as f:
        cert = x509.load_pem_x509_certificate(f.read())
    return cert.fingerprint(hashes.SHA256()).hex()


def make_pki(directory):
    os.makedirs(directory, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    day = datetime.timedelta(days=1)
    out = {}

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (x509.CertificateBuilder()
               .subject_name(_name("Sendscope Test CA"))
               .issuer_name(_name("Sendscope Test CA"))
               .public_key(ca_key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - day)
               .not_valid_after(now + 30 * day)
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                            crl_sign=True, content_commitment=False,
                                            key_encipherment=False, data_encipherment=False,
                                            key_agreement=False, encipher_only=False,
                                            decipher_only=False), critical=True)
               .sign(ca_key, hashes.SHA256()))
    out["ca"], out["ca_key"] = _write(directory, "ca", ca_cert, ca_key)

    local = ["localhost", "127.0.0.1", "::1"]
    specs = {
        "server": ("localhost", local, True, now - day, now + 30 * day, "ec"),
        "selfsigned": ("localhost", local, False, now - day, now + 30 * day, "ec"),
        "wronghost": ("mail.invalid", ["mail.invalid"], True, now - day, now + 30 * day, "ec"),
        "expired": ("localhost", local, True, now - 30 * day, now - day, "ec"),
        "weak": ("localhost", local, True, now - day, now + 30 * day, "rsa1024"),
    }
    for stem, (cn, names, signed, nb, na, kind) in specs.items():
        if kind == "rsa1024":
            key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        else:
            key = ec.generate_private_key(ec.SECP256R1())
        cert = _leaf(cn, names, ca_cert if signed else None, ca_key if signed else None,
                     key, nb, na)
        out[stem], out[stem + "_key"] = _write(directory, stem, cert, key)
        out[stem + "_sha256"] = cert.fingerprint(hashes.SHA256()).hex()

    chain = os.path.join(directory, "chain.pem")
    with open(out["server"], "rb") as leaf, open(out["ca"], "rb") as ca, open(chain, "wb") as f:
        f.write(leaf.read() + ca.read())
    out["chain"] = chain
    return out


if __name__ == "__main__":
    print(json.dumps(make_pki(sys.argv[1]), indent=2))
