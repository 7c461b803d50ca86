#!/usr/bin/env bash
# Commits the pinned image reference and dist/, then points vX.Y.Z and the major tag (v1) at that commit:
#   scripts/release/tag-release.sh X.Y.Z
# PUSH=1 pushes both tags to origin (the workflow); without it the tags stay local (the tests' dry run).
set -euo pipefail
version="${1:?usage: tag-release.sh X.Y.Z}"
case "$version" in [0-9]*.[0-9]*.[0-9]*) ;; *) echo "not a version: $version" >&2; exit 2 ;; esac
major="v${version%%.*}"
git add src/container/published-image.json dist
git -c user.name="${GIT_AUTHOR_NAME:-github-actions[bot]}" -c user.email="${GIT_AUTHOR_EMAIL:-41898282+github-actions[bot]@users.noreply.github.com}" \
  commit --quiet -m "Release v$version: the runner image pinned by digest"
git tag --force "v$version" >/dev/null
git tag --force "$major" >/dev/null
if [ "${PUSH:-0}" = 1 ]; then git push --force origin "refs/tags/v$version" "refs/tags/$major"; fi
echo "tagged $(git rev-parse --short HEAD) as v$version and $major"
