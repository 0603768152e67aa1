/// Reads a format-1 profile (one undated picture with an `ordinance` object of facts per law) and converts it in
/// memory to a version-2 profile with one record. See docs/profile-format.md, "Version 1".
struct Version1Decoder {
  static let topKeys = ["formatVersion", "code", "name", "sources", "choices", "ordinance", "forms"]
  static let sourceKeys = ["id", "title", "publisher", "year", "url"]
  static let formKeys = ProfileDecoder.formKeys.filter { $0 != "from" && $0 != "until" && $0 != "replaces" }

  var reader: DocumentReader

  mutating func decode(_ root: JSONNode) -> Profile? {
    reader.plainFactsOnly = true
    defer { reader.plainFactsOnly = false }
    guard let top = reader.object(root, path: .root, keys: Self.topKeys) else { return nil }
    let code = top["code"].flatMap { code -> String? in
      var decoder = ProfileDecoder(file: reader.file, text: reader.text)
      decoder.reader = reader
      let result = decoder.decodeCode(code, path: "code")
      reader = decoder.reader
      return result
    }
    let name = top["name"].flatMap { reader.nonEmptyString($0, path: "name") }
    let sources = top["sources"].flatMap { decodeSources($0) } ?? []
    let sourceIDs = Set(sources.map(\.id)).union(DocumentReader.declaredIDs(top["sources"]))
    let choices =
      top["choices"].map { ProfileDecoder.decodeChoices(&reader, $0, path: "choices", sources: sourceIDs) } ?? Choices()
    let ordinance = top["ordinance"].map { decodeOrdinance($0, sources: sourceIDs) } ?? [:]
    let forms =
      top["forms"].flatMap {
        ProfileDecoder.decodeForms(&reader, $0, path: "forms", sources: sourceIDs, keys: Self.formKeys)
      } ?? []
    guard !reader.hasErrors, let code, let name else { return nil }
    let conversion = Version1Conversion(sources: sources, ordinance: ordinance)
    let record = Record(
      id: conversion.recordDate, sources: conversion.sources, choices: choices,
      regulations: conversion.regulations, forms: forms)
    let note = Problem.convertedFromVersion1(
      recordDate: conversion.recordDate, regulations: conversion.regulations.count,
      droppedItems: conversion.droppedNotArranged)
    reader.report(.note, at: root.member("formatVersion")?.offset ?? 0, path: "formatVersion", note)
    return Profile(code: code, name: name, records: [record], file: reader.file, fileFormatVersion: 1)
  }

  private mutating func decodeSources(_ node: JSONNode) -> [Source]? {
    let sources = reader.array(node, path: "sources", unique: false) { reader, child, elementPath -> Source? in
      let path = JSONPath(prefix: elementPath.description, last: .none)
      guard let m = reader.object(child, path: path, keys: Self.sourceKeys) else { return nil }
      let id = m["id"].flatMap { reader.nonEmptyString($0, path: path.member("id")) }
      let title = m["title"].flatMap { reader.nonEmptyString($0, path: path.member("title")) }
      let publisher = m["publisher"].map { reader.optionalString($0, path: path.member("publisher")) }
      let year = m["year"].map { n -> Int?? in
        if n.isNull { return .some(nil) }
        guard let year = reader.integer(n, path: path.member("year")) else { return nil }
        guard CalendarDate.supportedYears.contains(year) else {
          reader.expected(.yearInRange, at: n, path: path.member("year"))
          return nil
        }
        return .some(year)
      }
      let url = m["url"].map { reader.optionalString($0, path: path.member("url")) }
      guard let id, let title, let publisher = publisher ?? nil, let year = year ?? nil, let url = url ?? nil else {
        return nil
      }
      return Source(id: id, title: title, publisher: publisher, published: year.map(String.init), url: url)
    }
    guard let sources else { return nil }
    reader.checkSourceIDs(sources, node: node, path: "sources")
    return sources
  }

  private mutating func decodeOrdinance(_ node: JSONNode, sources: Set<String>) -> [Law: [LegalItem: Fact<Bool>]] {
    var ordinance: [Law: [LegalItem: Fact<Bool>]] = [:]
    guard let m = reader.object(node, path: "ordinance", keys: Law.allKeys) else { return ordinance }
    for law in Law.allCases {
      guard let lawNode = m[law.rawValue] else { continue }
      let lawPath = JSONPath(prefix: "ordinance", last: .key(law.rawValue))
      let required = LegalItem.required(by: law)
      var checked = lawNode
      if law == .participationAct, case .object(let members) = lawNode.value,
        let a = members.first(where: { $0.key == "a" })
      {
        reader.report(at: a.keyOffset, path: lawPath.member("a"), .participatiewetItemA)
        checked = JSONNode(.object(members.filter { $0.key != "a" }), offset: lawNode.offset)
      }
      guard let items = reader.object(checked, path: lawPath, keys: required.map(\.rawValue)) else { continue }
      var facts: [LegalItem: Fact<Bool>] = [:]
      for item in required {
        facts[item] = reader.fact(items[item.rawValue], path: lawPath.member(item.rawValue), sources: sources) {
          $0.bool($1, path: $2)
        }
      }
      ordinance[law] = facts
    }
    return ordinance
  }
}

/// The conversion of a format-1 profile's sources and ordinance facts to one version-2 record.
struct Version1Conversion {
  let recordDate: CalendarDate
  let sources: [Source]
  let regulations: [Regulation]
  /// Items a v1 file said were *not* arranged, or arranged without an article: version 2 says the one only through
  /// a regulation read whole, and the other only with the article.
  let droppedNotArranged: Int

  init(sources: [Source], ordinance: [Law: [LegalItem: Fact<Bool>]]) {
    self.sources = sources
    let newestYear = sources.compactMap(\.year).filter { CalendarDate.supportedYears.contains($0) }.max()
    recordDate = newestYear.flatMap { CalendarDate(year: $0, month: 1, day: 1) } ?? CalendarDate.lawsInForce
    // Each source cited by a true item becomes one regulation; when the same item has different articles for
    // different laws, one regulation per law keeps every article.
    var arranged: [(source: String, law: Law, item: LegalItem, article: String)] = []
    var dropped = 0
    for law in Law.allCases {
      for item in LegalItem.required(by: law) {
        guard case .known(let value, let citation) = ordinance[law]?[item] ?? .unknown else { continue }
        if value, let article = citation.section {
          arranged.append((citation.sourceID, law, item, article))
        } else {
          dropped += 1  // "not arranged", or arranged without an article: neither can be said in format 2
        }
      }
    }
    droppedNotArranged = dropped
    var regulations: [Regulation] = []
    let sourceOrder = sources.map(\.id).filter { id in arranged.contains { $0.source == id } }
    for sourceID in sourceOrder {
      let entries = arranged.filter { $0.source == sourceID }
      let conflicting = Dictionary(grouping: entries, by: \.item).values.contains { Set($0.map(\.article)).count > 1 }
      let groups: [[(source: String, law: Law, item: LegalItem, article: String)]] =
        conflicting ? Law.allCases.map { law in entries.filter { $0.law == law } }.filter { !$0.isEmpty } : [entries]
      for group in groups {
        let source = sources.first { $0.id == sourceID }!
        let suffix = conflicting ? "-" + group[0].law.rawValue.lowercased() : ""
        var regulation = Regulation(
          id: "verordening-\(regulations.count + 1)\(suffix)", title: source.title,
          readWhole: false, citation: Citation(sourceID: sourceID, section: nil))
        regulation.url = source.url
        // A v1 item says which laws the source arranges an item for, not which laws the regulation's scope covers.
        regulation.scope = .unknown
        for entry in group { regulation.legalItems[entry.item] = entry.article }
        regulations.append(regulation)
      }
    }
    self.regulations = regulations
  }
}
