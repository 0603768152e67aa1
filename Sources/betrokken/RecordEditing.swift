import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// What `set` and `unset` share: find the record in the writable layer (copying a lower layer's record there as a
/// new record dated today when needed), apply the edit, check, save.
struct RecordEditing {
  let dataOptions: DataOptions
  let municipality: String
  let recordDate: String?

  func apply(_ edit: RecordEdit, describing change: String) throws {
    let data = dataOptions.load(quiet: true)
    // Named as everywhere else (MunicipalityQuery), but among all registered municipalities, with or without a
    // profile.
    let query = MunicipalityQuery(data.registry.municipalities.map { ($0.code, $0.name) })
    guard case .found(let code) = query.match(municipality), let registered = data.registry[code] else {
      printError(Strings.text("editing.notInRegister", municipality))
      throw ExitStatus.unknownName
    }
    let wantedDate = recordDate.flatMap { CalendarDate($0) }
    let layer = WritableLayer(layer: dataOptions.writableLayer)
    // The writable layer's own file first: a broken one is reported as such, not as "no profile".
    let (existing, snapshot) = try layer.existingProfile(registered.code, registry: data.registry)
    guard let situation = data.situation(code: registered.code) ?? existing.map({ Situation($0, asOf: data.asOf) })
    else {
      printError(
        Strings.text(
          "editing.noProfileYet", registered.name, registered.code, WritableLayer.layerArguments(dataOptions)))
      throw ExitStatus.unknownName
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
      let lower =
        wantedDate.map { date in situation.profile.records.first { $0.id == date } } ?? situation.profile.records.last
      guard var copy = lower else {
        printError(
          wantedDate.map { Strings.text("editing.noRecordOfDate", situation.name, $0.description) }
            ?? Strings.text("editing.noRecordYet", situation.name))
        throw ExitStatus.unknownName
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
      let layerName = lower?.origin.map { LayerName.of($0.layer) } ?? Strings.text("editing.layer.lower")
      copiedNotice =
        from == date
        ? Strings.text("editing.copiedInPlace", from.description, snapshot.path, layerName)
        : Strings.text("editing.copiedAsNew", from.description, date.description, snapshot.path, layerName)
    }

    // Apply the edit to the record's JSON, then read the whole file back through the loader.
    let text = ProfileWriter.json(profile)
    guard var root = try? JSONParser.parse(Array(text.utf8)), case .array(var records)? = root.member("records")?.value,
      let index = records.firstIndex(where: {
        if case .string(let s)? = $0.member("id")?.value { s == target.description } else { false }
      })
    else {
      printError(Strings.text("editing.internalRecordMissing", target.description))
      throw ExitStatus.finding
    }
    do {
      try edit.apply(to: &records[index])
    } catch let failure {
      printError(Self.words(failure, path: edit.path))
      throw ExitStatus.usage
    }
    root.setMember("records", JSONNode(.array(records), offset: 0))
    let scratch = NSTemporaryDirectory() + "betrokken-edit-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let editedFile = scratch + "/\(situation.code).json"
    // A file that could not be written is reported by the load below, with its name.
    _ = FileManager.default.createFile(atPath: editedFile, contents: Data(root.jsonText.utf8))
    let (edited, diagnostics) = ProfileLoader.loadFile(editedFile, registry: data.registry)
    guard var edited else {
      for diagnostic in diagnostics where diagnostic.severity == .error {
        printError(
          "\(snapshot.path): \(diagnostic.path.map { "\($0): " } ?? "")\(DiagnosticWords.message(diagnostic.problem))")
      }
      printError(Strings.text("editing.refusedInvalidFile", change))
      throw ExitStatus.finding
    }
    edited.schemaReference = profile.schemaReference
    let written = try layer.save(edited, over: snapshot, registry: data.registry)
    if let copiedNotice { print(copiedNotice) }
    print(
      written
        ? Strings.text("editing.saved", situation.name, target.description, snapshot.path, change)
        : Strings.text("editing.alreadySo", situation.name, target.description, change))
  }

  /// "regulations[vo].kind" → "regulations[vo]".
  static func entry(_ path: String) -> String {
    path.firstIndex(of: "]").map { String(path[...$0]) } ?? path
  }

  static func words(_ failure: RecordEdit.Failure, path: String) -> String {
    switch failure {
    case .badPath(let path):
      Strings.text("editing.failure.badPath", Strings.text("editing.pathGrammar"), path)
    case .notFound(let collection, let id, let creatingKey):
      Strings.text("editing.failure.notFound", collection, creatingKey, id)
    case .required(let path):
      Strings.text("editing.failure.required", path)
    case .unknownSource(let id):
      Strings.text("editing.failure.unknownSource", id)
    case .otherCitation(let path, let source, let section):
      section.map { Strings.text("editing.failure.otherCitation", entry(path), source, $0) }
        ?? Strings.text("editing.failure.otherCitationWithoutSection", entry(path), source)
    case .onlyTrue(let path):
      Strings.text("editing.failure.onlyTrue", path)
    case .citationKey(let path):
      Strings.text("editing.failure.citationKey", path)
    }
  }
}
