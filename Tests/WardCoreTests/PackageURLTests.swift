import Foundation
import Testing
import WardCore

/// Cases from the purl specification's test suite (test-suite-data.json): input, canonical form and parts.
@Suite struct PackageURLTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var canonical: String
        var type: String
        var namespace: String?
        var name: String
        var version: String?
        var qualifiers: [String: String] = [:]
        var subpath: String?
        var testDescription: String { input }
    }

    static let valid: [Case] = [
        Case(input: "pkg:maven/org.apache.commons/io@1.3.4", canonical: "pkg:maven/org.apache.commons/io@1.3.4", type: "maven", namespace: "org.apache.commons", name: "io", version: "1.3.4"),
        Case(input: "pkg:GOLANG/google.golang.org/genproto@abcdedf#/googleapis/api/annotations/", canonical: "pkg:golang/google.golang.org/genproto@abcdedf#googleapis/api/annotations",
             type: "golang", namespace: "google.golang.org", name: "genproto", version: "abcdedf", subpath: "googleapis/api/annotations"),
        Case(input: "pkg:bitbucket/birKenfeld/pyGments-main@244fd47e07d1014f0aed9c", canonical: "pkg:bitbucket/birkenfeld/pygments-main@244fd47e07d1014f0aed9c",
             type: "bitbucket", namespace: "birkenfeld", name: "pygments-main", version: "244fd47e07d1014f0aed9c"),
        Case(input: "pkg:github/Package-url/purl-Spec@244fd47e07d1004f0aed9c", canonical: "pkg:github/package-url/purl-spec@244fd47e07d1004f0aed9c",
             type: "github", namespace: "package-url", name: "purl-spec", version: "244fd47e07d1004f0aed9c"),
        Case(input: "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie", canonical: "pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie",
             type: "deb", namespace: "debian", name: "curl", version: "7.50.3-1", qualifiers: ["arch": "i386", "distro": "jessie"]),
        Case(input: "pkg:docker/customer/dockerimage@sha256:244fd47e07d1004f0aed9c?repository_url=gcr.io",
             canonical: "pkg:docker/customer/dockerimage@sha256:244fd47e07d1004f0aed9c?repository_url=gcr.io",
             type: "docker", namespace: "customer", name: "dockerimage", version: "sha256:244fd47e07d1004f0aed9c", qualifiers: ["repository_url": "gcr.io"]),
        Case(input: "pkg:gem/jruby-launcher@1.1.2?Platform=java", canonical: "pkg:gem/jruby-launcher@1.1.2?platform=java",
             type: "gem", name: "jruby-launcher", version: "1.1.2", qualifiers: ["platform": "java"]),
        Case(input: "pkg:Maven/net.sf.jacob-project/jacob@1.14.3?type=dll&classifier=x86", canonical: "pkg:maven/net.sf.jacob-project/jacob@1.14.3?classifier=x86&type=dll",
             type: "maven", namespace: "net.sf.jacob-project", name: "jacob", version: "1.14.3", qualifiers: ["classifier": "x86", "type": "dll"]),
        Case(input: "pkg:npm/%40angular/animation@12.3.1", canonical: "pkg:npm/%40angular/animation@12.3.1", type: "npm", namespace: "@angular", name: "animation", version: "12.3.1"),
        Case(input: "pkg:Nuget/EnterpriseLibrary.Common@6.0.1304", canonical: "pkg:nuget/EnterpriseLibrary.Common@6.0.1304", type: "nuget", name: "EnterpriseLibrary.Common", version: "6.0.1304"),
        Case(input: "pkg:PYPI/Django_package@1.11.1.dev1", canonical: "pkg:pypi/django-package@1.11.1.dev1", type: "pypi", name: "django-package", version: "1.11.1.dev1"),
        Case(input: "pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25", canonical: "pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25",
             type: "rpm", namespace: "fedora", name: "curl", version: "7.50.3-1.fc25", qualifiers: ["arch": "i386", "distro": "fedora-25"]),
        Case(input: "pkg:/maven/org.apache.commons/io", canonical: "pkg:maven/org.apache.commons/io", type: "maven", namespace: "org.apache.commons", name: "io"),
        Case(input: "pkg://maven/org.apache.commons/io", canonical: "pkg:maven/org.apache.commons/io", type: "maven", namespace: "org.apache.commons", name: "io"),
        Case(input: "pkg:///maven/org.apache.commons/io", canonical: "pkg:maven/org.apache.commons/io", type: "maven", namespace: "org.apache.commons", name: "io"),
        Case(input: "pkg:maven/HTTPClient/HTTPClient@0.3-3", canonical: "pkg:maven/HTTPClient/HTTPClient@0.3-3", type: "maven", namespace: "HTTPClient", name: "HTTPClient", version: "0.3-3"),
        Case(input: "pkg:maven/mygroup/myartifact@1.0.0%20Final?mykey=my%20value", canonical: "pkg:maven/mygroup/myartifact@1.0.0%20Final?mykey=my%20value",
             type: "maven", namespace: "mygroup", name: "myartifact", version: "1.0.0 Final", qualifiers: ["mykey": "my value"]),
        Case(input: "pkg:conan/bincrafters/cctz@2.3?channel=stable", canonical: "pkg:conan/bincrafters/cctz@2.3?channel=stable",
             type: "conan", namespace: "bincrafters", name: "cctz", version: "2.3", qualifiers: ["channel": "stable"]),
        Case(input: "pkg:swift/github.com/Alamofire/Alamofire@5.4.3", canonical: "pkg:swift/github.com/Alamofire/Alamofire@5.4.3",
             type: "swift", namespace: "github.com/Alamofire", name: "Alamofire", version: "5.4.3"),
        Case(input: "pkg:npm/packageurl-js@0.0.7?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fpackage-url%2Fpackageurl-js.git",
             canonical: "pkg:npm/packageurl-js@0.0.7?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fpackage-url%2Fpackageurl-js.git",
             type: "npm", name: "packageurl-js", version: "0.0.7", qualifiers: ["vcs_url": "git+https://github.com/package-url/packageurl-js.git"]),
    ]

    @Test(arguments: valid)
    func parsesAndRendersTheCanonicalForm(_ example: Case) throws {
        let purl = try PackageURL(parsing: example.input)
        #expect(purl.type == example.type)
        #expect(purl.namespace == example.namespace)
        #expect(purl.name == example.name)
        #expect(purl.version == example.version)
        #expect(purl.qualifiers == example.qualifiers)
        #expect(purl.subpath == example.subpath)
        #expect(purl.description == example.canonical)
        #expect(try PackageURL(parsing: purl.description) == purl, "the canonical form parses back to the same purl")
    }

    static let invalid = [
        "EnterpriseLibrary.Common@6.0.1304",  // no scheme
        "pkg:EnterpriseLibrary.Common@6.0.1304",  // no type
        "pkg:maven/@1.3.4",  // no name
        "pkg:npm/myartifact@1.0.0?in%20production=true",  // bad qualifier key
        "pkg:conan/bincrafters/cctz@2.3",  // conan namespace without channel
        "pkg:conan/cctz@2.3?channel=stable",  // conan channel without namespace
        "pkg:cran/A3",  // cran needs a version
        "pkg:swift/Alamofire@5.4.3",  // swift needs a namespace
        "pkg:swift/github.com/Alamofire/Alamofire",  // swift needs a version
        "pkg:hackage",
        "pkg:9type/name@1",  // a type cannot start with a digit
    ]

    @Test(arguments: invalid)
    func rejectsInvalidPurls(_ text: String) {
        #expect(throws: InputError.self) { try PackageURL(parsing: text) }
    }

    @Test func mavenRepositoryURLQualifierKeepsItsValue() throws {
        let purl = try PackageURL(parsing: "pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repositorY_url=repo.spring.io/release")
        #expect(purl.qualifiers == ["classifier": "sources", "repository_url": "repo.spring.io/release"])
        #expect(try PackageURL(parsing: purl.description) == purl)
    }

    @Test func buildsFromPartsWithEncodingAndCodable() throws {
        let purl = try PackageURL(type: "npm", namespace: "@babel", name: "core", version: "7.0.0-beta.1+build")
        #expect(purl.description == "pkg:npm/%40babel/core@7.0.0-beta.1%2Bbuild")
        #expect(purl.versionless.description == "pkg:npm/%40babel/core")
        let encoded = try JSONEncoder().encode([purl])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["pkg:npm\/%40babel\/core@7.0.0-beta.1%2Bbuild"]"#)
        #expect(try JSONDecoder().decode([PackageURL].self, from: encoded) == [purl])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PackageURL].self, from: Data(#"["not a purl"]"#.utf8)) }
    }
}
