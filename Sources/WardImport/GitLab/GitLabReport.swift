/// The parts of a GitLab security report (schema v2–v15: SAST, dependency scanning, secret
/// detection, container scanning, DAST) that findings are made of; everything else is ignored.
struct GitLabReport: Decodable {
    var version: String?
    var vulnerabilities: [Vulnerability]
    var scan: Scan?
    var dependencyFiles: [DependencyFile]?

    enum CodingKeys: String, CodingKey {
        case version, vulnerabilities, scan
        case dependencyFiles = "dependency_files"
    }

    struct Scan: Decodable {
        var type: String?
        var scanner: Scanner?
        var analyzer: Scanner?
    }

    struct Scanner: Decodable {
        var id: String?
        var name: String?
        var version: String?
        var url: String?
    }

    struct Vulnerability: Decodable {
        var id: String?
        var category: String?
        var name: String?
        var message: String?
        var description: String?
        /// Before schema v14 a composite key such as `file:package:scanner:uuid`.
        var cve: String?
        var severity: String?
        var confidence: String?
        var solution: String?
        var scanner: Scanner?
        var identifiers: [Identifier]?
        var links: [Link]?
        var location: Location?
        /// Secret detection (older analyzers): the matched secret itself.
        var rawSourceCodeExtract: String?

        enum CodingKeys: String, CodingKey {
            case id, category, name, message, description, cve, severity, confidence, solution, scanner, identifiers, links, location
            case rawSourceCodeExtract = "raw_source_code_extract"
        }
    }

    struct Identifier: Decodable {
        var type: String?
        var name: String?
        var value: String?
        var url: String?
    }

    struct Link: Decodable {
        var name: String?
        var url: String?
    }

    /// One shape for every report type: SAST and secrets use file and lines, dependency and
    /// container scanning a dependency, DAST a host, method, path and parameter.
    struct Location: Decodable {
        var file: String?
        var startLine: Int?
        var endLine: Int?
        var className: String?
        var method: String?
        var dependency: Dependency?
        var image: String?
        var operatingSystem: String?
        var hostname: String?
        var path: String?
        var param: String?

        enum CodingKeys: String, CodingKey {
            case file, dependency, image, hostname, path, param, method
            case startLine = "start_line"
            case endLine = "end_line"
            case className = "class"
            case operatingSystem = "operating_system"
        }
    }

    struct Dependency: Decodable {
        var package: Package?
        var version: String?
        var direct: Bool?
    }

    struct Package: Decodable {
        var name: String?
    }

    struct DependencyFile: Decodable {
        var path: String?
        var packageManager: String?

        enum CodingKeys: String, CodingKey {
            case path
            case packageManager = "package_manager"
        }
    }
}
