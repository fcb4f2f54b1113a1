#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the DKIM bounce scenarios of this folder (run by hand; the tests read the output).
# The original is signed with an independent signer (python3-cryptography, relaxed/relaxed,
# RFC 6376 3.4.2/3.4.4/3.7), the approach of tests/data/dkim/make_fixtures.py, with published
# TEST keys only:
#   - tests/data/dkim/rsa2048-test.key.pem (the DKIM fixtures' 2048-bit key) for d=shop.example,
#   - the RFC 8463 / dkimpy RSA-1024 test key (../shared/conformance/dkim/keys) for the weak-key case.
# Public records are written to dkim-bounce-keys.txt ("selector record" per line) for the zone.
import base64, hashlib, os, re, sys
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('BOUNCELENS_SHARED_DIR', os.path.join(HERE, '..', '..', '..', '..', 'shared'))
KEY2048 = os.path.join(HERE, '..', 'dkim', 'rsa2048-test.key.pem')
KEY1024 = os.path.join(SHARED, 'conformance', 'dkim', 'keys', 'rfc8463-test.football.example.com.rsa.pem')
BOUNDARY = '7C1B2D3E4F.1731924131/mail.shop.example'


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
    sig = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n t=1731924000; h=%s;\r\n bh=%s;\r\n b='
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


def load(path):
    return serialization.load_pem_private_key(open(path, 'rb').read(), None)


ORIGINAL = (
    'Received: from [10.0.0.5] (unknown [10.0.0.5])\r\n'
    '\tby mail.shop.example (Postfix) with ESMTPSA id 7C1B2D3E4F\r\n'
    '\tfor <alice@gmail.com>; Mon, 18 Nov 2024 10:02:09 +0100 (CET)\r\n'
    'From: Shop Example <news@shop.example>\r\n'
    'To: Alice <alice@gmail.com>\r\n'
    'Subject: Your order has shipped\r\n'
    'Date: Mon, 18 Nov 2024 10:02:00 +0100\r\n'
    'Message-ID: <20241118090200.7C1B2D3E4F@mail.shop.example>\r\n'
    'MIME-Version: 1.0\r\n'
    'Content-Type: text/plain; charset=us-ascii\r\n'
    '\r\n'
    'Hello Alice,\r\n'
    '\r\n'
    'your order 2024-1118-0042 has shipped today and should arrive\r\n'
    'within two to three working days.\r\n'
    '\r\n'
    'Track it at https://shop.example/track/2024-1118-0042\r\n'
    '\r\n'
    'Thank you for shopping with us.\r\n'
    '-- \r\n'
    'Shop Example, 1 Example Street, Example Town\r\n').encode()

SIGNED_HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'from']


def gmail_reply(spf_domain, ip, spf_result):
    # Gmail's 5.7.26 wording (support.google.com/mail/answer/81126), as Postfix folds it.
    return ('550-5.7.26 This mail has been blocked because the sender is\n'
            '    unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with\n'
            '    either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication results:\n'
            '    550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [%s] with ip:\n'
            '    [%s] = %s 550-5.7.26  550-5.7.26  For instructions on\n'
            '    setting up authentication, go to 550 5.7.26\n'
            '    https://support.google.com/mail/answer/81126#authentication\n'
            '    a640c23a62f3a-aa4f4e0d1c2si1234567b.301 - gsmtp' % (spf_domain, ip, spf_result))


def bounce(reply, returned, headers_only=False, note=''):
    """A Postfix bounce (RFC 3464 multipart/report) returning `returned` (CRLF bytes)."""
    kind = 'text/rfc822-headers' if headers_only else 'message/rfc822'
    desc = 'Undelivered Message Headers' if headers_only else 'Undelivered Message'
    original = returned.decode().replace('\r\n', '\n')
    if headers_only:
        original = original.split('\n\n', 1)[0] + '\n'
    return ('Return-Path: <>\n'
            'Received: by mail.shop.example (Postfix)\n'
            '\tid 7C1B2D3E4F; Mon, 18 Nov 2024 10:02:11 +0100 (CET)\n'
            'Date: Mon, 18 Nov 2024 10:02:11 +0100 (CET)\n'
            'From: MAILER-DAEMON@mail.shop.example (Mail Delivery System)\n'
            'Subject: Undelivered Mail Returned to Sender\n'
            'To: bounces@shop.example\n'
            'Auto-Submitted: auto-replied\n'
            'MIME-Version: 1.0\n'
            'Content-Type: multipart/report; report-type=delivery-status;\n'
            '\tboundary="%(b)s"\n'
            'Message-Id: <20241118090211.7C1B2D3E50@mail.shop.example>\n'
            '\n'
            'This is a MIME-encapsulated message.\n'
            '\n'
            '--%(b)s\n'
            'Content-Description: Notification\n'
            'Content-Type: text/plain; charset=us-ascii\n'
            '\n'
            'This is the mail system at host mail.shop.example.\n'
            '\n'
            'I\'m sorry to have to inform you that your message could not\n'
            'be delivered to one or more recipients. It\'s attached below.\n'
            '%(note)s\n'
            '                   The mail system\n'
            '\n'
            '<alice@gmail.com>: host gmail-smtp-in.l.google.com[142.250.27.26] said:\n'
            '    %(reply)s (in reply to end of DATA command)\n'
            '\n'
            '--%(b)s\n'
            'Content-Description: Delivery report\n'
            'Content-Type: message/delivery-status\n'
            '\n'
            'Reporting-MTA: dns; mail.shop.example\n'
            'X-Postfix-Queue-ID: 7C1B2D3E4F\n'
            'X-Postfix-Sender: rfc822; bounces@shop.example\n'
            'Arrival-Date: Mon, 18 Nov 2024 10:02:09 +0100 (CET)\n'
            '\n'
            'Final-Recipient: rfc822; alice@gmail.com\n'
            'Original-Recipient: rfc822;alice@gmail.com\n'
            'Action: failed\n'
            'Status: 5.7.26\n'
            'Remote-MTA: dns; gmail-smtp-in.l.google.com\n'
            'Diagnostic-Code: smtp; %(reply)s\n'
            '\n'
            '--%(b)s\n'
            'Content-Description: %(desc)s\n'
            'Content-Type: %(kind)s\n'
            '\n'
            '%(original)s'
            '\n'
            '--%(b)s--\n' % dict(b=BOUNDARY, reply=reply, kind=kind, desc=desc, original=original, note=note)).encode()


def with_return_path(message, address):
    return ('Return-Path: <%s>\r\n' % address).encode() + message


def write(name, data):
    open(os.path.join(HERE, name), 'wb').write(data)


def main():
    key2048, key1024 = load(KEY2048), load(KEY1024)
    records = {'nov2024': public_record(key2048), 'weak2019': public_record(key1024),
               'trial2024': public_record(key2048) + '; t=y'}
    open(os.path.join(HERE, 'dkim-bounce-keys.txt'), 'w').write(
        ''.join('%s %s\n' % (s, r) for s, r in sorted(records.items())))

    own = with_return_path(ORIGINAL, 'bounces@shop.example')
    esp = with_return_path(ORIGINAL, 'bounce-7c1b@mailer.esp.example.net')
    # 1a. Signed with a key published today; the remote saw dkim=fail (key published since).
    #     SPF quoted for an IP the SPF record does not list: SPF, not DKIM, is the cause.
    write('dkim-returned-original-verifies.eml',
          bounce(gmail_reply('shop.example', '192.0.2.61', 'did not pass'),
                 sign(own, key2048, 'shop.example', 'nov2024', SIGNED_HEADERS)))
    # 1b. Sent through an ESP (SPF passes for the ESP's bounce domain, not aligned); the selector's
    #     key is revoked (empty p=) or removed today.
    write('dkim-returned-original-key-revoked.eml',
          bounce(gmail_reply('mailer.esp.example.net', '203.0.113.25', 'passed'),
                 sign(esp, key2048, 'shop.example', 'old2023', SIGNED_HEADERS)))
    write('dkim-returned-original-key-removed.eml',
          bounce(gmail_reply('mailer.esp.example.net', '203.0.113.25', 'passed'),
                 sign(esp, key2048, 'shop.example', 'gone2022', SIGNED_HEADERS)))
    # 1c. Valid key, but the bouncing MTA returned only the start of the body.
    signed = sign(esp, key2048, 'shop.example', 'nov2024', SIGNED_HEADERS)
    truncated = signed[:signed.index(b'Track it at')]
    write('dkim-returned-copy-truncated.eml',
          bounce(gmail_reply('mailer.esp.example.net', '203.0.113.25', 'passed'), truncated,
                 note='\nOnly the first part of the message body is included below.\n'))
    # 2. Headers only: the key of the returned signature's d=/s= is what can be checked.
    for selector, name in [('gone2022', 'key-removed'), ('old2023', 'key-revoked'),
                           ('weak2019', 'weak-key'), ('trial2024', 'testing-key'), ('nov2024', 'key-ok')]:
        key = key1024 if selector == 'weak2019' else key2048
        write('dkim-headers-only-%s.eml' % name,
              bounce(gmail_reply('mailer.esp.example.net', '203.0.113.25', 'passed'),
                     sign(esp, key, 'shop.example', selector, SIGNED_HEADERS), headers_only=True))


if __name__ == '__main__':
    sys.exit(main())
