/// Every migration, in order. Append only.
enum Migrations {
    static let all: [Migration] = [
        Migration(id: 1, name: "initial schema") { t in
            [
                "CREATE TABLE teams (id \(t.id), name TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL)",
                """
                CREATE TABLE users (id \(t.id), name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
                    role TEXT NOT NULL, created_at BIGINT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)
                """,
                """
                CREATE TABLE memberships (team_id \(t.ref) NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
                    user_id \(t.ref) NOT NULL REFERENCES users(id) ON DELETE CASCADE, PRIMARY KEY (team_id, user_id))
                """,
                """
                CREATE TABLE api_tokens (id \(t.id), name TEXT NOT NULL, user_id \(t.ref) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    token_hash TEXT NOT NULL UNIQUE, prefix TEXT NOT NULL, role TEXT NOT NULL, projects TEXT,
                    can_create_projects INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, last_used_at BIGINT, revoked_at BIGINT)
                """,
                """
                CREATE TABLE sessions (id_hash TEXT PRIMARY KEY, user_id \(t.ref) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE projects (id \(t.id), key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                    team_id \(t.ref) REFERENCES teams(id) ON DELETE SET NULL, exposure TEXT NOT NULL, data_classification TEXT NOT NULL,
                    platform TEXT NOT NULL, criticality TEXT NOT NULL, regulations TEXT NOT NULL, sla TEXT, created_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE scans (id \(t.id), project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    branch TEXT NOT NULL, commit_sha TEXT, tools TEXT NOT NULL, kinds TEXT NOT NULL, started_at BIGINT NOT NULL,
                    finished_at BIGINT NOT NULL, received_at BIGINT NOT NULL, uploader TEXT NOT NULL, format TEXT NOT NULL,
                    total_count INTEGER NOT NULL, new_count INTEGER NOT NULL, fixed_count INTEGER NOT NULL,
                    reopened_count INTEGER NOT NULL, summary TEXT NOT NULL)
                """,
                """
                CREATE TABLE findings (id \(t.id), project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    fingerprint TEXT NOT NULL, rule_id TEXT NOT NULL, tool TEXT NOT NULL, tools TEXT NOT NULL, kind TEXT NOT NULL,
                    severity TEXT NOT NULL, severity_rank INTEGER NOT NULL, confidence TEXT NOT NULL, title TEXT NOT NULL,
                    message TEXT NOT NULL, cwe TEXT NOT NULL, path TEXT, start_line INTEGER, end_line INTEGER, snippet TEXT,
                    secret_hash TEXT, purl TEXT, advisory_id TEXT, state TEXT NOT NULL, state_reason TEXT, accepted_until BIGINT,
                    first_seen_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL, first_scan_id \(t.ref) NOT NULL, last_scan_id \(t.ref) NOT NULL,
                    last_branch TEXT NOT NULL, fixed_at BIGINT, fixed_scan_id \(t.ref), due_at BIGINT, source_count INTEGER NOT NULL,
                    detail TEXT NOT NULL, UNIQUE (project_id, fingerprint))
                """,
                "CREATE INDEX findings_state ON findings (state, severity_rank)",
                "CREATE INDEX findings_project_state ON findings (project_id, state, severity_rank)",
                "CREATE INDEX findings_scope ON findings (project_id, last_branch, kind, state)",
                "CREATE INDEX findings_due ON findings (due_at)",
                """
                CREATE TABLE finding_sources (id \(t.id), finding_id \(t.ref) NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
                    project_id \(t.ref) NOT NULL, fingerprint TEXT NOT NULL, tool TEXT NOT NULL, rule_id TEXT NOT NULL,
                    severity TEXT NOT NULL, title TEXT NOT NULL, first_scan_id \(t.ref) NOT NULL, UNIQUE (project_id, fingerprint))
                """,
                "CREATE INDEX finding_sources_finding ON finding_sources (finding_id)",
                """
                CREATE TABLE finding_keys (project_id \(t.ref) NOT NULL, key TEXT NOT NULL,
                    finding_id \(t.ref) NOT NULL REFERENCES findings(id) ON DELETE CASCADE, PRIMARY KEY (project_id, key, finding_id))
                """,
                """
                CREATE TABLE occurrences (finding_id \(t.ref) NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
                    scan_id \(t.ref) NOT NULL REFERENCES scans(id) ON DELETE CASCADE, path TEXT, start_line INTEGER, end_line INTEGER,
                    snippet TEXT, commit_sha TEXT, PRIMARY KEY (finding_id, scan_id))
                """,
                "CREATE INDEX occurrences_scan ON occurrences (scan_id)",
                """
                CREATE TABLE events (id \(t.id), at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                    project_id \(t.ref), finding_id \(t.ref), scan_id \(t.ref), from_state TEXT, to_state TEXT, reason TEXT, detail TEXT)
                """,
                "CREATE INDEX events_finding ON events (finding_id, id)",
                "CREATE INDEX events_project ON events (project_id, id)",
                "CREATE INDEX events_at ON events (at)",
                "CREATE INDEX scans_project ON scans (project_id, id)",
            ]
        },
        // Measured with Benchmarks/platform (1,000,000 findings in 1,000 projects): see docs/performance.md.
        Migration(id: 2, name: "indexes for the dashboard and lists") { _ in
            [
                // Lists sorted by severity, with or without a state, read their page off an index instead of sorting every finding.
                "CREATE INDEX findings_severity ON findings (severity_rank, id)",
                "CREATE INDEX findings_state_severity ON findings (state, severity_rank, id)",
                // The dashboard's counts over active findings read this index alone, never the wide rows.
                "CREATE INDEX findings_dashboard ON findings (state, severity, kind, rule_id, cwe, due_at, project_id, severity_rank)",
                "CREATE INDEX events_dashboard ON events (at, action, to_state, finding_id)",
            ]
        },
        Migration(id: 3, name: "indexes for a project's findings and a scan's events") { _ in
            [
                // A project's findings by id (sort=id, and its cursor): PostgreSQL otherwise walks the whole primary key backwards.
                "CREATE INDEX findings_project_id ON findings (project_id, id)",
                // The gate after every upload and the scan page read a scan's events: without this, every event.
                "CREATE INDEX events_scan ON events (scan_id)",
            ]
        },
        Migration(id: 4, name: "dashboard summaries kept with every write") { t in
            [
                // Active findings counted per project and the dimensions the dashboards group by; a write
                // recounts only the projects it touched, so a portfolio dashboard sums thousands of rows, not millions.
                """
                CREATE TABLE summary_counts (project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    severity TEXT NOT NULL, severity_rank INTEGER NOT NULL, kind TEXT NOT NULL, rule_id TEXT NOT NULL,
                    cwe TEXT NOT NULL, n INTEGER NOT NULL)
                """,
                "CREATE INDEX summary_counts_project ON summary_counts (project_id)",
                // Active findings per due date: every finding of one scan and severity shares its due date, so rows stay few.
                """
                CREATE TABLE summary_due (project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    severity TEXT NOT NULL, severity_rank INTEGER NOT NULL, due_at BIGINT NOT NULL, n INTEGER NOT NULL)
                """,
                "CREATE INDEX summary_due_project ON summary_due (project_id, due_at)",
                // New and fixed findings per project and week (epoch seconds / 604800), with the fixes' total age for MTTR.
                """
                CREATE TABLE summary_weeks (project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    week BIGINT NOT NULL, created INTEGER NOT NULL, fixed INTEGER NOT NULL, fix_seconds BIGINT NOT NULL,
                    PRIMARY KEY (project_id, week))
                """,
                """
                INSERT INTO summary_counts (project_id, severity, severity_rank, kind, rule_id, cwe, n)
                SELECT project_id, severity, severity_rank, kind, rule_id, cwe, COUNT(*) FROM findings
                WHERE state IN ('open', 'confirmed', 'reopened') GROUP BY project_id, severity, severity_rank, kind, rule_id, cwe
                """,
                """
                INSERT INTO summary_due (project_id, severity, severity_rank, due_at, n)
                SELECT project_id, severity, severity_rank, due_at, COUNT(*) FROM findings
                WHERE state IN ('open', 'confirmed', 'reopened') AND due_at IS NOT NULL GROUP BY project_id, severity, severity_rank, due_at
                """,
                """
                INSERT INTO summary_weeks (project_id, week, created, fixed, fix_seconds)
                SELECT e.project_id, e.at / 604800,
                    SUM(CASE WHEN e.action = 'finding.create' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN e.to_state = 'fixed' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN e.to_state = 'fixed' THEN e.at - f.first_seen_at ELSE 0 END)
                FROM events e JOIN findings f ON f.id = e.finding_id
                WHERE e.project_id IS NOT NULL GROUP BY e.project_id, e.at / 604800
                """,
                // Only the dashboard read these, and every import paid to keep them; findings_state is a prefix of findings_state_severity.
                "DROP INDEX findings_dashboard",
                "DROP INDEX events_dashboard",
                "DROP INDEX findings_state",
            ]
        },
        Migration(id: 5, name: "security governance: profiles, baselines, requirements, threat models, maturity") { t in
            [
                // NULL flags derive personal and payment data from the classification; a NULL baseline keeps the platform's default gate.
                "ALTER TABLE projects ADD COLUMN personal_data INTEGER",
                "ALTER TABLE projects ADD COLUMN payment_data INTEGER",
                "ALTER TABLE projects ADD COLUMN baseline TEXT",
                """
                CREATE TABLE requirement_statuses (project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    requirement_id TEXT NOT NULL, status TEXT NOT NULL, justification TEXT, set_by TEXT NOT NULL, set_at BIGINT NOT NULL,
                    PRIMARY KEY (project_id, requirement_id))
                """,
                """
                CREATE TABLE threat_models (project_id \(t.ref) PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
                    title TEXT NOT NULL, body TEXT NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at BIGINT NOT NULL,
                    reviewed_at BIGINT, scan_id \(t.ref))
                """,
                """
                CREATE TABLE attestations (id \(t.id), project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    activity TEXT NOT NULL, attested_by TEXT NOT NULL, evidence_link TEXT NOT NULL, attested_at BIGINT NOT NULL,
                    expires_at BIGINT NOT NULL)
                """,
                "CREATE INDEX attestations_project ON attestations (project_id, activity)",
                """
                CREATE TABLE maturity_snapshots (project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    day BIGINT NOT NULL, overall INTEGER NOT NULL, levels TEXT NOT NULL, PRIMARY KEY (project_id, day))
                """,
                // Gate evaluations and reopenings are counted per project over the last 90 days for maturity.
                "CREATE INDEX events_project_action ON events (project_id, action, at)",
            ]
        },
        // Measured with Benchmarks/platform: the synthetic portfolio has 450,000 summary_counts rows, as
        // dependency findings use their advisory as rule id; grouping all of them took 0.6 s per view.
        Migration(id: 6, name: "dashboard summaries by severity and kind, and by CWE") { t in
            [
                """
                CREATE TABLE summary_kinds (project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    severity TEXT NOT NULL, severity_rank INTEGER NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL)
                """,
                "CREATE INDEX summary_kinds_project ON summary_kinds (project_id)",
                """
                CREATE TABLE summary_cwes (project_id \(t.ref) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                    cwe TEXT NOT NULL, n INTEGER NOT NULL)
                """,
                "CREATE INDEX summary_cwes_project ON summary_cwes (project_id)",
                """
                INSERT INTO summary_kinds (project_id, severity, severity_rank, kind, n)
                SELECT project_id, severity, severity_rank, kind, SUM(n) FROM summary_counts GROUP BY project_id, severity, severity_rank, kind
                """,
                "INSERT INTO summary_cwes (project_id, cwe, n) SELECT project_id, cwe, SUM(n) FROM summary_counts GROUP BY project_id, cwe",
            ]
        },
        // The portfolio's top rules group 450,000 (project, rule) rows in the benchmark: read in rule order off
        // a covering index instead of sorted in a temporary B-tree, 0.19 s → 0.08 s of CPU in the sqlite3 shell.
        Migration(id: 7, name: "top rules read off an index") { _ in
            ["CREATE INDEX summary_counts_rule ON summary_counts (rule_id, n)"]
        },
        Migration(id: 8, name: "lines scanned, for findings per KLOC") { _ in
            ["ALTER TABLE scans ADD COLUMN lines_scanned BIGINT"]
        },
    ]
}
