import WardCore
import WardSecrets

/// Reads a gitleaks configuration into rules Ward runs beside its own.
enum GitleaksImport {
    static func load(path: String) throws(InputError) -> SecretRuleSelection.ImportedRules {
        throw InputError(path: path, "gitleaks configuration import is not wired in yet")
    }
}
