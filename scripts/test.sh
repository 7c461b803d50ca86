#!/usr/bin/env bash
# npm test: the whole suite, with its own set-up, on a fresh machine or a used one.
#   1. dependencies (npm ci when missing or stale), which also brings Node 24, the pinned Codex CLI and the
#      SARIF Multitool the tests use
#   2. type check, and the bundle rebuilt and compared with the committed dist/; then formatting (Prettier) and lint
#      (ESLint)
#   3. a Docker engine and the runner image (scripts/setup-docker.sh), for the container tests
#   4. vitest: unit, property-based and end-to-end tests
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo "node $(node --version), codex $(codex --version 2>/dev/null | awk '{print $NF}')"

# A daemon this run starts is stopped when it ends; one that was already running is left alone.
export VEGA_DOCKERD_PIDFILE="$(mktemp -u /tmp/vega-dockerd.XXXXXX)"
stop_dockerd() {
  if [ -f "$VEGA_DOCKERD_PIDFILE" ]; then
    local pid
    pid="$(cat "$VEGA_DOCKERD_PIDFILE")"
    kill "$pid" 2>/dev/null || true
    # Until it has exited: a run started right after this one would find its pid file and fail to start dockerd.
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    rm -f "$VEGA_DOCKERD_PIDFILE"
  fi
}
trap stop_dockerd EXIT
bash scripts/setup-docker.sh

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  npm run -s bundle
  # Also new files: the bundle's chunks are files of their own.
  if [ -n "$(git status --porcelain -- dist)" ]; then
    git status --short -- dist
    echo "dist/ does not match src/: run 'npm run bundle' and commit dist/." >&2
    exit 1
  fi
else
  tsc --noEmit -p tsconfig.test.json
fi

npm run -s format:check || { echo "Formatting differs from Prettier's: run 'npm run format'." >&2; exit 1; }
npm run -s lint || { echo "Lint errors above: fix them ('npm run lint -- --fix' fixes some), then 'npm run lint'." >&2; exit 1; }

vitest run "$@"
# A quick pass of every benchmark (fewest rounds, small inputs, no targets enforced), so none breaks unnoticed; whole runs only.
[ $# -gt 0 ] || tsx bench/run.ts --quick
