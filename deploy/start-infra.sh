#!/usr/bin/env bash
# Starts the suite's infrastructure on 127.0.0.1 (no systemd), each piece only when its port is not answering:
#   PostgreSQL 15 (5432; database kapman). The superuser postgres has NO password: it logs in only over the Unix
#     socket by peer authentication (root and postgres map to it, pg_ident map kapman-admin), so no fixed password
#     reaches it over TCP. The services log in over TCP as kapman_app with a generated password kept in
#     /var/lib/kapman/db-password (root, mode 600): one per machine, so every checkout's demo and test run sets the same
#     password on the one kapman_app role and none locks another out.
#   RabbitMQ with the management and prometheus plugins, listening on loopback only (AMQP 5672, management 15672,
#     Prometheus metrics 15692, Erlang distribution and epmd). The suite's user is `kapman` with a generated password kept in
#     /var/lib/kapman/rabbitmq-password (root, mode 600); the default `guest` user is deleted.
#   SMTP sink: python3 -m aiosmtpd -n -l 127.0.0.1:2525 (log <repo>/.kapman/smtp.log, pid <repo>/.kapman/smtp.pid)
# Idempotent; prints what it did, never a password. Needs root. Callers export the passwords to their processes as
# KAPMAN_RABBITMQ_PASSWORD and KAPMAN_DB_PASSWORD (test.sh, kapman.sh): code reads secrets only from the environment.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="$repo/.kapman"
secrets=/var/lib/kapman
mkdir -p "$state"
install -d -m 700 "$secrets"

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

as_postgres() {
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d postgres "$@"
}

# Peer login for the superuser over the Unix socket, for root (the suite's tools) as well as postgres.
configure_postgres_auth() {
    local conf=/etc/postgresql/15/main
    local changed=false
    if ! grep -q '^kapman-admin[[:space:]]' "$conf/pg_ident.conf"; then
        printf 'kapman-admin    root    postgres\nkapman-admin    postgres    postgres\n' >>"$conf/pg_ident.conf"
        changed=true
    fi
    if grep -qE '^local[[:space:]]+all[[:space:]]+postgres[[:space:]]+peer[[:space:]]*$' "$conf/pg_hba.conf"; then
        sed -i -E 's/^(local[[:space:]]+all[[:space:]]+postgres[[:space:]]+peer)[[:space:]]*$/\1 map=kapman-admin/' "$conf/pg_hba.conf"
        changed=true
    fi
    if [ "$changed" = true ] && port_open 5432; then
        echo "postgres: peer login for root as postgres (pg_ident map kapman-admin); reloading"
        pg_ctlcluster 15 main reload
    fi
}

start_postgres() {
    if ! pg_lsclusters --no-header 2>/dev/null | grep -qE '^15[[:space:]]+main'; then
        echo "postgres: creating cluster 15/main"
        pg_createcluster 15 main
    fi
    configure_postgres_auth
    if port_open 5432; then
        echo "postgres: already answering on 5432"
    else
        echo "postgres: starting cluster 15/main"
        pg_ctlcluster 15 main start
        wait_port 5432 30 || { echo "postgres: not answering on 5432 after 30 s" >&2; exit 1; }
    fi

    # A password set by an earlier version of this script (postgres/postgres) would still let anyone log in over TCP.
    as_postgres -c 'ALTER USER postgres PASSWORD NULL'

    if [ "$(as_postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'kapman'")" = "1" ]; then
        echo "postgres: database kapman exists"
    else
        echo "postgres: creating database kapman"
        as_postgres -c 'CREATE DATABASE kapman'
    fi
}

# Loopback only: AMQP, management, the Erlang distribution port and epmd. Read when the node starts.
configure_rabbitmq() {
    if ! grep -q 'kapman: loopback only' /etc/rabbitmq/rabbitmq.conf 2>/dev/null; then
        cat >>/etc/rabbitmq/rabbitmq.conf <<'CONF'
# kapman: loopback only (deploy/start-infra.sh)
listeners.tcp.default = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
CONF
    fi
    # A separate marker: configurations written before the prometheus plugin was enabled get the lines too.
    if ! grep -q 'kapman: prometheus on loopback' /etc/rabbitmq/rabbitmq.conf 2>/dev/null; then
        cat >>/etc/rabbitmq/rabbitmq.conf <<'CONF'
# kapman: prometheus on loopback (deploy/start-infra.sh)
prometheus.tcp.ip = 127.0.0.1
prometheus.tcp.port = 15692
CONF
    fi
    if ! grep -q 'kapman: loopback only' /etc/rabbitmq/rabbitmq-env.conf 2>/dev/null; then
        cat >>/etc/rabbitmq/rabbitmq-env.conf <<'CONF'
# kapman: loopback only (deploy/start-infra.sh)
NODE_IP_ADDRESS=127.0.0.1
ERL_EPMD_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
CONF
    fi
}

# True when RabbitMQ listens on an address other than loopback (a node started before the configuration above).
rabbitmq_exposed() {
    ss -Hltn 2>/dev/null | awk '{print $4}' | grep -E ':(5672|15672|15692|25672|4369)$' | grep -vqE '^(127\.0\.0\.1|\[::1\]):'
}

start_rabbitmq() {
    configure_rabbitmq
    if port_open 5672 && rabbitmq_exposed; then
        echo "rabbitmq: listening beyond loopback; restarting it (and epmd) with the loopback-only configuration"
        rabbitmqctl stop >/dev/null
        epmd -kill >/dev/null 2>&1 || true
    fi
    if port_open 5672; then
        echo "rabbitmq: already answering on 5672"
    else
        echo "rabbitmq: enabling the management and prometheus plugins and starting the node"
        rabbitmq-plugins enable --offline rabbitmq_management rabbitmq_prometheus >/dev/null
        ERL_EPMD_ADDRESS=127.0.0.1 rabbitmq-server -detached
        local deadline=$((SECONDS + 90))
        until rabbitmqctl await_startup --timeout 60 >/dev/null 2>&1; do
            if [ "$SECONDS" -ge "$deadline" ]; then
                echo "rabbitmq: not started after 90 s (see /var/log/rabbitmq)" >&2
                exit 1
            fi
            sleep 2
        done
        wait_port 5672 30 || { echo "rabbitmq: not answering on 5672" >&2; exit 1; }
        echo "rabbitmq: up (AMQP 127.0.0.1:5672, management http://127.0.0.1:15672/)"
    fi
    ensure_rabbitmq_prometheus
    ensure_rabbitmq_user
}

# The prometheus plugin (Prometheus scrapes 127.0.0.1:15692, deploy/prometheus.yml) on a node started without it: enabled
# in place, no restart. The node read rabbitmq.conf before the plugin's lines were there, so its listener is set to
# loopback first; otherwise it would listen on every interface.
ensure_rabbitmq_prometheus() {
    if port_open 15692; then
        return 0
    fi
    echo "rabbitmq: enabling the prometheus plugin on the running node (metrics on 127.0.0.1:15692)"
    rabbitmqctl -q eval 'application:set_env(rabbitmq_prometheus, tcp_config, [{ip, "127.0.0.1"}, {port, 15692}]).' >/dev/null
    rabbitmq-plugins -q enable rabbitmq_prometheus >/dev/null
    wait_port 15692 30 || { echo "rabbitmq: the prometheus plugin is not answering on 15692" >&2; exit 1; }
}

# The suite's own user: administrator (the web's Ops page and the tests manage queues and vhosts), all rights on "/".
ensure_rabbitmq_user() {
    local file="$secrets/rabbitmq-password"
    if [ ! -s "$file" ]; then
        (umask 077 && head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$file")
    fi
    if rabbitmqctl -q list_users | awk '{print $1}' | grep -qx kapman; then
        rabbitmqctl -q change_password kapman "$(cat "$file")" >/dev/null
    else
        echo "rabbitmq: creating user kapman (password in $file)"
        rabbitmqctl -q add_user kapman "$(cat "$file")" >/dev/null
    fi
    rabbitmqctl -q set_user_tags kapman administrator >/dev/null
    rabbitmqctl -q set_permissions -p / kapman '.*' '.*' '.*' >/dev/null
    if rabbitmqctl -q list_users | awk '{print $1}' | grep -qx guest; then
        echo "rabbitmq: deleting the default user guest"
        rabbitmqctl -q delete_user guest >/dev/null
    fi
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

# The services' database role's password (the AppHost sets it on kapman_app at each start).
ensure_db_password() {
    local file="$secrets/db-password"
    if [ ! -s "$file" ]; then
        (umask 077 && head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$file")
    fi
}

ensure_db_password
start_postgres
start_rabbitmq
start_smtp
