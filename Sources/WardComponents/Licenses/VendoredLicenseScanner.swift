import WardCore

/// Finds the license files of dependencies installed or vendored under a project
/// (`node_modules/`, `Pods/`, `vendor/`, `Carthage/Checkouts/`) and identifies their licenses.
public struct VendoredLicenseScanner: Sendable {
    public var detector: LicenseDetector
    /// License files larger than this are not license files.
    public var maximumLicenseSize = 512 * 1024

    public init(detector: LicenseDetector = LicenseDetector()) {
        self.detector = detector
    }

    /// Every dependency directory under `root` that has a license file or a declared license, sorted by directory.
    public func scan(root: String) -> [VendoredLicense] {
        var result: [VendoredLicense] = []
        for origin in [VendoredLicense.Origin.nodeModules, .pods, .vendor, .carthage] {
            let base = origin.rawValue
            guard FileSystem.isDirectory(root + "/" + base) else { continue }
            for directory in packageDirectories(root: root, base: base, origin: origin) {
                if let license = inspect(root: root, directory: directory, name: String(directory.dropFirst(base.count + 1)), origin: origin) {
                    result.append(license)
                }
            }
        }
        return result.sorted { $0.directory < $1.directory }
    }

    /// The dependency directories: one level (two for npm scopes) under most bases; under `vendor/`,
    /// every directory that holds a license file (Go and Composer nest by host or vendor).
    private func packageDirectories(root: String, base: String, origin: VendoredLicense.Origin) -> [String] {
        let entries = Self.list(root + "/" + base).filter { $0.isDirectory && !$0.name.hasPrefix(".") }
        switch origin {
        case .nodeModules:
            return entries.flatMap { entry -> [String] in
                guard entry.name.hasPrefix("@") else { return [base + "/" + entry.name] }
                return Self.list(root + "/" + base + "/" + entry.name).filter(\.isDirectory).map { base + "/" + entry.name + "/" + $0.name }
            }
        case .pods:
            let podsInternal: Set<String> = ["Target Support Files", "Pods.xcodeproj", "Headers", "Local Podspecs"]
            return entries.filter { !podsInternal.contains($0.name) }.map { base + "/" + $0.name }
        case .carthage:
            return entries.map { base + "/" + $0.name }
        case .vendor:
            var found: [String] = []
            var stack = entries.map { base + "/" + $0.name }
            while let directory = stack.popLast(), found.count < 10_000 {
                let children = Self.list(root + "/" + directory)
                if children.contains(where: { !$0.isDirectory && Self.isLicenseFileName($0.name) }) {
                    found.append(directory)
                } else if directory.split(separator: "/").count < 6 {
                    stack += children.filter { $0.isDirectory && !$0.name.hasPrefix(".") }.map { directory + "/" + $0.name }
                }
            }
            return found
        }
    }

    private func inspect(root: String, directory: String, name: String, origin: VendoredLicense.Origin) -> VendoredLicense? {
        var license = VendoredLicense(origin: origin, name: name, directory: directory)
        if origin == .nodeModules, let bytes = try? FileReader.readAll(path: root + "/" + directory + "/package.json", limit: 4 << 20),
           let manifest = try? JSONNode.parse(bytes, path: directory + "/package.json") {
            license.declared = Self.declaredLicenses(manifest)
            if let declaredName = manifest["name"]?.string { license.name = declaredName }
        }
        let files = Self.list(root + "/" + directory).filter { !$0.isDirectory && Self.isLicenseFileName($0.name) }.map(\.name).sorted()
        for file in files {
            guard let bytes = try? FileReader.readAll(path: root + "/" + directory + "/" + file, limit: maximumLicenseSize),
                  let match = detector.identify(String(decoding: bytes, as: UTF8.self)) else { continue }
            license.licenseFile = directory + "/" + file
            if !license.detected.contains(match.spdx) { license.detected.append(match.spdx) }
        }
        return license.declared.isEmpty && license.detected.isEmpty ? nil : license
    }

    /// `license: "MIT"`, `license: {type: "MIT"}` or the old `licenses: [{type: "MIT"}]`.
    static func declaredLicenses(_ manifest: JSONNode) -> [String] {
        if let text = manifest["license"]?.string, !text.isEmpty, !text.uppercased().hasPrefix("SEE LICENSE") { return [text] }
        if let type = manifest["license"]?["type"]?.string { return [type] }
        return manifest["licenses"]?.elements.compactMap { $0["type"]?.string ?? $0.string } ?? []
    }

    /// `LICENSE`, `LICENSE.md`, `LICENCE-MIT`, `COPYING`, `license.txt`, ...
    static func isLicenseFileName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("license") || lower.hasPrefix("licence") || lower.hasPrefix("copying") || lower == "unlicense"
    }

    struct Entry {
        var name: String
        var isDirectory: Bool
    }

    /// The entries of a directory (symbolic links excluded), empty when it cannot be read.
    static func list(_ path: String) -> [Entry] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0 else { continue }
            let mode = info.st_mode & S_IFMT
            if mode == S_IFDIR || mode == S_IFREG { entries.append(Entry(name: name, isDirectory: mode == S_IFDIR)) }
        }
        return entries.sorted { $0.name < $1.name }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
