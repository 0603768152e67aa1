import ArgumentParser
import BetrokkenModel
import Foundation

/// `betrokken set GEMEENTE PATH VALUE --source ID [--section S] [--record DATE]` and `betrokken unset GEMEENTE PATH`:
/// one fact at a time, checked as `validate` would before anything is written (docs/editing.md).
struct SetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Zet één feit van een gemeente, met bron; gecontroleerd voordat er iets wordt geschreven.",
    discussion: """
      PAD: choices.SLEUTEL, regulationLists.SLEUTEL, formsComplete, sources[ID].SLEUTEL, forms[ID].SLEUTEL, \
      regulations[ID].SLEUTEL, regulations[ID].legalItems.a–f, regulations[ID].participationItems.SLEUTEL, \
      sharedBodies[ID].localNote. WAARDE is JSON of kale tekst; voor keuzelijsten mag ook het Nederlandse woord \
      (adviseren → advise). Een nieuwe vorm begint met forms[ID].name, een nieuwe regeling met regulations[ID].title, \
      een nieuwe bron met sources[ID].title. Zie docs/editing.md. Exitcode 0: geschreven; 1: geweigerd (niets geschreven); 64: verkeerd gebruik.
      """
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(help: ArgumentHelp("Gemeente: code of naam.", valueName: "GEMEENTE")) var municipality: String
  @Argument(help: ArgumentHelp("Wat u zet, bijvoorbeeld forms[sociale-raad].rung.", valueName: "PAD")) var path: String
  @Argument(help: ArgumentHelp("De waarde: JSON of kale tekst.", valueName: "WAARDE")) var value: String
  @Option(name: .long, help: ArgumentHelp("Id van de bron in het record (niet nodig voor sources[…]).", valueName: "ID")) var source: String?
  @Option(name: .long, help: ArgumentHelp("Paragraaf of artikel in die bron.", valueName: "S")) var section: String?
  @Option(name: .long, help: ArgumentHelp("Het record (datum) om te wijzigen; standaard het nieuwste in uw laag.", valueName: "JJJJ-MM-DD"))
  var record: String?

  func validate() throws {
    if source == nil && !path.hasPrefix("sources[") {
      throw ValidationError("Geef --source ID: elk feit noemt zijn bron.")
    }
    if let section, ["", "null", "none", "geen"].contains(section.trimmingCharacters(in: .whitespaces).lowercased()) {
      throw ValidationError("--section \"\(section)\": laat --section weg als de bron geen paragraaf of artikel noemt.")
    }
    if let record, CalendarDate(record) == nil {
      throw ValidationError("--record verwacht een datum als 2026-11-29; gevonden \"\(record)\".")
    }
  }

  func run() throws {
    let operation = RecordEdit.Operation.set(value: value, source: source ?? "", section: section)
    try RecordEditing(dataOptions: dataOptions, municipality: municipality, recordDate: record)
      .apply(RecordEdit(path: path, operation: operation), describing: "\(path) = \(value)")
  }
}

struct UnsetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unset",
    abstract: "Maak één feit onbekend (null), of haal een artikel, verwijzing, vorm, regeling of bron weg; gecontroleerd voordat er iets wordt geschreven.",
    discussion: "PAD als bij set; forms[ID], regulations[ID], sources[ID] of sharedBodies[ID] zonder sleutel haalt het geheel weg (geweigerd zolang iets ernaar verwijst). Exitcode 0: geschreven; 1: geweigerd (niets geschreven); 64: verkeerd gebruik."
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(help: ArgumentHelp("Gemeente: code of naam.", valueName: "GEMEENTE")) var municipality: String
  @Argument(help: ArgumentHelp("Wat onbekend wordt, bijvoorbeeld forms[sociale-raad].rung.", valueName: "PAD")) var path: String
  @Option(name: .long, help: ArgumentHelp("Het record (datum); standaard het nieuwste in uw laag.", valueName: "JJJJ-MM-DD"))
  var record: String?

  func validate() throws {
    if let record, CalendarDate(record) == nil {
      throw ValidationError("--record verwacht een datum als 2026-11-29; gevonden \"\(record)\".")
    }
  }

  func run() throws {
    // A path without a key names a whole entry, which goes; a fact becomes unknown.
    let wholeEntry = path.hasSuffix("]")
    try RecordEditing(dataOptions: dataOptions, municipality: municipality, recordDate: record)
      .apply(RecordEdit(path: path, operation: .unset), describing: wholeEntry ? "\(path) weggehaald" : "\(path) onbekend")
  }
}

/// What `set` and `unset` share: find the record in the writable layer (copying a lower layer's record there as a
/// new record dated today when needed), apply the edit, check, save.
struct RecordEditing {
  let dataOptions: DataOptions
  let municipality: String
  let recordDate: String?

  func apply(_ edit: RecordEdit, describing change: String) throws {
    let data = dataOptions.load(quiet: true)
    let wanted = municipality.folded.trimmingCharacters(in: .whitespaces)
    guard let registered = data.registry.municipalities.first(where: { $0.code.folded == wanted || $0.name.folded == wanted }) else {
      printError("\"\(municipality)\" staat niet in het register.")
      throw ExitCode(1)
    }
    let wantedDate = recordDate.flatMap { CalendarDate($0) }
    let layer = WritableLayer(layer: dataOptions.writableLayer)
    // The writable layer's own file first: a broken one is reported as such, not as "no profile".
    let (existing, snapshot) = try layer.existingProfile(registered.code, registry: data.registry)
    guard let situation = data.situation(code: registered.code) ?? existing.map({ Situation($0, asOf: data.asOf) }) else {
      printError("\(registered.name) heeft nog geen profiel; maak eerst een record met betrokken new \(registered.code)\(WritableLayer.layerArguments(dataOptions)).")
      throw ExitCode(1)
    }
    var profile = existing ?? Profile(code: situation.code, name: situation.name, records: [], file: snapshot.path)
    if profile.schemaReference == nil { profile.schemaReference = layer.schemaReference }

    // The record to change: the one asked for, or the newest in this layer; a lower layer's record is copied first.
    var copiedNotice: String?
    let target: CalendarDate
    if let wantedDate, profile.records.contains(where: { $0.id == wantedDate }) {
      target = wantedDate
    } else if wantedDate == nil, let newest = profile.records.last {
      target = newest.id
    } else {
      let lower = wantedDate.map { date in situation.profile.records.first { $0.id == date } } ?? situation.profile.records.last
      guard var copy = lower else {
        printError(wantedDate.map { "\(situation.name) heeft geen record van \($0)." } ?? "\(situation.name) heeft nog geen record; maak er een met betrokken new.")
        throw ExitCode(1)
      }
      // A record named with --record is corrected under its own date (the copy then stands in for it); otherwise the
      // newest record is carried forward as a new record dated today (this layer has none, or the newest would be used).
      let date = wantedDate ?? CalendarDate.today()
      let from = copy.id
      copy.id = date
      copy.origin = nil
      profile.records.append(copy)
      profile.records.sort { $0.id < $1.id }
      target = date
      let layerName = lower?.origin.map { LayerName.of($0.layer) } ?? "een lagere laag"
      copiedNotice = from == date
        ? "Het record van \(from) uit \(layerName) is eerst gekopieerd naar \(snapshot.path); die kopie staat er nu voor in de plaats."
        : "Het record van \(from) uit \(layerName) is eerst gekopieerd naar een nieuw record van \(date) in \(snapshot.path)."
    }

    // Apply the edit to the record's JSON, then read the whole file back through the loader.
    let text = ProfileWriter.json(profile)
    guard var root = try? JSONParser.parse(Array(text.utf8)), case .array(var records)? = root.member("records")?.value,
      let index = records.firstIndex(where: { if case .string(let s)? = $0.member("id")?.value { s == target.description } else { false } })
    else {
      printError("Interne fout: het record \(target) is niet terug te vinden. Er is niets geschreven.")
      throw ExitCode(1)
    }
    do {
      try edit.apply(to: &records[index])
    } catch let failure {
      printError(Self.words(failure, path: edit.path))
      throw ExitCode(1)
    }
    root.setMember("records", JSONNode(.array(records), offset: 0))
    let scratch = NSTemporaryDirectory() + "betrokken-edit-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let editedFile = scratch + "/\(situation.code).json"
    FileManager.default.createFile(atPath: editedFile, contents: Data(root.jsonText.utf8))
    let (edited, diagnostics) = ProfileLoader.loadFile(editedFile, registry: data.registry)
    guard var edited else {
      for diagnostic in diagnostics where diagnostic.severity == .error {
        printError("\(snapshot.path): \(diagnostic.path.map { "\($0): " } ?? "")\(diagnostic.message)")
      }
      printError("Geweigerd: \(change) zou het bestand ongeldig maken. Er is niets geschreven.")
      throw ExitCode(1)
    }
    edited.schemaReference = profile.schemaReference
    let written = try layer.save(edited, over: snapshot, registry: data.registry)
    if let copiedNotice { print(copiedNotice) }
    print(written
      ? "\(situation.name), record \(target): \(change). Opgeslagen in \(snapshot.path)"
      : "\(situation.name), record \(target): \(change) stond er al; er is niets geschreven.")
  }

  /// "regulations[vo].kind" → "regulations[vo]".
  static func entry(_ path: String) -> String {
    path.firstIndex(of: "]").map { String(path[...$0]) } ?? path
  }

  static func words(_ failure: RecordEdit.Failure, path: String) -> String {
    switch failure {
    case .badPath(let path, let expected):
      "Onbekend pad \"\(path)\"; verwacht \(expected). Er is niets geschreven."
    case .notFound(let collection, let id, let creatingKey):
      "\(collection)[\(id)] bestaat niet in dit record; maak het aan met \(collection)[\(id)].\(creatingKey). Er is niets geschreven."
    case .required(let path):
      "\(path) kan niet onbekend zijn (verplicht). Er is niets geschreven."
    case .unknownSource(let id):
      "Bron \"\(id)\" staat niet in dit record; voeg haar toe met sources[\(id)].title. Er is niets geschreven."
    case .otherCitation(let path, let source, let section):
      "\(entry(path)) wordt geciteerd met bron \"\(source)\"\(section.map { " (\($0))" } ?? " zonder sectie"); gebruik --source \(source)\(section.map { " --section \"\($0)\"" } ?? " zonder --section"), of voeg een nieuwe regeling toe. Er is niets geschreven."
    case .onlyTrue(let path):
      "\(path) kan alleen true zijn (een bron zegt dat de lijst compleet is); gebruik unset als dat niet zo is. Er is niets geschreven."
    case .citationKey(let path):
      "\(path): de bron van een vorm of regeling verandert u niet los; geef een feit een eigen bron met --source en --section. Er is niets geschreven."
    }
  }
}

/// Layer names for command-line messages.
enum LayerName {
  static func of(_ layer: DataLayer) -> String {
    switch layer.kind {
    case .shipped: "de meegeleverde gegevens"
    case .user: "uw eigen laag"
    case .named: layer.path
    }
  }
}
