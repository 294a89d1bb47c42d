#!/usr/bin/env bash
# SAST + configuration benchmark. Not a test: it measures and reports.
#
# Usage: Benchmarks/code/run.sh [--size 100MB] [--runs 3] [--threads 0] [--fresh] [--scratch-path .build]
#   --size          corpus size (default 100MB), built by make_code_corpus.py into Benchmarks/code/corpus
#   --runs          measured runs after one warm-up run (median reported)
#   --threads       worker threads for ward (default 0: one per core)
#   --fresh         rebuild the corpus even if it exists
#   --scratch-path  SwiftPM build directory for the release build (default .build)
#   --ward PATH     time this ward binary instead of building one
#
# Times `ward scan CORPUS --no-secrets --no-components` (code pattern rules, Swift syntax-tree rules and
# configuration checks over one walk of the tree), then the same scan per language folder, and
# semgrep with Ward's own demo rules for comparison when installed. Prints a markdown table and
# writes it to Benchmarks/results/code.md.
set -euo pipefail
main() {
cd "$(dirname "$0")/../.."
size=100MB runs=3 threads=0 fresh=0 scratch=.build ward=
while (($#)); do
  case $1 in
    --size) size=$2; shift ;;
    --runs) runs=$2; shift ;;
    --threads) threads=$2; shift ;;
    --fresh) fresh=1 ;;
    --scratch-path) scratch=$2; shift ;;
    --ward) ward=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
log() { echo "== $*" >&2; }
corpus=Benchmarks/code/corpus out=Benchmarks/results
mkdir -p "$out"
if [[ $fresh -eq 1 || ! -f $corpus/manifest.json ]]; then
  log "building the corpus ($size)"
  python3 Benchmarks/code/make_code_corpus.py --out "$corpus" --size "$size"
fi
if [[ -z $ward ]]; then
  log "building ward (release)"
  swift build -c release --product ward --scratch-path "$scratch" >/dev/null
  ward=$(swift build -c release --product ward --scratch-path "$scratch" --show-bin-path)/ward
fi

# Median wall-clock seconds of `ward scan DIR` over --runs runs after a warm-up.
time_scan() {
  local dir=$1 times=()
  "$ward" scan "$dir" --no-secrets --no-components --threads "$threads" --format json --output /tmp/ward-code-bench.json --quiet >/dev/null || [[ $? -eq 1 ]]
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$ward" scan "$dir" --no-secrets --no-components --threads "$threads" --format json --output /tmp/ward-code-bench.json --quiet >/dev/null || [[ $? -eq 1 ]]
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
# Bytes of file content (not du's blocks: the corpus has thousands of small files and folders).
bytes_of() { find "$1" -type f ! -name manifest.json -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }

{
  echo "# SAST + configuration benchmark"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- ward: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + uncommitted changes'), threads: $threads (0 = one per core), median of $runs runs after a warm-up"
  echo
  echo "| tree | MB | files | seconds | MB/s | findings |"
  echo "|---|---:|---:|---:|---:|---:|"
  total_bytes=$(bytes_of "$corpus")
  seconds=$(time_scan "$corpus")
  findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' /tmp/ward-code-bench.json)
  files=$(find "$corpus" -type f | wc -l)
  printf '| whole corpus | %.1f | %d | %.2f | %.1f | %d |\n' "$(echo "$total_bytes / 1000000" | bc -l)" "$files" "$seconds" "$(echo "$total_bytes / 1000000 / $seconds" | bc -l)" "$findings"
  for dir in "$corpus"/*/; do
    name=$(basename "$dir")
    b=$(bytes_of "$dir")
    s=$(time_scan "$dir")
    n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' /tmp/ward-code-bench.json)
    f=$(find "$dir" -type f | wc -l)
    printf '| %s | %.1f | %d | %.2f | %.1f | %d |\n' "$name" "$(echo "$b / 1000000" | bc -l)" "$f" "$s" "$(echo "$b / 1000000 / $s" | bc -l)" "$n"
  done
  echo
  echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/code.md"
}
main "$@"
