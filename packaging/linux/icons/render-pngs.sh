#!/bin/sh
# Renders the checked-in hicolor PNGs and the Windows .ico from sendscope.svg.
# Run once after changing the SVG (needs rsvg-convert from librsvg2-bin, and ImageMagick
# `convert` for the .ico); the results are committed so a build needs neither tool.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for s in 16 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${s}x${s}"
    rsvg-convert -w "$s" -h "$s" "$here/sendscope.svg" -o "$here/hicolor/${s}x${s}/sendscope.png"
done
# The .ico carries 16..256 so Explorer and the Start menu pick a sharp one.
convert "$here"/hicolor/16x16/sendscope.png "$here"/hicolor/32x32/sendscope.png \
        "$here"/hicolor/48x48/sendscope.png "$here"/hicolor/64x64/sendscope.png \
        "$here"/hicolor/128x128/sendscope.png "$here"/hicolor/256x256/sendscope.png \
        "$here/../../windows/sendscope.ico"
