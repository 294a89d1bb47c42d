#!/usr/bin/env bash
# Ward platform benchmark. Not a test: it measures and reports.
#
# Usage: Benchmarks/platform/run.sh [--projects 1000] [--findings 1000000] [--import-findings 100000]
#          [--iterations 200] [--max-seconds 30] [--engines sqlite,postgres] [--load sqlite,postgres]
#          [--duration 60] [--uploaders 20] [--read-rate 200] [--findings-per-upload 500] [--portfolio-share 0.02]
#          [--no-build]
#   --engines   stores to seed and time in process (`ward bench-platform`)
#   --load      stores to load-test afterwards through a live `ward serve` (empty: no load test)
#   --no-build  reuse Benchmarks/results/platform/ward from the last run
#
# For each engine: a new store (SQLite file, or the throwaway PostgreSQL of scripts/with-postgres.sh,
# which runs with fsync=off: the report says so), seeded through PlatformStore.ingest, then the read
# paths and a 100,000-finding import are timed; then, on the same seeded store, `ward serve` on a
# loopback port takes Benchmarks/platform/load.py: concurrent uploads and paced reads, and a check
# that nothing was lost.
# Results go to Benchmarks/results/platform/ (*.json, *.log, latest.md).
set -euo pipefail
# All in one function, read whole before it runs: editing this file during a run cannot break it.
main() {
cd "$(dirname "$0")/../.."
projects=1000 findings=1000000 import=100000 iterations=200 max_seconds=30 engines=sqlite,postgres load=sqlite,postgres
duration=60 uploaders=20 read_rate=200 per_upload=500 portfolio=0.02 build=1 one_engine=""
while (($#)); do
  case $1 in
    --projects) projects=$2; shift ;;
    --findings) findings=$2; shift ;;
    --import-findings) import=$2; shift ;;
    --iterations) iterations=$2; shift ;;
    --max-seconds) max_seconds=$2; shift ;;
    --engines) engines=$2; shift ;;
    --load) load=$2; shift ;;
    --duration) duration=$2; shift ;;
    --uploaders) uploaders=$2; shift ;;
    --read-rate) read_rate=$2; shift ;;
    --findings-per-upload) per_upload=$2; shift ;;
    --portfolio-share) portfolio=$2; shift ;;
    --no-build) build=0 ;;
    --one-engine) one_engine=$2; shift ;;  # internal: run one engine's steps (under with-postgres.sh for postgres)
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
out=$PWD/Benchmarks/results/platform ward=$PWD/Benchmarks/results/platform/ward
mkdir -p "$out"
log() { echo "== $*" >&2; }
bench_args=(--projects "$projects" --findings "$findings" --import-findings "$import" --iterations "$iterations" --max-seconds "$max_seconds" --json)

# One engine's steps: the in-process benchmark, then the load test on the same store.
if [ -n "$one_engine" ]; then
  case $one_engine in
    sqlite) rm -rf "$out/sqlite-store"; url="sqlite://$out/sqlite-store/ward.db" ;;
    postgres)
      url=$WARD_TEST_POSTGRES_URL
      # with-postgres.sh trades durability for test speed (its command line sets fsync=off, which no
      # later setting can undo): the settings go next to the figures.
      psql -Atq "$url" -c "SELECT 'PostgreSQL ' || current_setting('server_version') || ', fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit') || ', full_page_writes=' || current_setting('full_page_writes') || ', shared_buffers=' || current_setting('shared_buffers')" >"$out/postgres-settings.txt"
      ;;
  esac
  log "$one_engine: seeding $findings findings in $projects projects, then timing (log: $out/$one_engine.log)"
  "$ward" bench-platform --database "$url" "${bench_args[@]}" >"$out/$one_engine.json" 2>"$out/$one_engine.log" \
    || { tail -20 "$out/$one_engine.log" >&2; log "$one_engine: bench-platform failed"; exit 1; }
  if [[ ",$load," == *",$one_engine,"* ]]; then
    log "$one_engine: load test, ${duration}s"
    printf 'load-test-password-%s\n' "$RANDOM$RANDOM" | "$ward" admin create-user loadtest --role admin --database "$url" 2>/dev/null
    token=$("$ward" admin create-token load --user loadtest --create-projects --database "$url")
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$ward" serve --database "$url" --host 127.0.0.1 --port "$port" >"$out/$one_engine-serve.log" 2>&1 &
    server=$!
    trap 'kill "$server" 2>/dev/null || true' EXIT
    for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
    read_projects=$(seq -f 'bench-%04g' 1 $((projects / 20 > 0 ? projects / 20 : 1)) "$projects" | paste -sd,)
    rc=0
    python3 Benchmarks/platform/load.py --url "http://127.0.0.1:$port" --token "$token" --duration "$duration" \
      --uploaders "$uploaders" --read-rate "$read_rate" --findings-per-upload "$per_upload" --read-projects "$read_projects" \
      --portfolio-share "$portfolio" \
      --json "$out/$one_engine-load.json" >/dev/null || rc=$?
    kill "$server"; wait "$server" 2>/dev/null || true
    trap - EXIT
    ((rc == 0)) || log "$one_engine: the load test found errors or lost scans (see $out/$one_engine-load.json)"
  fi
  exit 0
fi

# busy: percentage of CPU time other processes used over the last 2 seconds (this script is idle then).
busy() { local a b; a=($(head -1 /proc/stat)); sleep 2; b=($(head -1 /proc/stat))
  awk -v i="$((b[4] + b[5] - a[4] - a[5]))" -v t="$(( ($(IFS=+; echo "${b[*]:1}")) - ($(IFS=+; echo "${a[*]:1}")) ))" 'BEGIN {printf "%.0f", 100 * (1 - i / t)}'; }

# 1. Ward, release build, copied so that another build during the benchmark cannot swap it.
if ((build)) || [ ! -x "$ward" ]; then
  log "building ward (release)"
  swift build -c release --product ward >"$out/build.log" 2>&1 || { tail -20 "$out/build.log" >&2; log "release build failed"; exit 1; }
  cp "$(swift build -c release --show-bin-path)/ward" "$ward"
  echo "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo ' + uncommitted changes')" >"$out/commit.txt"
fi
command -v jq >/dev/null || { log "installing jq"; sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq jq >/dev/null; }
busy_before=$(busy)
((busy_before < 10)) || log "warning: the CPUs are already ${busy_before}% busy: other work on the machine will skew the figures"

# 2. Each engine in turn (never two at once: they would share the cores).
IFS=, read -r -a engine_list <<<"$engines"
for engine in "${engine_list[@]}"; do
  case $engine in
    sqlite) "$0" --one-engine sqlite --projects "$projects" --findings "$findings" --import-findings "$import" \
              --iterations "$iterations" --max-seconds "$max_seconds" --load "$load" --duration "$duration" --uploaders "$uploaders" \
              --read-rate "$read_rate" --findings-per-upload "$per_upload" --portfolio-share "$portfolio" --no-build ;;
    postgres) scripts/with-postgres.sh "$0" --one-engine postgres --projects "$projects" --findings "$findings" --import-findings "$import" \
              --iterations "$iterations" --max-seconds "$max_seconds" --load "$load" --duration "$duration" --uploaders "$uploaders" \
              --read-rate "$read_rate" --findings-per-upload "$per_upload" --portfolio-share "$portfolio" --no-build ;;
    *) log "unknown engine: $engine"; exit 2 ;;
  esac
done
busy_after=$(busy)

# 3. Report.
{
  echo "# Ward platform benchmark results"; echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM"
  echo "- CPU already busy with other work just before / after: ${busy_before}% / ${busy_after}%"
  echo "- Ward: $(cat "$out/commit.txt" 2>/dev/null || echo unknown)"
  [ -f "$out/postgres-settings.txt" ] && echo "- $(cat "$out/postgres-settings.txt")"
  for engine in "${engine_list[@]}"; do
    f=$out/$engine.json
    [ -f "$f" ] || continue
    echo; echo "## $engine"; echo
    jq -r '.seeding | "seeded \(.projects) projects, \(.scans) scans through ingest: \(.findingsStored) findings stored in \(.seconds | floor) s (\(.uploadedFindingsPerSecond | floor) uploaded findings/s)"' "$f"
    echo
    jq -r '.imports[] | "- import, \(.name): \(.findings) findings in \(.seconds * 100 | round / 100) s"' "$f"
    echo; echo "| read path | runs | p50 ms | p95 ms | p99 ms |"; echo "|---|---:|---:|---:|---:|"
    jq -r '.reads[] | "| \(.name) | \(.runs) | \(.p50 * 10 | round / 10) | \(.p95 * 10 | round / 10) | \(.p99 * 10 | round / 10) |"' "$f"
    if [ -f "$out/$engine-load.json" ]; then
      echo; jq -r '"load test (\(.duration_s) s, \(.uploaders) uploaders × \(.findings_per_upload) findings, \(.reads_scheduled) reads scheduled): \(.uploads_ok)/\(.uploads) uploads (\(.uploads_per_s)/s, upload p95 \(.upload_latency_s.p95) s), \(.reads_done) reads (\(.reads_per_s)/s, p50 \(.read_latency_all_ms.p50) ms, p95 \(.read_latency_all_ms.p95) ms), errors \(.errors), verified \(.verified_scans) scans, lost \(.lost): \(if .pass then "PASS" else "FAIL" end)"' "$out/$engine-load.json"
    fi
  done
} >"$out/latest.md"
cat "$out/latest.md"
echo; echo "Written to $out/latest.md"
}
main "$@"
