#!/usr/bin/env bash
# The benchmark (not a test): builds the release, then loads it and a bare HTML page of the
# article on an emulated mid-range phone and prints medians. Usage: bench/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/build.sh >/dev/null
node bench/measure.mjs "${1:-5}"
