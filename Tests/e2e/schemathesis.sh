#!/usr/bin/env bash
# Runs schemathesis against a live `ward serve`: a fresh SQLite store on a free loopback port, an
# admin and a token, the demo project's scan uploaded; then property-based requests built from
# docs/openapi.json, checking for server errors, undocumented status codes and responses that do
# not match their schema. The server is stopped and the store removed whatever happens.
#   Tests/e2e/schemathesis.sh                  build .build/debug/ward if needed, then run
#   WARD_BIN=path SCHEMATHESIS_SEED=n ...      use another binary / explore with another seed
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf 'api-check: %s\n' "$*" >&2; }

if command -v schemathesis >/dev/null 2>&1; then
  schemathesis=(schemathesis)
elif python3 -c 'import schemathesis' >/dev/null 2>&1; then
  schemathesis=(python3 -m schemathesis.cli)
else
  say "schemathesis is not installed: run scripts/install-deps.sh --test (or pip install schemathesis)"
  exit 2
fi
artifacts=.build/test-artifacts/api-check
ward=${WARD_BIN:-.build/debug/ward}
if [[ -z "${WARD_BIN:-}" ]]; then
  swift build --product ward >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ward-api-check.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

database="sqlite://$work/ward.db"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port"

printf 'api-check password\n' | "$ward" admin create-user api-admin --role admin --team core --database "$database" >/dev/null
token=$("$ward" admin create-token schemathesis --user api-admin --create-projects --database "$database")

"$ward" serve --database "$database" --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  if python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$url/health" 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { say "ward serve exited:"; cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done

# `ward scan` exits 1 when the demo's findings fail the gate; that is expected here.
status=0
WARD_TOKEN=$token "$ward" scan examples/demo-app --no-components --upload "$url" --project demo >/dev/null 2>"$work/upload.log" || status=$?
if [[ $status -gt 1 ]]; then say "uploading the demo scan failed:"; cat "$work/upload.log" >&2; exit 1; fi

say "schemathesis against $url (seed ${SCHEMATHESIS_SEED:-1})"
# revokeToken is left out: it would revoke the very token the run authenticates with; the Swift tests cover it.
result=0
timeout 240 "${schemathesis[@]}" run docs/openapi.json --url "$url" -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,response_schema_conformance \
  --exclude-operation-id revokeToken \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-12}" --max-time 120 --seed "${SCHEMATHESIS_SEED:-1}" \
  --request-timeout 10 --generation-database none --no-color || result=$?
if [[ $result -ne 0 ]]; then
  mkdir -p "$artifacts"
  cp "$work/server.log" "$artifacts/server.log"
  say "schemathesis failed (exit $result); the server's log is in $artifacts/server.log; its errors:"
  grep -E -A12 'error|Fatal|Crash|crashed' "$work/server.log" | grep -v '^0x' | head -60 >&2 || true
fi
exit $result
