#!/usr/bin/env bash
# npm run bench: dependencies and Docker set up as for the tests, then bench/run.ts (its arguments passed on: --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export PATH="$PWD/node_modules/.bin:$PATH"
export VEGA_DOCKERD_PIDFILE="$(mktemp -u /tmp/vega-dockerd.XXXXXX)"
trap '[ -f "$VEGA_DOCKERD_PIDFILE" ] && kill "$(cat "$VEGA_DOCKERD_PIDFILE")" 2>/dev/null; rm -f "$VEGA_DOCKERD_PIDFILE"' EXIT
bash scripts/setup-docker.sh >/dev/null
tsx bench/run.ts "$@"
