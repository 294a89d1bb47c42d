#!/usr/bin/env python3
"""Builds the benchmark corpus: real Swift package sources plus planted secrets.

Usage: make_corpus.py --rules RULES.json [--out Benchmarks/corpus] [--size 1GB] [--seed 1]
                      [--mirror /opt/swift-packages]

RULES.json is the output of `ward rules list --json --examples`.

1. Exports every package of the local mirror (latest tag, else HEAD) with `git archive` into
   OUT/copy-1/OWNER/NAME, then again into copy-2, copy-3, ... until the corpus reaches --size.
   Repositories whose exported tree was already exported (case-variant or mirrored duplicates) are skipped.
2. Plants every triggering example of every rule: into a distinct, randomly chosen text file of
   the corpus at a random line, or, when the example has a `path`, into a new file
   OUT/planted/RULE-ID/N/PATH. The `↓` markers give the lines where findings are expected.
3. Writes OUT/expected.json: [{"ruleId", "path", "line", "planted": "inserted"|"new-file"}, ...]
   (paths relative to OUT). Examples without a marker expect a finding on any of their lines:
   those entries carry "endLine" as well.

Deterministic for a given --seed, --size, mirror and rules file. Stdlib only.
"""
import argparse, json, os, random, re, stat, subprocess, sys

MARKER = "↓"


def parse_size(text):
    m = re.fullmatch(r"(?i)\s*([0-9.]+)\s*([kmg]?)b?\s*", text)
    if not m:
        sys.exit(f"bad size: {text}")
    return int(float(m.group(1)) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2).lower()])


def git(repo, *args, **kw):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, **kw).stdout


def packages(mirror):
    """(owner/name, repo dir, ref) for each distinct package, in a stable order."""
    seen_names, seen_trees, result = set(), set(), []
    for owner in sorted(os.listdir(mirror)):
        for name in sorted(os.listdir(os.path.join(mirror, owner))):
            repo = os.path.join(mirror, owner, name)
            if not name.endswith(".git") or f"{owner}/{name}".lower() in seen_names:
                continue
            seen_names.add(f"{owner}/{name}".lower())
            tags = git(repo, "tag", "--sort=-v:refname", text=True).split()
            ref = tags[0] if tags else "HEAD"
            try:
                tree = git(repo, "rev-parse", f"{ref}^{{tree}}", text=True).strip()
            except subprocess.CalledProcessError:
                continue
            if tree not in seen_trees:
                seen_trees.add(tree)
                result.append((f"{owner}/{name[:-4]}", repo, ref))
    return result


def tree_size(root):
    """Bytes in the regular files under root (symbolic links left out, as Ward leaves them)."""
    total = 0
    for dirpath, _, files in os.walk(root):
        for f in files:
            st = os.lstat(os.path.join(dirpath, f))
            if stat.S_ISREG(st.st_mode):
                total += st.st_size
    return total


def export(mirror, out, target):
    pkgs = packages(mirror)
    total = copy = trees = 0
    while total < target:
        copy += 1
        for slug, repo, ref in pkgs:
            trees += 1
            dest = os.path.join(out, f"copy-{copy}", slug)
            os.makedirs(dest)
            archive = subprocess.Popen(["git", "-C", repo, "archive", "--format=tar", ref], stdout=subprocess.PIPE)
            subprocess.run(["tar", "-x", "-C", dest], stdin=archive.stdout, check=True)
            if archive.wait() != 0:
                sys.exit(f"git archive failed for {repo} {ref}")
            total += tree_size(dest)
            if total >= target:
                break
    print(f"exported {trees} package trees ({len(pkgs)} distinct packages, {copy} cop{'y' if copy == 1 else 'ies'}): "
          f"{total / 1e6:.0f} MB", file=sys.stderr)


def text_files(out):
    """Sorted relative paths of plain UTF-8 text files (LF endings, 5+ lines, 200 B–1 MB) to plant into."""
    result = []
    for dirpath, dirs, files in os.walk(out):
        dirs.sort()
        if os.path.relpath(dirpath, out).split(os.sep)[0] == "planted":
            continue
        for f in sorted(files):
            path = os.path.join(dirpath, f)
            if os.path.islink(path) or not 200 <= os.path.getsize(path) <= 1_000_000:
                continue
            with open(path, "rb") as fh:
                data = fh.read()
            if b"\0" in data or b"\r" in data or data.count(b"\n") < 5:
                continue
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            result.append(os.path.relpath(path, out))
    return result


def marked_lines(code):
    """(text without markers, 1-based lines holding a marker)."""
    lines = code.split("\n")
    return code.replace(MARKER, ""), [i + 1 for i, line in enumerate(lines) if MARKER in line]


def plant(out, rules, seed):
    rng = random.Random(seed)
    examples = [(r["id"], n, ex) for r in sorted(rules, key=lambda r: r["id"])
                for n, ex in enumerate(r.get("triggeringExamples", []))]
    inserted = [e for e in examples if not e[2].get("path")]
    hosts = rng.sample(text_files(out), len(inserted))
    expected = []
    for rule_id, n, ex in examples:
        text, marks = marked_lines(ex["code"])
        if not text.endswith("\n"):
            text += "\n"
        if ex.get("path"):
            rel = os.path.join("planted", rule_id, str(n), ex["path"])
            os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
            with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
                fh.write(text)
            start, kind = 1, "new-file"
        else:
            rel = hosts.pop()
            with open(os.path.join(out, rel), encoding="utf-8") as fh:
                lines = fh.read().split("\n")  # the last item follows the last newline
            index = rng.randrange(len(lines) - 1)  # insert before line index+1: the line before ends with \n
            lines[index:index] = text[:-1].split("\n")
            with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines))
            start, kind = index + 1, "inserted"
        entry = {"ruleId": rule_id, "path": rel, "planted": kind}
        if marks:
            expected += [dict(entry, line=start + m - 1) for m in marks]
        else:
            expected.append(dict(entry, line=start, endLine=start + text.count("\n") - 1))
    with open(os.path.join(out, "expected.json"), "w") as fh:
        json.dump(expected, fh, indent=1, ensure_ascii=False)
    print(f"planted {len(examples)} examples of {len(rules)} rules ({len(expected)} expected findings)", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rules", required=True)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "corpus"))
    ap.add_argument("--size", default="1GB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mirror", default="/opt/swift-packages")
    args = ap.parse_args()
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit(f"{args.out} exists and is not empty: remove it first")
    with open(args.rules) as fh:
        rules = json.load(fh)
    os.makedirs(args.out, exist_ok=True)
    export(args.mirror, args.out, parse_size(args.size))
    plant(args.out, rules, args.seed)


if __name__ == "__main__":
    main()
