import ArgumentParser
import BetrokkenModel
import BetrokkenScreen

struct OverviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overview",
    abstract: "Overzicht van alle geladen gemeenten: ladder, fasen, wettelijke onderdelen, aandachtspunten.",
    discussion: "Met --compare-with DATUM: het overzicht op --as-of en op DATUM naast elkaar, met hoeveel gemeenten veranderden."
  )

  @OptionGroup var dataOptions: DataOptions

  @Option(name: .long, help: "Breedte in kolommen.")
  var width = 100

  @Option(name: .customLong("compare-with"), help: ArgumentHelp("Tweede datum, naast --as-of.", valueName: "JJJJ-MM-DD"))
  var compareWith: String?

  func validate() throws {
    if let compareWith {
      guard let date = CalendarDate(compareWith) else {
        throw ValidationError("--compare-with verwacht een datum als 2015-09-30 (JJJJ-MM-DD); gevonden \"\(compareWith)\".")
      }
      if date < CalendarDate.lawsInForce {
        throw ValidationError("--compare-with \(date) ligt voor 2015-01-01, toen de Wmo 2015, de Jeugdwet en de Participatiewet in werking traden.")
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
    print(OverviewReport.text(data, width: width, symbols: .unicode), terminator: "")
  }
}
