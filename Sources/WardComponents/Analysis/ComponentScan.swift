import Foundation
import WardCore

/// The component part of `ward scan`: inventories a tree (or reads an SBOM), opens the advisory
/// database, reads VEX files, and analyses the components.
public struct ComponentScan: Sendable {
    public var root: String
    public var exclude: [PathPattern] = []
    /// When not empty, only lockfiles matching one of these are read.
    public var include: [PathPattern] = []
    public var respectGitignore = true
    /// Scan the components of this SBOM instead of the tree's lockfiles.
    public var sbom: String?
    public var databasePath: String
    /// VEX files, as given (relative to the working directory or absolute).
    public var vexFiles: [String] = []
    public var settings: ComponentSettings

    public init(root: String, databasePath: String, settings: ComponentSettings) {
        self.root = root
        self.databasePath = databasePath
        self.settings = settings
    }

    /// Runs the analysis. With components but no database, the `InputError` tells how to get one.
    public func run(now: Date = Date()) throws(InputError) -> ComponentAnalysisResult {
        var warnings: [ScanWarning] = []
        var components: [Component]
        if let sbom {
            let bytes = try FileReader.readAll(path: sbom, limit: Inventory.defaultMaximumFileSize)
            components = try SBOMReader.read(bytes, path: sbom)
        } else {
            let inventory = try Inventory().collect(root: root, exclude: exclude, respectGitignore: respectGitignore)
            components = inventory.components.filter { component in
                include.isEmpty || include.contains { $0.matches(relativePath: component.location?.path ?? "") }
            }
            warnings = inventory.warnings
            if FileSystem.isDirectory(root) { VendoredLicenseScanner().scan(root: root).apply(to: &components) }
        }
        var statements: [VEXStatement] = []
        for file in vexFiles {
            statements += try VEXDocument.read(try FileReader.readAll(path: file, limit: Inventory.defaultMaximumFileSize), path: file)
        }
        let database = components.isEmpty ? nil : try openDatabase(now: now, warnings: &warnings)
        let analysis = try ComponentAnalysis(settings: settings, database: database, vex: statements)
        var result = try analysis.analyse(analysis.inScope(components), sbomPath: sbom)
        result.warnings = warnings + result.warnings
        return result
    }

    private func openDatabase(now: Date, warnings: inout [ScanWarning]) throws(InputError) -> AdvisoryDatabase {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw InputError("no advisory database at \(databasePath): run `ward db update`, or pass --no-components")
        }
        let database: AdvisoryDatabase
        do {
            database = try AdvisoryDatabase.open(at: databasePath)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: databasePath, "cannot open the advisory database: \(error)")
        }
        if database.status.isStale(now: now) {
            let days = Int(database.status.age(now: now) / 86_400)
            warnings.append(ScanWarning(path: databasePath, message: "the advisory database is \(days) days old; run `ward db update`"))
        }
        return database
    }
}
