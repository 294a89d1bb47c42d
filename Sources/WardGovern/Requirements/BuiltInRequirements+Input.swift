extension BuiltInRequirements {
    /// Input handling and injection.
    static let input: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-INPUT-01", title: "Database queries are parameterised",
            text: "Values reach SQL and NoSQL queries only as bound parameters or through a query builder; no query text is assembled from input.",
            rationale: "Injection into a banking database exposes every customer at once.",
            verification: .automatedScan, asvs: ["V1.2.4"], masvs: ["MASVS-CODE-4"], cwe: [89, 943],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [89, 943, 564])),
        SecurityRequirement(
            id: "WARD-INPUT-02", title: "No shell commands built from input",
            text: "Programs are started with an argument list, never through a shell, and no argument comes from input without an allowlist check.",
            rationale: "Command injection hands the attacker the service's operating-system account.",
            verification: .automatedScan, asvs: ["V1.2.5"], masvs: ["MASVS-CODE-4"], cwe: [78, 77],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [78, 77])),
        SecurityRequirement(
            id: "WARD-INPUT-03", title: "Untrusted data is not deserialised into objects",
            text: "Data from outside is parsed into plain data types; formats that can instantiate arbitrary classes are not used on untrusted input.",
            rationale: "Unsafe deserialisation turns a data field into remote code execution.",
            verification: .automatedScan, asvs: ["V1.5.2"], masvs: ["MASVS-CODE-4"], cwe: [502],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [502])),
        SecurityRequirement(
            id: "WARD-INPUT-04", title: "XML parsers refuse external entities",
            text: "XML parsers are configured to reject document type definitions and external entities.",
            rationale: "External entities read local files and reach internal hosts from the parser's machine.",
            verification: .automatedScan, asvs: ["V1.5.1"], masvs: ["MASVS-CODE-4"], cwe: [611, 776],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [611, 776])),
        SecurityRequirement(
            id: "WARD-INPUT-05", title: "File paths from input stay inside their folder",
            text: "File names and paths built from input are resolved and checked to stay within the intended directory before any file is opened.",
            rationale: "Path traversal reads configuration and keys the service can see.",
            verification: .automatedScan, asvs: ["V5.3.2"], masvs: ["MASVS-CODE-4"], cwe: [22, 23],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [22, 23])),
        SecurityRequirement(
            id: "WARD-INPUT-06", title: "Outbound requests go only to allowed destinations",
            text: "When input chooses a URL or host the server will call, the destination is checked against an allowlist and internal address ranges are refused.",
            rationale: "Server-side request forgery reaches metadata services and internal systems behind the firewall.",
            verification: .automatedScan, asvs: ["V1.3.6"], masvs: [], cwe: [918],
            appliesTo: .services, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [918])),
        SecurityRequirement(
            id: "WARD-INPUT-07", title: "Input is validated against an expected shape",
            text: "Each input field is checked for type, length, range and format against what the business expects, and rejected otherwise.",
            rationale: "Positive validation narrows what every later layer has to survive.",
            verification: .test, asvs: ["V2.2.1", "V2.2.2"], masvs: ["MASVS-CODE-4"], cwe: [20], appliesTo: .all),
    ]
}
