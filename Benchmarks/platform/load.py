#!/usr/bin/env python3
"""Load test of a live `ward serve` (Benchmarks/platform/run.sh runs it). Standard library only.

For --duration seconds, --uploaders threads each post Ward JSON reports to a project of their own
(one after the other, every upload a rescan: a tenth of the findings fixed, a tenth new), while a
paced reader issues --read-rate requests per second across finding lists, finding details, scan
lists and dashboards. Read latency is measured from each request's scheduled time (open loop), so
a server that falls behind shows it. Afterwards every upload that was answered 201 is checked
through the API: its scan exists with the full finding count, and each project lists exactly the
scans that were uploaded to it. Loopback only; every request has a timeout.

Usage: load.py --url http://127.0.0.1:PORT --token TOKEN [--duration 60] [--uploaders 20] [--portfolio-share 0.02]
               [--read-rate 200] [--findings-per-upload 500] [--readers 48] [--json OUT]
"""
import argparse
import hashlib
import http.client
import json
import queue
import random
import sys
import threading
import time
import urllib.parse
from collections import Counter, defaultdict

KINDS = [  # kind, tool, rule, cwe, weight
    ("secret", "ward", "generic-api-key", 798, 20),
    ("code", "semgrep", "sql-injection", 89, 35),
    ("dependency", "osv-scanner", "GHSA-load", 1321, 30),
    ("configuration", "ward", "k8s-privileged-container", 250, 15),
]
SEVERITIES = ["critical"] * 5 + ["high"] * 20 + ["medium"] * 40 + ["low"] * 25 + ["info"] * 10


def finding(worker, index):
    """The same worker and index always give the same finding (and fingerprint)."""
    rnd = random.Random(worker * 1_000_003 + index)
    kind, tool, rule, cwe, _ = rnd.choices(KINDS, weights=[k[4] for k in KINDS])[0]
    fingerprint = hashlib.sha256(f"load {worker}/{index}".encode()).hexdigest()
    path = f"src/load{worker}/module{index % 50}/file{index}.py"
    line = rnd.randint(1, 900)
    f = {
        "ruleId": rule, "tool": tool, "kind": kind, "severity": rnd.choice(SEVERITIES), "confidence": "high",
        "title": f"{rule} in module {index % 50}", "message": f"Synthetic {kind} finding {index} of load worker {worker}.",
        "cwe": [cwe], "tags": [], "fingerprint": fingerprint,
        "location": {"path": path, "startLine": line, "startColumn": 1, "endLine": line, "endColumn": 40, "snippet": "value = compute(input)"},
    }
    if kind == "secret":
        digest = hashlib.sha256(f"secret {worker}/{index}".encode()).hexdigest()
        f["secret"] = {"redacted": "KEY…" + digest[:8], "sha256": digest}
    return f


def report(worker, upload, size):
    """A rescan: the window of findings moves by a tenth of its size at each upload."""
    start = upload * (size // 10)
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return json.dumps({
        "schemaVersion": "1.0",
        "tool": {"name": "ward", "version": "load-test", "informationUri": "https://example.invalid/ward"},
        "target": {"mode": "directory", "root": f"load-{worker}"},
        "startedAt": now, "finishedAt": now,
        "statistics": {"filesScanned": size, "bytesScanned": size * 1000, "filesSkippedBinary": 0, "filesSkippedTooLarge": 0,
                       "filesSkippedIgnored": 0, "findingsSuppressed": 0, "findingsInBaseline": 0, "durationSeconds": 1.0},
        "rules": [], "warnings": [],
        "findings": [finding(worker, i) for i in range(start, start + size)],
    }).encode()


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[max(0, int(-(-p * len(values) // 1)) - 1)]


class Client:
    """One keep-alive connection, reopened after any failure."""

    def __init__(self, url, token, timeout):
        self.host, self.port = url.hostname, url.port or 80
        self.headers = {"Authorization": f"Bearer {token}"}
        self.timeout = timeout
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        if self.connection is None:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.connection.request(method, path, body=body, headers={**self.headers, **(headers or {})})
            response = self.connection.getresponse()
            return response.status, response.read()
        except Exception:
            self.connection.close()
            self.connection = None
            raise


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--uploaders", type=int, default=20)
    parser.add_argument("--read-rate", type=float, default=200)
    parser.add_argument("--readers", type=int, default=48, help="reader threads (enough that pacing holds while requests wait)")
    parser.add_argument("--findings-per-upload", type=int, default=500)
    parser.add_argument("--read-projects", default="", help="comma-separated project keys to read besides the upload projects")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before one request counts as failed")
    parser.add_argument("--grace", type=float, default=30, help="seconds the readers may lag behind the schedule at the end")
    parser.add_argument("--portfolio-share", type=float, default=0.02, help="share of reads that are the portfolio dashboard")
    parser.add_argument("--project-prefix", default="load-", help="upload projects are PREFIX00, PREFIX01, …; use new ones on each run")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="write the summary as JSON to this file")
    args = parser.parse_args()
    url = urllib.parse.urlsplit(args.url)
    if url.scheme != "http" or url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("load.py: only http:// on the loopback interface")

    lock = threading.Lock()
    uploads = []  # (worker, project, scan id or None, expected count, status, seconds, error)
    reads = defaultdict(list)  # endpoint → [(latency from schedule, service time, status)]
    errors = Counter()
    finding_ids = []
    stop_at = time.monotonic() + args.duration
    upload_projects = [f"{args.project_prefix}{w:02d}" for w in range(args.uploaders)]
    read_projects = [p for p in args.read_projects.split(",") if p]  # upload projects join once they exist

    def uploader(worker):
        client = Client(url, args.token, args.timeout)
        project = upload_projects[worker]
        number = 0
        while time.monotonic() < stop_at:
            body = report(worker, number, args.findings_per_upload)
            started = time.monotonic()
            try:
                status, data = client.request("POST", f"/api/v1/projects/{project}/scans?branch=main", body,
                                              {"Content-Type": "application/json"})
                scan = json.loads(data)["scan"]["id"] if status == 201 else None
                error = None if status == 201 else f"upload HTTP {status}: {data[:200]!r}"
            except Exception as exc:  # noqa: BLE001 — every failure is counted, none stops the test
                status, scan, error = 0, None, f"upload {type(exc).__name__}: {exc}"
            with lock:
                uploads.append((worker, project, scan, args.findings_per_upload, status, time.monotonic() - started, error))
                if scan is not None and project not in read_projects:
                    read_projects.append(project)
                if error:
                    errors[error[:120]] += 1
            number += 1

    def pick_read(rnd):
        draw = rnd.random()
        with lock:
            ids = finding_ids[-2000:]
            project = rnd.choice(read_projects) if read_projects else None
        if project is None:
            return "findings: all projects, by severity", "/api/v1/findings?sort=severity"
        if draw < 0.40:
            return "findings: project, state=open&severity=high", f"/api/v1/projects/{project}/findings?state=open&severity=high"
        if draw < 0.55:
            return "findings: all projects, by severity", "/api/v1/findings?sort=severity"
        if draw < 0.80 and ids:
            return "finding detail", f"/api/v1/findings/{rnd.choice(ids)}"
        if draw < 0.88:
            return "scans: project", f"/api/v1/projects/{project}/scans"
        if draw < 1 - args.portfolio_share:
            return "dashboard: project", f"/api/v1/dashboard?project={project}"
        return "dashboard: portfolio", "/api/v1/dashboard"

    work = queue.Queue()

    def reader():
        client = Client(url, args.token, args.timeout)
        while True:
            item = work.get()
            if item is None:
                return
            scheduled, name, path = item
            started = time.monotonic()
            try:
                status, data = client.request("GET", path)
                if status == 200 and name.startswith("findings"):
                    ids = [f["id"] for f in json.loads(data)["items"][:10]]
                    with lock:
                        finding_ids.extend(ids)
                error = None if status == 200 else f"read {name} HTTP {status}: {data[:200]!r}"
            except Exception as exc:  # noqa: BLE001
                status, error = 0, f"read {name} {type(exc).__name__}: {exc}"
            done = time.monotonic()
            with lock:
                reads[name].append((done - scheduled, done - started, status))
                if error:
                    errors[error[:120]] += 1

    rnd = random.Random(args.seed)
    readers = [threading.Thread(target=reader, daemon=True) for _ in range(args.readers)]
    workers = [threading.Thread(target=uploader, args=(w,), daemon=True) for w in range(args.uploaders)]
    for thread in readers + workers:
        thread.start()
    begin = time.monotonic()
    interval = 1 / args.read_rate
    next_at = begin
    scheduled = 0
    while next_at < stop_at:
        delay = next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        name, path = pick_read(rnd)
        work.put((next_at, name, path))
        scheduled += 1
        next_at = begin + scheduled * interval
    # Bounded: reads still queued after the grace period are dropped and counted as errors.
    while not work.empty() and time.monotonic() < stop_at + args.grace:
        time.sleep(0.1)
    dropped = 0
    while True:
        try:
            work.get_nowait()
            dropped += 1
        except queue.Empty:
            break
    if dropped:
        errors[f"read dropped: the server was more than {args.grace:.0f} s behind the schedule"] += dropped
    for _ in readers:
        work.put(None)
    deadline = time.monotonic() + args.timeout + 10
    for thread in workers + readers:
        thread.join(max(0, deadline - time.monotonic()))
    elapsed = time.monotonic() - begin

    # Verification: every answered upload is a stored scan with its full count; no scan is missing or extra.
    client = Client(url, args.token, args.timeout)
    missing, wrong_count, unlisted = [], [], []
    accepted = [u for u in uploads if u[2] is not None]
    for _, project, scan, expected, _, _, _ in accepted:
        status, data = client.request("GET", f"/api/v1/scans/{scan}")
        if status != 200:
            missing.append(scan)
        elif json.loads(data)["scan"]["totalCount"] != expected:
            wrong_count.append((scan, json.loads(data)["scan"]["totalCount"], expected))
    for project in upload_projects:
        listed, cursor = set(), None
        while True:
            status, data = client.request("GET", f"/api/v1/projects/{project}/scans" + (f"?cursor={cursor}" if cursor else ""))
            if status != 200:
                break
            page = json.loads(data)
            listed |= {s["id"] for s in page["items"]}
            cursor = page.get("next")
            if not cursor:
                break
        expected_ids = {u[2] for u in accepted if u[1] == project}
        # An upload the client gave up on (timeout, reset) may still have committed: an extra scan, not a lost one.
        unanswered = sum(1 for u in uploads if u[1] == project and u[4] == 0)
        if expected_ids - listed or len(listed - expected_ids) > unanswered:
            unlisted.append((project, sorted(expected_ids - listed), sorted(listed - expected_ids)))

    upload_times = [u[5] for u in uploads]
    all_reads = [r for rs in reads.values() for r in rs]
    summary = {
        "duration_s": round(elapsed, 1),
        "uploaders": args.uploaders,
        "findings_per_upload": args.findings_per_upload,
        "read_rate": args.read_rate,
        "portfolio_share": args.portfolio_share,
        "uploads": len(uploads),
        "uploads_ok": len(accepted),
        "uploads_per_s": round(len(accepted) / args.duration, 2),
        "findings_uploaded_per_s": round(len(accepted) * args.findings_per_upload / args.duration),
        "upload_latency_s": {"p50": round(percentile(upload_times, 0.5), 2), "p95": round(percentile(upload_times, 0.95), 2),
                             "max": round(max(upload_times, default=0), 2)},
        "reads_scheduled": scheduled,
        "reads_done": len(all_reads),
        "reads_dropped": dropped,
        "reads_per_s": round(len(all_reads) / args.duration, 1),
        "read_latency_ms": {name: {"n": len(rs), "p50": round(percentile([r[0] for r in rs], 0.5) * 1000, 1),
                                   "p95": round(percentile([r[0] for r in rs], 0.95) * 1000, 1),
                                   "p99": round(percentile([r[0] for r in rs], 0.99) * 1000, 1),
                                   "service_p95": round(percentile([r[1] for r in rs], 0.95) * 1000, 1)}
                            for name, rs in sorted(reads.items())},
        "read_latency_all_ms": {"p50": round(percentile([r[0] for r in all_reads], 0.5) * 1000, 1),
                                "p95": round(percentile([r[0] for r in all_reads], 0.95) * 1000, 1),
                                "p99": round(percentile([r[0] for r in all_reads], 0.99) * 1000, 1)},
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(10)),
        "verified_scans": len(accepted) - len(missing) - len(wrong_count),
        "missing_scans": missing[:20],
        "wrong_counts": wrong_count[:20],
        "scan_list_mismatches": unlisted[:20],
    }
    summary["lost"] = len(missing) + len(wrong_count) + len(unlisted)
    summary["pass"] = summary["errors"] == 0 and summary["lost"] == 0 and len(all_reads) == scheduled
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    if args.json:
        with open(args.json, "w") as out:
            out.write(text + "\n")
    print(text)
    return 0 if summary["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
