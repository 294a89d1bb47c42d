#!/usr/bin/env python3
"""Recall of a Ward JSON report on the planted secrets.

Usage: recall.py EXPECTED.json WARD-REPORT.json [--summary OUT.json]

Every expected (path, line, ruleId) of make_corpus.py must appear among the report's findings
(findings[].ruleId, .location.path, .location.startLine); entries with "endLine" (examples
without a marker) accept a finding of that rule on any line from line to endLine. Only the rules
the report lists as having run count (e.g. --no-personal-data leaves the pii-* rules out).
Prints the misses with what Ward reported in the same file, and counts the other findings.
"""
import argparse, collections, json


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("expected")
    ap.add_argument("report")
    ap.add_argument("--summary")
    args = ap.parse_args()
    expected = json.load(open(args.expected))
    report = json.load(open(args.report))
    findings = [f for f in report["findings"] if f.get("location")]
    active = {r["id"] for r in report.get("rules", [])}
    left_out = [e for e in expected if active and e["ruleId"] not in active]
    expected = [e for e in expected if e not in left_out]
    found = {(f["location"]["path"], f["location"]["startLine"], f["ruleId"]) for f in findings}
    by_path = collections.defaultdict(list)
    for f in findings:
        by_path[f["location"]["path"]].append(f"{f['ruleId']}@{f['location']['startLine']}")

    matched, misses = set(), []
    for e in expected:
        lines = range(e["line"], e.get("endLine", e["line"]) + 1)
        hits = [(e["path"], line, e["ruleId"]) for line in lines if (e["path"], line, e["ruleId"]) in found]
        if hits:
            matched.update(hits)
        else:
            misses.append(e)
    for e in misses:
        where = f"{e['line']}" + (f"-{e['endLine']}" if "endLine" in e else "")
        reported = ", ".join(sorted(by_path.get(e["path"], []))) or "nothing"
        print(f"MISS {e['ruleId']} at {e['path']}:{where} ({e['planted']}); Ward reported in that file: {reported}")
    planted_paths = {e["path"] for e in expected}
    other = [f for f in findings if (f["location"]["path"], f["location"]["startLine"], f["ruleId"]) not in matched]
    near = sum(f["location"]["path"] in planted_paths for f in other)
    other_rules = collections.Counter(f["ruleId"] for f in other)
    print(f"recall: {len(expected) - len(misses)}/{len(expected)} planted findings "
          f"({len(set(e['ruleId'] for e in misses))} rule(s) with misses); "
          f"{len(other)} other findings ({near} of them in files holding a planted example)"
          + (f"; {len(left_out)} planted findings of rules that did not run left out" if left_out else ""))
    if other_rules:
        print("other findings by rule: " + ", ".join(f"{r} {n}" for r, n in other_rules.most_common()))
    if args.summary:
        json.dump({"expected": len(expected), "found": len(expected) - len(misses), "other": len(other),
                   "otherByRule": dict(other_rules.most_common()), "misses": misses},
                  open(args.summary, "w"), indent=1)


if __name__ == "__main__":
    main()
