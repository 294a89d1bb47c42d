/// The parts of `grype -o json` output that findings are made of; everything else is ignored.
struct GrypeReport: Decodable {
    var matches: [Match]
    var source: Source?
    var descriptor: Descriptor?

    struct Descriptor: Decodable {
        var name: String?
        var version: String?
    }

    struct Source: Decodable {
        var type: String?
    }

    struct Match: Decodable {
        var vulnerability: Vulnerability
        var relatedVulnerabilities: [Vulnerability]?
        var artifact: Artifact
    }

    struct Vulnerability: Decodable {
        var id: String
        var dataSource: String?
        var namespace: String?
        var severity: String?
        var urls: [String]?
        var description: String?
        var cvss: [CVSS]?
        var fix: Fix?
    }

    struct CVSS: Decodable {
        var version: String?
        var vector: String?
        var metrics: Metrics?
    }

    struct Metrics: Decodable {
        var baseScore: Double?
    }

    struct Fix: Decodable {
        var versions: [String]?
        var state: String?
    }

    struct Artifact: Decodable {
        var name: String
        var version: String?
        var type: String?
        var purl: String?
        var locations: [ArtifactLocation]?
    }

    struct ArtifactLocation: Decodable {
        var path: String?
    }
}
