#!/usr/bin/env bash
# Redraws the social preview from the content: static/og-image.svg by the chart code, then
# static/og-image.png (1200×630) by Chromium with the system CJK fonts. Run after changing
# content/; a native test fails while the committed SVG is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --features og-image --bin og-image -- static/og-image.svg
node scripts/svg-to-png.mjs static/og-image.svg static/og-image.png 1200 630
