/// The advisory database's tables. The file is rebuilt whole on every update, so there are no
/// migrations: a database with another `schemaVersion` is refused and must be rebuilt.
enum AdvisoryDatabaseSchema {
    static let version = 2

    /// `advisory` holds each advisory once, with the fields a finding shows precomputed and the
    /// document as published; `affected` holds one row per affected package entry, keyed by
    /// ecosystem and normalised name, with the ranges in `AffectedVersions`' compact form.
    static let tables = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE advisory (
            id TEXT PRIMARY KEY,
            modified TEXT,
            summary TEXT,
            aliases TEXT NOT NULL,
            severity TEXT,
            cvss_vector TEXT,
            cvss_score REAL,
            url TEXT,
            cwe TEXT,
            json BLOB NOT NULL
        );
        CREATE TABLE affected (
            ecosystem TEXT NOT NULL,
            name TEXT NOT NULL,
            advisory_id TEXT NOT NULL,
            osv_ecosystem TEXT NOT NULL,
            versions TEXT NOT NULL
        );
        CREATE TABLE ecosystem_count (ecosystem TEXT PRIMARY KEY, advisories INTEGER NOT NULL, packages INTEGER NOT NULL);
        """

    /// Built after the bulk insert: one sort instead of an index update per row.
    static let indexes = """
        CREATE INDEX affected_package ON affected (ecosystem, name);
        CREATE INDEX affected_advisory ON affected (advisory_id);
        """

    static let counts = """
        INSERT INTO ecosystem_count
        SELECT ecosystem, COUNT(DISTINCT advisory_id), COUNT(DISTINCT name) FROM affected GROUP BY ecosystem;
        """

    static let candidates = """
        SELECT f.advisory_id, f.versions, a.summary, a.aliases, a.severity, a.cvss_vector, a.cvss_score, a.url, a.cwe
        FROM affected f JOIN advisory a ON a.id = f.advisory_id
        WHERE f.ecosystem = ?1 AND f.name = ?2
        """

    static let documents = """
        SELECT DISTINCT a.id, a.json FROM affected f JOIN advisory a ON a.id = f.advisory_id
        WHERE f.ecosystem = ?1 AND f.name = ?2 ORDER BY a.id
        """
}
