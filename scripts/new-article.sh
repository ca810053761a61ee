#!/usr/bin/env bash
# Proposes a content folder from an article as the paper gives it:
#   scripts/new-article.sh <article.txt> <content-dir> [--force]
# Writes the normalised article.txt, figures.toml (one proposed figure per statistic),
# not-statistics.toml (dates, names, ordinals, set phrases, each with its reason), a first
# charts.toml and a page.toml to fill in; what an editor must check is marked `draft = true`.
# Refuses a folder that holds files unless --force. The folder passes
# `cargo run -p content-check -- --draft <content-dir>`; then
# `scripts/build.sh --content <content-dir> --draft` shows the page.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: scripts/new-article.sh <article.txt> <content-dir> [--force]" >&2; exit 2; }
# Paths as the caller gave them, from where the caller stands; then build in the checkout.
args=()
for a in "$@"; do
  case "$a" in --*) args+=("$a") ;; *) args+=("$(realpath -m -- "$a")") ;; esac
done
cd "$(dirname "$0")/.."
exec cargo run --quiet --offline --features proposer --bin new-article -- "${args[@]}"
