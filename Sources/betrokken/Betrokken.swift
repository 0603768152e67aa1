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
      Language.$current.withValue(language) { Self.main(rest) }
    } catch {
      let message = switch error {
      case .missingValue: Strings.text("cli.lang.missing", in: Language.fromEnvironment(ProcessInfo.processInfo.environment))
      case .unknown(let value): Strings.text("cli.lang.unknown", value, in: Language.fromEnvironment(ProcessInfo.processInfo.environment))
      }
      FileHandle.standardError.write(Data((message + "\n").utf8))
      Foundation.exit(64)
    }
  }

  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "betrokken",
    abstract: Strings.text("cli.betrokken.abstract"),
    discussion: "--lang nl|en: " + Strings.text("cli.lang.help"),
    version: "betrokken \(version)",
    subcommands: [DashboardCommand.self, ValidateCommand.self, ListCommand.self, SnapshotCommand.self, CompareCommand.self, CheckCommand.self, OverviewCommand.self, HistoryCommand.self, DiffCommand.self, NewCommand.self, SetCommand.self, UnsetCommand.self, MigrateCommand.self, SchemaCommand.self],
    defaultSubcommand: DashboardCommand.self
  )
}
