#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNG sizes from the one SVG source (apt-get install librsvg2-bin).
# The PNGs are committed, so a build needs no SVG renderer; rerun this after editing the SVG.
#   bash scripts/render_icons.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg="$here/resources/icons/io.github.bouncelens.BounceLens.svg"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$here/resources/icons/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/resources/icons/${size}x${size}/io.github.bouncelens.BounceLens.png"
done
