import Foundation
import WardCore

/// How many days a finding of each severity may stay open before it is overdue.
public struct SLAPolicy: Codable, Sendable, Hashable {
    public var critical: Int
    public var high: Int
    public var medium: Int
    public var low: Int
    /// Info findings have no due date unless set.
    public var info: Int?

    public init(critical: Int, high: Int, medium: Int, low: Int, info: Int? = nil) {
        self.critical = critical
        self.high = high
        self.medium = medium
        self.low = low
        self.info = info
    }

    /// Critical 7 days, high 30, medium 90, low 180.
    public static let `default` = SLAPolicy(critical: 7, high: 30, medium: 90, low: 180)

    public func days(for severity: Severity) -> Int? {
        switch severity {
        case .critical: critical
        case .high: high
        case .medium: medium
        case .low: low
        case .info: info
        }
    }

    /// When a finding of `severity` first seen at `firstSeen` is due; nil when it has no deadline.
    public func dueDate(for severity: Severity, firstSeen: Date) -> Date? {
        days(for: severity).map { firstSeen.addingTimeInterval(Double($0) * 86_400) }
    }
}
