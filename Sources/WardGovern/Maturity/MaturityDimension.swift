/// One area of security practice that maturity is measured in, each scored from level 0 to 5.
public enum MaturityDimension: String, Codable, Sendable, CaseIterable {
    case requirements
    case design
    case coding
    case testing
    case thirdParty = "third-party"
    case buildInfrastructure = "build-infrastructure"
    case vulnerabilityManagement = "vulnerability-management"
    case operations
    case organisation

    public var title: String {
        switch self {
        case .requirements: "Security requirements"
        case .design: "Secure design"
        case .coding: "Secure coding"
        case .testing: "Security testing"
        case .thirdParty: "Third-party components"
        case .buildInfrastructure: "Build and infrastructure"
        case .vulnerabilityManagement: "Vulnerability management"
        case .operations: "Operations and incident response"
        case .organisation: "Organisation and skills"
        }
    }
}
