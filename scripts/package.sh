#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package and checks it without installing it on this system:
#   bash scripts/package.sh [BUILD_DIR]      -> BUILD_DIR/bouncelens_<version>_<arch>.deb
# Steps: configure and build (Release-like, without tests), `cpack -G DEB` (runtime Depends from
# dpkg-shlibdeps: apt-get install dpkg-dev), then read the package back: its control fields, its
# file list (nothing outside /usr), and `bouncelens-cli --version` and `bouncelens --version`
# run from the unpacked tree.
# Install it with:  apt-get install ./build-deb/bouncelens_*.deb
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$here/build-deb}"

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build "$build" -j2 --target bouncelens bouncelens-cli
(cd "$build" && cpack -G DEB)

deb=$(ls -t "$build"/bouncelens_*.deb | head -n1)
echo "== $deb"
dpkg-deb --info "$deb"
echo "== contents"
dpkg-deb --contents "$deb"
outside=$(dpkg-deb --contents "$deb" | awk '{print $6}' | grep -v -e '^\./$' -e '^\./usr/' -e '^\./usr$' || true)
if [ -n "$outside" ]; then
    echo "files outside /usr:" >&2
    echo "$outside" >&2
    exit 1
fi
dpkg-deb --field "$deb" Depends | grep -q libqt6webenginewidgets6 \
    || { echo "Depends lacks Qt WebEngine: was dpkg-shlibdeps run?" >&2; exit 1; }

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
# Debian policy 12.5: the licence terms travel with the package.
[ -f "$unpacked/usr/share/doc/bouncelens/copyright" ] || { echo "no /usr/share/doc/bouncelens/copyright" >&2; exit 1; }
env -u DISPLAY -u WAYLAND_DISPLAY "$unpacked/usr/bin/bouncelens-cli" --version
env -u DISPLAY -u WAYLAND_DISPLAY "$unpacked/usr/bin/bouncelens" --version
echo "== ok: $deb"
