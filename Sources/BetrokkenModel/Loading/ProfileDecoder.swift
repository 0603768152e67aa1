/// Turns a parsed profile document into a `Profile`, following docs/profile-format.md (version 2, and version 1
/// converted in memory). Cross-file rules (file name, register, duplicates) are the loader's.
struct ProfileDecoder {
  static let topKeys = ["$schema", "formatVersion", "code", "name", "records"]
  static let recordKeys = [
    "id", "sources", "choices", "regulations", "regulationLists", "searches", "formsComplete", "sharedBodies",
    "boundaryChanges",
    "forms",
  ]
  /// Keys a record may leave out (added after format 2 was first published).
  static let optionalRecordKeys: Set<String> = ["searches"]
  static let searchKeys = ["for", "date", "where", "found"]
  static let boundaryChangeKeys = ["date", "merged", "source", "section"]
  static let referenceKeys = ["body", "localNote", "source", "section"]
  static let sourceKeys = ["id", "title", "publisher", "published", "retrieved", "url"]
  static let choiceKeys = [
    "motives", "citizenMotives", "direction", "existingStructures", "perspectives", "topics", "inputKinds",
    "agendaSetting", "facilitation", "organisation", "regionalPolicy", "notes",
  ]
  static let regulationKeys = [
    "id", "kind", "adoptedBy", "title", "identifier", "url", "adopted", "inForceFrom", "inForceUntil", "legalBases",
    "scope", "readWhole", "delegatedBy", "legalItems", "participationItems", "inspraak", "source", "section",
  ]
  static let regulationListKeys = Law.allKeys + ["participationOrdinance"]
  static let delegationKeys = ["regulation", "article"]
  static let inspraakKeys = ["procedure", "article"]
  static let formKeys = [
    "id", "name", "kind", "status", "from", "until", "structure", "contact", "scale", "rung", "phases", "laws",
    "themes",
    "perspectives", "inputKinds", "setUpBy", "advises", "members", "selection", "legalForm", "resultsAgreement",
    "rankAndFileLink", "memberMunicipalities", "replaces", "source", "section",
  ]

  var reader: DocumentReader

  init(file: String, text: SourceText) {
    reader = DocumentReader(file: file, text: text)
  }

  /// The profile, or nil when the document has errors (all of them are in `reader.diagnostics`).
  mutating func decode(_ root: JSONNode) -> Profile? {
    if case .number(let text)? = root.member("formatVersion")?.value, text == "1" {
      var v1 = Version1Decoder(reader: reader)
      let profile = v1.decode(root)
      reader = v1.reader
      return profile
    }
    guard let top = reader.object(root, path: .root, keys: Self.topKeys, optional: ["$schema"]) else { return nil }
    let schema = top["$schema"].flatMap { reader.nonEmptyString($0, path: "$schema") }
    if let node = top["formatVersion"], let version = reader.integer(node, path: "formatVersion"),
      version != Profile.formatVersion
    {
      reader.report(at: node.offset, path: "formatVersion", .unsupportedProfileFormat(found: version))
    }
    let code = top["code"].flatMap { decodeCode($0, path: "code") }
    let name = top["name"].flatMap { reader.nonEmptyString($0, path: "name") }
    let records = top["records"].flatMap { decodeRecords($0) } ?? []
    guard !reader.hasErrors, let code, let name else { return nil }
    var profile = Profile(code: code, name: name, records: records, file: reader.file)
    profile.schemaReference = schema
    return profile
  }

  mutating func decodeCode(_ node: JSONNode, path: JSONPath) -> String? {
    guard let code = reader.string(node, path: path) else { return nil }
    guard Self.isMunicipalityCode(code) else {
      reader.report(at: node.offset, path: path, .expected(.municipalityCode, found: .quoted(code)))
      return nil
    }
    return code
  }

  static func isMunicipalityCode(_ s: String) -> Bool {
    let bytes = Array(s.utf8)
    return bytes.count == 6 && bytes[0] == UInt8(ascii: "G") && bytes[1] == UInt8(ascii: "M")
      && bytes[2...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// Lower-case letters and digits in words joined by single hyphens: form and regulation ids.
  static func isSlug(_ s: String) -> Bool {
    // Byte by byte: every form and regulation has one, and splitting into substrings cost a tenth of loading.
    var previousWasHyphen = true  // no leading hyphen
    for byte in s.utf8 {
      if byte == UInt8(ascii: "-") {
        if previousWasHyphen { return false }
        previousWasHyphen = true
      } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        previousWasHyphen = false
      } else {
        return false
      }
    }
    return !previousWasHyphen  // not empty, no trailing hyphen
  }

  private mutating func decodeRecords(_ node: JSONNode) -> [Record]? {
    let records = reader.array(node, path: "records", unique: false) { reader, child, path -> Record? in
      Self.decodeRecord(&reader, child, path: JSONPath(prefix: path.description, last: .none))
    }
    guard let records, case .array(let nodes) = node.value else { return nil }
    if nodes.isEmpty { reader.expected(.atLeastOneRecord, at: node, path: "records") }
    var seen = Set<CalendarDate>()
    for (i, record) in records.enumerated() where !seen.insert(record.id).inserted {
      reader.report(at: nodes[i].offset, path: "records[\(i)].id", .duplicateID(.record, record.id.description))
    }
    return records
  }

  private static func decodeRecord(_ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath) -> Record? {
    guard let m = reader.object(node, path: path, keys: recordKeys, optional: optionalRecordKeys) else { return nil }
    let id = m["id"].flatMap { reader.date($0, path: path.member("id")) }
    let sources = m["sources"].flatMap { decodeSources(&reader, $0, path: path.member("sources")) } ?? []
    let sourceIDs = Set(sources.map(\.id)).union(DocumentReader.declaredIDs(m["sources"]))
    let choices =
      m["choices"].map { decodeChoices(&reader, $0, path: path.member("choices"), sources: sourceIDs) } ?? Choices()
    let regulations = m["regulations"].flatMap {
      decodeRegulations(&reader, $0, path: path.member("regulations"), sources: sourceIDs)
    }
    let lists = m["regulationLists"].map {
      decodeRegulationLists(&reader, $0, path: path.member("regulationLists"), sources: sourceIDs)
    }
    let formsComplete = reader.fact(m["formsComplete"], path: path.member("formsComplete"), sources: sourceIDs) {
      reader, node, path -> Bool? in
      guard case .bool(true) = node.value else {
        reader.expected(.onlyTrue, at: node, path: path)
        return nil
      }
      return true
    }
    let references = m["sharedBodies"].flatMap { node in
      reader.array(node, path: path.member("sharedBodies"), unique: false) {
        reader, child, elementPath -> BodyReference? in
        decodeReference(
          &reader, child, path: JSONPath(prefix: elementPath.description, last: .none), sources: sourceIDs)
      }
    }
    let boundaryChanges = m["boundaryChanges"].flatMap { node in
      reader.array(node, path: path.member("boundaryChanges"), unique: false) {
        reader, child, elementPath -> BoundaryChange? in
        let changePath = JSONPath(prefix: elementPath.description, last: .none)
        guard let c = reader.object(child, path: changePath, keys: boundaryChangeKeys) else { return nil }
        let date = c["date"].flatMap { reader.date($0, path: changePath.member("date")) }
        let merged = c["merged"].flatMap {
          reader.array($0, path: changePath.member("merged")) { $0.nonEmptyString($1, path: $2) }
        }
        let citation = reader.citation(c, path: changePath, sources: sourceIDs)
        guard let date, let merged, let citation else { return nil }
        return BoundaryChange(date: date, merged: merged, citation: citation)
      }
    }
    let searches =
      m["searches"].map { node in
        decodeSearches(&reader, node, path: path.member("searches"), regulations: Set((regulations ?? []).map(\.id)))
      } ?? []
    let forms = m["forms"].flatMap { decodeForms(&reader, $0, path: path.member("forms"), sources: sourceIDs) }
    if let references, case .array(let nodes)? = m["sharedBodies"]?.value {
      var seen = Set<String>()
      for (i, reference) in references.enumerated() where !seen.insert(reference.bodyID).inserted {
        reader.report(
          at: nodes[i].offset, path: path.member("sharedBodies").element(i).member("body"),
          .bodyListedTwice(reference.bodyID))
      }
    }
    guard let id, let regulations, let lists, let forms, let references, let boundaryChanges else { return nil }
    checkStatements(
      &reader, lists, regulations: regulations, date: id, node: m["regulationLists"],
      path: path.member("regulationLists"))
    return Record(
      id: id, sources: sources, choices: choices, regulations: regulations, regulationLists: lists,
      formsComplete: formsComplete, forms: forms, sharedBodies: references, boundaryChanges: boundaryChanges,
      searches: searches ?? [])
  }

  /// `searches`: each with what it looked for, the date, where, and the ids of the record's regulations it found.
  private static func decodeSearches(
    _ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, regulations: Set<String>
  ) -> [RegulationSearch]? {
    reader.array(node, path: path, unique: false) { reader, child, elementPath -> RegulationSearch? in
      let searchPath = JSONPath(prefix: elementPath.description, last: .none)
      guard let s = reader.object(child, path: searchPath, keys: searchKeys) else { return nil }
      let targets = s["for"].flatMap { node in
        reader.array(node, path: searchPath.member("for")) { reader, item, itemPath -> RegulationSearch.Target? in
          guard let text = reader.string(item, path: itemPath) else { return nil }
          guard let target = RegulationSearch.Target(rawValue: text) else {
            let keys = RegulationSearch.Target.allCases.map(\.rawValue)
            reader.report(
              at: item.offset, path: itemPath,
              .expected(.oneOf(keys), found: .quoted(text), suggestions: Suggestions.closest(to: text, among: keys)))
            return nil
          }
          return target
        }
      }
      if let targets, targets.isEmpty, let node = s["for"] {
        reader.expected(.atLeastOneSearchTarget, at: node, path: searchPath.member("for"))
      }
      let date = s["date"].flatMap { reader.date($0, path: searchPath.member("date")) }
      let place = s["where"].flatMap { reader.nonEmptyString($0, path: searchPath.member("where")) }
      let found = s["found"].flatMap { node in
        reader.array(node, path: searchPath.member("found")) { reader, item, itemPath -> String? in
          guard let id = reader.string(item, path: itemPath) else { return nil }
          guard regulations.contains(id) else {
            reader.report(at: item.offset, path: itemPath, .regulationNotInRecord(id))
            return nil
          }
          return id
        }
      }
      guard let targets, !targets.isEmpty, let date, let place, let found else { return nil }
      return RegulationSearch(targets: targets, date: date, place: place, found: found)
    }
  }

  /// "No ordinance" beside an ordinance in force on the record's date contradicts itself: one of them is wrong.
  private static func checkStatements(
    _ reader: inout DocumentReader, _ lists: RegulationLists, regulations: [Regulation], date: CalendarDate,
    node: JSONNode?, path: JSONPath
  ) {
    for law in Law.allCases where lists[law].value == .noOrdinance {
      guard
        let ordinance = regulations.first(where: { $0.isCouncilOrdinance && $0.covers(law) && $0.isInForce(on: date) })
      else { continue }
      reader.report(
        at: node?.member(law.rawValue)?.offset ?? node?.offset ?? 0, path: path.member(law.rawValue),
        .noOrdinanceContradicted(regulation: ordinance.id, date: date))
    }
    if lists.participationOrdinance.value == .noOrdinance,
      let ordinance = regulations.first(where: {
        $0.isCouncilOrdinance && !$0.participationItems.isEmpty && ($0.adopted.map { $0 <= date } ?? true)
      })
    {
      reader.report(
        at: node?.member("participationOrdinance")?.offset ?? node?.offset ?? 0,
        path: path.member("participationOrdinance"),
        .noParticipationOrdinanceContradicted(regulation: ordinance.id))
    }
  }

  /// `{"body": id, "localNote": text or null, "source", "section"}`.
  private static func decodeReference(
    _ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>
  ) -> BodyReference? {
    guard let m = reader.object(node, path: path, keys: referenceKeys) else { return nil }
    let body = m["body"].flatMap { reader.slug($0, path: path.member("body")) }
    let note = m["localNote"].map { reader.optionalString($0, path: path.member("localNote")) }
    let citation = reader.citation(m, path: path, sources: sources)
    guard let body, let note = note ?? nil, let citation else { return nil }
    return BodyReference(bodyID: body, localNote: note, citation: citation)
  }

  static func decodeSources(_ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath) -> [Source]? {
    let sources = reader.array(node, path: path, unique: false) { reader, child, elementPath -> Source? in
      let path = JSONPath(prefix: elementPath.description, last: .none)
      guard let m = reader.object(child, path: path, keys: Self.sourceKeys) else { return nil }
      let id = m["id"].flatMap { reader.nonEmptyString($0, path: path.member("id")) }
      let title = m["title"].flatMap { reader.nonEmptyString($0, path: path.member("title")) }
      if title == Source.placeholderTitle, let node = m["title"] {
        reader.report(.warning, at: node.offset, path: path.member("title"), .placeholderSourceTitle(sourceID: id))
      }
      let publisher = m["publisher"].map { reader.optionalString($0, path: path.member("publisher")) }
      let published = m["published"].map { reader.publicationDate($0, path: path.member("published")) }
      let retrieved = m["retrieved"].map { reader.optionalDate($0, path: path.member("retrieved")) }
      let url = m["url"].map { reader.optionalString($0, path: path.member("url")) }
      guard let id, let title, let publisher = publisher ?? nil, let published = published ?? nil,
        let retrieved = retrieved ?? nil, let url = url ?? nil
      else { return nil }
      return Source(id: id, title: title, publisher: publisher, published: published, retrieved: retrieved, url: url)
    }
    guard let sources else { return nil }
    reader.checkSourceIDs(sources, node: node, path: path)
    return sources
  }

  static func decodeChoices(
    _ reader: inout DocumentReader, _ node: JSONNode, path choicesPath: JSONPath, sources: Set<String>
  ) -> Choices {
    var choices = Choices()
    guard let m = reader.object(node, path: choicesPath, keys: Self.choiceKeys) else { return choices }
    let prefix = choicesPath.description
    var disputes: [ChoiceField: [CitedFieldValue]] = [:]
    /// A fact, or `{"disputed": [fact, fact, …]}` when sources disagree (then the fact is unknown).
    func fact<T>(
      _ field: ChoiceField, wrap: (T) -> FieldValue, decode: (inout DocumentReader, JSONNode, JSONPath) -> T?
    ) -> Fact<T> {
      let path = JSONPath(prefix: prefix, last: .key(field.rawValue))
      let node = m[field.rawValue]
      if !reader.plainFactsOnly, let node, case .object(let members) = node.value,
        members.contains(where: { $0.key == "disputed" })
      {
        if let values = reader.disputed(
          node, path: path, sources: sources, allowApproximate: false, wrap: wrap, decode: decode)
        {
          disputes[field] = values
        }
        return .unknown
      }
      return reader.fact(node, path: path, sources: sources, decode: decode)
    }
    func keys<K: VocabularyKey>(_ field: ChoiceField, _ type: K.Type) -> Fact<KeySet<K>> {
      fact(field, wrap: { .keys($0.array) }, decode: { $0.keys($1, path: $2, as: K.self) })
    }
    func key<K: VocabularyKey>(_ field: ChoiceField, _ type: K.Type) -> Fact<K> {
      fact(field, wrap: { .key($0) }, decode: { $0.key($1, path: $2, as: K.self) })
    }
    choices.motives = keys(.motives, Motive.self)
    choices.citizenMotives = keys(.citizenMotives, CitizenMotive.self)
    choices.direction = keys(.direction, Direction.self)
    choices.existingStructures = key(.existingStructures, ExistingStructures.self)
    choices.perspectives = keys(.perspectives, Perspective.self)
    choices.topics = keys(.topics, TopicScope.self)
    choices.inputKinds = keys(.inputKinds, InputKind.self)
    choices.agendaSetting = key(.agendaSetting, AgendaSetting.self)
    choices.facilitation = keys(.facilitation, Facilitation.self)
    choices.organisation = keys(.organisation, OrganisationChange.self)
    choices.regionalPolicy = keys(.regionalPolicy, Law.self)
    choices.notes = fact(.notes, wrap: { .text($0) }, decode: { $0.nonEmptyString($1, path: $2) })
    choices.disputes = disputes
    return choices
  }

  private static func decodeRegulationLists(
    _ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>
  ) -> RegulationLists {
    var lists = RegulationLists()
    guard let m = reader.object(node, path: path, keys: regulationListKeys) else { return lists }
    for law in Law.allCases {
      lists[law] = reader.fact(m[law.rawValue], path: path.member(law.rawValue), sources: sources) {
        $0.key($1, path: $2, as: RegulationListStatement.self)
      }
    }
    lists.participationOrdinance = reader.fact(
      m["participationOrdinance"], path: path.member("participationOrdinance"), sources: sources
    ) {
      $0.key($1, path: $2, as: RegulationListStatement.self)
    }
    return lists
  }

  private static func decodeRegulations(
    _ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>
  ) -> [Regulation]? {
    let regulations = reader.array(node, path: path, unique: false) { reader, child, elementPath -> Regulation? in
      decodeRegulation(&reader, child, path: JSONPath(prefix: elementPath.description, last: .none), sources: sources)
    }
    guard let regulations, case .array(let nodes) = node.value else { return nil }
    var seen = Set<String>()
    for (i, regulation) in regulations.enumerated() where !seen.insert(regulation.id).inserted {
      reader.report(at: nodes[i].offset, path: path.element(i).member("id"), .duplicateID(.regulation, regulation.id))
    }
    // Delegations point at another regulation of the same record.
    for (i, regulation) in regulations.enumerated() {
      guard let delegation = regulation.delegatedBy else { continue }
      let at = nodes[i].member("delegatedBy")?.member("regulation")?.offset ?? nodes[i].offset
      let delegationPath = path.element(i).member("delegatedBy").member("regulation")
      if delegation.regulationID == regulation.id {
        reader.report(at: at, path: delegationPath, .selfDelegation)
      } else if !seen.contains(delegation.regulationID) {
        let suggestions = Suggestions.closest(to: delegation.regulationID, among: regulations.map(\.id))
        reader.report(
          at: at, path: delegationPath,
          .expected(.ordinanceInRecord, found: .quoted(delegation.regulationID), suggestions: suggestions))
      } else if let target = regulations.first(where: { $0.id == delegation.regulationID }),
        let kind = target.kind.value,
        kind != .ordinance
      {
        reader.report(
          at: at, path: delegationPath, .delegationByNonOrdinance(regulation: target.id, kind: kind.rawValue))
      }
    }
    return regulations
  }

  private static func decodeRegulation(
    _ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>
  ) -> Regulation? {
    guard let m = reader.object(node, path: path, keys: regulationKeys) else { return nil }
    func p(_ key: String) -> JSONPath { path.member(key) }
    let id = m["id"].flatMap { reader.slug($0, path: p("id")) }
    let kind = reader.known(m["kind"], path: p("kind")) { $0.key($1, path: $2, as: RegulationKind.self) }
    let adoptedBy = reader.known(m["adoptedBy"], path: p("adoptedBy")) { $0.key($1, path: $2, as: Adopter.self) }
    let title = m["title"].flatMap { reader.nonEmptyString($0, path: p("title")) }
    let identifier = m["identifier"].map { reader.optionalString($0, path: p("identifier")) }
    let url = m["url"].map { reader.optionalString($0, path: p("url")) }
    let adopted = m["adopted"].map { reader.optionalDate($0, path: p("adopted")) }
    let from = m["inForceFrom"].map { reader.optionalDate($0, path: p("inForceFrom")) }
    let until = m["inForceUntil"].map { reader.optionalDate($0, path: p("inForceUntil")) }
    let bases = reader.known(m["legalBases"], path: p("legalBases")) { r, n, path in
      r.array(n, path: path) { $0.nonEmptyString($1, path: $2) }
    }
    let scope = reader.known(m["scope"], path: p("scope")) { $0.keys($1, path: $2, as: Law.self) }
    let readWhole = m["readWhole"].flatMap { reader.bool($0, path: p("readWhole")) }
    let delegatedBy = m["delegatedBy"].map { reader.delegation($0, path: p("delegatedBy")) }
    let legalItems = m["legalItems"].flatMap { reader.articleMap($0, path: p("legalItems"), as: LegalItem.self) }
    let participationItems = m["participationItems"].flatMap {
      reader.articleMap($0, path: p("participationItems"), as: ParticipationItem.self)
    }
    let inspraak = m["inspraak"].map { reader.inspraak($0, path: p("inspraak")) }
    let citation = reader.citation(m, path: path, sources: sources)
    if ((delegatedBy ?? nil) ?? nil) != nil, let node = m["delegatedBy"], let kind = kind.value, kind != .furtherRules {
      reader.report(at: node.offset, path: p("delegatedBy"), .delegatedByOnlyForFurtherRules(kind: kind.rawValue))
    }
    if let start = (from ?? nil) ?? nil, let end = (until ?? nil) ?? nil, end < start, let node = m["inForceUntil"] {
      reader.report(
        at: node.offset, path: p("inForceUntil"),
        .expected(.dateOnOrAfter(field: "inForceFrom", start), found: .literal(end.description)))
    }
    guard let id, let title, let identifier = identifier ?? nil, let url = url ?? nil, let adopted = adopted ?? nil,
      let from = from ?? nil, let until = until ?? nil, let readWhole, let delegatedBy = delegatedBy ?? nil,
      let legalItems, let participationItems, let inspraak = inspraak ?? nil, let citation
    else { return nil }
    var regulation = Regulation(id: id, title: title, readWhole: readWhole, citation: citation)
    regulation.kind = kind
    regulation.adoptedBy = adoptedBy
    regulation.identifier = identifier
    regulation.url = url
    regulation.adopted = adopted
    regulation.inForceFrom = from
    regulation.inForceUntil = until
    regulation.legalBases = bases
    regulation.scope = scope
    regulation.delegatedBy = delegatedBy
    regulation.legalItems = legalItems
    regulation.participationItems = participationItems
    regulation.inspraak = inspraak
    return regulation
  }

  static func decodeForms(
    _ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>, keys: [String] = formKeys
  ) -> [Form]? {
    let forms = reader.array(node, path: path, unique: false) { reader, child, elementPath -> Form? in
      Self.decodeForm(
        &reader, child, path: JSONPath(prefix: elementPath.description, last: .none), sources: sources, keys: keys)
    }
    guard let forms, case .array(let nodes) = node.value else { return forms }
    var seen = Set<String>()
    for (i, form) in forms.enumerated() where !seen.insert(form.id).inserted {
      reader.report(at: nodes[i].offset, path: path.element(i).member("id"), .duplicateID(.form, form.id))
    }
    return forms
  }

  private static func decodeForm(
    _ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>, keys: [String]
  ) -> Form? {
    guard let m = reader.object(node, path: path, keys: keys) else { return nil }
    let id = m["id"].flatMap { reader.slug($0, path: path.member("id")) }
    let name = m["name"].flatMap { reader.nonEmptyString($0, path: path.member("name")) }
    var form = Form(id: id ?? "", name: name ?? "", citation: Citation(sourceID: "", section: nil))
    FormFieldsDecoder.decode(&reader, m, path: path, sources: sources, into: &form)
    // Version 1 forms have no `replaces`: the key is absent there.
    form.replaces = reader.known(m["replaces"], path: path.member("replaces")) { r, n, p in
      r.array(n, path: p) { $0.slug($1, path: $2) }
    }
    // The citation comes last in the documented key order, so it is read last.
    guard let citation = reader.citation(m, path: path, sources: sources), id != nil, name != nil else { return nil }
    form.citation = citation
    return form
  }
}
