#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the DKIM fixtures of this folder with an independent signer (python3-cryptography,
# relaxed/relaxed, RFC 6376 3.4.2/3.4.4/3.7), so BounceLens' verifier is checked against code
# it shares nothing with. The 2048-bit key is a published TEST key; never use it for mail.
import base64, hashlib, os, re
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = os.path.join(HERE, 'rsa2048-test.key.pem')

def load_key():
    if not os.path.exists(KEY):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        open(KEY, 'wb').write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                serialization.NoEncryption()))
    return serialization.load_pem_private_key(open(KEY, 'rb').read(), None)

def relaxed_header(name, value):
    value = re.sub(rb'\r\n', b'', value)
    value = re.sub(rb'[ \t]+', b' ', value).strip(b' ')
    return name.strip().lower() + b':' + value + b'\r\n'

def relaxed_body(body):
    lines = body.split(b'\r\n')
    if lines and lines[-1] == b'':
        lines.pop()
    out = [re.sub(rb'[ \t]+', b' ', l).rstrip(b' ') for l in lines]
    while out and out[-1] == b'':
        out.pop()
    return b''.join(l + b'\r\n' for l in out)

def split(message):
    head, body = message.split(b'\r\n\r\n', 1)
    fields = []
    for line in head.split(b'\r\n'):
        if line[:1] in (b' ', b'\t'):
            fields[-1] += b'\r\n' + line
        else:
            fields.append(line)
    return [(f.split(b':', 1)[0], f.split(b':', 1)[1]) for f in fields], body

def sign(message, key, domain, selector, headers):
    fields, body = split(message)
    bh = base64.b64encode(hashlib.sha256(relaxed_body(body)).digest()).decode()
    sig = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n t=1700000000; h=%s;\r\n bh=%s;\r\n b='
           % (domain, selector, ':'.join(headers), bh)).encode()
    data, used = b'', set()
    for h in headers:
        for i in range(len(fields) - 1, -1, -1):
            if i not in used and fields[i][0].strip().lower() == h.encode():
                used.add(i)
                data += relaxed_header(*fields[i])
                break
    data += relaxed_header(b'DKIM-Signature', b' ' + sig)[:-2]
    b = base64.b64encode(key.sign(data, padding.PKCS1v15(), hashes.SHA256())).decode()
    folded = '\r\n '.join(b[i:i + 64] for i in range(0, len(b), 64))
    return b'DKIM-Signature: ' + sig + folded.encode() + b'\r\n' + message

def public_record(key):
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return 'v=DKIM1; k=rsa; p=' + base64.b64encode(der).decode()

def main():
    key = load_key()
    open(os.path.join(HERE, 'rsa2048-test.txt'), 'w').write(public_record(key) + '\n')
    original = open(os.path.join(HERE, 'newsletter-unsigned.eml'), 'rb').read()
    headers = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'from']
    signed = sign(original, key, 'bouncelens.test', 'mail2048', headers)
    open(os.path.join(HERE, 'newsletter-signed-rsa2048.eml'), 'wb').write(signed)
    footer = signed + b'-- \r\nYou are subscribed to the list news@lists.example.org.\r\n'
    open(os.path.join(HERE, 'newsletter-list-footer-added.eml'), 'wb').write(footer)
    tagged = signed.replace(b'Subject: Your November', b'Subject: [news] Your November', 1)
    open(os.path.join(HERE, 'newsletter-list-subject-tag.eml'), 'wb').write(tagged)
    open(os.path.join(HERE, 'newsletter-signed-lf-line-ends.eml'), 'wb').write(signed.replace(b'\r\n', b'\n'))

def hostile():
    # Bad input must give clear results, never a crash or a hang.
    sigs = b''.join(b'DKIM-Signature: v=1; a=rsa-sha256; d=bouncelens.test; s=s%d; h=from; bh=AAAA; b=AAAA\r\n' % i
                    for i in range(30))
    open(os.path.join(HERE, 'hostile-30-signatures.eml'), 'wb').write(
        sigs + b'From: a@bouncelens.test\r\nSubject: many\r\n\r\nbody\r\n')
    open(os.path.join(HERE, 'hostile-garbage-signature.eml'), 'wb').write(
        b'DKIM-Signature: ;;; ==\x00\xff\xfe b=; b=;\r\n\t\r\nDKIM-Signature:\r\n'
        b'DKIM-Signature: v=1; a=rsa-sha256; d=x..y; s=; h=; bh=!!; b=\r\nFrom: x@y\r\n\r\n')
    open(os.path.join(HERE, 'hostile-headers-only-no-separator.eml'), 'wb').write(
        b'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bouncelens.test; s=mail2048; h=from;\r\n'
        b' bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA\r\nFrom: x@bouncelens.test')

main()
hostile()
