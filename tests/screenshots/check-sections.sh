#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the desktop domain check with the optional IP and DKIM selector fields filled
# in, against a local NSD: every section of Auth::CheckEngine (SPF, DKIM, DMARC, MX, PTR, DNSBL,
# MTA-STS, TLS-RPT, BIMI, DNSSEC) has its panel. Scrolled to the top, the checks, the blocklist
# and the DNSSEC panels.
#   bash tests/screenshots/check-sections.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${1:-$here/build}"
out="${2:-$here/build/screenshots}"
mkdir -p "$out"
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

# A TXT character-string holds at most 255 octets (RFC 1035 3.3.14): the key is split in two.
# shellcheck source=nsd-world.sh
. "$here/tests/screenshots/nsd-world.sh"
zone shop.example '@ IN TXT "v=spf1 ip4:192.0.2.44 include:_spf.shop.example ~all"' '_spf IN TXT "v=spf1 a:mail.shop.example -all"' \
    '@ IN MX 10 mail.shop.example.' 'mail IN A 192.0.2.44' '_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@shop.example"' \
    's1._domainkey IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAntqwTcv1JAf18tzSisftrafr+jMssL0nOtXCiDLRx32988t7ge6YpXJW2WrfUuGSsxhfaWxDm7/57V1aMW95tZWpGGhtmsBPcjy0dEDOPAVptjZi90xSB2hsbo940AkLBn/cq84hKrmDNReeWn0rGq3MvVaI" "OmEZLfCXaqm+Y1VaIPaTyViNOLDMctJKolXYzRbxYSZafnt/feeQMGcJCa9DcySXe5gMvgJSEhtCKvizt8jqdUOrnZ33bg4tikTfr7nf8bFvulAxPNPQS7swq55V+H0TkssIdgbyWxK2tZV+7FMZIyrL1ydSdO28RNAC7qIF3CwDYoXc4licCOuxAQIDAQAB"' \
    '_mta-sts IN TXT "v=STSv1; id=2026120601"' '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@shop.example"'
zone 2.0.192.in-addr.arpa '44 IN PTR mail.shop.example.'
start_nsd

Xvfb :97 -screen 0 1280x1000x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY=:97 QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="qt.webenginecontext=false"

for target in top checks check-dnsbl check-dnssec; do
    args=()
    [[ $target != top ]] && args=(--scroll-to "$target")
    "$build/bouncelens" --dns "127.0.0.1:$port" --palette light --lang en "${args[@]}" \
        --check shop.example --check-ip 192.0.2.44 --check-selector s1 > "$out/check-sections-$target.log" 2>&1 & app=$!
    sleep 8
    import -window root "$out/check-sections-$target.png"
    kill "$app"; wait "$app" 2>/dev/null || true
    echo "saved $out/check-sections-$target.png"
done
