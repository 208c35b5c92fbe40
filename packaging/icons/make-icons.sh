#!/usr/bin/env bash
# Renders every icon file the installers use from fansly-connect.svg, next to this script:
# the hicolor PNGs (Linux), fansly-connect.ico (Windows) and fansly-connect.icns (macOS).
# The outputs are committed so that no platform's build needs an SVG renderer; run this again
# after changing the SVG. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert, python3.
set -euo pipefail
cd "$(dirname "$0")"
svg=fansly-connect.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 22 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
# hicolor: the usual sizes (the SVG itself goes to scalable/).
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${size}x${size}"
  # -strip: no time stamps, so rendering again gives the same bytes.
  convert "$tmp/$size.png" -strip "hicolor/${size}x${size}/fansly-connect.png"
done
# Windows: one .ico holding the sizes Explorer and the Start menu ask for.
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" \
  fansly-connect.ico
# macOS: an .icns is a list of (type, length, PNG) records; these types take PNG data.
python3 - "$tmp" fansly-connect.icns <<'PY'
import struct, sys
src, out = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
records = b""
for kind, size in types:
    data = open(f"{src}/{size}.png", "rb").read()
    records += kind.encode() + struct.pack(">I", 8 + len(data)) + data
open(out, "wb").write(b"icns" + struct.pack(">I", 8 + len(records)) + records)
PY
