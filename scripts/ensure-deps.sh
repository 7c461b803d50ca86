#!/usr/bin/env bash
# Installs the project's dependencies when they are missing or older than the lockfile. Safe to run every time.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ ! -x node_modules/.bin/codex ] || [ ! -x node_modules/.bin/node ]; then
  echo "Installing dependencies (npm ci)..."
  npm ci --no-audit --no-fund
fi
