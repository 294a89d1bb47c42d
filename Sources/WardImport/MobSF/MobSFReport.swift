/// The finding-bearing sections of a MobSF static analysis report (Android and iOS, MobSF 3.x–4.x).
/// Sections changed shape across versions (a map inside `findings`, or the map itself; a list
/// inside `manifest_findings`, or the list itself): each is read in every shape seen.
struct MobSFReport: Decodable {
    var version: String?
    var fileName: String?
    var appName: String?
    var codeAnalysis: [String: CodeRule]
    var manifestFindings: [ManifestFinding]
    var binaryFindings: [String: BinaryFinding]
    /// ELF libraries (Android) and the Mach-O binary (iOS): protections present or missing.
    var binaryProtections: [Protections]
    var permissions: [String: Permission]
    var certificateFindings: [[String]]
    var networkFindings: [NetworkFinding]
    var atsFindings: [ATSFinding]
    /// "Possible hardcoded secrets", each a `"key" : "value"` string.
    var secrets: [String]

    enum CodingKeys: String, CodingKey {
        case version
        case fileName = "file_name"
        case appName = "app_name"
        case codeAnalysis = "code_analysis"
        case manifestAnalysis = "manifest_analysis"
        case binaryAnalysis = "binary_analysis"
        case machoAnalysis = "macho_analysis"
        case permissions
        case certificateAnalysis = "certificate_analysis"
        case networkSecurity = "network_security"
        case atsAnalysis = "ats_analysis"
        case secrets
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try? container.decodeIfPresent(String.self, forKey: .version)
        fileName = try? container.decodeIfPresent(String.self, forKey: .fileName)
        appName = try? container.decodeIfPresent(String.self, forKey: .appName)
        codeAnalysis = Self.section(container, .codeAnalysis, nested: "findings") ?? [:]
        manifestFindings = Self.section(container, .manifestAnalysis, nested: "manifest_findings") ?? []
        binaryFindings = Self.section(container, .binaryAnalysis, nested: "findings") ?? [:]
        binaryProtections = (try? container.decodeIfPresent([Protections].self, forKey: .binaryAnalysis)) ?? []
        if let macho = try? container.decodeIfPresent(Protections.self, forKey: .machoAnalysis) { binaryProtections.append(macho) }
        permissions = (try? container.decodeIfPresent([String: Permission].self, forKey: .permissions)) ?? [:]
        certificateFindings = Self.section(container, .certificateAnalysis, nested: "certificate_findings") ?? []
        networkFindings = Self.section(container, .networkSecurity, nested: "network_findings") ?? []
        atsFindings = Self.section(container, .atsAnalysis, nested: "ats_findings") ?? []
        secrets = (try? container.decodeIfPresent([String].self, forKey: .secrets)) ?? []
    }

    /// A section stored either under a `nested` key or directly.
    static func section<T: Decodable>(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, nested: String) -> T? {
        if let wrapper = try? container.nestedContainer(keyedBy: AnyKey.self, forKey: key),
            let value = try? wrapper.decodeIfPresent(T.self, forKey: AnyKey(nested)) {
            return value
        }
        return try? container.decodeIfPresent(T.self, forKey: key)
    }

    struct CodeRule: Decodable {
        /// File path → comma-separated line numbers.
        var files: [String: String]?
        var metadata: Metadata?
    }

    struct Metadata: Decodable {
        var description: String?
        var severity: String?
        var cwe: String?
        var owaspMobile: String?
        var masvs: String?
        var ref: String?

        enum CodingKeys: String, CodingKey {
            case description, severity, cwe, masvs, ref
            case owaspMobile = "owasp-mobile"
        }
    }

    struct ManifestFinding: Decodable {
        var rule: String?
        var title: String?
        var severity: String?
        var stat: String?
        var description: String?
        var desc: String?
        var name: String?
    }

    struct BinaryFinding: Decodable {
        var detailedDesc: String?
        var severity: String?
        var cwe: String?
        var owaspMobile: String?
        var masvs: String?

        enum CodingKeys: String, CodingKey {
            case severity, cwe, masvs
            case detailedDesc = "detailed_desc"
            case owaspMobile = "owasp-mobile"
        }
    }

    /// One binary's protections: `name` and, per protection (`nx`, `pie`, `arc`, …), its state.
    struct Protections: Decodable {
        var name: String?
        var checks: [(key: String, check: Protection)]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            name = try? container.decodeIfPresent(String.self, forKey: AnyKey("name"))
            checks = container.allKeys.sorted { $0.stringValue < $1.stringValue }.compactMap { key in
                (try? container.decode(Protection.self, forKey: key)).map { (key.stringValue, $0) }
            }
        }
    }

    struct Protection: Decodable {
        var severity: String?
        var description: String?
    }

    struct Permission: Decodable {
        var status: String?
        var info: String?
        var description: String?
        var reason: String?
    }

    struct NetworkFinding: Decodable {
        var scope: [String]?
        var description: String?
        var severity: String?
    }

    struct ATSFinding: Decodable {
        var issue: String?
        var severity: String?
        var status: String?
        var description: String?
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
