import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: Strings.text("cli.compare.abstract"),
    discussion: Strings.text("cli.compare.discussion")
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv
    case csvNL = "csv-nl"
  }

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp(
      Strings.text("cli.compare.municipalitiesHelp"), valueName: Strings.text("cli.valueName.municipality")))
  var municipalities: [String] = []

  @Option(
    name: .long, help: ArgumentHelp(Strings.text("cli.help.width"), valueName: Strings.text("cli.valueName.width")))
  var width = 120

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.compare.heightHelp"), valueName: Strings.text("cli.valueName.height")))
  var height: Int?

  @Flag(name: .long, help: ArgumentHelp(Strings.text("cli.compare.differencesOnlyHelp")))
  var differencesOnly = false

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.compare.formatHelp"), valueName: Strings.text("cli.valueName.format")))
  var format: OutputFormat = .text

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.compare.styleHelp"), valueName: Strings.text("cli.valueName.style")))
  var style: DrawingStyle = .plain

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.compare.outputHelp"), valueName: Strings.text("cli.valueName.file")))
  var output: String?

  func validate() throws {
    guard Comparison.allowedCount.contains(municipalities.count) else {
      throw ValidationError(Strings.text("cli.compare.count", String(municipalities.count)))
    }
    guard (1...1000).contains(width), (1...1000).contains(height ?? 40) else {
      throw ValidationError(Strings.text("cli.error.widthHeight"))
    }
  }

  func run() throws {
    let data = dataOptions.load()
    var codes: [String] = []
    for query in municipalities {
      guard let profile = try resolveMunicipality(query, in: data) else { continue }
      if codes.contains(profile.code) {
        printError(Strings.text("cli.compare.twice", profile.name))
        throw ExitStatus.usage
      }
      codes.append(profile.code)
    }
    switch format {
    case .csv, .csvNL:
      let profiles = codes.compactMap { data.situation(code: $0) }
      let dialect: CSVWriter.Dialect = format == .csv ? .rfc4180 : .dutchSpreadsheet
      try writeText(
        ComparisonCSV.text(Comparison(profiles), differencesOnly: differencesOnly, dialect: dialect), to: output)
    case .markdown:
      let profiles = codes.compactMap { data.situation(code: $0) }
      try writeText(
        ComparisonMarkdown.text(Comparison(profiles), registry: data.registry, differencesOnly: differencesOnly),
        to: output)
    case .text:
      var state = DashboardState(selectedCode: codes.first, mode: .comparison(ComparisonMode(codes: codes)))
      state.differencesOnly = differencesOnly
      let symbols: Symbols = style == .ascii ? .ascii : .unicode
      // With --height exactly that screen; without it the whole comparison, every row and the legend, no key hints.
      let screen =
        if let height {
          DashboardView.render(data: data, state: state, width: width, height: height, symbols: symbols)
        } else {
          DashboardDocument.render(data: data, state: state, width: width, symbols: symbols)
        }
      try writeText(screen.text, to: output)
    }
  }
}
