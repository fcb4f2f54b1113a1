#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `DESTDIR=... cmake --install` with the prefix /usr lays out what the Debian package ships, each
# installed file validates, and the installed binaries answer --version without a display.
#   check_install.sh BUILD_DIR DESTDIR VERSION
set -euo pipefail
build=$1
dest=$2
version=$3
rm -rf "$dest"
DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
id=io.github.bouncelens.BounceLens
status=0
expect() { [ -f "$dest/usr/$1" ] || { echo "missing: /usr/$1"; status=1; }; }
expect bin/bouncelens
expect bin/bouncelens-cli
expect share/applications/$id.desktop
expect share/metainfo/$id.metainfo.xml
expect share/icons/hicolor/scalable/apps/$id.svg
for size in 16 22 24 32 48 64 128 256; do
    png="$dest/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    expect "share/icons/hicolor/${size}x${size}/apps/$id.png"
    # The PNG's IHDR says its size (PNG spec 11.2.2): width and height at bytes 16..23.
    got=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png" 2>/dev/null || echo unreadable)
    [ "$got" = "${size}x${size}" ] || { echo "$png is $got"; status=1; }
done
expect share/man/man1/bouncelens.1
expect share/man/man1/bouncelens-cli.1
expect share/doc/bouncelens/README.md
expect share/doc/bouncelens/copyright
# Machine-readable copyright format 1.0: the first paragraph opens with its Format URL.
head -1 "$dest/usr/share/doc/bouncelens/copyright" 2>/dev/null \
    | grep -qx "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
    || { echo "copyright: not in the machine-readable format 1.0"; status=1; }
outside=$(cd "$dest" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] || { echo "installed outside /usr: $outside"; status=1; }

desktop-file-validate "$dest/usr/share/applications/$id.desktop" || status=1
grep -qx "Exec=bouncelens %F" "$dest/usr/share/applications/$id.desktop" || { echo "desktop file: Exec is not 'bouncelens %F'"; status=1; }
grep -qx "Icon=$id" "$dest/usr/share/applications/$id.desktop" || { echo "desktop file: Icon is not $id"; status=1; }
appstreamcli validate --no-net "$dest/usr/share/metainfo/$id.metainfo.xml" >/dev/null || { echo "metainfo does not validate"; status=1; }

want="bouncelens-cli $version"
got=$(env -u DISPLAY -u WAYLAND_DISPLAY "$dest/usr/bin/bouncelens-cli" --version)
[ "$got" = "$want" ] || { echo "bouncelens-cli --version: '$got', want '$want'"; status=1; }
got=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$dest/usr/bin/bouncelens" --version)
[ "$got" = "BounceLens $version" ] || { echo "bouncelens --version: '$got'"; status=1; }
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$dest/usr/bin/bouncelens" --help | grep -q -- "--no-network" \
    || { echo "bouncelens --help without a display does not list --no-network"; status=1; }
[ $status -eq 0 ] && echo "install tree under $dest: ok"
exit $status
