import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Druk het dashboard van een gemeente af als platte tekst (voor een notitie of e-mail).",
    discussion: "Precies HOOGTE regels van hoogstens BREEDTE kolommen, zonder stuurcodes, UTF-8."
  )

  enum Style: String, ExpressibleByArgument, CaseIterable {
    case plain, ascii
  }

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("Gemeente: code of naam (hoofdletters en accenten maken niet uit). Standaard de eerste.", valueName: "GEMEENTE"))
  var municipality: String?

  @Option(name: .long, help: "Breedte in kolommen.")
  var width = 120

  @Option(name: .long, help: "Hoogte in regels.")
  var height = 40

  @Option(name: .long, help: "plain (Unicode-lijnen) of ascii (alleen ASCII-tekens voor lijnen en symbolen).")
  var style: Style = .plain

  @Option(name: .long, help: ArgumentHelp("Schrijf naar dit bestand in plaats van naar standaarduitvoer.", valueName: "BESTAND"))
  var output: String?

  func validate() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw ValidationError("--width en --height moeten tussen 1 en 1000 liggen.")
    }
  }

  func run() throws {
    let data = dataOptions.load()
    let profile = try resolveMunicipality(municipality, in: data)
    let state = DashboardState(selectedCode: profile?.code)
    let screen = DashboardView.render(data: data, state: state, width: width, height: height,
      symbols: style == .ascii ? .ascii : .unicode)
    try writeText(screen.text, to: output)
  }
}

/// Finds the municipality the user named, or exits 1 with close matches.
func resolveMunicipality(_ query: String?, in data: DataSet) throws -> Situation? {
  guard let query else { return data.situations.first }
  if let situation = data.situation(matching: query) { return situation }
  var message = "Geen profiel gevonden voor \"\(query)\"."
  let close = data.suggestions(for: query)
  if !close.isEmpty { message += " Bedoelde u: \(close.joined(separator: ", "))?" }
  if let registered = data.registry.municipalities.first(where: { $0.name.folded == query.folded || $0.code.folded == query.folded }) {
    if data.failedFiles.contains(where: { $0.hasSuffix("/\(registered.code).json") || $0 == "\(registered.code).json" }) {
      message = "Het profiel van \(registered.name) (\(registered.code)) bevat fouten en is niet geladen; zie betrokken validate."
    } else {
      message = "\(registered.name) (\(registered.code)) staat in het register, maar er is nog geen profiel van."
    }
  }
  printError(message)
  throw ExitCode(1)
}

/// Writes text to a file or standard output; a file that cannot be written is a clear error.
func writeText(_ text: String, to path: String?) throws {
  guard let path else {
    FileHandle.standardOutput.write(Data(text.utf8))
    return
  }
  do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  } catch {
    printError("Kan \(path) niet schrijven: \(error.localizedDescription)")
    throw ExitCode(1)
  }
}
