#!/usr/bin/env bash
# Writes Ward's built-in rule patterns for ripgrep, one per line:
#   OUTDIR/patterns.txt       those ripgrep's PCRE2 engine compiles (rg -P)
#   OUTDIR/rust-patterns.txt  those ripgrep's default (Rust) engine compiles: no lookarounds
#   OUTDIR/pcre2-chunks/N.txt patterns.txt cut into the fewest files rg -P compiles at once (PCRE2
#                             limits the size of one compiled pattern; rg joins the file into one)
# Usage: Benchmarks/patterns.sh WARD_BINARY OUTDIR
# The patterns come from `ward rules list --json --patterns`; each is checked with `rg -e PATTERN /dev/null`.
set -euo pipefail
ward=$1 out=$2
mkdir -p "$out"
: >"$out/patterns.txt"
: >"$out/rust-patterns.txt"
total=0
while IFS= read -r pattern; do
  total=$((total + 1))
  rc=0; rg -P -e "$pattern" /dev/null >/dev/null 2>&1 || rc=$?
  [ "$rc" -ne 2 ] && printf '%s\n' "$pattern" >>"$out/patterns.txt"
  rc=0; rg -e "$pattern" /dev/null >/dev/null 2>&1 || rc=$?
  [ "$rc" -ne 2 ] && printf '%s\n' "$pattern" >>"$out/rust-patterns.txt"
done < <("$ward" rules list --json --patterns | jq -r '.[] | select(.pattern != null) | .pattern')
rm -rf "$out/pcre2-chunks"
mkdir "$out/pcre2-chunks"
n=1
while IFS= read -r pattern; do
  chunk=$out/pcre2-chunks/$n.txt
  printf '%s\n' "$pattern" >>"$chunk"
  rc=0; rg -P -f "$chunk" /dev/null >/dev/null 2>&1 || rc=$?
  if [ "$rc" -eq 2 ] && [ "$(wc -l <"$chunk")" -gt 1 ]; then
    sed -i '$d' "$chunk"
    n=$((n + 1))
    printf '%s\n' "$pattern" >"$out/pcre2-chunks/$n.txt"
  fi
done <"$out/patterns.txt"
echo "patterns: $total rules; PCRE2 accepts $(wc -l <"$out/patterns.txt") (in $n rg -P passes), Rust regex accepts $(wc -l <"$out/rust-patterns.txt")" >&2
