#!/bin/bash
# Inside the container there is no network: the model endpoint is a unix socket the action serves from the host.
# Codex speaks TCP only, so a loopback port is forwarded to that socket before Codex starts.
set -eu
port="${VEGA_MODEL_PORT:-18080}"
socket="${VEGA_MODEL_SOCKET:-/vega/model.sock}"
if [ -S "$socket" ]; then
  socat "TCP-LISTEN:${port},bind=127.0.0.1,fork,reuseaddr" "UNIX-CONNECT:${socket}" &
  # Wait until the forwarder listens, so Codex's first request is not refused.
  i=0
  while ! (echo >"/dev/tcp/127.0.0.1/${port}") 2>/dev/null && [ "$i" -lt 250 ]; do i=$((i + 1)); sleep 0.01; done
fi
exec codex "$@"
