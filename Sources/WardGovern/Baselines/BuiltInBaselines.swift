/// Ward's built-in baseline templates, one file per template; listed here one per line, sorted.
public enum BuiltInBaselines {
    /// Each template's source name (used in error messages) and YAML text.
    public static let templates: [(name: String, yaml: String)] = [
        ("built-in:batch-job", batchJob),
        ("built-in:internal-service", internalService),
        ("built-in:mobile-banking", mobileBanking),
        ("built-in:public-api", publicAPI),
    ]

    /// Components no bank project may ship, shared by the templates: each entry is a well-known
    /// compromised, protestware or remotely exploitable release range.
    static let bannedComponents = """
        banned-components:
          - purl: "pkg:maven/org.apache.logging.log4j/log4j-core@>=2.0-beta9,<2.17.1"
            reason: "Log4Shell JNDI lookups (CVE-2021-44228, CVE-2021-45046, CVE-2021-44832); use 2.17.1 or later"
          - purl: "pkg:maven/com.alibaba/fastjson@<1.2.83"
            reason: "autoType deserialisation leads to remote code execution (CVE-2022-25845); use 1.2.83 or fastjson2"
          - purl: "pkg:maven/org.apache.commons/commons-text@>=1.5,<1.10.0"
            reason: "string interpolation runs scripts (CVE-2022-42889); use 1.10.0 or later"
          - purl: "pkg:maven/org.springframework/spring-beans@>=5.3.0,<5.3.18"
            reason: "Spring4Shell data binding RCE (CVE-2022-22965); use 5.3.18 or later"
          - purl: "pkg:npm/event-stream@3.3.6"
            reason: "release shipped the flatmap-stream backdoor that stole wallet keys"
          - purl: "pkg:npm/node-ipc@>=10.1.1,<10.1.3"
            reason: "protestware release that overwrites files"
          - purl: "pkg:npm/ua-parser-js@0.7.29"
            reason: "hijacked release installed a cryptominer and password stealer"
        """
}
