import Yams

extension NodeReader {
    mutating func readComponents(_ node: Node, into settings: inout ComponentSettings) throws(InputError) {
        let map = try mapping(node, at: "components")
        try expectKeys(map, ["enabled", "database", "dev-dependencies", "ignore", "banned", "approved", "licenses", "vex"], at: "components")
        if let value = map["enabled"] { settings.enabled = try bool(value, at: "components.enabled") }
        if let value = map["database"] { settings.database = try string(value, at: "components.database") }
        if let value = map["dev-dependencies"] { settings.devDependencies = try bool(value, at: "components.dev-dependencies") }
        if let value = map["vex"] { settings.vex = try strings(value, at: "components.vex") }
        if let value = map["ignore"] {
            for (index, item) in try list(value, at: "components.ignore").enumerated() {
                let keyPath = "components.ignore.\(index)"
                let entry = try mapping(item, at: keyPath)
                try expectKeys(entry, ["id", "reason"], at: keyPath)
                guard let id = entry["id"], let reason = entry["reason"] else {
                    throw error(item, "\(keyPath) needs an id and the reason it does not apply")
                }
                settings.ignore.append(IgnoredAdvisory(id: try string(id, at: keyPath + ".id"), reason: try string(reason, at: keyPath + ".reason")))
            }
        }
        if let value = map["banned"] { settings.banned = try componentRules(value, at: "components.banned") }
        if let value = map["approved"] { settings.approved = try componentRules(value, at: "components.approved") }
        if let value = map["licenses"] {
            let licenses = try mapping(value, at: "components.licenses")
            try expectKeys(licenses, ["allow", "deny", "report-unknown"], at: "components.licenses")
            if let v = licenses["allow"] { settings.licenses.allow = try strings(v, at: "components.licenses.allow") }
            if let v = licenses["deny"] { settings.licenses.deny = try strings(v, at: "components.licenses.deny") }
            if let v = licenses["report-unknown"] { settings.licenses.reportUnknown = try bool(v, at: "components.licenses.report-unknown") }
        }
    }

    /// Entries are `pkg:…` strings or `{purl, reason}` mappings.
    private mutating func componentRules(_ node: Node, at keyPath: String) throws(InputError) -> [ComponentRule] {
        var rules: [ComponentRule] = []
        for (index, item) in try list(node, at: keyPath).enumerated() {
            let itemPath = "\(keyPath).\(index)"
            var rule: ComponentRule
            if case .scalar = item {
                rule = ComponentRule(purl: try string(item, at: itemPath))
            } else {
                let entry = try mapping(item, at: itemPath)
                try expectKeys(entry, ["purl", "reason"], at: itemPath)
                guard let purl = entry["purl"] else { throw error(item, "\(itemPath) needs a purl") }
                rule = ComponentRule(purl: try string(purl, at: itemPath + ".purl"), reason: try entry["reason"].map { v throws(InputError) in try string(v, at: itemPath + ".reason") })
            }
            guard rule.purl.hasPrefix("pkg:"), rule.purl.split(separator: "/").count >= 2 else {
                throw error(item, "'\(rule.purl)' is not a package URL such as pkg:maven/com.alibaba/fastjson@<1.2.83")
            }
            rules.append(rule)
        }
        return rules
    }

    mutating func list(_ node: Node, at keyPath: String) throws(InputError) -> [Node] {
        note(node, keyPath)
        guard case .sequence(let sequence) = node else { throw error(node, "\(keyPath) must be a list") }
        return Array(sequence)
    }
}
