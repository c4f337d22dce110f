#!/usr/bin/env bash
# Regenerates the raster icons from resources/app/mars-setup-doctor.svg. Run by hand after editing the SVG; the
# outputs are committed so that building needs neither librsvg nor Qt's SVG module (on Windows too).
set -euo pipefail
cd "$(dirname "$0")/../resources/app"
command -v rsvg-convert >/dev/null || apt-get install -y -qq librsvg2-bin
sizes=(16 24 32 48 64 256)
for s in "${sizes[@]}"; do rsvg-convert -w "$s" -h "$s" mars-setup-doctor.svg -o "icon-$s.png"; done
cp icon-256.png mars-setup-doctor.png
convert "${sizes[@]/#/icon-}" mars-setup-doctor.ico 2>/dev/null || convert $(printf 'icon-%s.png ' "${sizes[@]}") mars-setup-doctor.ico
rm -f icon-*.png
