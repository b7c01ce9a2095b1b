#!/usr/bin/env bash
# Starts the suite's infrastructure on 127.0.0.1 (no systemd), each piece only when its port is not answering:
#   PostgreSQL 15 (5432; user postgres / password postgres; database kapman)
#   RabbitMQ with the management plugin (5672, 15672; guest/guest)
#   SMTP sink: python3 -m aiosmtpd -n -l 127.0.0.1:2525 (log <repo>/.kapman/smtp.log, pid <repo>/.kapman/smtp.pid)
# Idempotent; prints what it did. Starting PostgreSQL and RabbitMQ needs root.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="$repo/.kapman"
mkdir -p "$state"

port_open() {
    timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

wait_port() {
    local port="$1" seconds="$2"
    for _ in $(seq 1 "$((seconds * 4))"); do
        port_open "$port" && return 0
        sleep 0.25
    done
    return 1
}

start_postgres() {
    if port_open 5432; then
        echo "postgres: already answering on 5432"
    else
        if ! pg_lsclusters --no-header 2>/dev/null | grep -qE '^15[[:space:]]+main'; then
            echo "postgres: creating cluster 15/main"
            pg_createcluster 15 main
        fi
        echo "postgres: starting cluster 15/main"
        pg_ctlcluster 15 main start
        wait_port 5432 30 || { echo "postgres: not answering on 5432 after 30 s" >&2; exit 1; }
    fi

    if ! PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
        echo "postgres: setting the password of user postgres"
        su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
    fi

    if [ "$(PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'kapman'")" = "1" ]; then
        echo "postgres: database kapman exists"
    else
        echo "postgres: creating database kapman"
        PGPASSWORD=postgres psql -q -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE kapman'
    fi
}

start_rabbitmq() {
    if port_open 5672; then
        echo "rabbitmq: already answering on 5672"
        return
    fi
    echo "rabbitmq: enabling the management plugin and starting the node"
    rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
    rabbitmq-server -detached
    local deadline=$((SECONDS + 90))
    until rabbitmqctl await_startup --timeout 60 >/dev/null 2>&1; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "rabbitmq: not started after 90 s (see /var/log/rabbitmq)" >&2
            exit 1
        fi
        sleep 2
    done
    wait_port 5672 30 || { echo "rabbitmq: not answering on 5672" >&2; exit 1; }
    echo "rabbitmq: up (AMQP 5672, management http://127.0.0.1:15672/)"
}

start_smtp() {
    if port_open 2525; then
        echo "smtp: already answering on 2525"
        return
    fi
    local python=python3
    if /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
        python=/usr/bin/python3
    fi
    echo "smtp: starting aiosmtpd on 127.0.0.1:2525 (log $state/smtp.log)"
    setsid nohup "$python" -m aiosmtpd -n -l 127.0.0.1:2525 >>"$state/smtp.log" 2>&1 </dev/null &
    echo $! >"$state/smtp.pid"
    wait_port 2525 15 || { echo "smtp: not answering on 2525 (see $state/smtp.log)" >&2; exit 1; }
}

start_postgres
start_rabbitmq
start_smtp
