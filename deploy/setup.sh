#!/usr/bin/env bash
# Installs what the local suite needs from Debian 12 apt, only when missing (idempotent, no prompts):
# PostgreSQL 15, RabbitMQ, Prometheus (the AppHost runs it; promtool validates deploy/prometheus.yml and unit-tests its
# alert rules in tests/Kapman.Deploy.Tests) and the aiosmtpd SMTP sink; with --test also Chromium (browser tests), kubectl
# (renders deploy/k8s; Debian's kubernetes-client when no kubectl package is known), the npm test tools of package-lock.json
# (s3rver, started by the ingestion S3 tests) via `npm ci` in the repository root, and the manifest validator's packages
# (kubernetes-models, @kubernetes-models/keda, ajv, yaml) via `npm ci` in deploy/k8s/validate. Run as root.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
testing=false
packages=(postgresql-15 rabbitmq-server prometheus python3-aiosmtpd)
if [ "${1:-}" = "--test" ]; then
    testing=true
    packages+=(chromium)
fi

# npm test tools: reinstalled from the lockfile only when node_modules does not match it.
node_tools() {
    if [ "$testing" = true ] && ! cmp -s "$repo/package-lock.json" "$repo/node_modules/.package-lock.json.ci" 2>/dev/null; then
        echo "setup: npm ci (test tools: s3rver)"
        (cd "$repo" && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.package-lock.json.ci)
    fi
    local validator="$repo/deploy/k8s/validate"
    if [ "$testing" = true ] && ! cmp -s "$validator/package-lock.json" "$validator/node_modules/.package-lock.json.ci" 2>/dev/null; then
        echo "setup: npm ci (manifest validator: kubernetes-models, @kubernetes-models/keda)"
        (cd "$validator" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.package-lock.json.ci)
    fi
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for package in "${packages[@]}"; do
    installed "$package" || missing+=("$package")
done
# kubectl renders the Kubernetes manifests offline (kubectl kustomize); any kubectl on the PATH will do.
if [ "$testing" = true ] && ! command -v kubectl >/dev/null; then
    if apt-cache show kubectl >/dev/null 2>&1; then missing+=(kubectl); else missing+=(kubernetes-client); fi
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: already installed: ${packages[*]}"
    node_tools
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
node_tools
echo "setup: done"
