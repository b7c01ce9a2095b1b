#!/usr/bin/env bash
# Installs what the local suite needs from Debian 12 apt, only when missing (idempotent, no prompts):
# PostgreSQL 15, RabbitMQ, HAProxy and the aiosmtpd SMTP sink; with --test also Prometheus (promtool validates
# deploy/prometheus.yml in the gateway tests). Run as root.
set -euo pipefail

packages=(postgresql-15 rabbitmq-server haproxy python3-aiosmtpd)
if [ "${1:-}" = "--test" ]; then
    packages+=(prometheus)
fi

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for package in "${packages[@]}"; do
    installed "$package" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: already installed: ${packages[*]}"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing ${missing[*]}; run this script as root to install them" >&2
    exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
echo "setup: done"
