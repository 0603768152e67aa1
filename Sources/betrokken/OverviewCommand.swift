import ArgumentParser
import BetrokkenModel
import BetrokkenScreen

struct OverviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overview",
    abstract: "Overzicht van alle geladen gemeenten: ladder, fasen, wettelijke onderdelen, aandachtspunten."
  )

  @OptionGroup var dataOptions: DataOptions

  @Option(name: .long, help: "Breedte in kolommen.")
  var width = 100

  func run() throws {
    let data = dataOptions.load()
    print(OverviewReport.text(data, width: width, symbols: .unicode), terminator: "")
  }
}
