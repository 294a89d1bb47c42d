extension BuiltInBaselines {
    /// Internet- or partner-facing API or web application. Version 2 added the weekly dynamic scan
    /// and the container scan now that APIs ship as images.
    static let publicAPI = """
        id: public-api
        version: 2
        title: Internet- or partner-facing API
        applies-to:
          tiers: [1, 2, 3]
          platforms: [api, web]
        gate:
          fail-on-new: high
          max-age:
            critical: 7
            high: 30
        required-scans: [secret, code, dependency, configuration, container, dynamic]
        sla:
          critical: 7
          high: 30
          medium: 90
          low: 180
        activities:
          sbom: each-release
          dast: weekly
          threat-model-review: 180d
          penetration-test: yearly
        """ + "\n" + bannedComponents
}
