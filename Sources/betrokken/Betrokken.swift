import ArgumentParser
import BetrokkenScreen

@main
struct Betrokken: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "betrokken",
    abstract: Strings.text("cli.betrokken.abstract"),
    version: "betrokken \(version)",
    subcommands: [DashboardCommand.self, ValidateCommand.self, ListCommand.self, SnapshotCommand.self, CompareCommand.self, CheckCommand.self, OverviewCommand.self, HistoryCommand.self, DiffCommand.self, NewCommand.self, SetCommand.self, UnsetCommand.self, MigrateCommand.self, SchemaCommand.self],
    defaultSubcommand: DashboardCommand.self
  )
}
