/// The built-in Swift syntax-tree rules, sorted by type name, one per line.
public enum SwiftSyntaxRules {
    /// Every built-in rule; `SwiftSyntaxScanner` rejects duplicate ids among them.
    public static var builtIn: [any SwiftSyntaxRule] {
        [
            SwiftAppStorageCredentialRule(),
            SwiftCleartextURLRule(),
            SwiftCommonCryptoWeakCipherRule(),
            SwiftCredentialLoggingRule(),
            SwiftHardcodedIVRule(),
            SwiftHardcodedSymmetricKeyRule(),
            SwiftInsecureUnarchivingRule(),
            SwiftJavaScriptInjectionRule(),
            SwiftKeychainAccessibleAlwaysRule(),
            SwiftPasteboardCredentialRule(),
            SwiftRandomForSecretRule(),
            SwiftSQLiteInjectionRule(),
            SwiftTrustWithoutEvaluationRule(),
            SwiftUserDefaultsCredentialRule(),
            SwiftWeakHashRule(),
            SwiftWebViewFileAccessRule(),
            SwiftWebViewJavaScriptFileLoadingRule(),
        ]
    }
}
