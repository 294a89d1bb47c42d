import Foundation

/// Calendar dates as governance files write them: `YYYY-MM-DD`, in UTC.
public enum GovernanceDate {
    /// Parses `YYYY-MM-DD` (optionally followed by a time, which is ignored); nil when malformed.
    public static func parse(_ text: String) -> Date? {
        let day = text.prefix(10)
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard day.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let dayNumber = Int(parts[2]),
            (1970...9999).contains(year), (1...12).contains(month), (1...31).contains(dayNumber)
        else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = dayNumber
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == dayNumber else { return nil }
        return date
    }

    /// Formats a date as `YYYY-MM-DD` in UTC.
    public static func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 1970, month = parts.month ?? 1, day = parts.day ?? 1
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
