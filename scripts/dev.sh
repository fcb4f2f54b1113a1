#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   bash scripts/dev.sh run   [ARGS...]  install what is missing, build, start the app
#   bash scripts/dev.sh test             install what is missing, build, run every test (ctest)
#   bash scripts/dev.sh build            install what is missing, build
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${BOUNCELENS_BUILD_DIR:-$here/build}"

# Everything the build, the tests (NSD, Xvfb) and the screenshots need. Keep in sync with docs/PLATFORM-NOTES.md.
packages=(
    build-essential cmake pkg-config python3 python3-yaml
    qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    libvmime-dev libldns-dev ldnsutils libssl-dev libpsl-dev publicsuffix
    nsd xvfb xauth imagemagick
    desktop-file-utils appstream groff-base man-db dpkg-dev librsvg2-bin
    time  # /usr/bin/time: peak-memory assertion of TestCliInputOutput (not in a minimal Debian)
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update
    $sudo apt-get install -y --no-install-recommends "${missing[@]}"
    # Debian starts nsd as a system service on install; the tests run their own instances.
    if command -v systemctl >/dev/null 2>&1; then $sudo systemctl disable --now nsd >/dev/null 2>&1 || true; fi
}

build_all() {
    cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" -j2
}

cmd="${1:-test}"
shift || true
case "$cmd" in
    build)
        install_missing; build_all ;;
    test)
        install_missing; build_all
        cd "$build"
        ctest --output-on-failure -j2 --timeout 600 "$@" ;;
    run)
        install_missing; build_all
        export QTWEBENGINE_DISABLE_SANDBOX=1 # WebEngine refuses to start as root otherwise
        if [ -x "$build/bouncelens" ]; then
            exec "$build/bouncelens" "$@"
        fi
        # Until the desktop app exists: explain a sample line with the CLI.
        if [ $# -eq 0 ]; then
            set -- explain "550-5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp"
        fi
        exec "$build/bouncelens-cli" "$@" ;;
    *)
        echo "usage: $0 run|test|build [ARGS...]" >&2; exit 2 ;;
esac
