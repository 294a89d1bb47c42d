import Testing
import WardCore
@testable import WardConfig

/// Helm-rendered and multi-document manifests: every workload kind's pod spec is found, lines point at keys.
@Suite struct KubernetesManifestTests {
    static let stream = """
    ---
    # Source: chart/templates/statefulset.yaml
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec:
      template:
        spec:
          hostPID: true
          initContainers:
            - name: init
              image: busybox:1.36
              securityContext: {privileged: true}
          containers:
            - name: db
              image: postgres:16
    ---
    # a comment-only document
    ---
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              volumes:
                - name: root
                  hostPath: {path: /}
              containers:
                - name: agent
                  image: agent
    ---
    apiVersion: v1
    kind: ConfigMap
    data:
      password: not-a-pod
    """

    static func findings(_ ruleId: String) throws -> [String] {
        try ConfigScanner().scan(text: stream, path: "chart/rendered.yaml").filter { $0.ruleId == ruleId }
            .compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } }
    }

    @Test func findsPodSpecsInEveryDocument() throws {
        #expect(try Self.findings("k8s-host-namespace") == ["9:7"])
        #expect(try Self.findings("k8s-privileged-container") == ["13:29"])
        #expect(try Self.findings("k8s-host-path-volume") == ["31:15"])
        #expect(try Self.findings("k8s-unpinned-image") == ["34:15"])
        // Three containers (init, db, agent) and none sets limits.
        #expect(try Self.findings("k8s-missing-resource-limits") == ["11:11", "15:11", "33:15"])
    }

    @Test func podSpecPathsCoverEveryWorkloadKind() throws {
        for kind in ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"] {
            let text = "apiVersion: apps/v1\nkind: \(kind)\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: nginx\n"
            let found = try ConfigScanner().scan(text: text, path: "k.yaml").filter { $0.ruleId == "k8s-unpinned-image" }
            #expect(found.map { $0.location?.startLine } == [8], "\(kind)")
        }
    }
}
