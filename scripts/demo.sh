#!/usr/bin/env bash
# npm run demo: a full scan of examples/vulnerable-app by the real Codex CLI against the scripted model server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export PATH="$PWD/node_modules/.bin:$PATH"
[ -f dist/cli/index.js ] || npm run -s bundle
exec node scripts/demo.ts "$@"
