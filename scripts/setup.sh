#!/usr/bin/env bash
# Installs whatever this project needs that the machine lacks, at pinned versions.
# Idempotent: each step checks `tool --version` against its pin first, so a second run
# takes about a second. Nothing is fetched from GitHub (this network cannot reach it):
# Trunk finds wasm-bindgen and wasm-opt on PATH because Trunk.toml pins these versions.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132   # npm binaryen; must match Trunk.toml [tools] wasm_opt
# The CLI must equal the wasm-bindgen library in Cargo.lock, or the build fails.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)

say() { printf '[setup] %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q -- "$2"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Debian packages: a browser and its driver for the tests, CJK fonts so Chinese renders, an
# English word list for the copy lint (tests/e2e/copy-lint.test.mjs), a
# Java runtime for the Nu HTML checker, and nginx with the module that sends the build's
# precompressed .br files (deploy/nginx.conf; the packages start no server here).
missing=()
for pkg in chromium chromium-driver fonts-noto-cjk nginx libnginx-mod-http-brotli-static wamerican; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! have_version trunk "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Without --locked: its lock file asks for a webpki-roots that crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm tools (binaryen's wasm-opt, terser, lightningcss, parse5, resvg, smol-toml, playwright-core), pinned by package-lock.json.
if ! { [ -x node_modules/.bin/wasm-opt ] && node_modules/.bin/wasm-opt --version | grep -q "version $BINARYEN_VERSION"; } \
   || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/terser ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
# Every crate of Cargo.lock, for every target and feature, so builds can run --offline.
cargo fetch --quiet
say "ready: trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $BINARYEN_VERSION"
