import ArgumentParser
import BetrokkenModel
import BetrokkenScreen

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: Strings.text("cli.list.abstract")
  )

  @OptionGroup var dataOptions: DataOptions

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.list.provinceHelp"), valueName: Strings.text("cli.valueName.province")))
  var province: String?

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv
    case csvNL = "csv-nl"
    case json
  }

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.list.formatHelp"), valueName: Strings.text("cli.valueName.format")))
  var format: OutputFormat = .text

  func run() throws {
    let data = dataOptions.load()
    var profiles = data.situations
    if let province {
      // Any name of the province (Fryslân as well as Friesland), without regard to case or accents.
      let known = Set(data.registry.municipalities.map(\.province)).sorted()
      guard let wanted = ProvinceNames.registered(province, among: known) else {
        printError(Strings.text("cli.list.unknownProvince", province, known.joined(separator: ", ")))
        throw ExitStatus.usage
      }
      profiles = profiles.filter { data.registry[$0.code]?.province == wanted }
    }
    switch format {
    case .text:
      print(ListTable.text(profiles, registry: data.registry), terminator: "")
      print(Strings.text("cli.list.footer", Strings.count(profiles.count, "cli.list.profile"), "\(data.asOf)"))
    case .markdown:
      print(ListMarkdown.text(profiles, data: data), terminator: "")
    case .csv, .csvNL:
      let dialect: CSVWriter.Dialect = format == .csv ? .rfc4180 : .dutchSpreadsheet
      print(ListCSV.text(profiles, registry: data.registry, dialect: dialect), terminator: "")
    case .json:
      print(try ListJSON.text(profiles, registry: data.registry))
    }
  }
}
