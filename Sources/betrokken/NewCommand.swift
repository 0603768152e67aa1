import ArgumentParser
import BetrokkenModel
import Foundation

/// `betrokken new GEMEENTE [--date DATE]`: a new record with every fact unknown, in the user's own layer (or the
/// last `--data`), ready for `set`.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Voeg een leeg record toe voor een gemeente, in uw eigen laag (of de laatste --data).",
    discussion: "Exitcode 0: aangemaakt; 1: die laag heeft al een record van die datum, of het bestand heeft fouten; 64: verkeerd gebruik."
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("Gemeente uit het register: code of naam.", valueName: "GEMEENTE"))
  var municipality: String

  @Option(name: .long, help: ArgumentHelp("Datum van het record (standaard vandaag).", valueName: "JJJJ-MM-DD"))
  var date: String?

  @Flag(name: .long, help: "Ook als een lagere laag een record van die datum heeft; het lege record verbergt dat dan.")
  var replace = false

  func validate() throws {
    if let date {
      guard let parsed = CalendarDate(date) else {
        throw ValidationError("--date verwacht een datum als 2026-11-29; gevonden \"\(date)\".")
      }
      guard parsed >= CalendarDate.lawsInForce else {
        throw ValidationError("--date \(parsed) ligt voor 2015-01-01, toen de drie wetten in werking traden.")
      }
    }
  }

  func run() throws {
    let day = date.flatMap { CalendarDate($0) } ?? CalendarDate.today()
    let data = dataOptions.load(quiet: true)
    let wanted = municipality.folded.trimmingCharacters(in: .whitespaces)
    guard let registered = data.registry.municipalities.first(where: { $0.code.folded == wanted || $0.name.folded == wanted }) else {
      printError("\"\(municipality)\" staat niet in het register van 2025.")
      throw ExitCode(1)
    }
    let layer = WritableLayer(layer: dataOptions.writableLayer)
    let (existing, snapshot) = try layer.existingProfile(registered.code, registry: data.registry)
    var profile = existing ?? Profile(code: registered.code, name: registered.name, records: [], file: snapshot.path)
    if profile.schemaReference == nil { profile.schemaReference = layer.schemaReference }
    if profile.records.contains(where: { $0.id == day }) {
      printError("\(snapshot.path) heeft al een record van \(day); kies een andere --date of vul dat record aan met betrokken set.")
      throw ExitCode(1)
    }
    // An empty record would hide a lower layer's record of the same date: refuse before writing, unless asked.
    let hidden = data.situation(code: registered.code)?.profile.records
      .first { $0.id == day && $0.origin.map { $0.layer != dataOptions.writableLayer } ?? false }
    if let origin = hidden?.origin, !replace {
      let holder = switch origin.layer.kind {
      case .shipped: "De meegeleverde gegevens hebben"
      case .user: "Uw eigen laag heeft"
      case .named: "\(origin.layer.path) heeft"
      }
      printError("\(holder) al een record van \(day) voor \(registered.name); een leeg record zou het verbergen. "
        + "Vul het aan met betrokken set (het wordt dan eerst naar uw laag gekopieerd), kies een andere --date, of gebruik --replace. Er is niets geschreven.")
      throw ExitCode(1)
    }
    profile.records.append(RecordSkeleton.record(day))
    profile.records.sort { $0.id < $1.id }
    try layer.save(profile, over: snapshot, registry: data.registry)
    print("Record \(day) van \(registered.name) toegevoegd: \(snapshot.path)")
    if let origin = hidden?.origin {
      print("Let op: dit record verbergt het record van \(day) uit \(LayerName.of(origin.layer)).")
    }
    let layerArguments = WritableLayer.layerArguments(dataOptions)
    print("Volgende stap: vul de bron in en zet feiten, bijvoorbeeld")
    print("  betrokken set \(registered.code) sources[bron].title \"Verordening …\"\(layerArguments)")
    print("  betrokken set \(registered.code) forms[adviesraad].name \"Adviesraad Sociaal Domein\" --source bron --section \"art. 2\"\(layerArguments)")
    print("  betrokken set \(registered.code) forms[adviesraad].rung adviseren --source bron --section \"art. 3\"\(layerArguments)")
  }
}
