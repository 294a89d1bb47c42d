extension BuiltInBaselines {
    /// Batch job (settlement, reporting, file transfer): no dynamic surface, so no DAST, but its
    /// images and infrastructure configuration are scanned because that is where batch jobs leak.
    static let batchJob = """
        id: batch-job
        version: 1
        title: Batch job
        applies-to:
          platforms: [batch]
        gate:
          fail-on-new: high
          max-age:
            critical: 7
            high: 60
        required-scans: [secret, code, dependency, configuration, container]
        sla:
          critical: 7
          high: 30
          medium: 90
          low: 180
        activities:
          sbom: each-release
          threat-model-review: yearly
        """ + "\n" + bannedComponents
}
