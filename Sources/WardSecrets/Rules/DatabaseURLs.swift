import WardCore

extension SecretRules {
    /// Words documentation writes where a password goes (`user:password@host`): never a real one.
    static let passwordStandIns: Set<String> = [
        "password", "passwd", "pass", "pwd", "pw", "secret", "mypassword", "mypass", "yourpassword", "dbpassword",
        "db_password", "user_password", "userpassword", "pa$$word", "...", "***",
    ]

    /// A literal password, not a stand-in word, a masked value or a format-string field (`{password}`, `%s`).
    @Sendable static func isLiteralPassword(_ value: [UInt8]) -> Bool {
        let text = String(decoding: value, as: UTF8.self).lowercased()
        guard let first = text.first, !"*{[(".contains(first) else { return false }
        return !passwordStandIns.contains(text) && !text.contains("%s") && !text.contains("%(")
    }

    static let databaseURLs: [SecretRule] = [
        SecretRule(
            id: "database-url-password", title: "Password in a database connection URL",
            summary: "A database or message-broker connection URL with the password inline: it logs in to the server with that user's rights, usually the application's full read and write access.",
            severity: .critical, cwe: [798, 522],
            remediation: "Change the database user's password now (ALTER USER / the managed database's console) and build the URL at run time "
                + "from a secret manager or the CI's protected variables, e.g. postgres://app:${DB_PASSWORD}@host/db.",
            tags: ["database"],
            keywords: ["postgres", "mysql", "mariadb", "mongodb", "redis", "amqp", "mssql", "sqlserver", "oracle", "clickhouse", "couchdb", "cockroachdb", "neo4j"],
            pattern: #"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|clickhouse|couchdbs?|cockroachdb|neo4j(?:\+s)?)://([^\s:@/"'<>]{0,64}):(?!\1@)([^\s@/"'<>]{1,128})@[^\s@/"'<>]"#,
            secretGroup: 2, filtersPlaceholders: true, validator: isLiteralPassword, priority: 5,
            triggering: [
                Example("DATABASE_URL=postgres://app:↓\(Fake.alnum(20))@db.internal:5432/app"),
                Example("MONGO_URI=\"mongodb+srv://admin:↓\(Fake.alnum(16))@cluster0.\(Fake.lowerAlnum(5)).mongodb.net/prod?retryWrites=true\""),
                Example("REDIS_URL=rediss://:↓\(Fake.alnum(32))@cache.internal:6380/0"),
                Example("broker_url = 'amqp://worker:↓\(Fake.alnum(12))%21\(Fake.digits(3))@rabbit:5672//'"),
            ],
            nonTriggering: [
                "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app",
                "DATABASE_URL=postgresql://user:password@localhost:5432/mydb",
                "DATABASE_URL=mysql://root:<password>@localhost/app",
                "REDIS_URL=redis://localhost:6379/0",
                "MONGO_URI=mongodb://db.internal:27017/app",
                "DATABASE_URL=postgres://app:@localhost/app",
                "DATABASE_URL=postgres://app:****@db.internal/app",
                "DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev",
                "CELERY_BROKER_URL=amqp://guest:guest@localhost:5672//",
                "engine = create_engine(f\"postgresql://{user}:{password}@{host}/{name}\")",
                "url = \"mysql://%s:%s@%s/%s\" % (user, password, host, db)",
            ]),
        SecretRule(
            id: "jdbc-url-password", title: "Password in a JDBC URL",
            summary: "A JDBC connection string carrying the password as a parameter: it logs in to the database with that user's rights.",
            severity: .critical, cwe: [798, 522],
            remediation: "Change the database user's password and pass it to the driver separately (a DataSource property read from a "
                + "secret manager or the environment), keeping the JDBC URL free of credentials.",
            tags: ["database", "jdbc"],
            keywords: ["jdbc:"],
            pattern: #"(?i)\bjdbc:[a-z0-9]{2,20}:[^\s"'<>]{0,200}?[?&;:]password=([^\s&;"'<>]{1,128})"#,
            filtersPlaceholders: true, validator: isLiteralPassword, priority: 5,
            triggering: [
                Example("spring.datasource.url=jdbc:mysql://db.internal:3306/shop?user=shop&password=↓\(Fake.alnum(16))&useSSL=true"),
                Example("String url = \"jdbc:sqlserver://sql.internal:1433;databaseName=erp;user=sa;password=↓\(Fake.alnum(18));encrypt=true\";"),
                Example("url: jdbc:postgresql://pg.internal/app?user=app&password=↓\(Fake.alnum(14))"),
            ],
            nonTriggering: [
                "spring.datasource.url=jdbc:mysql://db.internal:3306/shop?user=shop&password=${DB_PASSWORD}",
                "url: jdbc:postgresql://pg.internal/app?user=app",
                "jdbc:sqlserver://sql.internal:1433;databaseName=erp;user=sa;password=<password>",
            ]),
        SecretRule(
            id: "jdbc-oracle-password", title: "Password in an Oracle thin JDBC URL",
            summary: "An Oracle thin-driver URL of the form user/password@host: it logs in to the database with that user's rights.",
            severity: .critical, cwe: [798, 522],
            remediation: "Change the Oracle user's password and pass credentials to the driver separately (an Oracle wallet, or properties "
                + "read from a secret manager), keeping the URL free of them.",
            tags: ["database", "jdbc", "oracle"],
            keywords: ["jdbc:oracle:"],
            pattern: #"(?i)\bjdbc:oracle:(?:thin|oci):([^\s/@:"'<>]{1,64})/([^\s@"'<>]{1,128})@"#,
            secretGroup: 2, filtersPlaceholders: true, validator: isLiteralPassword, priority: 5,
            triggering: [Example("db.url=jdbc:oracle:thin:scott/↓\(Fake.alnum(12))@//ora.internal:1521/ORCLPDB1")],
            nonTriggering: ["db.url=jdbc:oracle:thin:@//ora.internal:1521/ORCLPDB1", "db.url=jdbc:oracle:thin:scott/${ORACLE_PASSWORD}@ora:1521/XE"]),
        SecretRule(
            id: "connection-string-password", title: "Password in an ODBC / ADO.NET connection string",
            summary: "A key=value connection string (SQL Server, ODBC, Npgsql, MySQL Connector) with Password= or Pwd=: it logs in to the database with that user's rights.",
            severity: .critical, cwe: [798, 522],
            remediation: "Change the database user's password and move the connection string out of source: .NET user secrets or Key Vault, "
                + "environment variables, or integrated / managed-identity authentication so that no password is needed.",
            tags: ["database"],
            keywords: ["server", "data source", "host", "address"],
            pattern: #"(?i)\b(?:server|data source|host|address|addr)=[^\r\n;]{1,200};(?:[^\r\n]{0,300}?;)?[ \t]?(?:password|pwd)=([^;\r\n"'<>]{1,128})"#,
            filtersPlaceholders: true, validator: isLiteralPassword, priority: 5,
            triggering: [
                Example("\"DefaultConnection\": \"Server=sql.internal;Database=Shop;User Id=shop;Password=↓\(Fake.alnum(16));TrustServerCertificate=True\""),
                Example("conn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=tcp:sql.internal,1433;DATABASE=erp;UID=etl;PWD=↓\(Fake.alnum(14))')"),
                Example("Host=pg.internal;Port=5432;Username=app;Password=↓\(Fake.alnum(18))"),
            ],
            nonTriggering: [
                "\"DefaultConnection\": \"Server=(localdb)\\\\mssqllocaldb;Database=Shop;Trusted_Connection=True\"",
                "Server=sql.internal;Database=Shop;User Id=shop;Password=<password>;",
                "Host=pg.internal;Username=app;Password=${DB_PASSWORD}",
                "host = args.host; password = args.password",
            ]),
    ]
}
