#!/usr/bin/env bash
# Makes a Docker engine and the test images available on a machine of this project's kind (Debian, root, no
# container registry reachable). Reuses whatever exists: a running daemon, the base image, the runner image.
#   - engine: Debian's docker.io, dockerd started in the background (its pid in $VEGA_DOCKERD_PIDFILE when we start it)
#   - base image local/debian:bookworm, made with debootstrap from the machine's own Debian mirror
#   - the runner image, built from docker/codex-runner with the machine's CA bundle as an extra CA
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "[setup-docker] $*"; }

if ! docker info >/dev/null 2>&1; then
  if ! command -v dockerd >/dev/null 2>&1; then
    log "installing docker.io, debootstrap, docker-registry, socat"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap docker-registry >/dev/null
  fi
  log "starting dockerd"
  mkdir -p /var/log
  nohup dockerd >/var/log/vega-dockerd.log 2>&1 &
  echo $! > "${VEGA_DOCKERD_PIDFILE:-/tmp/vega-dockerd.pid}"
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { log "dockerd did not come up; see /var/log/vega-dockerd.log"; tail -20 /var/log/vega-dockerd.log; exit 1; }
fi
for tool in debootstrap docker-registry; do
  command -v "$tool" >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap docker-registry >/dev/null; break; }
done

base=local/debian:bookworm
if ! docker image inspect "$base" >/dev/null 2>&1; then
  mirror=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1)
  [ -n "$mirror" ] || mirror=$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -1)
  rootfs=$(mktemp -d)
  log "debootstrap bookworm from the machine's mirror"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >/dev/null
  tar -C "$rootfs" -c . | docker import - "$base" >/dev/null
  rm -rf "$rootfs"
fi

tag=$(node -p "require('./package.json').version")
image="vega-codex-runner:$tag"
if ! docker image inspect "$image" >/dev/null 2>&1; then
  log "building $image"
  BASE_IMAGE="$base" EXTRA_CA_FILE=/etc/ssl/certs/ca-certificates.crt bash scripts/build-codex-runner-image.sh "$image"
fi
log "ready: $(docker version --format '{{.Server.Version}}'), $image"
