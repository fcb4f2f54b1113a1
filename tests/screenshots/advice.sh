#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the advice a person acts on, with a local NSD answering every live check:
# a forged bounce (backscatter), a DMARC rejection through a bulk mailer, a PTR rejection, and
# a domain check. Each report is also scrolled to its causes and its check panels.
#   bash tests/screenshots/advice.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${1:-$here/build}"
out="${2:-$here/build/screenshots}"
data="$here/tests/data/diagnosis"
mkdir -p "$out"
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

zone() { # name, records...
    local name=$1; shift
    { printf '$ORIGIN %s.\n$TTL 300\n@ IN SOA ns.%s. hostmaster.%s. 1 3600 600 86400 300\n@ IN NS ns.%s.\nns IN A 127.0.0.1\n' \
        "$name" "$name" "$name" "$name"; printf '%s\n' "$@"; } > "$tmp/$name.zone"
    printf 'zone:\n  name: %s\n  zonefile: "%s"\n' "$name" "$tmp/$name.zone" >> "$tmp/zones.conf"
}
: > "$tmp/zones.conf"
# The same world as tests/integration/TestDiagnosisScenarios.cpp.
zone example.org '@ IN TXT "v=spf1 ip4:192.0.2.10 include:_spf.esp.example.net ~all"' \
    '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.org"' '@ IN MX 10 mail.example.org.' \
    'mail IN A 192.0.2.10' 'mail2 IN A 192.0.2.44'
zone example.net '_spf.esp IN TXT "v=spf1 ip4:203.0.113.0/24 -all"' 'mailer.esp IN TXT "v=spf1 ip4:203.0.113.0/24 -all"' \
    'mailer.esp IN A 203.0.113.25'
zone 2.0.192.in-addr.arpa '44 IN PTR mail2.example.org.'
zone 113.0.203.in-addr.arpa '25 IN PTR mailer.esp.example.net.'
zone com 'victim.example IN MX 10 mx.victim.example.com.' 'mx.victim.example IN A 198.51.100.80' \
    'contoso.example IN MX 10 contoso-example-com.mail.protection.outlook.example.' 'gmail IN MX 5 mx.gmail.com.' 'mx.gmail IN A 142.250.27.26'
zone gmail.com '@ IN MX 5 mx.gmail.com.' 'mx IN A 142.250.27.26'
zone zen.spamhaus.org '44.2.0.192 IN A 127.0.0.3'

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$tmp/nsd.conf" <<CONF
server:
  ip-address: 127.0.0.1@$port
  username: ""
  chroot: ""
  database: ""
  zonelistfile: "$tmp/zone.list"
  pidfile: "$tmp/nsd.pid"
  xfrdfile: "$tmp/xfrd.state"
  logfile: "$tmp/nsd.log"
  rrl-ratelimit: 0
  rrl-whitelist-ratelimit: 0
remote-control:
  control-enable: no
CONF
cat "$tmp/zones.conf" >> "$tmp/nsd.conf"
nsd -d -c "$tmp/nsd.conf" & pids+=($!)

Xvfb :98 -screen 0 1280x1000x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY=:98 QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="qt.webenginecontext=false"

shot() { # name, file, extra args...
    local name=$1 file=$2; shift 2
    local input=("$file")
    [[ $file == --check=* ]] && input=(--check "${file#--check=}")
    "$build/bouncelens" --dns "127.0.0.1:$port" --palette light --lang en "$@" "${input[@]}" > "$out/$name.log" 2>&1 & local app=$!
    sleep 7
    import -window root "$out/$name.png"
    kill "$app"; wait "$app" 2>/dev/null || true
    echo "saved $out/$name.png"
}
for s in "forged:$data/backscatter-forged-from.eml" "bulk-dmarc:$data/microsoft-5.7.509-dmarc-reject.eml" \
         "ptr:$data/gmail-5.7.25-no-ptr.eml" "domain:--check=example.org"; do
    name=${s%%:*}; file=${s#*:}
    shot "advice-$name" "$file"
    shot "advice-$name-causes" "$file" --scroll-to causes
    shot "advice-$name-checks" "$file" --scroll-to checks
done
