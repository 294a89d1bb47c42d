import WardCore

/// The name of an output format, as given to `ward scan --format`.
public enum ReportFormatName: String, CaseIterable, Sendable {
    case table
    case json
    case sarif
    case junit
    case csv
    case gitlab

    /// The usual file extension (without a dot) for a report written in this format.
    public var fileExtension: String {
        switch self {
        case .table: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .junit: "xml"
        case .csv: "csv"
        case .gitlab: "json"
        }
    }
}

/// Renders a scan report as the bytes of one output format.
public protocol ReportFormat: Sendable {
    /// Which format this is.
    var name: ReportFormatName { get }
    /// The whole report, UTF-8 encoded, ending with a newline.
    func render(_ report: ScanReport) throws -> [UInt8]
}

extension ReportFormat {
    /// The rendered report as text.
    public func renderString(_ report: ScanReport) throws -> String {
        String(decoding: try render(report), as: UTF8.self)
    }
}

/// Choices that change how a report is rendered; every format ignores the ones it has no use for.
public struct ReportOptions: Sendable, Hashable {
    /// Table only: colour severities with ANSI escapes. The CLI decides (TTY, `NO_COLOR`, `--color`).
    public var colour: Bool
    /// SARIF only: absolute filesystem path of the scan root, published as `%SRCROOT%`. When nil,
    /// the report's own `target.root` is used if it is absolute.
    public var sourceRoot: String?

    public init(colour: Bool = false, sourceRoot: String? = nil) {
        self.colour = colour
        self.sourceRoot = sourceRoot
    }
}

/// Looks up output formats by name.
public enum ReportFormats {
    /// The format called `name`, configured with `options`.
    public static func named(_ name: ReportFormatName, options: ReportOptions = ReportOptions()) -> any ReportFormat {
        guard let entry = builtIn.first(where: { $0.name == name }) else {
            preconditionFailure("format \(name.rawValue) is missing from ReportFormats.builtIn")
        }
        return entry.make(options)
    }

    /// The format whose name is `text` (case-insensitive), or an `InputError` listing the valid names.
    public static func named(_ text: String, options: ReportOptions = ReportOptions()) throws -> any ReportFormat {
        guard let name = ReportFormatName(rawValue: text.lowercased()) else {
            let valid = ReportFormatName.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError("unknown report format '\(text)'; expected one of: \(valid)")
        }
        return named(name, options: options)
    }
}
