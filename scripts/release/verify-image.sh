#!/usr/bin/env bash
# Pulls a pinned image reference and checks that what arrived has exactly that digest:
#   scripts/release/verify-image.sh NAME[:TAG]@sha256:DIGEST
set -euo pipefail
ref="${1:?usage: verify-image.sh NAME[:TAG]@sha256:DIGEST}"
case "$ref" in *@sha256:*) ;; *) echo "not pinned by digest: $ref" >&2; exit 2 ;; esac
digest="${ref##*@}"
name="${ref%@*}"
# A tag follows the last slash; a registry's port comes before it.
last="${name##*/}"
if [[ "$last" == *:* ]]; then name="${name%:*}"; fi
docker pull --quiet "$ref" >/dev/null
if ! docker image inspect "$ref" --format '{{range .RepoDigests}}{{println .}}{{end}}' | grep -qx "$name@$digest"; then
  echo "$ref was pulled but does not carry the digest $digest" >&2
  exit 1
fi
echo "verified $name@$digest"
