import Yams

/// The pod template of a workload object, wherever its kind keeps it, with every container in it.
public struct PodSpec {
    /// The `spec` mapping of the pod.
    public var node: Node
    /// `containers`, `initContainers` and `ephemeralContainers`, in that order.
    public var containers: [Node]

    /// Where each workload kind keeps its pod spec.
    static let paths: [String: [String]] = [
        "Pod": ["spec"],
        "Deployment": ["spec", "template", "spec"], "StatefulSet": ["spec", "template", "spec"],
        "DaemonSet": ["spec", "template", "spec"], "ReplicaSet": ["spec", "template", "spec"],
        "ReplicationController": ["spec", "template", "spec"], "Job": ["spec", "template", "spec"],
        "PodTemplate": ["template", "spec"],
        "CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
    ]

    /// Every pod spec in the documents, including the items of a `kind: List`.
    public static func all(in documents: YAMLDocuments) -> [PodSpec] {
        documents.documents.flatMap { document -> [PodSpec] in
            if document.value("kind")?.string == "List" { return document.value("items")?.elements.compactMap(podSpec) ?? [] }
            return podSpec(of: document).map { [$0] } ?? []
        }
    }

    private static func podSpec(of object: Node) -> PodSpec? {
        guard let kind = object.value("kind")?.string, let path = paths[kind] else { return nil }
        var node: Node? = object
        for key in path { node = node?.value(key) }
        guard let spec = node, spec.mapping != nil else { return nil }
        let containers = ["containers", "initContainers", "ephemeralContainers"].flatMap { spec.value($0)?.elements ?? [] }
        return PodSpec(node: spec, containers: containers.filter { $0.mapping != nil })
    }
}
