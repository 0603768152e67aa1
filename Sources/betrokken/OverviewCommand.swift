import ArgumentParser
import BetrokkenModel
import BetrokkenScreen

struct OverviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overview",
    abstract: Strings.text("cli.overview.abstract"),
    discussion: Strings.text("cli.overview.discussion")
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  @OptionGroup var dataOptions: DataOptions

  @Option(
    name: .long, help: ArgumentHelp(Strings.text("cli.help.width"), valueName: Strings.text("cli.valueName.width")))
  var width = 100

  @Option(
    name: .customLong("compare-with"),
    help: ArgumentHelp(Strings.text("cli.overview.compareWithHelp"), valueName: Strings.text("cli.valueName.isoDate")))
  var compareWith: String?

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.overview.formatHelp"), valueName: Strings.text("cli.valueName.format")))
  var format: OutputFormat = .text

  func validate() throws {
    if format == .markdown && compareWith != nil {
      throw ValidationError(Strings.text("cli.overview.markdownCompareWith"))
    }
    if let compareWith {
      guard let date = CalendarDate(compareWith) else {
        throw ValidationError(Strings.text("cli.overview.badDate", compareWith))
      }
      if date < CalendarDate.lawsInForce {
        throw ValidationError(Strings.text("cli.overview.dateTooEarly", "\(date)"))
      }
    }
  }

  func run() throws {
    let data = dataOptions.load()
    if let other = compareWith.flatMap(CalendarDate.init) {
      let comparison = OverviewComparison(data, dates: data.asOf, other)
      print(OverviewComparisonReport.text(comparison, width: width, symbols: .unicode), terminator: "")
      return
    }
    switch format {
    case .text: print(OverviewReport.text(data, width: width, symbols: .unicode), terminator: "")
    case .markdown: print(OverviewMarkdown.text(data), terminator: "")
    }
  }
}
