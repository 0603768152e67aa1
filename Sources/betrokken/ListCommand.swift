import ArgumentParser
import BetrokkenModel
import BetrokkenScreen

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Tabel van de geladen profielen: code, naam, provincie, inwoners, record, vormen, hoogste trede."
  )

  @OptionGroup var dataOptions: DataOptions

  @Option(name: .long, help: "Alleen gemeenten in deze provincie (hoofdletters en accenten maken niet uit).")
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
          printError("Onbekende provincie \"\(province)\". Provincies: \(known.joined(separator: ", ")).")
          throw ExitCode(1)
        }
      }
    }
    var table = TextTable(columns: [
      .init("code"), .init("naam"), .init("provincie"), .init("inw. 2025", alignment: .right),
      .init("record"), .init("laag"), .init("vormen", alignment: .right), .init("hoogste trede"),
    ])
    for profile in profiles {
      let municipality = data.registry[profile.code]
      table.append([
        profile.code, profile.name, municipality?.province ?? "?",
        municipality.map { DutchNumber.format($0.population) } ?? "?",
        profile.record.map { $0.id.description } ?? "geen", LayerWords.name(of: profile) ?? "–", FormWords.count(profile),
        profile.record == nil ? "–" : profile.highestRung?.label ?? "?",
      ])
    }
    print(table.rendered, terminator: "")
    print("\(profiles.count == 1 ? "1 profiel" : "\(profiles.count) profielen") op \(data.asOf). record: datum van de gegevens. vormen: die op die dag meetellen (2+1?: 1 met onbekende status). ? = onbekend uit de bronnen.")
  }
}
