#!/usr/bin/env bash
# Builds the runner image and pushes it; prints the pushed digest (and writes digest= to $GITHUB_OUTPUT on Actions).
#   scripts/release/publish-image.sh NAME VERSION        e.g. ghcr.io/octo-org/vega-codex-runner 1.2.0
# Environment:
#   PLATFORMS    linux/amd64,linux/arm64 by default (needs docker buildx); a single platform may use plain docker
#   BASE_IMAGE   the Debian base, pinned by digest (debian:bookworm-slim@sha256:…); required
#   SOURCE_URL   recorded as org.opencontainers.image.source
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
name="${1:?usage: publish-image.sh NAME VERSION}"
version="${2:?usage: publish-image.sh NAME VERSION}"
platforms="${PLATFORMS:-linux/amd64,linux/arm64}"
base="${BASE_IMAGE:?BASE_IMAGE must name the base image by digest (NAME@sha256:...)}"
case "$base" in *@sha256:*) ;; *) echo "BASE_IMAGE must be pinned by digest, not a tag: $base" >&2; exit 2 ;; esac
codex_version="$(sed -n "s/^export const CODEX_VERSION = '\(.*\)';/\1/p" "$here/src/util/version.ts")"
ref="$name:$version"
labels=(--label "org.opencontainers.image.version=$version" --label "org.opencontainers.image.base.name=$base" --label "org.opencontainers.image.source=${SOURCE_URL:-}")

if docker buildx version >/dev/null 2>&1; then
  meta="$(mktemp)"
  trap 'rm -f "$meta"' EXIT
  docker buildx build --platform "$platforms" --push --provenance=false \
    --build-arg "BASE_IMAGE=$base" --build-arg "CODEX_VERSION=$codex_version" "${labels[@]}" \
    --metadata-file "$meta" -t "$ref" "$here/docker/codex-runner" >&2
  digest="$(sed -n 's/.*"containerimage.digest": *"\(sha256:[0-9a-f]\{64\}\)".*/\1/p' "$meta" | head -1)"
else
  case "$platforms" in *,*) echo "Building for $platforms needs docker buildx; plain docker builds one platform." >&2; exit 2 ;; esac
  BASE_IMAGE="$base" CODEX_VERSION="$codex_version" bash "$here/scripts/build-codex-runner-image.sh" "$ref" "${labels[@]}" >&2
  docker push --quiet "$ref" >&2
  digest="$(docker image inspect "$ref" --format '{{range .RepoDigests}}{{println .}}{{end}}' | sed -n "s|^$name@||p" | head -1)"
fi
case "$digest" in sha256:*) ;; *) echo "could not read the digest pushed for $ref" >&2; exit 1 ;; esac
echo "$digest"
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "digest=$digest" >> "$GITHUB_OUTPUT"; fi
