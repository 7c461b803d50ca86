#!/usr/bin/env bash
# Prints a base image reference pinned by digest (NAME@sha256:…) for a tag, as the registry serves it now:
#   scripts/release/resolve-base.sh debian:bookworm-slim
# With buildx the multi-platform index digest; with plain docker the digest of what it pulled.
set -euo pipefail
ref="${1:?usage: resolve-base.sh IMAGE:TAG}"
last="${ref##*/}"
[[ "$last" == *:* ]] || { echo "resolve-base.sh needs IMAGE:TAG, got $ref" >&2; exit 2; }
name="${ref%:*}"
if docker buildx version >/dev/null 2>&1; then
  digest="$(docker buildx imagetools inspect "$ref" --format '{{.Manifest.Digest}}')"
else
  docker pull --quiet "$ref" >/dev/null
  digest="$(docker image inspect "$ref" --format '{{range .RepoDigests}}{{println .}}{{end}}' | sed -n "s|^.*@||p" | head -1)"
fi
case "$digest" in sha256:*) ;; *) echo "could not resolve a digest for $ref" >&2; exit 1 ;; esac
echo "$name@$digest"
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "base=$name@$digest" >> "$GITHUB_OUTPUT"; fi
