import WardCore

/// Flags credential-named environment variables with literal values in a manifest.
struct KubernetesSecretInEnvRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-secret-in-env", title: "Secret as a literal environment value",
        summary: "A password or token written into a manifest is readable by anyone with the repository or `get pods` access.",
        kind: .configuration, severity: .high, cwe: [798], owasp: ["A07:2021", "CIS-K8S-5.4.1"],
        remediation: "Store the value in a Secret (or an external secret manager) and use `valueFrom.secretKeyRef`.",
        triggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nenv:\n  - name: DB_PASSWORD\n    ↓value: \"Hx7-notreal-pW9z\"")],
        nonTriggeringExamples: [
            kubernetesExample(container: "image: nginx:1.25\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}"),
            kubernetesExample(container: "image: nginx:1.25\nenv:\n  - name: LOG_LEVEL\n    value: debug"),
        ])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for container in pod.containers {
            for variable in container.value("env")?.elements ?? [] {
                guard let name = variable.value("name")?.string, CredentialName.isCredential(name),
                      let pair = variable.pair("value"), let value = pair.value.string, CredentialName.isLiteralSecret(value)
                else { continue }
                issues.add(pair.key.mark, detail: name, secret: value)
            }
        }
    }
}
