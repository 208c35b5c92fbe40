#!/usr/bin/env python3
"""Writes the certificates tst_tlsrefusals serves over loopback (run once, output committed).

One trusted test CA and leaf certificates that each fail verification for exactly one
reason: self-signed, issued by an unknown CA, for another host name, expired, not yet
valid; plus one good leaf so the test shows the setup itself works. Dates are fixed, far
in the past or future, so the files never need regenerating. Needs python3-cryptography.
"""
import datetime
import ipaddress
import os
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

OUT = os.path.dirname(os.path.abspath(__file__))
D = datetime.datetime


def key():
    return ec.generate_private_key(ec.SECP256R1())


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Fansly Connect tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def cert(subject_key, cn, issuer_key, issuer_name, start, end, sans=None, ca=False):
    b = (x509.CertificateBuilder()
         .subject_name(name(cn))
         .issuer_name(issuer_name or name(cn))
         .public_key(subject_key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(start)
         .not_valid_after(end)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if sans is not None:
        b = b.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if ca:
        b = b.add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                          key_encipherment=False, data_encipherment=False,
                                          key_agreement=False, key_cert_sign=True,
                                          crl_sign=True, encipher_only=False,
                                          decipher_only=False), critical=True)
    return b.sign(issuer_key or subject_key, hashes.SHA256())


def write(filename, data):
    with open(os.path.join(OUT, filename), "wb") as f:
        f.write(data)


def pem(c):
    return c.public_bytes(serialization.Encoding.PEM)


def main():
    loopback = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    always = (D(2020, 1, 1), D(2120, 1, 1))

    ca_key = key()
    ca = cert(ca_key, "Fansly Connect test CA", None, None, *always, ca=True)
    other_ca_key = key()
    other_ca_name = name("Unknown test CA")
    leaf_key = key()

    def leaf(cn, start, end, sans=loopback):
        return cert(leaf_key, cn, ca_key, ca.subject, start, end, sans)

    write("ca.pem", pem(ca))
    write("leaf.key", leaf_key.private_bytes(serialization.Encoding.PEM,
                                             serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()))
    write("good.pem", pem(leaf("127.0.0.1", *always)))
    write("self-signed.pem", pem(cert(leaf_key, "127.0.0.1", None, None, *always, loopback)))
    write("unknown-ca.pem",
          pem(cert(leaf_key, "127.0.0.1", other_ca_key, other_ca_name, *always, loopback)))
    write("wrong-host.pem", pem(leaf("other.example.net", *always,
                                     [x509.DNSName("other.example.net")])))
    write("expired.pem", pem(leaf("127.0.0.1", D(2000, 1, 1), D(2001, 1, 1))))
    write("not-yet-valid.pem", pem(leaf("127.0.0.1", D(2110, 1, 1), D(2120, 1, 1))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
