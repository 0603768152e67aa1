import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Toets gemeenten aan de wet en aan de aandachtspunten van de leidraad.",
    discussion: "Alleen een regeling beslist een wettelijk onderdeel; de praktijk staat ernaast. Exitcode 0: geen wettelijk onderdeel 'niet voldaan'; 1: wel (of een onbekende gemeente); 64: verkeerd gebruik. De participatieverordening verandert de exitcode niet."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("Gemeenten (code of naam); standaard alle geladen profielen.", valueName: "GEMEENTE"))
  var municipalities: [String] = []

  @Option(name: .long, help: "Uitvoer: text of json.")
  var format: OutputFormat = .text

  func run() throws {
    let data = dataOptions.load()
    var situations: [Situation] = []
    for query in municipalities {
      guard let situation = try resolveMunicipality(query, in: data) else { continue }
      situations.append(situation)
    }
    if municipalities.isEmpty { situations = data.situations }
    let results = situations.map { ($0, ProfileChecks($0)) }
    switch format {
    case .text: print(CheckReport.text(results), terminator: "")
    case .json: print(CheckJSON.text(results, asOf: data.asOf))
    }
    if results.contains(where: { $0.1.anyLegalItemNotMet }) { throw ExitCode(1) }
  }
}

