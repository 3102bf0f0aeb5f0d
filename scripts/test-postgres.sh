#!/usr/bin/env bash
# The PostgreSQL the server tests use, on a Debian machine, as root: installs Debian's postgresql
# where it is missing, starts the newest cluster named main, makes role ija (password ija, may create
# databases) and database ija_test, and prints the URL for IJA_TEST_DATABASE_URL. Safe to run again.
#   export IJA_TEST_DATABASE_URL="$(scripts/test-postgres.sh)"
set -euo pipefail

if [ ! -d /etc/postgresql ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
fi
# The newest cluster named main (Debian's package creates it); started unless it runs already (CI may run twice).
read -r PG_VERSION _ PG_PORT PG_STATUS _ < <(pg_lsclusters --no-header | awk '$2 == "main"' | sort -V | tail -n 1) ||
  { echo "no PostgreSQL cluster named main (pg_lsclusters)" >&2; exit 1; }
if [ "$PG_STATUS" != "online" ]; then
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start >&2
fi
as_postgres() { (cd / && runuser -u postgres -- "$@"); }
# Role ija (may create the tests' own databases) and database ija_test, both kept when they exist.
as_postgres psql --quiet --port "$PG_PORT" -v ON_ERROR_STOP=1 >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ija') THEN CREATE ROLE ija; END IF;
END $$;
ALTER ROLE ija LOGIN PASSWORD 'ija' CREATEDB;
SQL
if [ -z "$(as_postgres psql --port "$PG_PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = 'ija_test'")" ]; then
  as_postgres createdb --port "$PG_PORT" --owner ija ija_test >&2
fi
echo "postgres://ija:ija@127.0.0.1:${PG_PORT}/ija_test"

