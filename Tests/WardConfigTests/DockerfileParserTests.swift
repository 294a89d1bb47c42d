import Testing
@testable import WardConfig

/// The Dockerfile reader: continuations, comments, the escape directive, heredocs and stages.
@Suite struct DockerfileParserTests {
    @Test func foldsContinuationsAndSkipsComments() {
        let file = Dockerfile.parse("# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS base\nRUN apk add \\\n    # why\n\n    curl \\\n    git\nUSER app\n")
        #expect(file.instructions.map(\.keyword) == ["FROM", "RUN", "USER"])
        let run = file.instructions[1]
        #expect(run.line == 3)
        #expect(run.arguments == "apk add      curl      git")
        #expect(run.segments.map(\.line) == [3, 6, 7])
        #expect(run.locate("git")?.line == 7 && run.locate("git")?.column == 5)
        #expect(file.instructions[0].fromImage?.image == "alpine:3.20")
        #expect(file.instructions[0].fromImage?.name == "base")
    }

    @Test func honoursTheEscapeDirective() {
        let file = Dockerfile.parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir c:\\ `\n    && echo done\n")
        #expect(file.instructions.count == 2)
        #expect(file.instructions[1].segments.map(\.line) == [3, 4])
    }

    @Test func keepsHeredocBodiesWithTheirInstruction() {
        let file = Dockerfile.parse("FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF\nCOPY <<-'CONF' /etc/app.conf\n\tkey=value\n\tCONF\nUSER app\n")
        #expect(file.instructions.map(\.keyword) == ["FROM", "RUN", "COPY", "USER"])
        #expect(file.instructions[1].script == " <<EOF\nset -e\napk add curl")
        #expect(file.instructions[2].segments.count == 2)
        #expect(file.instructions[3].line == 9)
    }

    @Test func splitsStagesAndIgnoresGlobalArgs() {
        let file = Dockerfile.parse("ARG BASE=alpine:3.20\nFROM golang:1.23 AS build\nRUN go build\nFROM --platform=$BUILDPLATFORM ${BASE}\nCOPY --from=build /app /app\n")
        #expect(file.stages.map { $0.map(\.keyword) } == [["FROM", "RUN"], ["FROM", "COPY"]])
        #expect(file.stages[1].first?.fromImage?.image == "${BASE}")
    }
}
