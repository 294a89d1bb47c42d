import Foundation

/// A KICS JSON report (`kics scan -o . --report-formats json`): results grouped by query.
struct KICSReport: Decodable {
    var kicsVersion: String?
    var queriesTotal: Int?
    var totalCounter: Int?
    var queries: [Query]?

    enum CodingKeys: String, CodingKey {
        case kicsVersion = "kics_version"
        case queriesTotal = "queries_total"
        case totalCounter = "total_counter"
        case queries
    }

    struct Query: Decodable {
        var queryName: String?
        var queryID: String
        var queryURL: String?
        /// `CRITICAL` (KICS 2), `HIGH`, `MEDIUM`, `LOW`, `INFO`, `TRACE`.
        var severity: String?
        var platform: String?
        /// A CWE number, e.g. `"798"`, in KICS 1.7 and later.
        var cwe: CWENumber?
        var category: String?
        var description: String?
        var files: [File]?

        enum CodingKeys: String, CodingKey {
            case queryName = "query_name"
            case queryID = "query_id"
            case queryURL = "query_url"
            case severity
            case platform
            case cwe
            case category
            case description
            case files
        }
    }

    /// A CWE number written as text or as a number.
    struct CWENumber: Decodable {
        var value: Int?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                value = number
            } else {
                value = Int((try? container.decode(String.self))?.trimmingCharacters(in: .whitespaces) ?? "")
            }
        }
    }

    struct File: Decodable {
        var fileName: String?
        var similarityID: String?
        var line: Int?
        var resourceType: String?
        var resourceName: String?
        var issueType: String?
        var searchKey: String?
        var expectedValue: String?
        var actualValue: String?

        enum CodingKeys: String, CodingKey {
            case fileName = "file_name"
            case similarityID = "similarity_id"
            case line
            case resourceType = "resource_type"
            case resourceName = "resource_name"
            case issueType = "issue_type"
            case searchKey = "search_key"
            case expectedValue = "expected_value"
            case actualValue = "actual_value"
        }
    }
}
