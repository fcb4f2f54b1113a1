#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the real app under Xvfb with a sample bounce and saves screenshots (light, dark, German),
# with live checks answered by a local NSD (no network needed). Also prints the timing log.
#   bash tests/screenshots/take.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${1:-$here/build}"
out="${2:-$here/build/screenshots}"
mkdir -p "$out"
sample="$here/tests/data/report/gmail-5.7.26-two-recipients.eml"
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

# A small DNS world for example.org: an SPF record that lacks 203.0.113.9, no DMARC, an MX.
# shellcheck source=nsd-world.sh
. "$here/tests/screenshots/nsd-world.sh"
zone example.org '@ IN MX 10 mx.example.org.' 'mx IN A 203.0.113.25' \
    '@ IN TXT "v=spf1 ip4:198.51.100.0/24 include:_spf.example.org ~all"' '_spf IN TXT "v=spf1 ip4:192.0.2.0/24 -all"' \
    'mail2026._domainkey IN TXT "v=DKIM1; k=rsa; p="'
start_nsd

Xvfb :99 -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
export DISPLAY=:99 QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="qt.webenginecontext=false"

shot() { # name, extra args...
    local name=$1; shift
    "$build/bouncelens" --timing --dns "127.0.0.1:$port" "$@" "$sample" > "$out/$name.log" 2>&1 & local app=$!
    sleep 6
    import -window root "$out/$name.png"
    kill "$app"; wait "$app" 2>/dev/null || true
    grep -h "ms" "$out/$name.log" || true
    echo "saved $out/$name.png"
}
shot light --palette light --lang en
shot dark --palette dark --lang en
shot german --palette light --lang de
shot causes-light --palette light --lang en --scroll-to causes
shot causes-dark --palette dark --lang en --scroll-to causes
shot checks-light --palette light --lang en --scroll-to checks
shot checks-dark --palette dark --lang en --scroll-to checks
shot raw-light --palette light --lang en --scroll-to bounce
