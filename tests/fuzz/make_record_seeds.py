#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seed corpora for the record and DNS-answer fuzz targets.

usage: make_record_seeds.py SHARED_DIR OUT_DIR
Writes OUT_DIR/{spf,dkim,dmarc,dns}/: SPF records of the RFC 7208/4408 suites, DKIM-Signature
values of the DKIM conformance messages and key records of its manifest, DMARC records of
cases.json, and a few hand-made DNS responses (A, AAAA, MX, TXT, CNAME chain and loop, PTR,
SRV, NXDOMAIN, TC) in wire format.
"""
import glob
import hashlib
import json
import os
import re
import struct
import sys


def save(out, kind, data):
    if isinstance(data, str):
        data = data.encode('utf-8', 'surrogateescape')
    path = os.path.join(out, kind, hashlib.sha1(data).hexdigest()[:16])
    with open(path, 'wb') as f:
        f.write(data)


def strings(node, test):
    if isinstance(node, dict):
        node = list(node.values())
    if isinstance(node, list):
        for value in node:
            yield from strings(value, test)
    elif isinstance(node, str) and test(node):
        yield node


def wire_name(name):
    return b''.join(bytes([len(l)]) + l.encode() for l in name.split('.') if l) + b'\0'


def packet(qname, qtype, rrs, rcode=0, flags=0x8180):
    out = struct.pack('>HHHHHH', 0x1234, flags | rcode, 1, len(rrs), 0, 0)
    out += wire_name(qname) + struct.pack('>HH', qtype, 1)
    for owner, rrtype, rdata in rrs:
        out += wire_name(owner) + struct.pack('>HHIH', rrtype, 1, 60, len(rdata)) + rdata
    return out


def main(shared, out):
    for kind in ('spf', 'dkim', 'dmarc', 'dns'):
        os.makedirs(os.path.join(out, kind), exist_ok=True)
    for path in glob.glob(os.path.join(shared, 'conformance/spf/*.yml')):
        with open(path, encoding='utf-8', errors='replace') as f:
            for m in re.finditer(r'(v=spf1[^\n]*)', f.read()):
                save(out, 'spf', m.group(1).strip().strip('"\''))
    with open(os.path.join(shared, 'conformance/dmarc/cases.json')) as f:
        for record in strings(json.load(f), lambda s: 'v=DMARC' in s):
            save(out, 'dmarc', record)
    for path in glob.glob(os.path.join(shared, 'conformance/dkim/messages/*.eml')):
        with open(path, 'rb') as f:
            for m in re.finditer(rb'(?im)^DKIM-Signature:((?:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*))', f.read()):
                save(out, 'dkim', m.group(1))
    with open(os.path.join(shared, 'conformance/dkim/manifest.json')) as f:
        for record in strings(json.load(f), lambda s: 'p=' in s and ('v=DKIM1' in s or 'k=' in s)):
            save(out, 'dkim', record)
    name = 'example.org'
    for p in (packet(name, 1, [(name, 1, bytes([192, 0, 2, 1]))]),
              packet(name, 28, [(name, 28, bytes(16))]),
              packet(name, 15, [(name, 15, b'\0\x0a' + wire_name('mx.' + name))]),
              packet(name, 16, [(name, 16, b'\x0bv=spf1 -all\x05hello')]),
              packet('_dmarc.' + name, 16, [('_dmarc.' + name, 5, wire_name('x._dmarc.p.test')),
                                            ('x._dmarc.p.test', 16, b'\x10v=DMARC1; p=none')]),
              packet('a.' + name, 1, [('a.' + name, 5, wire_name('b.' + name)), ('b.' + name, 5, wire_name('a.' + name))]),
              packet(name, 12, [(name, 12, wire_name('host.' + name))]),
              packet(name, 33, [(name, 33, b'\0\1\0\2\0\x19' + wire_name('srv.' + name))]),
              packet(name, 1, [], rcode=3),
              packet(name, 16, [(name, 16, b'\x03abc')], flags=0x8380)):
        save(out, 'dns', p)
    for kind in ('spf', 'dkim', 'dmarc', 'dns'):
        print(kind, len(os.listdir(os.path.join(out, kind))))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
