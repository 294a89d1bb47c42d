#!/usr/bin/env bash
# Ward performance benchmark (`make bench` runs it). Not a test: it measures and reports.
#
# Usage: Benchmarks/run.sh [--size 1GB] [--fresh] [--seed 1] [--runs 3] [--ds-size 100MB] [--resume]
#   --size     corpus size (default 1GB; 200MB for a quick run)
#   --fresh    regenerate Benchmarks/corpus even if it is present and up to date
#   --seed     seed of the planted secrets and of the detect-secrets subset
#   --runs     measured runs per configuration, after one warm-up run (median reported)
#   --ds-size  size of the random file subset detect-secrets scans (0 skips detect-secrets)
#   --resume   finish an interrupted run: same Ward binary, keeps the configurations already timed
#
# Installs ripgrep, GNU time, jq (apt-get) and detect-secrets (pip) if missing, builds Ward in
# release, builds the corpus (make_corpus.py), then times Ward, ripgrep with Ward's patterns and
# detect-secrets, checks recall on the planted secrets (recall.py), prints a markdown table and
# writes it with the machine facts to Benchmarks/results/latest.md.
set -euo pipefail
# All in one function, read whole before it runs: editing this file during a run cannot break it.
main() {
cd "$(dirname "$0")/.."
size=1GB fresh=0 seed=1 runs=3 ds_size=100MB resume=0
while (($#)); do
  case $1 in
    --size) size=$2; shift ;;
    --fresh) fresh=1 ;;
    --seed) seed=$2; shift ;;
    --runs) runs=$2; shift ;;
    --ds-size) ds_size=$2; shift ;;
    --resume) resume=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
corpus=$PWD/Benchmarks/corpus out=$PWD/Benchmarks/results
mkdir -p "$out"
log() { echo "== $*" >&2; }

# 1. Tools.
missing=()
command -v rg >/dev/null || missing+=(ripgrep)
command -v jq >/dev/null || missing+=(jq)
[ -x /usr/bin/time ] || missing+=(time)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$ds_size" != 0 ] && ! command -v detect-secrets >/dev/null; then
  log "installing detect-secrets"
  python3 -m pip install -q detect-secrets >/dev/null 2>&1 || log "detect-secrets could not be installed"
fi

# 2. Ward, release build, copied so that another build during the benchmark cannot swap it.
ward=$out/ward
if ((resume)) && [ -x "$ward" ]; then
  log "resuming with the Ward binary of the interrupted run"
else
  log "building ward (release)"
  swift build -c release --product ward >"$out/build.log" 2>&1 || { tail -20 "$out/build.log" >&2; log "release build failed"; exit 1; }
  cp "$(swift build -c release --show-bin-path)/ward" "$ward"
  echo "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo ' + uncommitted changes')" >"$out/commit.txt"
  rm -f "$out"/*.times
fi
commit=$(cat "$out/commit.txt")

# 3. Corpus, regenerated when missing, when --fresh, or when size, seed or rule examples changed.
"$ward" rules list --json --examples >"$out/rules.json"
params="size=$size seed=$seed rules=$(sha256sum <"$out/rules.json" | cut -c1-16)"
if ((fresh)) || [ "$(cat "$corpus/params.txt" 2>/dev/null)" != "$params" ]; then
  log "generating the corpus ($params)"
  rm -rf "$corpus"
  python3 Benchmarks/make_corpus.py --rules "$out/rules.json" --out "$corpus" --size "$size" --seed "$seed"
  echo "$params" >"$corpus/params.txt"
fi
read -r bytes files < <(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s, NR}')
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1e6}')
log "corpus: $mb MB in $files files"

# measure NAME CMD...: one warm-up run, then $runs runs under GNU time; sets $secs and $rss_mb (medians).
measure() {
  local name=$1; shift
  if ((resume)) && [ "$(wc -l <"$out/$name.times" 2>/dev/null)" = "$runs" ]; then
    log "$name: already timed"
  else
    log "$name: warm-up + $runs runs"
    : >"$out/$name.times"
    for ((i = 0; i <= runs; i++)); do
      rc=0; /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >"$out/$name.out" 2>"$out/$name.err" || rc=$?
      ((rc <= 1)) || { echo "$name failed ($rc): $*" >&2; cat "$out/$name.err" >&2; exit 1; }
      ((i == 0)) || tail -1 "$out/time.txt" >>"$out/$name.times"
    done
  fi
  secs=$(cut -d' ' -f1 "$out/$name.times" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  rss_mb=$(cut -d' ' -f2 "$out/$name.times" | sort -g | awk '{a[NR] = $1} END {printf "%.0f", a[int((NR + 1) / 2)] / 1024}')
}
table="| tool | configuration | MB/s | files/s | peak RSS | recall |
|---|---|---:|---:|---:|---|"
# row TOOL CONFIG BYTES FILES RECALL: appends a table row from $secs and $rss_mb.
row() {
  table+=$'\n'"$(awk -v t="$1" -v c="$2" -v b="$3" -v f="$4" -v r="$5" -v s="$secs" -v m="$rss_mb" \
    'BEGIN {printf "| %s | %s | %.1f | %.0f | %s MB | %s |", t, c, b / 1e6 / s, f / s, m, r}')"
}
# busy: percentage of CPU time other processes used over the last 2 seconds (this script is idle then).
busy() { local a b; a=($(head -1 /proc/stat)); sleep 2; b=($(head -1 /proc/stat))
  awk -v i="$((b[4] + b[5] - a[4] - a[5]))" -v t="$(( ($(IFS=+; echo "${b[*]:1}")) - ($(IFS=+; echo "${a[*]:1}")) ))" 'BEGIN {printf "%.0f", 100 * (1 - i / t)}'; }
busy_before=$(busy)
((busy_before < 10)) || log "warning: the CPUs are already ${busy_before}% busy: other work on the machine will skew the figures"

# 4–5. Ward: all built-in rules, default threads (one per core), then one thread; recall of each.
nrules=$(jq length "$out/rules.json")
scan=("$ward" scan "$corpus" --format json --no-gitignore --max-file-size 10MB --quiet --output)
recall() {
  python3 Benchmarks/recall.py "$corpus/expected.json" "$out/ward-$1.json" --summary "$out/recall-$1.json" >"$out/recall-$1.txt"
  jq -r '"\(.found)/\(.expected)" + (if .found == .expected then " (100%)" else " (MISSES: see results/recall-'"$1"'.txt)" end)' "$out/recall-$1.json"
}
measure ward-2 "${scan[@]}" "$out/ward-2.json"
ward_secs=$secs ward_rss=$rss_mb
row Ward "all $nrules rules, $(nproc) threads (default)" "$bytes" "$files" "$(recall 2)"
measure ward-1 "${scan[@]}" "$out/ward-1.json" --threads 1
row Ward "all $nrules rules, --threads 1" "$bytes" "$files" "$(recall 1)"
measure ward-nopii "${scan[@]}" "$out/ward-nopii.json" --no-personal-data
row Ward "--no-personal-data (diagnostic)" "$bytes" "$files" "$(recall nopii)"

# 6. ripgrep with the same patterns: PCRE2 (all), then the Rust engine (those it compiles).
bash Benchmarks/patterns.sh "$ward" "$out" 2>"$out/patterns.log"
npcre=$(wc -l <"$out/patterns.txt") nrust=$(wc -l <"$out/rust-patterns.txt")
chunks=("$out"/pcre2-chunks/*.txt)
rg_opts=(--no-ignore --hidden -c --max-filesize 10M)
# One rg -P pass per chunk: PCRE2 cannot compile all the patterns as one regex.
measure rg-pcre2 bash -c 'for f in "${@:2}"; do rg '"${rg_opts[*]}"' -P -f "$f" "$1" || (($? == 1)) || exit 2; done' rg "$corpus" "${chunks[@]}"
rg_secs=$secs
row "ripgrep $(rg --version | head -1 | cut -d' ' -f2)" "-P, $npcre of $nrules patterns in ${#chunks[@]} passes, $(nproc) threads" "$bytes" "$files" "n/a"
measure rg-rust rg "${rg_opts[@]}" -f "$out/rust-patterns.txt" "$corpus"
row "ripgrep" "Rust engine, $nrust of $nrules patterns (no lookarounds)" "$bytes" "$files" "n/a"

# 7. detect-secrets on a random subset of the corpus's files (it is slow): one run, warm cache.
ds_note="" ds_mbs=""
if [ "$ds_size" = 0 ]; then
  ds_note="detect-secrets: skipped (--ds-size 0)."
elif ! command -v detect-secrets >/dev/null; then
  ds_note="detect-secrets: not installed (pip install detect-secrets failed), not measured."
else
  mapfile -t subset < <(cd "$corpus" && python3 - "$ds_size" "$seed" <<'EOF'
import os, random, re, sys
m = re.fullmatch(r"(?i)([0-9.]+)([kmg]?)b?", sys.argv[1]); limit = float(m[1]) * {"": 1, "k": 1e3, "m": 1e6, "g": 1e9}[m[2].lower()]
files = sorted(os.path.join(d, f)[2:] for d, _, fs in os.walk(".") for f in fs if not os.path.islink(os.path.join(d, f)))
random.Random(int(sys.argv[2])).shuffle(files)
total = 0
for f in files:
    if f.endswith(("expected.json", "params.txt")): continue
    if total >= limit: break
    total += os.path.getsize(f); print(f)
EOF
)
  read -r ds_bytes < <(cd "$corpus" && du -cb -- "${subset[@]}" | tail -1 | cut -f1)
  log "detect-secrets: $((ds_bytes / 1000000)) MB subset, ${#subset[@]} files, one run"
  rc=0; (cd "$corpus" && /usr/bin/time -f '%e %M' -o "$out/time.txt" detect-secrets scan --all-files "${subset[@]}" \
    >"$out/detect-secrets.json" 2>"$out/detect-secrets.err") || rc=$?
  if ((rc == 0)); then
    read -r secs rss_kb < <(tail -1 "$out/time.txt"); rss_mb=$((rss_kb / 1024))
    row "detect-secrets $(detect-secrets --version)" "default plugins, $((ds_bytes / 1000000)) MB random subset, 1 run" "$ds_bytes" "${#subset[@]}" "n/a"
    ds_mbs=$(awk -v b="$ds_bytes" -v s="$secs" 'BEGIN {print b / 1e6 / s}')
    ds_note="detect-secrets: $(awk -v b="$bytes" -v m="$ds_mbs" 'BEGIN {printf "%.0f", b / 1e6 / m}') s extrapolated to the whole corpus."
  else
    ds_note="detect-secrets: failed with status $rc (see results/detect-secrets.err), not measured."
  fi
fi
busy_after=$(busy)

# 8. Targets and report.
ward_mbs=$(awk -v b="$bytes" -v s="$ward_secs" 'BEGIN {print b / 1e6 / s}')
rg_mbs=$(awk -v b="$bytes" -v s="$rg_secs" 'BEGIN {print b / 1e6 / s}')
verdict() { awk -v x="$1" -v y="$2" 'BEGIN {print (x >= y ? "met" : "NOT met")}'; }
ward_recall=$(jq -r '"\(.found)/\(.expected)"' "$out/recall-2.json")
targets="| target | measured | |
|---|---|---|
| ≥ 500 MB/s, $(nproc) cores, warm | $(printf %.0f "$ward_mbs") MB/s | $(verdict "$ward_mbs" 500) |
| ≥ 20× detect-secrets | $([ -n "$ds_mbs" ] && awk -v w="$ward_mbs" -v d="$ds_mbs" 'BEGIN {printf "%.0f×", w / d}' || echo n/a) | $([ -n "$ds_mbs" ] && verdict "$(awk -v w="$ward_mbs" -v d="$ds_mbs" 'BEGIN {print w / d}')" 20 || echo "not measured") |
| not slower than ripgrep -P, same patterns | $(awk -v w="$ward_mbs" -v r="$rg_mbs" 'BEGIN {printf "%.2f× ripgrep", w / r}') | $(verdict "$ward_mbs" "$rg_mbs") |
| 100% recall on the planted set | $ward_recall | $(jq -r 'if .found == .expected then "met" else "NOT met" end' "$out/recall-2.json") |
| peak RSS < 200 MB (${mb} MB tree) | $ward_rss MB | $(verdict 200 "$ward_rss") |"
facts="- date: $(date -u +%Y-%m-%dT%H:%MZ)
- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM
- CPU already busy with other work just before / after the measurements: ${busy_before}% / ${busy_after}%
- Ward: $commit, $nrules built-in rules
- corpus: $mb MB (10^6 bytes) in $files files; $(jq length "$corpus/expected.json") planted findings; $params
- runs: one warm-up, then the median of $runs (detect-secrets: one run); MB/s = corpus bytes / wall time
- $(cat "$out/patterns.log")
- $ds_note"
{
  echo "# Ward benchmark results"; echo; echo "$facts"; echo; echo "$table"; echo; echo "$targets"; echo
  echo "Recall details (all rules, default threads):"; echo; echo '```'; cat "$out/recall-2.txt"; echo '```'
} >"$out/latest.md"
echo; echo "$table"; echo; echo "$targets"; echo; cat "$out/recall-2.txt"; echo
echo "Written to $out/latest.md"
}
main "$@"
