#!/usr/bin/env bash
# ./test.sh: runs every test against real servers. Installs what is missing (deploy/setup.sh --test),
# starts PostgreSQL, RabbitMQ and the SMTP sink (deploy/start-infra.sh), builds in Release, runs the test projects
# two at a time and then the integration and browser suites alone (they start the whole Kapman suite),
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

# One project's tests, its output kept in a log and printed whole when it ends (two run at a time below).
run_project() {
    local project="$1" name
    name="$(basename "$project" .csproj)"
    if dotnet test "$project" -c Release --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
        --results-directory "$results" >"$results/$name.log" 2>&1; then
        printf '== %s\n%s\n' "$name" "$(cat "$results/$name.log")"
    else
        printf '== %s (FAILED)\n%s\n' "$name" "$(cat "$results/$name.log")"
        return 1
    fi
}
export -f run_project
export results

# The integration and browser suites start the whole Kapman suite on its fixed ports and stop PostgreSQL and RabbitMQ
# in their fault trials, so they run alone, last. Every other project uses its own databases, virtual hosts and free
# ports, and mostly waits on those servers, so they run two at a time, the slowest first.
mkdir -p "$results"
status=0
suites="tests/Kapman.E2ETests/Kapman.E2ETests.csproj tests/Kapman.IntegrationTests/Kapman.IntegrationTests.csproj"
slow="Ingestion Execution Notification ServiceDefaults Web Wyckoff Gateway Options Recommendation"
ordered=()
for stem in $slow; do
    ordered+=("tests/Kapman.$stem.Tests/Kapman.$stem.Tests.csproj")
done
for project in tests/*/*.csproj; do
    case " $suites ${ordered[*]} " in *" $project "*) continue ;; esac
    ordered+=("$project")
done
printf '%s\n' "${ordered[@]}" | xargs -P 2 -I{} bash -c 'run_project "$1"' _ {} || status=1
for project in $suites; do
    run_project "$project" || status=1
done

python3 deploy/trx-summary.py "$results" || status=1
exit $status
