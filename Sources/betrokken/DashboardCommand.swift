import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import BetrokkenTerminal
import Foundation

/// `betrokken [GEMEENTE]`: the interactive dashboard.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: Strings.text("cli.dashboard.abstract")
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp(
      Strings.text("cli.dashboard.municipalityHelp"), valueName: Strings.text("cli.valueName.municipality")))
  var municipality: String?

  @Flag(name: .long, help: ArgumentHelp(Strings.text("cli.dashboard.noColorHelp")))
  var noColor = false

  @Flag(name: .long, help: ArgumentHelp(Strings.text("cli.dashboard.noMouseHelp")))
  var noMouse = false

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.dashboard.styleHelp"), valueName: Strings.text("cli.valueName.style")))
  var style: DrawingStyle?

  @Option(name: .long, help: ArgumentHelp(Strings.text("cli.dashboard.snapshotDirHelp"), valueName: "DIR"))
  var snapshotDir: String?

  /// A snapshot directory that is not there or cannot be written is a usage error at start, never a silent
  /// fallback somewhere else.
  func validate() throws {
    guard let snapshotDir else { return }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: snapshotDir, isDirectory: &isDirectory) else {
      throw ValidationError(Strings.text("editing.snapshotDir.missing", snapshotDir))
    }
    guard isDirectory.boolValue else {
      throw ValidationError(Strings.text("editing.snapshotDir.notADirectory", snapshotDir))
    }
    guard FileManager.default.isWritableFile(atPath: snapshotDir) else {
      throw ValidationError(Strings.text("editing.snapshotDir.notWritable", snapshotDir))
    }
  }

  func run() throws {
    let data = dataOptions.load(quiet: true)
    let start = try resolveMunicipality(
      municipality, in: data, commands: Betrokken.configuration.subcommands.map { $0._commandName })
    let environment = ProcessInfo.processInfo.environment
    let colorOff = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    let terminal: Terminal
    do {
      terminal = try Terminal(noColor: colorOff, mouse: !noMouse)
    } catch {
      printError(error.description)
      throw ExitStatus.refused
    }
    let symbols: Symbols =
      switch style {
      case .plain: .unicode
      case .ascii: .asciiOnly
      case nil: TerminalCharset.symbols(environment: environment)
      }
    var runner = DashboardRunner(
      terminal: terminal, data: data, symbols: symbols, start: start?.code, snapshotDirectory: snapshotDir,
      dataOptions: dataOptions)
    let status = runner.run()
    terminal.end()
    for notice in LoadWords.notices(data) { printError(notice) }
    if status != 0 { throw ExitCode(status) }
  }
}
