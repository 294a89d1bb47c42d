#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on a loopback port, for the store tests.
#   scripts/with-postgres.sh COMMAND...
# Installs the server with apt-get when missing, initialises a cluster in a temporary directory (as the
# `postgres` user when run as root: initdb refuses root), exports WARD_TEST_POSTGRES_URL, runs
# COMMAND, and stops and removes the cluster whatever happens.
set -euo pipefail

say() { printf 'postgres: %s\n' "$*" >&2; }

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin /opt/homebrew/opt/postgresql@*/bin /usr/local/opt/postgresql@*/bin; do
    [[ -x "$dir/initdb" ]] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

bin=$(find_bin || true)
if [[ -z "$bin" ]]; then
  if command -v apt-get >/dev/null 2>&1; then
    say "installing postgresql with apt-get"
    sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  elif command -v brew >/dev/null 2>&1; then
    brew install postgresql@16
  fi
  bin=$(find_bin) || { say "PostgreSQL is not installed and could not be installed"; exit 2; }
fi

run_as=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_as=(runuser -u postgres --)
fi

data=$(mktemp -d /tmp/ward-pg.XXXXXX)
chmod 755 "$data"
[[ ${#run_as[@]} -gt 0 ]] && chown postgres "$data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
  "${run_as[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT

"${run_as[@]}" "$bin/initdb" -D "$data/db" -U ward --auth=trust --no-sync >"$data/initdb.log" 2>&1 \
  || { cat "$data/initdb.log" >&2; say "initdb failed"; exit 2; }
"${run_as[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$data/server.log" >&2; say "the server did not start"; exit 2; }

export WARD_TEST_POSTGRES_URL="postgres://ward@127.0.0.1:$port/postgres"
say "running on 127.0.0.1:$port"
"$@"
