/// The model's data-flow diagram in Graphviz DOT: boundaries as clusters, threatened elements in red.
///
/// Shapes follow data-flow-diagram habit: processes are ellipses, data stores cylinders and external
/// entities boxes. A component in several boundaries is drawn in the first one, because Graphviz
/// clusters cannot overlap.
public enum ThreatModelDOTDiagram {
    public static func render(_ model: ThreatModel, threats: [Threat] = []) -> String {
        let threatened = ThreatModelSummary(model: model, threats: threats).threatenedIds
        let q = { (text: String) in "\"" + ReportText.dot(text) + "\"" }
        var out = "digraph \(q(model.title)) {\n"
        out += "  graph [rankdir=LR, fontname=\"Helvetica\", label=\(q("Threat model: " + model.title)), labelloc=t];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9];\n"
        var placed = Set<String>()
        for (index, boundary) in model.boundaries.enumerated() {
            let members = boundary.members.filter { !placed.contains($0) }
            out += "  subgraph \"cluster_\(index)\" {\n"
            out += "    label=\(q(boundary.name)); style=dashed; color=\(threatened.contains(boundary.id) ? "red" : "gray40");\n"
            for id in members {
                placed.insert(id)
                if let component = model.component(id) { out += "    " + node(component, threatened: threatened, q) }
            }
            out += "  }\n"
        }
        for component in model.components where !placed.contains(component.id) {
            out += "  " + node(component, threatened: threatened, q)
        }
        for flow in model.flows {
            var label = flow.transport + (flow.encrypted ? "" : " (plaintext)")
            if flow.authentication != .none { label += "\nauth: " + flow.authentication.rawValue }
            let carried = model.carried(by: flow).map(\.name)
            if !carried.isEmpty { label += "\n" + carried.joined(separator: ", ") }
            let style = threatened.contains(flow.id) ? ", color=red, fontcolor=red, penwidth=2" : ""
            out += "  \(q(flow.from)) -> \(q(flow.to)) [id=\(q(flow.id)), label=\(q(label))\(style)];\n"
        }
        out += "}\n"
        return out
    }

    private static func node(_ component: ModelComponent, threatened: Set<String>, _ q: (String) -> String) -> String {
        let shape = switch component.type {
        case .process: "ellipse"
        case .dataStore: "cylinder"
        case .externalEntity: "box"
        }
        let style = threatened.contains(component.id) ? ", color=red, fontcolor=red, penwidth=2" : ""
        return "\(q(component.id)) [label=\(q(component.name)), shape=\(shape)\(style)];\n"
    }
}
