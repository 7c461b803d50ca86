#!/usr/bin/env bash
# Builds the vega-codex-runner image from docker/codex-runner/Dockerfile, as in v16.
#   scripts/build-codex-runner-image.sh [TAG [DOCKER-BUILD-ARGS...]]   (default vega-codex-runner:latest)
# Arguments after the tag go to docker build as they are (the release's --label flags).
# Environment:
#   BASE_IMAGE      Debian base (default debian:bookworm-slim)
#   CODEX_VERSION   @openai/codex version (default: the one this action is tested with)
#   EXTRA_CA_FILE   PEM file(s) of extra CA certificates, for builds behind a TLS-intercepting proxy
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tag="${1:-vega-codex-runner:latest}"
codex_version="${CODEX_VERSION:-$(sed -n "s/^export const CODEX_VERSION = '\(.*\)';/\1/p" "$here/src/util/version.ts")}"
context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
cp -r "$here/docker/codex-runner/." "$context/"
if [ -n "${EXTRA_CA_FILE:-}" ]; then
  # update-ca-certificates wants one certificate per .crt file.
  awk -v dir="$context/extra-ca" '/BEGIN CERTIFICATE/{n++; f=sprintf("%s/extra-%04d.crt", dir, n)} f{print > f} /END CERTIFICATE/{close(f); f=""}' $EXTRA_CA_FILE
fi
docker build --quiet "${@:2}" \
  --build-arg "BASE_IMAGE=${BASE_IMAGE:-debian:bookworm-slim}" \
  --build-arg "CODEX_VERSION=$codex_version" \
  -t "$tag" "$context" >/dev/null
echo "built $tag ($(docker image inspect "$tag" --format '{{.Size}}' | awk '{printf "%.0f MB", $1/1e6}'))"
