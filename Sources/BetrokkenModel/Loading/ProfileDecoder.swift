/// Turns a parsed profile document into a `Profile`, following docs/profile-format.md.
/// Cross-file rules (file name, registry, duplicates) are the loader's.
struct ProfileDecoder {
  static let topKeys = ["formatVersion", "code", "name", "sources", "choices", "ordinance", "forms"]
  static let sourceKeys = ["id", "title", "publisher", "year", "url"]
  static let choiceKeys = [
    "motives", "citizenMotives", "direction", "existingStructures", "perspectives", "topics", "inputKinds",
    "agendaSetting", "facilitation", "organisation", "regionalPolicy", "notes",
  ]
  static let formKeys = [
    "id", "name", "kind", "status", "structure", "contact", "scale", "rung", "phases", "laws", "themes", "perspectives",
    "inputKinds", "setUpBy", "advises", "members", "selection", "legalForm", "resultsAgreement", "rankAndFileLink",
    "memberMunicipalities", "source", "section",
  ]

  var reader: DocumentReader

  init(file: String, text: SourceText) {
    reader = DocumentReader(file: file, text: text)
  }

  /// The profile, or nil when the document has errors (all of them are in `reader.diagnostics`).
  mutating func decode(_ root: JSONNode) -> Profile? {
    guard let top = reader.object(root, path: .root, keys: Self.topKeys) else { return nil }
    if let node = top["formatVersion"], let version = reader.integer(node, path: "formatVersion"),
      version != Profile.formatVersion
    {
      reader.report(at: node.offset, path: "formatVersion",
        "verwacht \(Profile.formatVersion); gevonden \(version) (deze versie van Betrokken kent alleen formaat 1)")
    }
    let code = top["code"].flatMap { reader.string($0, path: "code") }
    if let code, let node = top["code"], !Self.isMunicipalityCode(code) {
      reader.report(at: node.offset, path: "code", "verwacht een CBS-code als \"GM0034\"; gevonden \"\(code)\"")
    }
    let name = top["name"].flatMap { reader.nonEmptyString($0, path: "name") }
    let sources = top["sources"].flatMap { decodeSources($0) } ?? []
    let sourceIDs = Set(sources.map(\.id))
    let choices = top["choices"].map { decodeChoices($0, sources: sourceIDs) } ?? Choices()
    let ordinance = top["ordinance"].map { decodeOrdinance($0, sources: sourceIDs) } ?? Ordinance()
    let forms = top["forms"].flatMap { decodeForms($0, sources: sourceIDs) } ?? []
    guard !reader.hasErrors, let code, let name else { return nil }
    return Profile(
      code: code, name: name, sources: sources, choices: choices, ordinance: ordinance, forms: forms,
      file: reader.file)
  }

  static func isMunicipalityCode(_ s: String) -> Bool {
    let bytes = Array(s.utf8)
    return bytes.count == 6 && bytes[0] == UInt8(ascii: "G") && bytes[1] == UInt8(ascii: "M")
      && bytes[2...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  static func isFormID(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    return !s.isEmpty
      && parts.allSatisfy { part in
        !part.isEmpty && part.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
      }
  }

  private mutating func decodeSources(_ node: JSONNode) -> [Source]? {
    let sources = reader.array(node, path: "sources", unique: false) { reader, child, elementPath -> Source? in
      let path = JSONPath(prefix: elementPath.description, last: .none)
      guard let m = reader.object(child, path: path, keys: Self.sourceKeys) else { return nil }
      let id = m["id"].flatMap { reader.nonEmptyString($0, path: path.member("id")) }
      let title = m["title"].flatMap { reader.nonEmptyString($0, path: path.member("title")) }
      let publisher = m["publisher"].map { reader.optionalString($0, path: path.member("publisher")) }
      let year = m["year"].map { n -> Int?? in n.isNull ? .some(nil) : reader.integer(n, path: path.member("year")).map { .some($0) } }
      let url = m["url"].map { reader.optionalString($0, path: path.member("url")) }
      guard let id, let title, let publisher = publisher ?? nil, let year = year ?? nil, let url = url ?? nil else { return nil }
      return Source(id: id, title: title, publisher: publisher, year: year, url: url)
    }
    guard let sources else { return nil }
    if sources.isEmpty {
      reader.expected("ten minste één bron", at: node, path: "sources")
    }
    if case .array(let nodes) = node.value {
      var seen = Set<String>()
      for (i, source) in sources.enumerated() where !seen.insert(source.id).inserted {
        reader.report(at: nodes[i].offset, path: "sources[\(i)].id", "bron-id \"\(source.id)\" komt twee keer voor")
      }
    }
    return sources
  }

  private mutating func decodeChoices(_ node: JSONNode, sources: Set<String>) -> Choices {
    var choices = Choices()
    guard let m = reader.object(node, path: "choices", keys: Self.choiceKeys) else { return choices }
    func path(_ key: String) -> JSONPath { JSONPath(prefix: "choices", last: .key(key)) }
    choices.motives = reader.fact(m["motives"], path: path("motives"), sources: sources) { $0.keys($1, path: $2, as: Motive.self) }
    choices.citizenMotives = reader.fact(m["citizenMotives"], path: path("citizenMotives"), sources: sources) { $0.keys($1, path: $2, as: CitizenMotive.self) }
    choices.direction = reader.fact(m["direction"], path: path("direction"), sources: sources) { $0.keys($1, path: $2, as: Direction.self) }
    choices.existingStructures = reader.fact(m["existingStructures"], path: path("existingStructures"), sources: sources) { $0.key($1, path: $2, as: ExistingStructures.self) }
    choices.perspectives = reader.fact(m["perspectives"], path: path("perspectives"), sources: sources) { $0.keys($1, path: $2, as: Perspective.self) }
    choices.topics = reader.fact(m["topics"], path: path("topics"), sources: sources) { $0.keys($1, path: $2, as: TopicScope.self) }
    choices.inputKinds = reader.fact(m["inputKinds"], path: path("inputKinds"), sources: sources) { $0.keys($1, path: $2, as: InputKind.self) }
    choices.agendaSetting = reader.fact(m["agendaSetting"], path: path("agendaSetting"), sources: sources) { $0.key($1, path: $2, as: AgendaSetting.self) }
    choices.facilitation = reader.fact(m["facilitation"], path: path("facilitation"), sources: sources) { $0.keys($1, path: $2, as: Facilitation.self) }
    choices.organisation = reader.fact(m["organisation"], path: path("organisation"), sources: sources) { $0.keys($1, path: $2, as: OrganisationChange.self) }
    choices.regionalPolicy = reader.fact(m["regionalPolicy"], path: path("regionalPolicy"), sources: sources) { $0.keys($1, path: $2, as: Law.self) }
    choices.notes = reader.fact(m["notes"], path: path("notes"), sources: sources) { $0.nonEmptyString($1, path: $2) }
    return choices
  }

  private mutating func decodeOrdinance(_ node: JSONNode, sources: Set<String>) -> Ordinance {
    var ordinance = Ordinance()
    guard let m = reader.object(node, path: "ordinance", keys: Law.allKeys) else { return ordinance }
    for law in Law.allCases {
      guard let lawNode = m[law.rawValue] else { continue }
      let lawPath = JSONPath(prefix: "ordinance", last: .key(law.rawValue))
      let required = LegalItem.required(by: law)
      if law == .participationAct, case .object(let members) = lawNode.value,
        let a = members.first(where: { $0.key == "a" })
      {
        reader.report(at: a.keyOffset, path: lawPath.member("a"),
          "de Participatiewet (art. 47) kent geen onderdeel (a); verwacht alleen b, c, d, e, f")
      }
      guard let items = reader.objectAllowingReported(lawNode, path: lawPath, keys: required.map(\.rawValue), ignoring: law == .participationAct ? ["a"] : [])
      else { continue }
      var facts: [LegalItem: Fact<Bool>] = [:]
      for item in required {
        facts[item] = reader.fact(items[item.rawValue], path: lawPath.member(item.rawValue), sources: sources) {
          $0.bool($1, path: $2)
        }
      }
      ordinance.items[law] = facts
    }
    return ordinance
  }

  private mutating func decodeForms(_ node: JSONNode, sources: Set<String>) -> [Form]? {
    let forms = reader.array(node, path: "forms", unique: false) { reader, child, path -> Form? in
      Self.decodeForm(&reader, child, path: path, sources: sources)
    }
    guard let forms, case .array(let nodes) = node.value else { return forms }
    var seen = Set<String>()
    for (i, form) in forms.enumerated() where !seen.insert(form.id).inserted {
      reader.report(at: nodes[i].offset, path: "forms[\(i)].id", "vorm-id \"\(form.id)\" komt twee keer voor in dit profiel")
    }
    return forms
  }

  private static func decodeForm(_ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>) -> Form? {
    // Render "forms[2]" once; each field's path then only adds its key, and only when reported.
    let path = JSONPath(prefix: path.description, last: .none)
    guard let m = reader.object(node, path: path, keys: formKeys) else { return nil }
    func p(_ key: String) -> JSONPath { path.member(key) }
    let id = m["id"].flatMap { reader.string($0, path: p("id")) }
    if let id, let idNode = m["id"], !isFormID(id) {
      reader.report(at: idNode.offset, path: p("id"),
        "verwacht een id van kleine letters, cijfers en streepjes (\"sociale-raad\"); gevonden \"\(id)\"")
    }
    let name = m["name"].flatMap { reader.nonEmptyString($0, path: p("name")) }
    let citation = reader.citation(m, path: path, sources: sources)
    guard let id, let name, let citation else { return nil }
    var form = Form(id: id, name: name, citation: citation)
    form.kind = reader.known(m["kind"], path: p("kind")) { $0.key($1, path: $2, as: FormKind.self) }
    form.status = reader.known(m["status"], path: p("status")) { $0.key($1, path: $2, as: FormStatus.self) }
    form.structure = reader.known(m["structure"], path: p("structure")) { $0.key($1, path: $2, as: Structure.self) }
    form.contact = reader.known(m["contact"], path: p("contact")) { $0.key($1, path: $2, as: Contact.self) }
    form.scale = reader.known(m["scale"], path: p("scale")) { $0.key($1, path: $2, as: Scale.self) }
    form.rung = reader.known(m["rung"], path: p("rung")) { $0.key($1, path: $2, as: Rung.self) }
    form.phases = reader.known(m["phases"], path: p("phases")) { $0.keys($1, path: $2, as: Phase.self) }
    form.laws = reader.known(m["laws"], path: p("laws")) { $0.keys($1, path: $2, as: Law.self) }
    form.themes = reader.known(m["themes"], path: p("themes")) { r, n, path in
      r.array(n, path: path) { $0.nonEmptyString($1, path: $2) }
    }
    form.perspectives = reader.known(m["perspectives"], path: p("perspectives")) { $0.keys($1, path: $2, as: Perspective.self) }
    form.inputKinds = reader.known(m["inputKinds"], path: p("inputKinds")) { $0.keys($1, path: $2, as: InputKind.self) }
    form.setUpBy = reader.known(m["setUpBy"], path: p("setUpBy")) { $0.key($1, path: $2, as: Founder.self) }
    form.advises = reader.known(m["advises"], path: p("advises")) { $0.keys($1, path: $2, as: Addressee.self) }
    form.members = reader.known(m["members"], path: p("members")) { $0.integer($1, path: $2, minimum: 0) }
    form.selection = reader.known(m["selection"], path: p("selection")) { $0.key($1, path: $2, as: Selection.self) }
    form.legalForm = reader.known(m["legalForm"], path: p("legalForm")) { $0.key($1, path: $2, as: LegalForm.self) }
    form.resultsAgreement = reader.known(m["resultsAgreement"], path: p("resultsAgreement")) { $0.bool($1, path: $2) }
    form.rankAndFileLink = reader.known(m["rankAndFileLink"], path: p("rankAndFileLink")) { $0.bool($1, path: $2) }
    form.memberMunicipalities = reader.known(m["memberMunicipalities"], path: p("memberMunicipalities")) { r, n, path in
      r.array(n, path: path) { reader, child, childPath -> String? in
        guard let code = reader.string(child, path: childPath) else { return nil }
        guard isMunicipalityCode(code) else {
          reader.report(at: child.offset, path: childPath, "verwacht een CBS-code als \"GM0034\"; gevonden \"\(code)\"")
          return nil
        }
        return code
      }
    }
    return form
  }
}

extension DocumentReader {
  /// A string or null.
  mutating func optionalString(_ node: JSONNode, path: JSONPath) -> String?? {
    node.isNull ? .some(nil) : nonEmptyString(node, path: path).map { .some($0) }
  }

  /// Like `object(_:path:keys:)`, but keys in `ignoring` were already reported by the caller.
  mutating func objectAllowingReported(_ node: JSONNode, path: JSONPath, keys: [String], ignoring: [String]) -> ObjectMembers? {
    guard !ignoring.isEmpty, case .object(let members) = node.value else {
      return object(node, path: path, keys: keys)
    }
    let filtered = JSONNode(.object(members.filter { !ignoring.contains($0.key) }), offset: node.offset)
    return object(filtered, path: path, keys: keys)
  }
}
