import Foundation
import Hummingbird
import WardCore
import WardStore

extension FindingFilter {
    /// Reads the findings list's query parameters; an unknown value is a 400 that says what is allowed.
    init(query request: Request) throws {
        self.init()
        states = try request.queryList("state").map { value in
            guard let state = FindingState(rawValue: value) else { throw Self.bad("state", value, FindingState.allCases.map(\.rawValue)) }
            return state
        }
        severities = try request.queryList("severity").map { value in
            guard let severity = Severity(rawValue: value.lowercased()) else { throw Self.bad("severity", value, Severity.allCases.map(\.rawValue)) }
            return severity
        }
        kinds = try request.queryList("kind").map { value in
            guard let kind = FindingKind(rawValue: value) else { throw Self.bad("kind", value, FindingKind.allCases.map(\.rawValue)) }
            return kind
        }
        tools = request.queryList("tool")
        ruleIds = request.queryList("rule")
        if let cwe = request.query("cwe") {
            guard let number = Int(cwe.uppercased().replacingOccurrences(of: "CWE-", with: "")), number > 0 else {
                throw APIError.badRequest("cwe: '\(cwe)' is not a CWE id such as 798 or CWE-798")
            }
            self.cwe = number
        }
        pathPrefix = request.query("path")
        if let overdue = request.query("overdue") {
            guard let value = Bool(overdue.lowercased()) else { throw Self.bad("overdue", overdue, ["true", "false"]) }
            self.overdue = value
        }
        text = request.query("q")
        if let sort = request.query("sort") {
            guard let value = Sort(rawValue: sort) else { throw Self.bad("sort", sort, Sort.allCases.map(\.rawValue)) }
            self.sort = value
        }
        if let order = request.query("order") {
            guard order == "asc" || order == "desc" else { throw Self.bad("order", order, ["asc", "desc"]) }
            ascending = order == "asc"
        }
        cursor = request.query("cursor")
        if let limit = request.query("limit") {
            guard let value = Int(limit), (1...500).contains(value) else { throw APIError.badRequest("limit: a number from 1 to 500") }
            self.limit = value
        }
    }

    static func bad(_ name: String, _ value: String, _ allowed: [String]) -> APIError {
        APIError.badRequest("\(name): '\(value)' is not one of \(allowed.joined(separator: ", "))")
    }
}
