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

  func run() throws {
    let data = dataOptions.load()
    var profiles = data.situations
    if let province {
      let wanted = province.folded
      profiles = profiles.filter { data.registry[$0.code]?.province.folded == wanted }
      if profiles.isEmpty {
        let known = Set(data.registry.municipalities.map(\.province)).sorted()
        if !known.contains(where: { $0.folded == wanted }) {
          printError(Strings.text("cli.list.unknownProvince", province, known.joined(separator: ", ")))
          throw ExitStatus.usage
        }
      }
    }
    var table = TextTable(columns: [
      .init(Strings.text("cli.list.column.code")), .init(Strings.text("cli.list.column.name")),
      .init(Strings.text("cli.list.column.province")),
      .init(Strings.text("cli.list.column.population"), alignment: .right),
      .init(Strings.text("cli.list.column.record")), .init(Strings.text("cli.list.column.layer")),
      .init(Strings.text("cli.list.column.forms"), alignment: .right),
      .init(Strings.text("cli.list.column.highestRung")),
    ])
    for profile in profiles {
      let municipality = data.registry[profile.code]
      table.append([
        profile.code, profile.name, municipality?.province ?? "?",
        municipality.map { DutchNumber.format($0.population) } ?? "?",
        profile.record.map { $0.id.description } ?? Strings.text("cli.list.noRecord"),
        LayerWords.name(of: profile) ?? "–", FormWords.count(profile),
        profile.record == nil ? "–" : profile.highestRung?.label ?? "?",
      ])
    }
    print(table.rendered, terminator: "")
    print(Strings.text("cli.list.footer", Strings.count(profiles.count, "cli.list.profile"), "\(data.asOf)"))
  }
}
