import Testing
import WardCore
@testable import WardConfig

/// The Terraform reader: blocks, attributes, strings, heredocs, lists, maps and expressions with lines.
@Suite struct HCLReaderTests {
    static let source = """
    # comment
    variable "env" {
      default = "prod" // trailing comment
    }

    resource "aws_security_group" "web" {
      name        = "web-${var.env}"
      description = "say \\"hi\\" ${join(",", ["a", "b"])}"
      count       = var.enabled ? 1 : 0
      tags = {
        Team    = "payments"
        "cost:center" = 42
      }
      ingress {
        from_port   = 443
        cidr_blocks = ["0.0.0.0/0", var.office]
      }
      ports = [for p in var.ports : p * 2]
      user_data = <<-EOT
        #!/bin/sh
        echo hi
      EOT
      enabled = !var.disabled
    }
    """

    @Test func readsBlocksAttributesAndPositions() throws {
        let body = try HCLReader.parse(Self.source, path: "main.tf")
        #expect(body.blocks.map(\.type) == ["variable", "resource"])
        let resource = try #require(body.resources(["aws_security_group"]).first)
        #expect(resource.labels == ["aws_security_group", "web"])
        #expect(resource.line == 6 && resource.column == 1)
        #expect(resource.body.attributes.map(\.name) == ["name", "description", "count", "tags", "ports", "user_data", "enabled"])
        let name = try #require(resource.body.attribute("name"))
        #expect(name.line == 7 && name.column == 3)
        #expect(name.value.string == "web-${var.env}")
        #expect(resource.body.attribute("description")?.value.string == "say \"hi\" ${join(\",\", [\"a\", \"b\"])}")
        let tags = try #require(resource.body.attribute("tags")?.value.entries)
        #expect(tags.map(\.name) == ["Team", "cost:center"])
        #expect(tags.map(\.line) == [11, 12])
        let ingress = try #require(resource.body.blocks("ingress").first)
        #expect(ingress.line == 14)
        let cidrs = try #require(ingress.body.attribute("cidr_blocks"))
        #expect(cidrs.value.elements.count == 2)
        #expect(cidrs.value.elements.first?.string == "0.0.0.0/0")
        #expect(resource.body.attribute("user_data")?.value.string == "    #!/bin/sh\n    echo hi")
        if case .expression(let text) = resource.body.attribute("count")?.value {
            #expect(text == "var.enabled ? 1 : 0")
        } else {
            Issue.record("count is not an expression")
        }
        if case .expression(let text) = resource.body.attribute("enabled")?.value { #expect(text == "!var.disabled") } else { Issue.record("enabled") }
        if case .expression(let text) = resource.body.attribute("ports")?.value { #expect(text == "[for p in var . ports : p * 2]") } else { Issue.record("ports") }
    }

    @Test func readsJsonencodeCalls() throws {
        let body = try HCLReader.parse("policy = jsonencode({\n  Statement = [{ Effect = \"Allow\", Action = [\"s3:*\"] }]\n})\n", path: "p.tf")
        guard case .call(let name, let arguments) = try #require(body.attribute("policy")).value else {
            Issue.record("not a call")
            return
        }
        #expect(name == "jsonencode")
        let statement = try #require(arguments.first?.entry("Statement")?.value.elements.first)
        #expect(statement.entry("Effect")?.value.string == "Allow")
        #expect(statement.entry("Action")?.line == 2)
        #expect(statement.entry("Action")?.value.elements.first?.string == "s3:*")
    }
}
