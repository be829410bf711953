#!/usr/bin/env bash
# Starts a local PostgreSQL server for the test suite (Debian, as root) and prints the
# TEST_DATABASE_URL to use. Idempotent: an existing cluster, role or setting is reused.
#
#     eval "$(bash tools/test_postgres.sh)"    # then: python -m pytest
#
# Everything it says goes to stderr; stdout carries only the export line.
set -euo pipefail

PG_USER="${PST_PG_USER:-pst}"
PG_PASSWORD="${PST_PG_PASSWORD:-pst}"
PG_PORT=5432
say() { echo "[postgres] $*" >&2; }

if ! command -v pg_lsclusters >/dev/null; then
    say "PostgreSQL is not installed: apt-get install -y postgresql"
    exit 1
fi

# The newest installed server version, and its 'main' cluster (created if missing).
version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    say "creating cluster $version/main"
    pg_createcluster "$version" main >&2
fi
conf_dir="/etc/postgresql/$version/main/conf.d"
mkdir -p "$conf_dir"
# Written by hand: pg_conftool's quoting of listen_addresses is broken (platform-notes.md).
if [ "$(cat "$conf_dir/pst-tests.conf" 2>/dev/null)" != "listen_addresses = '127.0.0.1'" ]; then
    say "listening on 127.0.0.1 ($conf_dir/pst-tests.conf)"
    echo "listen_addresses = '127.0.0.1'" > "$conf_dir/pst-tests.conf"
    if pg_lsclusters -h | awk '$1=="'"$version"'" && $2=="main" {print $4}' | grep -q online; then
        pg_ctlcluster "$version" main restart >&2
    fi
fi
if ! pg_lsclusters -h | awk '$1=="'"$version"'" && $2=="main" {print $4}' | grep -q online; then
    say "starting cluster $version/main"
    pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$PG_PORT" >&2

say "role $PG_USER (may create databases: each test session makes its own)"
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres >&2 <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
        CREATE ROLE "$PG_USER" LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
    ELSE
        ALTER ROLE "$PG_USER" LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
    END IF;
END
\$\$;
SQL

echo "export TEST_DATABASE_URL=postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
