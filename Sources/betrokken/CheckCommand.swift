import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: Strings.text("cli.check.abstract"),
    discussion: Strings.text("cli.check.discussion")
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
  }

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp(
      Strings.text("cli.check.municipalitiesHelp"), valueName: Strings.text("cli.valueName.municipality")))
  var municipalities: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      Strings.text("cli.help.formatTextJsonMarkdown"), valueName: Strings.text("cli.valueName.format")))
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
    case .json: print(try CheckJSON.text(results, asOf: data.asOf))
    case .markdown: print(CheckMarkdown.text(results), terminator: "")
    }
    if results.contains(where: { $0.1.anyLegalItemNotMet }) { throw ExitStatus.finding }
  }
}
