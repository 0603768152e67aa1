import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: Strings.text("cli.snapshot.abstract"),
    discussion: Strings.text("cli.snapshot.discussion")
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp(
      Strings.text("cli.snapshot.municipalityHelp"), valueName: Strings.text("cli.valueName.municipality")))
  var municipality: String?

  @Option(
    name: .long, help: ArgumentHelp(Strings.text("cli.help.width"), valueName: Strings.text("cli.valueName.width")))
  var width = 120

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.snapshot.heightHelp"), valueName: Strings.text("cli.valueName.height")))
  var height: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.snapshot.styleHelp"), valueName: Strings.text("cli.valueName.style")))
  var style: DrawingStyle = .plain

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.snapshot.outputHelp"), valueName: Strings.text("cli.valueName.file")))
  var output: String?

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height ?? 40) else {
      throw ValidationError(Strings.text("cli.error.widthHeight"))
    }
    let minimum = DashboardView.minimumSize
    guard width >= minimum.width, (height ?? minimum.height) >= minimum.height else {
      throw ValidationError(
        Strings.text(
          "screen.size.belowMinimum", "\(width)×\(height ?? minimum.height)", "\(minimum.width)×\(minimum.height)"))
    }
  }

  func run() throws {
    let data = dataOptions.load()
    let profile = try resolveMunicipality(municipality, in: data)
    let state = DashboardState(selectedCode: profile?.code)
    let symbols: Symbols = style == .ascii ? .ascii : .unicode
    // Exactly the screen of a size; without --height, into a file or a pipe, the whole dashboard as a document.
    let toTerminal = (output == nil || output == "-") && isatty(STDOUT_FILENO) == 1
    let screen =
      if let height {
        DashboardView.render(data: data, state: state, width: width, height: height, symbols: symbols)
      } else if toTerminal {
        DashboardView.render(data: data, state: state, width: width, height: 40, symbols: symbols)
      } else {
        DashboardDocument.render(data: data, state: state, width: width, symbols: symbols)
      }
    try writeText(screen.text, to: output)
  }
}

/// Finds the municipality the user named (see `MunicipalityQuery`), or exits 3 saying why: several fit, close
/// names, a registered municipality without a profile (or whose profile has errors), or — for the dashboard, where a
/// mistyped command lands — the command meant.
func resolveMunicipality(_ query: String?, in data: DataSet, commands: [String] = []) throws -> Situation? {
  guard let query else { return data.situations.first }
  let names = { (codes: [String]) in codes.compactMap { data.situation(code: $0)?.name } }
  var message: String
  switch data.match(query) {
  case .found(let code):
    if let situation = data.situation(code: code) { return situation }
    message = Strings.text("cli.error.noProfile", query)
  case .ambiguous(let codes):
    message = Strings.text("names.ambiguous", query, names(codes).joined(separator: ", "))
  case .none(let codes):
    message = Strings.text("cli.error.noProfile", query)
    if !codes.isEmpty { message += " " + Strings.text("cli.error.didYouMean", names(codes).joined(separator: ", ")) }
    let registry = MunicipalityQuery(data.registry.municipalities.map { ($0.code, $0.name) })
    if case .found(let code) = registry.match(query), let registered = data.registry[code] {
      let failed = data.failedFiles.contains {
        $0.hasSuffix("/\(registered.code).json") || $0 == "\(registered.code).json"
      }
      message = Strings.text(
        failed ? "cli.error.profileHasErrors" : "cli.error.registeredWithoutProfile", registered.name, registered.code)
    } else if let command = commands.first(where: { Suggestions.isClose(query.folded, $0) }) {
      message += " " + Strings.text("names.didYouMeanCommand", command)
    }
  }
  printError(message)
  throw ExitStatus.unknownName
}

/// Writes text to a file or standard output (no path, or `-`); a file that cannot be written is a clear error.
func writeText(_ text: String, to path: String?) throws {
  guard let path, path != "-" else {
    FileHandle.standardOutput.write(Data(text.utf8))
    return
  }
  do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  } catch {
    printError(Strings.text("cli.error.cannotWrite", path, FileErrorWords.reason(error)))
    throw ExitStatus.io
  }
}
