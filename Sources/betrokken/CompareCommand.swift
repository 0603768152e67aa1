import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Vergelijk 2 tot 4 gemeenten naast elkaar (tekst zoals in het dashboard, of CSV).",
    discussion: "Exitcode 1 bij een onbekende of dubbele gemeente, 64 bij minder dan 2 of meer dan 4."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv
  }

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("2 tot 4 gemeenten: code of naam.", valueName: "GEMEENTE"))
  var municipalities: [String] = []

  @Option(name: .long, help: "Breedte in kolommen.")
  var width = 120

  @Option(name: .long, help: "Hoogte in regels.")
  var height = 40

  @Flag(name: .long, help: "Alleen de rijen die verschillen.")
  var differencesOnly = false

  @Option(name: .long, help: "text (het scherm van het dashboard) of csv (een rij per dimensie).")
  var format: OutputFormat = .text

  @Option(name: .long, help: "plain of ascii.")
  var style: SnapshotCommand.Style = .plain

  @Option(name: .long, help: ArgumentHelp("Schrijf naar dit bestand.", valueName: "BESTAND"))
  var output: String?

  func validate() throws {
    guard Comparison.allowedCount.contains(municipalities.count) else {
      throw ValidationError("Geef 2 tot 4 gemeenten (nu \(municipalities.count)).")
    }
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw ValidationError("--width en --height moeten tussen 1 en 1000 liggen.")
    }
  }

  func run() throws {
    let data = dataOptions.load()
    var codes: [String] = []
    for query in municipalities {
      guard let profile = try resolveMunicipality(query, in: data) else { continue }
      if codes.contains(profile.code) {
        printError("\(profile.name) staat twee keer in de vergelijking.")
        throw ExitCode(1)
      }
      codes.append(profile.code)
    }
    switch format {
    case .csv:
      let profiles = codes.compactMap { data.situation(code: $0) }
      try writeText(ComparisonCSV.text(Comparison(profiles), differencesOnly: differencesOnly), to: output)
    case .text:
      var state = DashboardState(selectedCode: codes.first)
      state.comparison = codes
      state.differencesOnly = differencesOnly
      let screen = DashboardView.render(data: data, state: state, width: width, height: height,
        symbols: style == .ascii ? .ascii : .unicode)
      try writeText(screen.text, to: output)
    }
  }
}
