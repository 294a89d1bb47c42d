#!/usr/bin/env bash
# SCA benchmark: building the offline advisory database and matching components against it.
# Not a test: it measures and reports. Reads the shared OSV snapshot (benchmarks may; tests may not).
#
# Usage: Benchmarks/sca/run.sh [--osv DIR] [--runs 5] [--scratch-path .build]
#   --osv           OSV snapshot with pypi/, go/, crates.io/ (default: ../shared/data/osv)
#   --runs          measured runs per figure, after one warm-up run (median reported)
#   --scratch-path  SwiftPM build directory for the release build (default: .build, as `make bench`)
#
# Builds `ward` in release, then times, each as the median of --runs warm runs:
#   1. `ward db update` from the snapshot's directories (JSON + YAML, as on disk);
#   2. `ward db update` from one zip per ecosystem (the shape of OSV's all.zip exports);
#   3. `ward db bench` matching 1,500 and 10,000 components drawn from the database's own packages.
# Prints a markdown table and writes it to Benchmarks/results/sca.md.
set -euo pipefail
main() {
cd "$(dirname "$0")/../.."
osv=../shared/data/osv runs=5 scratch=.build
while (($#)); do
  case $1 in
    --osv) osv=$2; shift ;;
    --runs) runs=$2; shift ;;
    --scratch-path) scratch=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
log() { echo "== $*" >&2; }
[ -d "$osv/pypi" ] && [ -d "$osv/go" ] && [ -d "$osv/crates.io" ] || { echo "no OSV snapshot at $osv" >&2; exit 2; }

log "building ward (release)"
swift build -c release --scratch-path "$scratch" --product ward >/dev/null
ward=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/ward
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

log "zipping the snapshot (one all.zip per ecosystem)"
python3 - "$osv" "$work/zips" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
for eco, sub in (("PyPI", "pypi"), ("Go", "go"), ("crates.io", "crates.io")):
    os.makedirs(os.path.join(out, eco), exist_ok=True)
    with zipfile.ZipFile(os.path.join(out, eco, "all.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        for root, _, files in os.walk(os.path.join(src, sub)):
            for name in files:
                if name.endswith((".json", ".yaml")):
                    z.write(os.path.join(root, name), name)
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_update() {  # prints the median wall time in seconds of `ward db update "$@"`
  for i in $(seq 0 "$runs"); do
    start=$(date +%s.%N)
    "$ward" db update --quiet --db "$work/osv.db" "$@" >"$work/update.out"
    end=$(date +%s.%N)
    [ "$i" -gt 0 ] && echo "$end - $start" | bc
  done | median | xargs printf '%.2f'
}

log "timing db update from directories"
dir_s=$(time_update --source "$osv/pypi" --source "$osv/go" --source "$osv/crates.io")
summary=$(cat "$work/update.out")
log "timing db update from zips"
zip_s=$(time_update --source "$work/zips/PyPI/all.zip" --source "$work/zips/Go/all.zip" --source "$work/zips/crates.io/all.zip")
"$ward" db status --db "$work/osv.db" >"$work/status.txt"
db_size=$(du -k "$work/osv.db" | cut -f1)

log "timing matching"
bench() { "$ward" db bench --db "$work/osv.db" --components "$1" --runs "$runs" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
m1500=$(bench 1500 median_ms); v1500=$(bench 1500 vulnerable_components)
m10k=$(bench 10000 median_ms); v10k=$(bench 10000 vulnerable_components)

mkdir -p Benchmarks/results
{
  echo "SCA benchmark, $(date -u +%Y-%m-%dT%H:%MZ), working tree of commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores, median of $runs warm runs"
  echo
  echo "$summary"
  echo
  echo '| measure | result | target |'
  echo '|---|---:|---:|'
  echo "| build from directories (JSON + YAML) | ${dir_s} s | < 10 s |"
  echo "| build from one all.zip per ecosystem | ${zip_s} s | < 10 s |"
  echo "| database size | $((db_size / 1024)) MB | |"
  echo "| match 1,500 components (${v1500} vulnerable) | ${m1500} ms | < 200 ms |"
  echo "| match 10,000 components (${v10k} vulnerable) | ${m10k} ms | < 1,000 ms |"
} | tee Benchmarks/results/sca.md
}
main "$@"
