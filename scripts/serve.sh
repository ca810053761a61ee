#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh), then serves the app at http://127.0.0.1:8080.
#   scripts/serve.sh                 a debug build that rebuilds on change (trunk serve)
#   scripts/serve.sh --release       the same, optimised
#   scripts/serve.sh --production    the release build, precompressed, through nginx with the
#                                    production config (deploy/nginx.conf): caching headers,
#                                    CSP and all. In the foreground; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--production" ]; then
  scripts/build.sh
  # deploy/nginx.conf writes only below target/nginx/ (pid, logs, temp files).
  mkdir -p target/nginx
  printf '\nServing dist/ through nginx at http://127.0.0.1:8080/ (deploy/nginx.conf; log in target/nginx/access.log). Ctrl-C stops it.\n'
  # Debian puts nginx in /usr/sbin, which a normal user's PATH may lack.
  exec "$(command -v nginx || echo /usr/sbin/nginx)" -p "$PWD/" -c deploy/nginx.conf -e stderr
fi
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --offline "$@"
