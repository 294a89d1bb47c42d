#!/usr/bin/env python3
"""Writes requirements.txt files for timing a whole `ward scan` of a lockfile.

Usage: Benchmarks/sca/make_lockfiles.py OSV_PYPI_DIR OUT_DIR [COUNT ...]
Pins the first packages that have advisories in OSV_PYPI_DIR (../shared/data/osv/pypi) at one of
their affected versions (seeded), then fills up with packages that have none.
"""
import glob
import os
import random
import sys

import yaml


def vulnerable_pins(osv_dir):
    random.seed(1)
    pins = {}
    for path in sorted(glob.glob(os.path.join(osv_dir, "*", "*.yaml"))):
        try:
            doc = yaml.safe_load(open(path))
        except yaml.YAMLError:
            continue
        for affected in doc.get("affected") or []:
            name = (affected.get("package") or {}).get("name")
            versions = affected.get("versions") or []
            if name and versions and name.lower() not in pins:
                pins[name.lower()] = (name, random.choice(versions))
    return list(pins.values())


def main():
    osv_dir, out_dir = sys.argv[1], sys.argv[2]
    counts = [int(c) for c in sys.argv[3:]] or [1500, 10000]
    pins = vulnerable_pins(osv_dir)
    for count in counts:
        folder = os.path.join(out_dir, "p%d" % count)
        os.makedirs(folder, exist_ok=True)
        lines = [("%s==%s" % pins[i]) if i < len(pins) else "synthetic-package-%d==1.%d.0" % (i, i % 50) for i in range(count)]
        open(os.path.join(folder, "requirements.txt"), "w").write("\n".join(lines) + "\n")
        print("%s: %d packages, %d with advisories" % (folder, count, min(count, len(pins))))


if __name__ == "__main__":
    main()
