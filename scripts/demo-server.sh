#!/usr/bin/env bash
# `make run`: scans the demo project, starts `ward serve` on localhost:8080 with that scan loaded, and
# prints how to sign in. The store is ./ward-data/ward.db; an admin is created (with a generated
# password printed once) only when the store has no users yet.
#   scripts/demo-server.sh [path/to/ward]      WARD_PORT overrides the port (default 8080)
set -euo pipefail

ward=${1:-.build/release/ward}
port=${WARD_PORT:-8080}
data="$(pwd)/ward-data"
database="sqlite://$data/ward.db"
base="http://127.0.0.1:$port"
say() { printf '%s\n' "$*" >&2; }

mkdir -p "$data"

# Counts users without a server: Python's sqlite3 or the sqlite3 shell, whichever is there.
user_count() {
  [[ -f "$data/ward.db" ]] || { echo 0; return; }
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sqlite3, sys
try:
    print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM users").fetchone()[0])
except sqlite3.Error:
    print(0)' "$data/ward.db"
  elif command -v sqlite3 >/dev/null 2>&1; then
    sqlite3 "$data/ward.db" 'SELECT COUNT(*) FROM users' 2>/dev/null || echo 0
  else
    echo unknown
  fi
}

password=""
if [[ $(user_count) == 0 ]]; then
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
  printf '%s\n' "$password" | "$ward" admin create-user admin --role admin --team demo --database "$database"
  echo admin > "$data/demo-user"
fi

"$ward" serve --database "$database" --port "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 100); do
  kill -0 "$server" 2>/dev/null || { say "ward serve stopped: is port $port in use? (WARD_PORT=8081 make run)"; exit 2; }
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

if [[ -f "$data/demo-user" ]]; then
  token=$("$ward" admin create-token "make run $(date -u +%Y-%m-%dT%H:%M:%SZ)" --user "$(cat "$data/demo-user")" --create-projects --database "$database")
  say "== ward scan examples/demo-app --upload $base --project demo =="
  # Status 1 only means the demo's findings fail the gate, which is the point of the demo.
  status=0
  WARD_TOKEN=$token "$ward" scan examples/demo-app --upload "$base" --project demo || status=$?
  if [[ $status -eq 2 ]]; then
    # Most likely no advisory database yet (`ward db update` fetches it): show the rest of the demo anyway.
    say "== retrying without dependency scanning =="
    WARD_TOKEN=$token "$ward" scan examples/demo-app --no-components --upload "$base" --project demo || status=$?
  fi
  if command -v curl >/dev/null 2>&1; then
    say "== governance: profile, threat model, requirement statuses, attestation, gate =="
    api() { curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$@" || say "(the demo could not call ${*: -1})"; }
    json='Content-Type: application/json'
    api -X PUT -H "$json" --data '{"exposure": "internet", "dataClassification": "financial", "platform": "mobile", "criticality": "critical",
      "regulations": ["PCI DSS"], "baseline": "auto"}' "$base/api/v1/projects/demo/profile"
    api -X PUT -H 'Content-Type: application/yaml' --data-binary @examples/demo-app/threatmodel.yml "$base/api/v1/projects/demo/threat-model"
    api -X PUT -H "$json" --data '{"status": "implemented", "justification": "gateway throttles sign-in per account and address"}' \
      "$base/api/v1/projects/demo/requirements/WARD-AUTH-02"
    api -X PUT -H "$json" --data '{"status": "implemented", "justification": "TrustKit pins the API gateway certificate"}' \
      "$base/api/v1/projects/demo/requirements/WARD-COMMS-03"
    api -X PUT -H "$json" --data '{"status": "verified", "justification": "account review DEMO-12 found no shared accounts"}' \
      "$base/api/v1/projects/demo/requirements/WARD-AUTH-04"
    api -X POST -H "$json" --data "{\"activity\": \"organisation-security-owner\", \"evidenceLink\": \"https://wiki.example/demo/security-owner\",
      \"expiresAt\": \"$(( $(date -u +%Y) + 1 ))-12-31T00:00:00Z\"}" "$base/api/v1/projects/demo/attestations"
    api "$base/api/v1/projects/demo/gate"
  fi
else
  say "ward-data/ward.db has users this script did not create: not uploading the demo scan."
fi

echo
echo "Ward is running at http://localhost:$port  (Ctrl-C stops it)"
if [[ -n $password ]]; then
  echo "Sign in as: admin"
  echo "Password:   $password"
  echo "(shown this once and stored nowhere in clear; to start over: rm -rf ward-data)"
else
  echo "Sign in with the admin created on the first run (its password was printed then); to start over: rm -rf ward-data"
fi
wait "$server"
