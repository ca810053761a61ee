#!/usr/bin/env bash
# The release build into dist/: installs what is missing, then `trunk build --release` (which
# prerenders every page). Set PUBLIC_BASE_URL to where dist/ will be served.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
