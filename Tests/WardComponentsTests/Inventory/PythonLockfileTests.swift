import Testing
@testable import WardComponents
import WardCore

@Suite struct PythonLockfileTests {
    @Test func requirementsWithIncludesHashesMarkersAndViaComments() throws {
        let result = try Fixtures.inventory("python/pip")
        #expect(summaries(result) == [
            "pkg:pypi/six@1.16.0 unknown runtime base.txt:2",
            "pkg:pypi/pytest@7.4.3 unknown development requirements-dev.txt:3",
            "pkg:pypi/flake8-docstrings@1.7.0 unknown development requirements-dev.txt:4",
            "pkg:pypi/django@4.2.7 direct runtime requirements.txt:3",
            "pkg:pypi/requests@2.31.0 direct runtime requirements.txt:5",
            "pkg:pypi/urllib3@2.0.7 transitive runtime requirements.txt:8",
        ])
        #expect(result.components[4].hashes == [ComponentHash(algorithm: "SHA-256", value: "58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f")])
        #expect(result.warnings.map { "\($0.path ?? ""):\($0.line ?? 0) \($0.message)" } == ["requirements-dev.txt:2 included requirements file missing.txt not found"])
    }

    @Test func requirementLinesParse() {
        #expect(RequirementsParser.requirement("Django[argon2]==4.2.7 ; python_version >= \"3.8\"")?.version == "4.2.7")
        #expect(RequirementsParser.requirement("flask>=2.0")?.version == nil)
        #expect(RequirementsParser.requirement("pkg==1.*")?.version == nil)
        #expect(RequirementsParser.requirement("pkg===1.0.0")?.version == "1.0.0")
        #expect(RequirementsParser.requirement("black @ git+https://github.com/psf/black")?.version == nil)
    }

    @Test func poetryLockWithPyproject() throws {
        let result = try Fixtures.inventory("python/poetry")
        #expect(summaries(result) == [
            "pkg:pypi/certifi@2023.7.22 transitive runtime poetry.lock:4",
            "pkg:pypi/pytest@7.4.3 direct development poetry.lock:15",
            "pkg:pypi/requests@2.31.0 direct runtime poetry.lock:29",
        ])
        #expect(result.components[2].dependencies == ["pkg:pypi/certifi@2023.7.22"])
    }

    @Test func pipfileLock() throws {
        #expect(summaries(try Fixtures.inventory("python/pipenv")) == [
            "pkg:pypi/flask@3.0.0 direct runtime Pipfile.lock:12",
            "pkg:pypi/werkzeug@3.0.1 transitive runtime Pipfile.lock:20",
            "pkg:pypi/black@23.10.1 direct development Pipfile.lock:33",
        ])
    }

    @Test func uvLock() throws {
        let result = try Fixtures.inventory("python/uv")
        #expect(summaries(result) == [
            "pkg:pypi/anyio@4.4.0 direct runtime uv.lock:5",
            "pkg:pypi/idna@3.7 transitive runtime uv.lock:18",
            "pkg:pypi/ruff@0.5.0 direct development uv.lock:39",
            "pkg:pypi/sniffio@1.3.1 transitive runtime uv.lock:44",
        ])
        #expect(result.components[0].dependencies == ["pkg:pypi/idna@3.7", "pkg:pypi/sniffio@1.3.1"])
        #expect(result.components[0].hashes.map(\.algorithm) == ["SHA-256"])
    }

    @Test func aBrokenPoetryLockIsAWarning() throws {
        let result = try Fixtures.inventory("python/broken")
        #expect(result.components.isEmpty)
        #expect(result.warnings.map { "\($0.path ?? ""):\($0.line ?? 0) \($0.message)" } == ["poetry.lock:6 invalid TOML: expected ',' or '}' in an inline table"])
    }
}
