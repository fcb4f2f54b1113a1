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

# shellcheck source=nsd-world.sh
. "$here/tests/screenshots/nsd-world.sh"
scenario_zones
start_nsd

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
