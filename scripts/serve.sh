#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh), then serves the app at http://127.0.0.1:8080
# and rebuilds on change. Pass --release for the optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --offline "$@"
