#!/bin/sh
# Usage: with-postgres.sh COMMAND [ARGS…]
# Runs COMMAND against a throwaway PostgreSQL cluster from pg_virtualenv (postgresql-common).
# PGHOST/PGPORT/PGUSER/PGPASSWORD name a superuser; tests create their own owner, app and
# operator roles. Fails, naming the missing program, when pg_virtualenv is not installed.
set -eu
if ! command -v pg_virtualenv >/dev/null 2>&1; then
    echo "with-postgres.sh: 'pg_virtualenv' is missing (install postgresql and postgresql-common)" >&2
    exit 1
fi
exec pg_virtualenv -o 'max_connections=300' "$@"
