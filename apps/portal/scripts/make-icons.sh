#!/usr/bin/env bash
# Rasterises public/icons/*.svg into the PNG sizes the manifest and iOS ask for, with Debian's chromium.
# The PNGs are committed; run this only after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")/../public/icons"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
render() { # svg size out
  printf '<html><body style="margin:0;background:transparent"><img src="%s" style="display:block;width:%spx;height:%spx"></body></html>' \
    "file://$PWD/$1" "$2" "$2" > "$tmp/page.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$PWD/$3" "file://$tmp/page.html" >/dev/null 2>&1
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon-maskable.svg 512 icon-maskable-512.png
render icon-maskable.svg 180 apple-touch-icon.png
ls -l *.png
