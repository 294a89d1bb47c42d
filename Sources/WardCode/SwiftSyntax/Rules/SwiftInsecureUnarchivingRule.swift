import SwiftSyntax
import WardCore

/// NSKeyedUnarchiver APIs that decode any class named in the archive.
struct SwiftInsecureUnarchivingRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-nskeyedunarchiver-insecure",
        title: "Archive decoded without secure coding",
        summary: "NSKeyedUnarchiver.unarchiveObject(with:), unarchiveObject(withFile:), unarchiveTopLevelObjectWithData or init(forReadingWith:) instantiate whatever classes the archive names. A tampered archive (from a file, the pasteboard or the network) can create unexpected objects and abuse their decoding side effects.",
        kind: .code, severity: .high, confidence: .high, cwe: [502],
        owasp: ["MASVS-CODE", "A08:2021"],
        remediation: "Use NSKeyedUnarchiver.unarchivedObject(ofClass:from:) or unarchivedObject(ofClasses:from:) with NSSecureCoding types, or replace archiving with Codable and JSONDecoder / PropertyListDecoder.",
        tags: ["swift", "ios", "deserialization"],
        triggeringExamples: [
            Example("let profile = ↓NSKeyedUnarchiver.unarchiveObject(with: data) as? Profile"),
            Example("let cached = ↓NSKeyedUnarchiver.unarchiveObject(withFile: path)"),
            Example("let object = try ↓NSKeyedUnarchiver.unarchiveTopLevelObjectWithData(data)"),
            Example("let unarchiver = ↓NSKeyedUnarchiver(forReadingWith: data)"),
        ],
        nonTriggeringExamples: [
            Example("let profile = try NSKeyedUnarchiver.unarchivedObject(ofClass: Profile.self, from: data)"),
            Example("let unarchiver = try NSKeyedUnarchiver(forReadingFrom: data)"),
        ])

    static let nodeKinds: [SyntaxKind] = [.memberAccessExpr, .functionCallExpr]
    static let requiredText: [[RequiredText]] = [["NSKeyedUnarchiver"]]

    private static let methods: Set<String> = ["unarchiveObject", "unarchiveTopLevelObjectWithData"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        if let member = node.as(MemberAccessExprSyntax.self) {
            guard member.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "NSKeyedUnarchiver",
                  Self.methods.contains(member.declName.baseName.text) else { return }
            context.report(member)
        } else if let call = node.as(FunctionCallExprSyntax.self), call.argument(labeled: "forReadingWith") != nil,
                  call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "NSKeyedUnarchiver" {
            context.report(call)
        }
    }
}
