#!/usr/bin/env bash
# Diagnostic: the CPU cost of each built-in rule alone, to find the rules that slow Ward down.
# Usage: Benchmarks/rule_costs.sh DIR [WARD_BINARY] [ward scan options...]
#   e.g. Benchmarks/rule_costs.sh Benchmarks/corpus/copy-1 .build/release/ward --exclude '**/big.json'
# Scans DIR once per rule with only that rule enabled (a ward.yml disabling all the others) and
# --threads 1, then once with every rule disabled; prints user+sys CPU seconds above that baseline,
# and the MB/s that one rule alone allows, slowest first. Writes Benchmarks/results/rule-costs.tsv.
set -euo pipefail
dir=$1 ward=${2:-.build/release/ward}
shift $(($# >= 2 ? 2 : 1))
out=$(cd "$(dirname "$0")" && pwd)/results tmp=$(mktemp -d)
mkdir -p "$out"
trap 'rm -rf "$tmp"' EXIT
mapfile -t ids < <("$ward" rules list --json | jq -r '.[].id')
bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
cpu() { # cpu ENABLED_ID: user+sys seconds of a one-thread scan with only that rule ("" for none)
  { echo "secrets:"; echo "  disabled-rules:"; for id in "${ids[@]}"; do [ "$id" = "$1" ] || echo "    - $id"; done; } >"$tmp/ward.yml"
  /usr/bin/time -f '%U %S' -o "$tmp/time" "$ward" scan "$dir" --config "$tmp/ward.yml" --threads 1 --no-gitignore \
    --format json --output "$tmp/report.json" --quiet "${@:2}" >/dev/null 2>&1 || true
  tail -1 "$tmp/time" | awk '{print $1 + $2}'
}
base=$(cpu "" "$@")
echo "baseline (no rule): $base s CPU for $((bytes / 1000000)) MB" >&2
for id in "${ids[@]}"; do
  printf '%s\t%s\n' "$id" "$(awk -v c="$(cpu "$id" "$@")" -v b="$base" 'BEGIN {printf "%.2f", c - b}')"
done | sort -t$'\t' -k2,2 -gr | tee "$out/rule-costs.tsv" |
  awk -F'\t' -v mb="$((bytes / 1000000))" '{printf "%-45s %6.2f s  %s\n", $1, $2, ($2 > 0.005 ? sprintf("%.0f MB/s alone", mb / $2) : "")}'
