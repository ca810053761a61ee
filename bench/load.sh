#!/usr/bin/env bash
# A bounded load run (a benchmark, not a test): nginx with deploy/nginx.conf on a free
# loopback port, then `wrk` against index.html and the .wasm (brotli accepted, as browsers
# do), each for a few seconds; prints requests per second and the 99th percentile latency,
# and stops nginx. Uses dist/ as built (scripts/build.sh, or --build to build first).
# Usage: bench/load.sh [--build] [seconds per file, default 8] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--build" ]; then
  shift
  scripts/build.sh >/dev/null
fi
[ -f dist/csp.conf ] || { echo "no dist/: run scripts/build.sh (or bench/load.sh --build)" >&2; exit 1; }
if ! command -v wrk >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "[load] installing Debian's wrk" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
exec node bench/load.mjs "${1:-8}" "${2:-32}"
