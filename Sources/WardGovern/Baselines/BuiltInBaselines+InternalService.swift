extension BuiltInBaselines {
    /// Internal service without sensitive exposure: only new critical findings stop the pipeline,
    /// and the SLA is longer, but secrets and vulnerable components are still scanned every time.
    static let internalService = """
        id: internal-service
        version: 1
        title: Internal service
        applies-to:
          tiers: [3, 4]
          platforms: [api, web]
        gate:
          fail-on-new: critical
          max-age:
            critical: 14
        required-scans: [secret, code, dependency]
        sla:
          critical: 14
          high: 60
          medium: 120
          low: 365
        activities:
          sbom: each-release
          threat-model-review: 104w
        """ + "\n" + bannedComponents
}
