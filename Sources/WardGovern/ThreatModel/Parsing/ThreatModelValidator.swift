import WardCore

/// Checks that ids are unique and that every reference names an element the model declares.
struct ThreatModelValidator {
    let path: String

    func validate(_ model: ThreatModel) throws(InputError) {
        var ids: [String: Int] = [:]
        func declare(_ id: String, line: Int, what: String) throws(InputError) {
            if let first = ids[id] { throw InputError(path: path, line: line, "duplicate id '\(id)' (\(what)); first declared on line \(first)") }
            ids[id] = line
        }
        for asset in model.assets { try declare(asset.id, line: asset.line, what: "asset") }
        for component in model.components { try declare(component.id, line: component.line, what: "component") }
        for flow in model.flows { try declare(flow.id, line: flow.line, what: "flow") }
        for boundary in model.boundaries { try declare(boundary.id, line: boundary.line, what: "boundary") }

        for component in model.components {
            for id in component.stores where model.asset(id) == nil {
                throw InputError(path: path, line: component.line, "component '\(component.id)' stores unknown asset '\(id)'")
            }
        }
        let boundaryIds = Set(model.boundaries.map(\.id))
        for flow in model.flows {
            for end in [flow.from, flow.to] where model.component(end) == nil {
                throw InputError(path: path, line: flow.line, "flow '\(flow.id)' refers to unknown component '\(end)'")
            }
            for id in flow.carries where model.asset(id) == nil {
                throw InputError(path: path, line: flow.line, "flow '\(flow.id)' carries unknown asset '\(id)'")
            }
            for id in flow.crosses where !boundaryIds.contains(id) {
                throw InputError(path: path, line: flow.line, "flow '\(flow.id)' crosses unknown boundary '\(id)'")
            }
        }
        for boundary in model.boundaries {
            for member in boundary.members where model.component(member) == nil {
                throw InputError(path: path, line: boundary.line, "boundary '\(boundary.id)' has unknown member '\(member)'")
            }
        }
    }
}
