#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of a pasted 10-line Postfix excerpt under Xvfb: the overview table with the first
# failure's report, and the same after a click on the fourth row. Live lookups are off.
#   bash tests/screenshots/log-paste.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="${1:-$here/build}"
out="${2:-$here/build/screenshots}"
mkdir -p "$out"
excerpt="$here/tests/screenshots/postfix-excerpt.log"
Xvfb :97 -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=:97 QTWEBENGINE_DISABLE_SANDBOX=1 QT_LOGGING_RULES="qt.webenginecontext=false"
shot() { # name, extra args...
    local name=$1; shift
    "$build/tests/bouncelens-shot-logpaste" "$excerpt" 12 "$@" > "$out/$name.log" 2>&1 & local app=$!
    sleep 9
    import -window root "$out/$name.png"
    kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
    echo "saved $out/$name.png"
}
shot log-paste-overview
shot log-paste-row4 --click-row 3
