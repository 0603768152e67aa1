import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken new GEMEENTE [--date DATE]`: a new record with every fact unknown, in the user's own layer (or the
/// last `--data`), ready for `set`.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: Strings.text("editing.new.abstract"),
    discussion: Strings.text("editing.new.discussion")
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp(
      Strings.text("editing.new.municipalityHelp"), valueName: Strings.text("editing.valueName.municipality")))
  var municipality: String

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("editing.new.dateHelp"), valueName: Strings.text("editing.valueName.date")))
  var date: String?

  @Flag(name: .long, help: ArgumentHelp(Strings.text("editing.new.replaceHelp")))
  var replace = false

  func validate() throws {
    if let date {
      guard let parsed = CalendarDate(date) else {
        throw ValidationError(Strings.text("editing.new.dateNotADate", date))
      }
      guard parsed >= CalendarDate.lawsInForce else {
        throw ValidationError(Strings.text("editing.new.dateBeforeLaws", parsed.description))
      }
    }
  }

  func run() throws {
    let day = date.flatMap { CalendarDate($0) } ?? CalendarDate.today()
    let data = dataOptions.load(quiet: true)
    // Named as everywhere else (MunicipalityQuery), but among all registered municipalities, with or without a
    // profile.
    let query = MunicipalityQuery(data.registry.municipalities.map { ($0.code, $0.name) })
    guard case .found(let code) = query.match(municipality), let registered = data.registry[code] else {
      printError(Strings.text("editing.new.notInRegister", municipality))
      throw ExitStatus.unknownName
    }
    let layer = WritableLayer(layer: dataOptions.writableLayer)
    let (existing, snapshot) = try layer.existingProfile(registered.code, registry: data.registry)
    var profile = existing ?? Profile(code: registered.code, name: registered.name, records: [], file: snapshot.path)
    if profile.schemaReference == nil { profile.schemaReference = layer.schemaReference }
    if profile.records.contains(where: { $0.id == day }) {
      printError(Strings.text("editing.new.recordExists", day.description, snapshot.path))
      throw ExitStatus.usage
    }
    // An empty record would hide a lower layer's record of the same date: refuse before writing, unless asked.
    let hidden = data.situation(code: registered.code)?.profile.records
      .first { $0.id == day && $0.origin.map { $0.layer != dataOptions.writableLayer } ?? false }
    if let origin = hidden?.origin, !replace {
      let message =
        switch origin.layer.kind {
        case .shipped: Strings.text("editing.new.hidesShipped", day.description, registered.name)
        case .user: Strings.text("editing.new.hidesUser", day.description, registered.name)
        case .named: Strings.text("editing.new.hidesNamed", day.description, registered.name, origin.layer.path)
        }
      printError(message)
      throw ExitStatus.usage
    }
    profile.records.append(RecordSkeleton.record(day))
    profile.records.sort { $0.id < $1.id }
    try layer.save(profile, over: snapshot, registry: data.registry)
    print(Strings.text("editing.new.added", day.description, registered.name, snapshot.path))
    if let origin = hidden?.origin {
      print(Strings.text("editing.new.hidesLower", day.description, LayerName.of(origin.layer)))
    }
    let layerArguments = WritableLayer.layerArguments(dataOptions)
    print(Strings.text("editing.new.nextStep"))
    print(Strings.text("editing.new.exampleSource", registered.code, layerArguments))
    print(Strings.text("editing.new.exampleForm", registered.code, layerArguments))
    print(Strings.text("editing.new.exampleRung", registered.code, layerArguments))
    print(Strings.text("editing.new.orDashboard", registered.code, layerArguments))
  }
}
