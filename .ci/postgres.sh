#!/usr/bin/env bash
# Starts a temporary PostgreSQL cluster on 127.0.0.1 as the `postgres` user (it refuses root) and exports
# PREROUND_TEST_PG for the storage tests. Sourced by .ci/run.
PG_PORT="${PG_PORT:-55432}"
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then echo "postgres: not installed, PostgreSQL storage tests will be skipped"; return 0; fi
  PG_DIR=$(mktemp -d /tmp/preround-pg.XXXXXX)
  chown postgres "$PG_DIR"
  su postgres -s /bin/sh -c "$bin/initdb -D '$PG_DIR/data' -A trust -U postgres >/dev/null"
  su postgres -s /bin/sh -c "$bin/pg_ctl -D '$PG_DIR/data' -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_DIR'\" -l '$PG_DIR/log' -w start >/dev/null"
  export PREROUND_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  export PG_BIN="$bin" PG_DIR
  echo "postgres: started on 127.0.0.1:$PG_PORT"
}
stop_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    su postgres -s /bin/sh -c "$PG_BIN/pg_ctl -D '$PG_DIR/data' -m fast -w stop >/dev/null" || true
    rm -rf "$PG_DIR"
  fi
}
