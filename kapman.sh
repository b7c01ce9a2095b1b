#!/usr/bin/env bash
# ./kapman.sh <command> [options]: the Kapman operator CLI (up, down, status, backfill, pipeline run, demo).
# Installs missing apt packages (deploy/setup.sh), starts infrastructure (deploy/start-infra.sh) for commands that
# run the suite, builds Kapman.sln in Release (incremental; KAPMAN_SKIP_BUILD=1 skips it; `down` and `status` skip it
# when the CLI is already built, so stopping the suite never waits for a build or fails on a broken tree), then runs
# the CLI.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

needs_infra=false
case "${1:-}" in
    up | demo) needs_infra=true ;;
esac

if $needs_infra; then
    for package in postgresql-15 rabbitmq-server prometheus python3-aiosmtpd; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            bash deploy/setup.sh
            break
        fi
    done
    bash deploy/start-infra.sh
fi

# The local broker's password for the suite's RabbitMQ user (written by start-infra.sh); code reads it from the environment.
if [ -z "${KAPMAN_RABBITMQ_PASSWORD:-}" ] && [ -r /var/lib/kapman/rabbitmq-password ]; then
    KAPMAN_RABBITMQ_PASSWORD="$(cat /var/lib/kapman/rabbitmq-password)"
    export KAPMAN_RABBITMQ_PASSWORD
fi
# The machine's password for the services' database role (written by start-infra.sh), shared by every checkout.
if [ -z "${KAPMAN_DB_PASSWORD:-}" ] && [ -r /var/lib/kapman/db-password ]; then
    KAPMAN_DB_PASSWORD="$(cat /var/lib/kapman/db-password)"
    export KAPMAN_DB_PASSWORD
fi

cli="$repo/Kapman.Cli/bin/Release/net10.0/kapman.dll"
skip_build="${KAPMAN_SKIP_BUILD:-0}"
case "${1:-}" in
    down | status) if [ -f "$cli" ]; then skip_build=1; fi ;;
esac

if [ "$skip_build" != "1" ]; then
    build_log="$repo/.kapman/logs/build.log"
    mkdir -p "$(dirname "$build_log")"
    echo "Building Kapman.sln (Release)..."
    if ! dotnet build Kapman.sln -c Release -nologo -v quiet >"$build_log" 2>&1; then
        grep -E 'error|Error' "$build_log" | sort -u | head -40 >&2 || true
        echo "Build failed; full log: $build_log" >&2
        exit 1
    fi
fi

exec dotnet "$cli" "$@"
