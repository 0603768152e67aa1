import ArgumentParser
import BetrokkenScreen
import Foundation

@main
struct Betrokken: ParsableCommand {
  /// Chooses the interface language (`--lang`, else LC_ALL, LC_MESSAGES, LANG) before anything is parsed, so help,
  /// usage and every message come from that language's table.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      let (language, rest) = try LanguageChoice.resolve(arguments, environment: ProcessInfo.processInfo.environment)
      Language.$current.withValue(language) { Self.run(rest) }
    } catch {
      let message =
        switch error {
        case .missingValue:
          Strings.text("cli.lang.missing", in: Language.fromEnvironment(ProcessInfo.processInfo.environment))
        case .unknown(let value):
          Strings.text("cli.lang.unknown", value, in: Language.fromEnvironment(ProcessInfo.processInfo.environment))
        }
      FileHandle.standardError.write(Data((message + "\n").utf8))
      Foundation.exit(64)
    }
  }

  /// Parses and runs a command as swift-argument-parser's `main` does, but says the library's own words (help
  /// titles, usage, parse errors) in the interface language. Help goes to standard output with exit code 0,
  /// errors to standard error with the library's exit code (64 for a usage error).
  static func run(_ arguments: [String]) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Foundation.exit(0)
    } catch {
      let code = exitCode(for: error)
      let message = FrameworkWords.localize(fullMessage(for: error))
      if !message.isEmpty {
        if code == .success {
          print(message)
        } else {
          FileHandle.standardError.write(Data((message + "\n").utf8))
        }
      }
      Foundation.exit(code.rawValue)
    }
  }

  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "betrokken",
    abstract: Strings.text("cli.betrokken.abstract"),
    discussion: "--lang nl|en: " + Strings.text("cli.lang.help"),
    version: "betrokken \(version)",
    subcommands: [
      DashboardCommand.self, ValidateCommand.self, ListCommand.self, SnapshotCommand.self, CompareCommand.self,
      CheckCommand.self, OverviewCommand.self, HistoryCommand.self, DiffCommand.self, NewCommand.self, SetCommand.self,
      UnsetCommand.self, MigrateCommand.self, SchemaCommand.self,
    ],
    defaultSubcommand: DashboardCommand.self
  )
}
