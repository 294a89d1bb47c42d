/// A data store is exposed to the internet.
public struct InternetFacingDataStoreRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-internet-facing-data-store", category: .informationDisclosure, title: "Data store is exposed to the internet",
        severity: .critical, cwe: [668],
        summary: "Internet-exposed databases and buckets are found by scanners within hours and are a leading cause of mass data leaks.",
        mitigations: ["Remove the public address or listener; reach the store through the application only.", "Restrict the network to known hosts."],
        requirements: ["WARD-CONFIG-04", "WARD-CONFIG-02"],
        triggeringExamples: [
            ThreatExample("components: [{id: bucket, type: data-store, internet-facing: true}]", expected: ["bucket"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: bucket, type: data-store}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.dataStores.filter(\.internetFacing).map {
            ThreatHit(affected: [.component($0)], message: "The data store \($0.name) is reachable from the internet.")
        }
    }
}
