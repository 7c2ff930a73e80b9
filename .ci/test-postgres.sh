#!/usr/bin/env bash
# Sourced by .ci/run: starts a throw-away Postgres server for the storage tests and exports
# TEST_DATABASE_URL; stops it and deletes its files when the calling shell exits.
#
#   source .ci/test-postgres.sh && start_test_postgres
#
# Uses Debian's `postgresql` package (the newest version under /usr/lib/postgresql). The cluster
# lives in a temp dir owned by the postgres user, trusts local connections (initdb --auth=trust),
# listens on 127.0.0.1 only, port $PG_TEST_PORT (default 5433). Any failure is fatal: CI must run
# the storage tests against a real Postgres, not silently skip them.

PG_TEST_PORT="${PG_TEST_PORT:-5433}"
PG_TEST_DB="${PG_TEST_DB:-descent_test}"
PG_TEST_DIR=""
PG_BIN=""

pg_fail() {
  echo "FATAL (test Postgres): $*" >&2
  if [[ -n "$PG_TEST_DIR" && -f "$PG_TEST_DIR/server.log" ]]; then
    echo "---- server log ----" >&2
    tail -n 50 "$PG_TEST_DIR/server.log" >&2 || true
  fi
  exit 1
}

# Runs a command as the postgres user (initdb and the server refuse to run as root).
as_postgres() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres -- "$@"
  fi
}

stop_test_postgres() {
  if [[ -n "$PG_TEST_DIR" && -d "$PG_TEST_DIR" ]]; then
    if [[ -f "$PG_TEST_DIR/data/postmaster.pid" ]]; then
      as_postgres "$PG_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
        || echo "warning: pg_ctl stop failed" >&2
    fi
    ${SUDO:-} rm -rf "$PG_TEST_DIR"
    echo "test Postgres stopped and removed"
  fi
  PG_TEST_DIR=""
}

start_test_postgres() {
  local version
  version="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$version" ]] || pg_fail "no Postgres under /usr/lib/postgresql (is the postgresql package installed?)"
  PG_BIN="/usr/lib/postgresql/$version/bin"
  [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]] || pg_fail "initdb/pg_ctl missing in $PG_BIN"
  id postgres >/dev/null 2>&1 || pg_fail "no postgres user (the postgresql package creates it)"

  PG_TEST_DIR="$(mktemp -d /tmp/descent-pg.XXXXXX)" || pg_fail "mktemp failed"
  trap stop_test_postgres EXIT
  ${SUDO:-} chown postgres:postgres "$PG_TEST_DIR" || pg_fail "cannot chown $PG_TEST_DIR to postgres"
  ${SUDO:-} chmod 700 "$PG_TEST_DIR"

  as_postgres "$PG_BIN/initdb" -D "$PG_TEST_DIR/data" --auth=trust --username=postgres \
    --encoding=UTF8 --no-locale >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; pg_fail "initdb failed"; }
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" \
    -o "-k $PG_TEST_DIR -p $PG_TEST_PORT -c listen_addresses=127.0.0.1 -c fsync=off" -w -t 60 start >/dev/null \
    || pg_fail "the server did not start on 127.0.0.1:$PG_TEST_PORT (port taken?)"
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres "$PG_TEST_DB" \
    || pg_fail "createdb $PG_TEST_DB failed"
  export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_TEST_PORT/$PG_TEST_DB"
  "$PG_BIN/psql" "$TEST_DATABASE_URL" -qtAc 'SELECT 1' >/dev/null || pg_fail "cannot query $TEST_DATABASE_URL"
  echo "test Postgres $version running: TEST_DATABASE_URL=$TEST_DATABASE_URL"
}
