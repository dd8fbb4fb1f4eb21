#!/usr/bin/env bash
# Install Debian's redis-server when it is missing (needs root or sudo).
set -euo pipefail
command -v redis-server >/dev/null 2>&1 && exit 0
[ -x /usr/bin/redis-server ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
# The package starts a system-wide server; the project runs its own on a free port.
($SUDO systemctl disable --now redis-server 2>/dev/null || $SUDO service redis-server stop 2>/dev/null || true) >/dev/null
echo "installed $(redis-server --version | cut -d' ' -f1-3)"
