import WardCore
import Yams

/// A check on each pod spec of a Kubernetes manifest (Helm-rendered streams included).
protocol KubernetesRule: ConfigRule {
    func check(_ pod: PodSpec, into issues: inout IssueCollector)
}

extension KubernetesRule {
    var fileType: ConfigFileType { .kubernetes }

    func check(_ document: ConfigDocument, into issues: inout IssueCollector) {
        guard case .yaml(let yaml) = document else { return }
        for pod in yaml.podSpecs { check(pod, into: &issues) }
    }
}

/// A Kubernetes rule example: a Pod with one container `app` whose extra lines are given;
/// `markContainer` puts the marker on the container itself.
func kubernetesExample(pod: String = "", container: String, markContainer: Bool = false) -> Example {
    let containerLines = container.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")
    let podLines = pod.isEmpty ? "" : pod.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
    return Example("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n\(podLines)  containers:\n    - \(markContainer ? "↓" : "")name: app\n\(containerLines)\n", path: "k8s/pod.yaml")
}
