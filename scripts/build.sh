#!/usr/bin/env bash
# The release build into dist/ for one article's content folder:
#   scripts/build.sh [--content DIR] [--draft] [--dist DIR]
# --content DIR  the content folder (default content/); any article, no code change.
# --draft        let entries marked `draft = true` through; the page then says it is a draft.
# --dist DIR     where the build goes (default dist/).
# Installs what is missing, checks the content first (its problems are printed alone, one per
# line, and nothing is compiled), then `trunk build --release`, which prerenders every page and
# draws the social preview from this content. Set PUBLIC_BASE_URL to where it will be served.
set -euo pipefail
cd "$(dirname "$0")/.."

content=content draft=0 dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --content) content=${2:?--content needs a folder}; shift 2 ;;
    --draft) draft=1; shift ;;
    --dist) dist=${2:?--dist needs a folder}; shift 2 ;;
    *) echo "usage: scripts/build.sh [--content DIR] [--draft] [--dist DIR]" >&2; exit 2 ;;
  esac
done
[ -d "$content" ] || { echo "scripts/build.sh: $content: no such content folder" >&2; exit 2; }
content=$(cd "$content" && pwd)

scripts/setup.sh >/dev/null
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The content alone first: a problem stops here, printed once, without a compiler's dump.
flags=(); [ "$draft" = 1 ] && flags+=(--draft)
cargo run --quiet --offline -p content-check -- "${flags[@]}" "$content"

export CONTENT_DIR="$content" CONTENT_DRAFT="$draft"
trunk build --release --offline --dist "$dist"
