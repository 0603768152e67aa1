/// One change to a record, addressed by a path (docs/editing.md):
///
///     choices.motives · regulationLists.wmo2015 · formsComplete
///     sources[ID].title · forms[ID].rung · regulations[ID].legalItems.b · sharedBodies[ID].localNote
///
/// `set` writes a value with its source; `unset` makes it unknown (`null`), or removes an article or a reference.
/// The edit works on the record's JSON; the caller re-reads the result with the loader, so every rule of
/// `validate` applies before anything is written.
public struct RecordEdit: Sendable {
  /// What the edit does: `set` a value (JSON, or text where it is not JSON) cited to a source and section of the
  /// record, or `unset` it.
  public enum Operation: Sendable, Equatable {
    case set(value: String, source: String, section: String?)
    case unset
  }

  /// Why an edit cannot be applied to the record.
  public enum Failure: Error, Equatable {
    /// The path does not follow the grammar of paths (the words layer lists what would).
    case badPath(path: String)
    /// `forms[ID]` (or another entry) does not exist and this path cannot create it.
    case notFound(collection: String, id: String, creatingKey: String)
    /// This key cannot be unknown.
    case required(path: String)
    /// `--source` names no source of the record.
    case unknownSource(String)
    /// The entry (a regulation, a reference to a shared body) is cited by another source than `--source`.
    case otherCitation(path: String, source: String, section: String?)
    /// `formsComplete` is a statement that something is complete: only `true` can be said.
    case onlyTrue(path: String)
    /// A form's or regulation's own `source`/`section` is the default of its facts; it is not set on its own.
    case citationKey(path: String)
  }

  /// Where the edit applies: `forms[ID].rung`, `choices.motives` … (the grammar is in docs/editing.md).
  public let path: String
  /// Whether the edit sets a value, with its source, or unsets it.
  public let operation: Operation

  /// For a form's `members`: the source gives an estimate ("zo'n 1200"), written with `"approximate": true`.
  public let approximate: Bool

  /// An edit of `path`; the path is checked only when the edit is applied.
  public init(path: String, operation: Operation, approximate: Bool = false) {
    self.path = path
    self.operation = operation
    self.approximate = approximate
  }

  static let collections = ["forms", "regulations", "sources", "sharedBodies"]
  /// The key that creates a missing entry when set.
  static let creatingKey = ["forms": "name", "regulations": "title", "sources": "title", "sharedBodies": "localNote"]
  static let requiredKeys: Set<String> = [
    "id", "name", "title", "readWhole", "source", "body", "legalItems", "participationItems",
  ]

  /// Applies the edit to a record (a parsed JSON object of the profile format).
  public func apply(to record: inout JSONNode) throws(Failure) {
    let (collection, id, keys) = try parse()
    if case .set(_, let source, _) = operation, collection != "sources" {
      let known =
        (record["sources"].flatMap { node -> [String]? in
          guard case .array(let items) = node.value else { return nil }
          return items.compactMap { if case .string(let s)? = $0["id"]?.value { s } else { nil } }
        }) ?? []
      if !known.contains(source) { throw .unknownSource(source) }
    }
    guard let collection else {
      // choices.KEY, regulationLists.KEY, formsComplete
      switch keys.first {
      case "formsComplete" where keys.count == 1:
        if case .set(let value, _, _) = operation, value.trimmingCharacters(in: .whitespaces) != "true" {
          throw .onlyTrue(path: path)
        }
        record["formsComplete"] = try fact(forcedValue: "true")
      case "choices" where keys.count == 2, "regulationLists" where keys.count == 2:
        var group = record[keys[0]] ?? JSONNode.object([])
        group[keys[1]] = try fact()
        record[keys[0]] = group
      default:
        throw .badPath(path: path)
      }
      return
    }
    guard let id else { throw .badPath(path: path) }
    guard case .array(var items)? = record[collection]?.value else { throw .badPath(path: path) }
    let idKey = collection == "sharedBodies" ? "body" : "id"
    let found = items.firstIndex { if case .string(let s)? = $0[idKey]?.value { s == id } else { false } }
    guard let index = found else {
      // Only setting the creating key makes a new entry.
      guard case .set(let value, let source, let section) = operation, keys == [Self.creatingKey[collection]!] else {
        throw .notFound(collection: collection, id: id, creatingKey: Self.creatingKey[collection]!)
      }
      items.append(
        Self.skeleton(collection, id: id, creatingValue: parsedValue(value), source: source, section: section))
      record[collection] = JSONNode(.array(items), offset: 0)
      return
    }
    var entry = items[index]
    if ["forms", "regulations"].contains(collection), ["source", "section"].contains(keys.first ?? "") {
      throw .citationKey(path: path)
    }
    // A regulation or a reference carries one citation for all it says: a value from another source does not fit.
    if ["regulations", "sharedBodies"].contains(collection), case .set(_, let source, let section) = operation,
      !(Self.string(entry["source"]) == source && Self.string(entry["section"]) == section)
    {
      throw .otherCitation(
        path: path, source: Self.string(entry["source"]) ?? "?", section: Self.string(entry["section"]))
    }
    // `unset forms[ID]` (and a regulation, source or reference) removes the entry; what still refers to it makes the
    // loader refuse the change, naming the reference.
    if keys.isEmpty, case .unset = operation {
      items.remove(at: index)
      record[collection] = JSONNode(.array(items), offset: 0)
      // A search that found the regulation no longer lists it: what it found is gone from the record.
      if collection == "regulations", case .array(let searches)? = record["searches"]?.value {
        record["searches"] = JSONNode(
          .array(
            searches.map { search in
              var search = search
              if case .array(let found)? = search["found"]?.value {
                search["found"] = JSONNode(
                  .array(found.filter { if case .string(id) = $0.value { false } else { true } }), offset: 0)
              }
              return search
            }), offset: 0)
      }
      return
    }
    guard !keys.isEmpty else { throw .badPath(path: path) }
    switch (keys.count, operation) {
    case (1, .unset):
      if Self.requiredKeys.contains(keys[0]) { throw .required(path: path) }
      entry[keys[0]] = .null
    case (1, .set(let value, let source, let section)):
      let plain = parsedValue(value)
      if collection == "forms", keys[0] == "members", approximate {
        // An estimate always carries its own citation: the shape with `approximate` is the cited one.
        entry[keys[0]] = JSONNode.object([
          ("value", plain), ("approximate", JSONNode(.bool(true), offset: 0)), ("source", .string(source)),
          ("section", section.map { JSONNode.string($0) } ?? .null),
        ])
      } else if collection == "forms", !["id", "name", "replaces", "source", "section"].contains(keys[0]),
        !(Self.string(entry["source"]) == source && Self.string(entry["section"]) == section)
      {
        // A fact with a source other than the form's own citation carries its own.
        entry[keys[0]] = JSONNode.object([
          ("value", plain), ("source", .string(source)),
          ("section", section.map { JSONNode.string($0) } ?? .null),
        ])
      } else {
        entry[keys[0]] = plain
      }
    case (2, _)
    where collection == "regulations"
      && ["legalItems", "participationItems", "delegatedBy", "inspraak"].contains(keys[0]):
      var group = entry[keys[0]].flatMap { $0.isNull ? nil : $0 } ?? JSONNode.object([])
      switch operation {
      case .set(let value, _, _): group[keys[1]] = parsedValue(value)
      case .unset: group[keys[1]] = nil
      }
      entry[keys[0]] = group
    default:
      throw .badPath(path: path)
    }
    items[index] = entry
    record[collection] = JSONNode(.array(items), offset: 0)
  }

  /// (collection, id, keys): `forms[raad].rung` → ("forms", "raad", ["rung"]); `choices.motives` → (nil, nil, ["choices", "motives"]).
  func parse() throws(Failure) -> (String?, String?, [String]) {
    var rest = Substring(path)
    var collection: String?
    var id: String?
    if let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]"), open < close {
      collection = String(rest[..<open])
      id = String(rest[rest.index(after: open)..<close])
      rest = rest[rest.index(after: close)...]
      guard Self.collections.contains(collection!), !id!.isEmpty else { throw .badPath(path: path) }
      if rest.hasPrefix(".") { rest = rest.dropFirst() } else if !rest.isEmpty { throw .badPath(path: path) }
    }
    let keys = rest.isEmpty ? [] : rest.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard keys.allSatisfy({ !$0.isEmpty }) else { throw .badPath(path: path) }
    return (collection, id, keys)
  }

  /// A fact: `{"value", "source", "section"}`, or null for unset.
  func fact(forcedValue: String? = nil) throws(Failure) -> JSONNode {
    switch operation {
    case .unset: return .null
    case .set(let value, let source, let section):
      return JSONNode.object([
        ("value", parsedValue(forcedValue ?? value)), ("source", .string(source)),
        ("section", section.map { JSONNode.string($0) } ?? .null),
      ])
    }
  }

  /// VALUE as JSON, or as a string when it is not JSON (`adviseren`, `Sociale Raad`); Dutch labels of the leaf's
  /// vocabulary become keys.
  func parsedValue(_ value: String) -> JSONNode {
    var node = (try? JSONParser.parse(Array(value.utf8))) ?? JSONNode.string(value)
    // Where text is expected, bare "2024" or "true" is text, not a number or a boolean.
    let leaf = path.split(separator: ".").last.map(String.init) ?? path
    let textLeaves: Set<String> = [
      "title", "name", "publisher", "url", "identifier", "notes", "localNote", "article", "published", "retrieved",
    ]
    let inArticleMap = path.contains(".legalItems.") || path.contains(".participationItems.")
    if textLeaves.contains(leaf) || inArticleMap {
      switch node.value {
      case .number, .bool: node = JSONNode.string(value)
      default: break
      }
    }
    guard let vocabulary = EditVocabulary.forPath(path) else { return node }
    func map(_ n: JSONNode) -> JSONNode {
      switch n.value {
      case .string(let s): return .string(vocabulary(s))
      case .array(let items): return JSONNode(.array(items.map(map)), offset: 0)
      default: return n
      }
    }
    return map(node)
  }

  static func string(_ node: JSONNode?) -> String? {
    if case .string(let s)? = node?.value { return s }
    return nil
  }

  /// A new entry with every fact unknown.
  static func skeleton(_ collection: String, id: String, creatingValue: JSONNode, source: String, section: String?)
    -> JSONNode
  {
    let cite: [(String, JSONNode)] = [
      ("source", .string(source)), ("section", section.map { JSONNode.string($0) } ?? .null),
    ]
    switch collection {
    case "forms":
      let facts = FormField.allCases.map { ($0.rawValue, JSONNode.null) }
      return JSONNode.object([("id", .string(id)), ("name", creatingValue)] + facts + [("replaces", .null)] + cite)
    case "regulations":
      return JSONNode.object(
        [
          ("id", .string(id)), ("kind", .null), ("adoptedBy", .null), ("title", creatingValue),
          ("identifier", .null), ("url", .null), ("adopted", .null), ("inForceFrom", .null), ("inForceUntil", .null),
          ("legalBases", .null), ("scope", .null), ("readWhole", JSONNode(.bool(false), offset: 0)),
          ("delegatedBy", .null),
          ("legalItems", .object([])), ("participationItems", .object([])), ("inspraak", .null),
        ] + cite)
    case "sources":
      return JSONNode.object([
        ("id", .string(id)), ("title", creatingValue), ("publisher", .null), ("published", .null),
        ("retrieved", .null), ("url", .null),
      ])
    default:  // sharedBodies
      return JSONNode.object([("body", .string(id)), ("localNote", creatingValue)] + cite)
    }
  }
}
