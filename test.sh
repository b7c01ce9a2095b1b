#!/usr/bin/env bash
# ./test.sh: runs every test against real servers. Installs what is missing (deploy/setup.sh --test),
# starts PostgreSQL, RabbitMQ and the SMTP sink (deploy/start-infra.sh), builds in Release, runs each test
# project in turn (the integration suite starts the whole Kapman suite, so projects never share the CPU),
# and ends with one line: "N passed, N failed[, N skipped]". Exits non-zero if any test failed or none ran.
# The integration suite runs the services on one database each; KAPMAN_IT_DATABASES=shared runs it on one shared database.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

# A clone made away from ../shared (e.g. under /tmp) uses the shared data beside the checkout it was cloned from.
if [ -z "${KAPMAN_SHARED_DATA:-}" ] && [ ! -d "$repo/../shared/data" ]; then
    origin="$(git -C "$repo" config --get remote.origin.url || true)"
    if [ -n "$origin" ] && [ -d "$origin/../shared/data" ]; then
        KAPMAN_SHARED_DATA="$(cd "$origin/../shared/data" && pwd)"
        export KAPMAN_SHARED_DATA
        echo "Shared data: $KAPMAN_SHARED_DATA (beside the origin $origin)"
    fi
fi

bash deploy/setup.sh --test
bash deploy/start-infra.sh
# The suite's RabbitMQ user's generated password (start-infra.sh keeps it root-only); code reads it from the environment.
KAPMAN_RABBITMQ_PASSWORD="$(cat /var/lib/kapman/rabbitmq-password)"
export KAPMAN_RABBITMQ_PASSWORD
# The services' database role's password, the machine's one: a suite this run starts must not lock out a demo running beside it.
KAPMAN_DB_PASSWORD="$(cat /var/lib/kapman/db-password)"
export KAPMAN_DB_PASSWORD

# The integration suite binds the suite's fixed ports: stop a suite this checkout left running (./kapman.sh demo).
if [ -f "$repo/.kapman/apphost.pid" ] && [ -f "$repo/Kapman.Cli/bin/Release/net10.0/kapman.dll" ]; then
    ./kapman.sh down
fi

results="$repo/TestResults"
rm -rf "$results"
echo "Building Kapman.sln (Release)..."
dotnet build Kapman.sln -c Release -nologo -v quiet

status=0
for project in tests/*/*.csproj; do
    name="$(basename "$project" .csproj)"
    echo "== $name"
    dotnet test "$project" -c Release --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
        --results-directory "$results" || status=1
done

python3 deploy/trx-summary.py "$results" || status=1
exit $status
