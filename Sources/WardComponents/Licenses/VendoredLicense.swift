import WardCore

/// The license of one vendored or installed dependency directory (`node_modules/x`, `Pods/X`, ...).
public struct VendoredLicense: Sendable, Hashable {
    /// Which kind of dependency directory it was found in.
    public enum Origin: String, Sendable, Hashable {
        case nodeModules = "node_modules"
        case pods = "Pods"
        case vendor
        case carthage = "Carthage/Checkouts"
    }

    public var origin: Origin
    /// The dependency's name as its directory says: `@babel/core`, `Alamofire`, `github.com/pkg/errors`.
    public var name: String
    /// The dependency directory, relative to the project root.
    public var directory: String
    /// The license file the license was detected from, relative to the project root.
    public var licenseFile: String?
    /// SPDX ids detected from the license file.
    public var detected: [String]
    /// Licenses the dependency's own manifest declares (package.json `license`).
    public var declared: [String]

    public init(origin: Origin, name: String, directory: String, licenseFile: String? = nil, detected: [String] = [], declared: [String] = []) {
        self.origin = origin
        self.name = name
        self.directory = directory
        self.licenseFile = licenseFile
        self.detected = detected
        self.declared = declared
    }

    /// Declared licenses win over detected ones: the author's statement is more precise than a text match.
    public var licenses: [String] { declared.isEmpty ? detected : declared }

    /// Whether this directory holds `component`.
    public func holds(_ component: Component) -> Bool {
        switch origin {
        case .nodeModules: component.ecosystem == Ecosystem.npm.rawValue && component.name == name
        case .pods: component.ecosystem == Ecosystem.cocoaPods.rawValue && component.name == name
        case .carthage: component.ecosystem == Ecosystem.carthage.rawValue && component.name.hasSuffix("/" + name)
        case .vendor: (component.ecosystem == Ecosystem.go.rawValue || component.ecosystem == Ecosystem.packagist.rawValue) && component.name.lowercased() == name.lowercased()
        }
    }
}

extension [VendoredLicense] {
    /// Fills in the licenses of components that carry none, from the vendored directory that holds them.
    public func apply(to components: inout [Component]) {
        for index in components.indices where components[index].licenses.isEmpty {
            if let found = first(where: { $0.holds(components[index]) && !$0.licenses.isEmpty }) {
                components[index].licenses = found.licenses
            }
        }
    }
}
