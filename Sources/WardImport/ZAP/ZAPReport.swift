import WardCore

/// An OWASP ZAP "traditional" report, JSON or XML (`OWASPZAPReport`): sites, their alerts, and
/// each alert's instances. In JSON every value is a string; the XML is read into the same shape.
struct ZAPReport: Decodable {
    var programName: String?
    var version: String?
    var sites: [Site]

    enum CodingKeys: String, CodingKey {
        case programName = "@programName"
        case version = "@version"
        case site
    }

    init(programName: String?, version: String?, sites: [Site]) {
        self.programName = programName
        self.version = version
        self.sites = sites
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        programName = try container.decodeIfPresent(String.self, forKey: .programName)
        version = try container.decodeIfPresent(String.self, forKey: .version)
        // A report with one site may hold it as an object rather than a one-element list.
        if let one = try? container.decode(Site.self, forKey: .site) {
            sites = [one]
        } else {
            sites = try container.decode([Site].self, forKey: .site)
        }
    }

    struct Site: Decodable {
        var name: String?
        var alerts: [Alert]?

        enum CodingKeys: String, CodingKey {
            case name = "@name"
            case alerts
        }
    }

    struct Alert: Decodable {
        var pluginid: String?
        var alertRef: String?
        var alert: String?
        var name: String?
        var riskcode: String?
        var confidence: String?
        var desc: String?
        var instances: [Instance]?
        var solution: String?
        var otherinfo: String?
        var reference: String?
        var cweid: String?
        var wascid: String?
    }

    struct Instance: Decodable {
        var uri: String?
        var method: String?
        var param: String?
        var attack: String?
        var evidence: String?
    }
}

extension ZAPReport {
    /// Reads the XML report. Reports before ZAP 2.8 put one instance's fields on the alert itself.
    init(xml root: XMLElementNode) {
        let sites = root.children("site").map { site in
            let alerts = (site.child("alerts")?.children("alertitem") ?? []).map { item in
                var instances = (item.child("instances")?.children("instance") ?? []).map(Self.instance)
                if instances.isEmpty, item.value("uri") != nil { instances = [Self.instance(item)] }
                return Alert(
                    pluginid: item.value("pluginid"), alertRef: item.value("alertRef"), alert: item.value("alert"), name: item.value("name"),
                    riskcode: item.value("riskcode"), confidence: item.value("confidence"), desc: item.value("desc"), instances: instances,
                    solution: item.value("solution"), otherinfo: item.value("otherinfo"), reference: item.value("reference"),
                    cweid: item.value("cweid"), wascid: item.value("wascid"))
            }
            return Site(name: site.attributes["name"], alerts: alerts)
        }
        self.init(programName: root.attributes["programName"], version: root.attributes["version"], sites: sites)
    }

    static func instance(_ node: XMLElementNode) -> Instance {
        Instance(uri: node.value("uri"), method: node.value("method"), param: node.value("param"), attack: node.value("attack"), evidence: node.value("evidence"))
    }
}
