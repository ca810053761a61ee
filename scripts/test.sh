#!/usr/bin/env bash
# Runs every test: installs what is missing first (scripts/setup.sh), then
#   1. native `cargo test`: content, model, validation, formatting, reducer;
#   2. browser tests (wasm-bindgen-test in headless Chromium): components;
#   3. the release build (`trunk build --release`);
#   4. end-to-end tests (playwright-core + Chromium) against that build, like a reader;
#   5. the proposer's draft of the second article from its raw text, built and read.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --features ssr -- -D warnings
cargo clippy --quiet -p content-check -- -D warnings
cargo clippy --all-targets --quiet --features proposer -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown --features hydration -- -D warnings

step "native tests"
cargo test --quiet

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web

step "release build"
trunk build --release --offline

step "end-to-end tests (headless Chromium against dist/)"
node --test --test-concurrency=1 tests/e2e/

step "the proposer's draft of the second article, from its raw text, built and read"
draft=$(mktemp -d)
trap 'rm -rf "$draft"' EXIT
scripts/new-article.sh tests/fixtures/national-2023/source.txt "$draft/content"
CONTENT_DIR="$draft/content" CONTENT_DRAFT=1 trunk build --release --offline --dist "$draft/dist"
DRAFT_CONTENT="$draft/content" DRAFT_DIST="$draft/dist" \
  node --test --test-concurrency=1 tests/e2e/proposer-draft.test.mjs
