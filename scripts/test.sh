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

# Every other article in tests/fixtures/*/content: nothing in the code is this newspaper's, so
# the article-independent tests must pass on each (content checks, chart layouts, the reader
# suite, the label tests, the copy lint); the tests of content/'s own facts compile out.
for content in tests/fixtures/*/content; do
  [ -d "$content" ] || continue
  name=$(basename "$(dirname "$content")")
  step "fixture article $name: content, native tests, build, reader suite"
  cargo run --quiet --offline -p content-check -- "$content"
  CONTENT_DIR="$PWD/$content" cargo test --quiet --lib
  scripts/build.sh --content "$content" --dist "target/fixtures/$name"
  CONTENT="$content" DIST="target/fixtures/$name" node --test --test-concurrency=1 \
    tests/e2e/reader.test.mjs tests/e2e/charts.test.mjs tests/e2e/english.test.mjs \
    tests/e2e/copy-lint.test.mjs tests/e2e/keyboard.test.mjs tests/e2e/listen.test.mjs \
    tests/e2e/forced-colours.test.mjs tests/e2e/islands.test.mjs
done

# From the paper's text to a draft graphic with no hand in between: the proposer's content for
# each fixture article's raw text, built with --draft, shows every sentence and every figure
# opens its quote.
for source in tests/fixtures/*/source.txt; do
  name=$(basename "$(dirname "$source")")
  step "the raw text of $name, proposed and built as a draft"
  rm -rf "target/proposed/$name"
  scripts/new-article.sh "$source" "target/proposed/$name"
  scripts/build.sh --content "target/proposed/$name" --draft --dist "target/fixtures/proposed-$name"
  CONTENT="target/proposed/$name" DIST="target/fixtures/proposed-$name" \
    node --test --test-concurrency=1 tests/e2e/reader.test.mjs
done
