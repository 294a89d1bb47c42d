import ArgumentParser
import WardCore

#if canImport(Glibc)
import Glibc
#endif

@main
struct Ward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ward",
        abstract: "Find secrets, sensitive data and insecure code before they ship.",
        version: WardVersion.current,
        subcommands: [ScanCommand.self, ImportCommand.self, ToolsCommand.self, GateCommand.self, ThreatCommand.self, MaturityCommand.self, BaselineCommand.self, RulesCommand.self, HookCommand.self, ServeCommand.self, AdminCommand.self, SBOMCommand.self, DBCommand.self, PlatformBenchCommand.self]
    )

    /// Exit status: 0 success, 1 policy failed (findings at or above --fail-on), 2 usage or input error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Terminal.error(error.description)
            Foundation_exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure && error is ExitCode {
                exit(withError: error)
            }
            if code == .validationFailure || error is ValidationError {
                Terminal.standardError(fullMessage(for: error) + "\n")
                Foundation_exit(2)
            }
            exit(withError: error)
        }
    }
}

func Foundation_exit(_ code: Int32) -> Never {
    exit(code)
}
