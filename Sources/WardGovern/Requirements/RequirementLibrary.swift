import WardCore

/// A registry of security requirements, keyed by id; refuses duplicate or malformed ids.
public struct RequirementLibrary: Sendable {
    /// Requirements in id order.
    public let requirements: [SecurityRequirement]
    private let byId: [String: SecurityRequirement]

    /// Builds a library; throws on a malformed or duplicate id.
    public init(_ requirements: [SecurityRequirement]) throws(InputError) {
        var byId: [String: SecurityRequirement] = [:]
        for requirement in requirements {
            guard SecurityRequirement.isValidIdentifier(requirement.id) else {
                throw InputError("requirement id '\(requirement.id)' must look like WARD-<AREA>-<NN>")
            }
            guard byId[requirement.id] == nil else { throw InputError("duplicate requirement id '\(requirement.id)'") }
            byId[requirement.id] = requirement
        }
        self.byId = byId
        self.requirements = requirements.sorted { $0.id < $1.id }
    }

    /// The built-in library; its ids are checked by `RequirementLibraryTests`, so the fallback to
    /// an empty library only guards a broken build from crashing.
    public static let builtIn: RequirementLibrary = (try? RequirementLibrary(BuiltInRequirements.all)) ?? .empty

    /// A library with no requirements.
    public static let empty: RequirementLibrary = RequirementLibrary(sorted: [])

    private init(sorted: [SecurityRequirement]) {
        self.requirements = sorted
        self.byId = Dictionary(sorted.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(id: String) -> SecurityRequirement? { byId[id] }

    /// The requirements whose applicability conditions `profile` meets, in id order.
    public func applicable(to profile: ProjectProfile) -> [SecurityRequirement] {
        requirements.filter { $0.appliesTo.applies(to: profile) }
    }
}
