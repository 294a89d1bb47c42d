#!/usr/bin/env python3
"""Builds the SAST benchmark corpus: a source tree shaped like a bank's repositories.

Usage: make_code_corpus.py [--out Benchmarks/code/corpus] [--size 100MB] [--seed 1] [--mirror /opt/swift-packages]

Real code wherever this machine has it, in these shares of --size:
  Python      30%  the interpreter's standard library and site-packages (.py)
  Swift       20%  Swift packages of the local mirror (git archive of their latest tag)
  JavaScript  15%  npm's own sources, node_modules and the JavaScript Python packages ship (.js, .mjs, .cjs)
  C headers   15%  /usr/include: files no code rule reads, as docs and vendored code are in real trees
  Go, Java, Kotlin, TypeScript  5% each: no real sources are available offline, so the demo
              project's files of that language (examples/demo-app), copied with numbered names
  Config       5%  Dockerfiles, Kubernetes manifests, workflows, Terraform, plists and Android
              manifests from examples/demo-app and Tests/WardConfigTests/Fixtures, copied likewise
Files are copied in a stable order until each share is filled; the run is deterministic for a
given --seed and machine. Writes OUT/manifest.json with bytes and files per language. Stdlib only.
"""
import argparse, json, os, random, re, shutil, subprocess, sys, sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_size(text):
    m = re.fullmatch(r"(?i)\s*([0-9.]+)\s*([kmg]?)b?\s*", text)
    if not m:
        sys.exit(f"bad size: {text}")
    return int(float(m.group(1)) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2).lower()])


def walk(top, extensions, limit_file=2_000_000):
    """Files under top with one of the extensions, sorted, skipping huge and unreadable ones."""
    found = []
    for base, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            if os.path.splitext(name)[1].lower() in extensions or name in extensions:
                path = os.path.join(base, name)
                try:
                    size = os.path.getsize(path)
                except OSError:
                    continue
                if 0 < size <= limit_file and os.path.isfile(path) and not os.path.islink(path):
                    found.append((path, size))
    return found


def fill(sources, budget, out_dir, rng, repeat=False):
    """Copies files into out_dir until budget bytes; with repeat, cycles through the sources."""
    os.makedirs(out_dir, exist_ok=True)
    written = files = 0
    if not sources:
        return 0, 0
    order = list(sources)
    rng.shuffle(order)
    round_ = 0
    while written < budget:
        for path, size in order:
            if written >= budget:
                break
            name = os.path.basename(path)
            stem, ext = os.path.splitext(name)
            target = os.path.join(out_dir, f"r{round_}", f"{files % 97:02d}", f"{stem}_{files}{ext}" if ext else f"{files}_{name}")
            if name in ("Dockerfile",):
                target = os.path.join(out_dir, f"r{round_}", f"svc{files}", "Dockerfile")
            if name == "AndroidManifest.xml" or name == "Info.plist" or name.endswith(".entitlements"):
                target = os.path.join(out_dir, f"r{round_}", f"app{files}", name)
            rel = os.path.relpath(path, ROOT) if path.startswith(ROOT) else path
            if "/.github/workflows/" in path:
                target = os.path.join(out_dir, f"r{round_}", f"repo{files}", ".github", "workflows", name)
            if name == ".gitlab-ci.yml":
                target = os.path.join(out_dir, f"r{round_}", f"repo{files}", name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(path, target)
            written += size
            files += 1
        if not repeat:
            break
        round_ += 1
    return written, files


def swift_sources(mirror, scratch, budget):
    """git archive of the mirror's packages (latest tag) into scratch until budget bytes of .swift."""
    os.makedirs(scratch, exist_ok=True)
    total = 0
    for owner in sorted(os.listdir(mirror)):
        for repo in sorted(os.listdir(os.path.join(mirror, owner))):
            if total >= budget:
                return
            git_dir = os.path.join(mirror, owner, repo)
            tags = subprocess.run(["git", "-C", git_dir, "tag", "--sort=-v:refname"], capture_output=True, text=True).stdout.split()
            ref = tags[0] if tags else "HEAD"
            dest = os.path.join(scratch, owner, repo)
            if os.path.isdir(dest):
                total += sum(s for _, s in walk(dest, {".swift"}))
                continue
            os.makedirs(dest, exist_ok=True)
            archive = subprocess.run(["git", "-C", git_dir, "archive", ref], capture_output=True)
            if archive.returncode != 0:
                continue
            subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=False)
            total += sum(s for _, s in walk(dest, {".swift"}))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "corpus"))
    ap.add_argument("--size", default="100MB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mirror", default="/opt/swift-packages")
    args = ap.parse_args()
    size = parse_size(args.size)
    rng = random.Random(args.seed)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    demo = os.path.join(ROOT, "examples", "demo-app")
    fixtures = os.path.join(ROOT, "Tests", "WardConfigTests", "Fixtures")
    python_dirs = [sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]]
    js_dirs = [d for d in ["/usr/lib/node_modules", "/usr/local/lib/node_modules", sysconfig.get_paths()["purelib"]] if os.path.isdir(d)]
    swift_scratch = os.path.join(os.path.dirname(args.out), ".swift-sources")
    swift_sources(args.mirror, swift_scratch, size * 0.20)
    config_names = {"Dockerfile", ".tf", ".plist", ".entitlements", "AndroidManifest.xml", ".gitlab-ci.yml"}
    config = [(p, s) for p, s in walk(demo, config_names) + walk(fixtures, config_names)]
    config += [(p, s) for p, s in walk(demo, {".yml", ".yaml"}) + walk(fixtures, {".yml", ".yaml"}) if "/deploy/" in p or "/k8s/" in p or "/.github/workflows/" in p]
    plan = [
        ("python", sum((walk(d, {".py"}) for d in python_dirs), []), 0.30, False),
        ("swift", walk(swift_scratch, {".swift"}), 0.20, False),
        ("javascript", sum((walk(d, {".js", ".mjs", ".cjs"}) for d in js_dirs), []), 0.15, False),
        ("c-headers", walk("/usr/include", {".h"}), 0.15, False),
        ("go", walk(demo, {".go"}), 0.05, True),
        ("java", walk(demo, {".java"}), 0.05, True),
        ("kotlin", walk(demo, {".kt", ".kts"}), 0.05, True),
        ("typescript", walk(demo, {".ts", ".tsx"}) or walk(demo, {".js"}), 0.05, True),
        ("config", config, 0.05, True),
    ]
    manifest = {"size": size, "seed": args.seed, "languages": {}}
    for name, sources, share, repeat in plan:
        written, files = fill(sources, int(size * share), os.path.join(args.out, name), rng, repeat=repeat)
        manifest["languages"][name] = {"bytes": written, "files": files}
        print(f"{name:11s} {written / 1e6:7.1f} MB  {files:6d} files", file=sys.stderr)
    manifest["bytes"] = sum(v["bytes"] for v in manifest["languages"].values())
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
    print(f"total       {manifest['bytes'] / 1e6:7.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
