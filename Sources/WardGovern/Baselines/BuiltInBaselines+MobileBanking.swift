extension BuiltInBaselines {
    /// Internet-facing mobile banking app: the strictest template. New high findings stop the
    /// release, critical findings may not wait a week, and every release is assessed and has an SBOM.
    static let mobileBanking = """
        id: mobile-banking
        version: 1
        title: Internet-facing mobile banking app
        applies-to:
          tiers: [1, 2]
          platforms: [mobile]
        gate:
          fail-on-new: high
          max-age:
            critical: 7
            high: 30
        required-scans: [secret, code, dependency, configuration]
        sla:
          critical: 7
          high: 30
          medium: 60
          low: 180
        activities:
          sbom: each-release
          mobile-security-assessment: each-release
          threat-model-review: 180d
          penetration-test: yearly
        """ + "\n" + bannedComponents
}
