import ArgumentParser
import Foundation
import HummingbirdBcrypt
import WardCore
import WardGovern
import WardServer
import WardStore

struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Manage the platform's users, teams and API tokens from the server's machine.",
        subcommands: [CreateUser.self, CreateTeam.self, CreateToken.self, CreateProject.self]
    )

    static let actor = Actor(name: "ward admin (command line)", role: .admin)

    struct CreateUser: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-user",
            abstract: "Create a user; the password is read from standard input (or prompted for on a terminal).")

        @Argument(help: "User name.") var name: String
        @Option(name: .long, help: "admin, security, developer or auditor.") var role: String
        @Option(name: .long, parsing: .singleValue, help: "Team to join, created if missing (repeatable).") var team: [String] = []
        @OptionGroup var database: DatabaseOption

        func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError("--role must be one of: admin, security, developer, auditor") }
        }

        func run() throws {
            let password = try Self.readPassword()
            guard password.count >= 12 else { throw InputError("the password must have at least 12 characters") }
            guard password.utf8.count <= 72 else { throw InputError("the password must have at most 72 bytes") }
            let hash = Bcrypt.hash(password, cost: 12)
            let (name, role, teams) = (name, Role(rawValue: role)!, team)
            let user = try database.withStore { store in
                try await store.createUser(name: name, passwordHash: hash, role: role, teams: teams, actor: AdminCommand.actor)
            }
            Terminal.standardError("ward: created \(user.role.rawValue) '\(user.name)'\(user.teams.isEmpty ? "" : " in " + user.teams.map(\.name).joined(separator: ", "))\n")
        }

        static func readPassword() throws -> String {
            if isatty(STDIN_FILENO) == 1 {
                guard let pointer = getpass("Password for the new user: ") else { throw InputError("no password given") }
                return String(cString: pointer)
            }
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let line = String(data: data, encoding: .utf8)?.split(separator: "\n", omittingEmptySubsequences: false).first else {
                throw InputError("no password on standard input")
            }
            return String(line).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        }
    }

    struct CreateTeam: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create-team", abstract: "Create a team.")
        @Argument(help: "Team name.") var name: String
        @OptionGroup var database: DatabaseOption

        func run() throws {
            let name = name
            let team = try database.withStore { store in try await store.createTeam(name, actor: AdminCommand.actor) }
            Terminal.standardError("ward: created team '\(team.name)'\n")
        }
    }

    struct CreateToken: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-token",
            abstract: "Create an API token and print it (alone, on standard output); it is shown only this once.")

        @Argument(help: "A name for the token, e.g. the pipeline that uses it.") var name: String
        @Option(name: .long, help: "The user the token acts for.") var user: String
        @Option(name: .long, parsing: .singleValue, help: "Limit the token to this project (repeatable).") var project: [String] = []
        @Option(name: .long, help: "A lower role than the user's, e.g. developer for an upload-only pipeline token.") var role: String?
        @Flag(name: .long, help: "Let the token create a project on its first upload.") var createProjects = false
        @OptionGroup var database: DatabaseOption

        func validate() throws {
            if let role, Role(rawValue: role) == nil { throw ValidationError("--role must be one of: admin, security, developer, auditor") }
        }

        func run() throws {
            let (name, user, projects, role, create) = (name, user, project, role.flatMap(Role.init(rawValue:)), createProjects)
            let token = try database.withStore { store in
                try await store.createToken(
                    name: name, user: user, role: role, projects: projects.isEmpty ? nil : projects, canCreateProjects: create,
                    actor: AdminCommand.actor
                ).token
            }
            print(token)
        }
    }

    struct CreateProject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-project", abstract: "Create a project with its security profile (uploads may also create projects).")

        @Argument(help: "Project key, as pipelines name it with --project.") var key: String
        @Option(name: .long, help: "Display name (default: the key).") var name: String?
        @Option(name: .long, help: "Owning team; its developers see the project.") var team: String?
        @Option(name: .long, help: "internet, partner or internal.") var exposure = "internal"
        @Option(name: .long, help: "public, internal, confidential, personal or financial.") var data = "internal"
        @Option(name: .long, help: "web, mobile, api or batch.") var platform = "api"
        @Option(name: .long, help: "low, medium, high or critical.") var criticality = "medium"
        @OptionGroup var database: DatabaseOption

        func validate() throws {
            guard ProjectProfile.Exposure(rawValue: exposure) != nil else { throw ValidationError("--exposure must be internet, partner or internal") }
            guard ProjectProfile.DataClassification(rawValue: data) != nil else {
                throw ValidationError("--data must be public, internal, confidential, personal or financial")
            }
            guard ProjectProfile.Platform(rawValue: platform) != nil else { throw ValidationError("--platform must be web, mobile, api or batch") }
            guard ProjectProfile.Criticality(rawValue: criticality) != nil else { throw ValidationError("--criticality must be low, medium, high or critical") }
        }

        func run() throws {
            let profile = ProjectProfile(
                exposure: .init(rawValue: exposure)!, dataClassification: .init(rawValue: data)!, platform: .init(rawValue: platform)!,
                criticality: .init(rawValue: criticality)!)
            let (key, name, team) = (key, name, team)
            let project = try database.withStore { store in
                try await store.createProject(key: key, name: name, team: team, profile: profile, actor: AdminCommand.actor)
            }
            Terminal.standardError("ward: created project '\(project.key)'\(project.teamName.map { " for team " + $0 } ?? "")\n")
        }
    }
}
