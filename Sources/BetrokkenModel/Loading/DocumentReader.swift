/// Reads typed values out of a parsed JSON document and records a diagnostic — with line, column,
/// JSON path, what was expected and what was found — for everything that does not fit.
/// Every method returns nil when the value is unusable, so decoding goes on and finds all problems.
struct DocumentReader {
  let file: String
  let text: SourceText
  private(set) var diagnostics: [Diagnostic] = []
  /// Long strings seen in this file, so repeats (a source title in every record, a form's name in each record)
  /// share one storage. Strings of up to 15 UTF-8 bytes are stored inline by Swift and need no sharing.
  private var interned: [String: String] = [:]

  static let factKeys = ["value", "source", "section"]
  /// Format 1 knew only plain facts: its files may not use cited or disputed ones.
  var plainFactsOnly = false

  init(file: String, text: SourceText) {
    self.file = file
    self.text = text
  }

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  mutating func report(_ severity: Diagnostic.Severity = .error, at offset: Int, path: JSONPath, _ problem: Problem) {
    diagnostics.append(
      Diagnostic(severity, file: file, position: text.position(ofOffset: offset), path: path.description, problem))
  }

  mutating func expected(_ what: Expectation, at node: JSONNode, path: JSONPath) {
    report(at: node.offset, path: path, .expected(what, found: Found(node)))
  }

  /// The members of an object that must have exactly `keys` (those in `optional` may be left out). Unknown keys
  /// and missing keys are reported.
  mutating func object(_ node: JSONNode, path: JSONPath, keys: [String], optional: Set<String> = []) -> ObjectMembers? {
    guard case .object(let members) = node.value else {
      expected(.object, at: node, path: path)
      return nil
    }
    var slots = [JSONNode?](repeating: nil, count: keys.count)
    var cursor = 0
    for member in members {
      // Files usually list keys in the documented order: try the next expected key first.
      let index: Int?
      if cursor < keys.count, keys[cursor] == member.key {
        index = cursor
      } else {
        index = keys.firstIndex(of: member.key)
      }
      if let index, slots[index] != nil {
        report(at: member.keyOffset, path: path.member(member.key), .duplicateKey(member.key))
      } else if let index {
        slots[index] = member.node
        cursor = index + 1
      } else {
        report(
          at: member.keyOffset, path: path.member(member.key),
          .unknownKey(member.key, suggestions: Suggestions.closest(to: member.key, among: keys)))
      }
    }
    let missing = keys.indices.filter { slots[$0] == nil && !optional.contains(keys[$0]) }.map { keys[$0] }
    if !missing.isEmpty {
      report(at: node.offset, path: path, .missingKeys(missing))
    }
    return ObjectMembers(keys: keys, slots: slots)
  }

  mutating func string(_ node: JSONNode, path: JSONPath) -> String? {
    guard case .string(let raw) = node.value else {
      expected(.text, at: node, path: path)
      return nil
    }
    let (clean, replaced) = Sanitizer.sanitize(raw)
    if replaced > 0 {
      report(.warning, at: node.offset, path: path, .controlCharactersReplaced(count: replaced))
    }
    return intern(clean)
  }

  private mutating func intern(_ text: String) -> String {
    guard text.utf8.count > 15 else { return text }
    if let shared = interned[text] { return shared }
    interned[text] = text
    return text
  }

  /// A string with at least one character that is not white space — white space as JSON Schema's `\\S`
  /// (ECMA-262) defines it, so the loader and `profile.schema.json` agree on what is blank.
  mutating func nonEmptyString(_ node: JSONNode, path: JSONPath) -> String? {
    if case .string(let raw) = node.value, raw.unicodeScalars.allSatisfy(Self.isSchemaWhitespace) {
      expected(.nonEmptyText, at: node, path: path)
      return nil
    }
    return string(node, path: path)
  }

  static func isSchemaWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
    default: false
    }
  }

  /// The integer a JSON number written with a fraction or an exponent stands for, when it has no fractional part.
  static func integral(_ text: String) -> Int? {
    guard let value = Double(text), value.rounded() == value, abs(value) < 9.0e15 else { return nil }
    return Int(value)
  }

  /// The ids the sources of a list declare, read from the JSON even where a source has errors of its own: one bad
  /// field in a source must not turn every citation of it into a false "unknown source" error.
  static func declaredIDs(_ node: JSONNode?) -> Set<String> {
    guard let node, case .array(let items) = node.value else { return [] }
    return Set(items.compactMap { if case .string(let id)? = $0.member("id")?.value { id } else { nil } })
  }

  mutating func integer(_ node: JSONNode, path: JSONPath, minimum: Int = Int.min) -> Int? {
    // As JSON Schema counts them: a number with no fractional part is an integer (12.0, 2.015e3).
    guard case .number(let text) = node.value, let value = Int(text) ?? Self.integral(text) else {
      expected(minimum == Int.min ? .integer : .integerAtLeast(minimum), at: node, path: path)
      return nil
    }
    if value < minimum {
      expected(.integerAtLeast(minimum), at: node, path: path)
      return nil
    }
    return value
  }

  /// A date `YYYY-MM-DD` that exists, in 1900–2099.
  mutating func date(_ node: JSONNode, path: JSONPath) -> CalendarDate? {
    if case .string(let raw) = node.value, let date = CalendarDate(raw) { return date }
    expected(.date, at: node, path: path)
    return nil
  }

  /// A date or null.
  mutating func optionalDate(_ node: JSONNode, path: JSONPath) -> CalendarDate?? {
    node.isNull ? .some(nil) : date(node, path: path).map { .some($0) }
  }

  mutating func bool(_ node: JSONNode, path: JSONPath) -> Bool? {
    guard case .bool(let b) = node.value else {
      expected(.boolean, at: node, path: path)
      return nil
    }
    return b
  }

  mutating func key<K: VocabularyKey>(_ node: JSONNode, path: JSONPath, as type: K.Type) -> K? {
    guard case .string(let raw) = node.value else {
      expected(.oneOf(K.allKeys), at: node, path: path)
      return nil
    }
    if let key = K(rawValue: raw) { return key }
    let labels = Dictionary(uniqueKeysWithValues: K.allCases.map { ($0.rawValue, $0.dutchTerm) })
    report(
      at: node.offset, path: path,
      .expected(
        .oneOf(K.allKeys), found: .quoted(raw),
        suggestions: Suggestions.closest(to: raw, among: K.allKeys, labels: labels)))
    return nil
  }

  /// An array whose elements each decode with `element`; duplicates are reported when `unique`.
  mutating func array<T: Equatable>(
    _ node: JSONNode, path: JSONPath, unique: Bool = true,
    element: (inout DocumentReader, JSONNode, JSONPath) -> T?
  ) -> [T]? {
    guard case .array(let nodes) = node.value else {
      expected(.list, at: node, path: path)
      return nil
    }
    var result: [T] = []
    result.reserveCapacity(nodes.count)
    var ok = true
    for (i, child) in nodes.enumerated() {
      let childPath = path.element(i)
      guard let value = element(&self, child, childPath) else {
        ok = false
        continue
      }
      if unique, result.contains(value) {
        report(at: child.offset, path: childPath, .duplicateListValue)
        ok = false
        continue
      }
      result.append(value)
    }
    return ok ? result : nil
  }

  /// A list of keys without duplicates, kept as a set.
  mutating func keys<K: VocabularyKey>(_ node: JSONNode, path: JSONPath, as type: K.Type) -> KeySet<K>? {
    array(node, path: path) { reader, child, childPath in reader.key(child, path: childPath, as: K.self) }.map(
      KeySet.init)
  }

  /// A form field: null (unknown) or a value. A decoding failure has been reported and yields unknown.
  mutating func known<T>(_ node: JSONNode?, path: JSONPath, decode: (inout DocumentReader, JSONNode, JSONPath) -> T?)
    -> Known<T>
  {
    guard let node, !node.isNull else { return .unknown }
    return decode(&self, node, path).map { .known($0) } ?? .unknown
  }

  /// A municipality-wide fact: null (unknown) or `{"value", "source", "section"}`.
  mutating func fact<T>(
    _ node: JSONNode?, path: JSONPath, sources: Set<String>,
    decode: (inout DocumentReader, JSONNode, JSONPath) -> T?
  ) -> Fact<T> {
    guard let node, !node.isNull else { return .unknown }
    // A bare value where a fact with its source belongs: show the shape expected.
    guard case .object = node.value else {
      expected(.fact, at: node, path: path)
      return .unknown
    }
    guard let members = object(node, path: path, keys: Self.factKeys) else { return .unknown }
    let value = members["value"].flatMap { valueNode -> T? in
      if valueNode.isNull {
        report(at: valueNode.offset, path: path.member("value"), .nullFactValue)
        return nil
      }
      return decode(&self, valueNode, path.member("value"))
    }
    let citation = self.citation(members, path: path, sources: sources)
    guard let value, let citation else { return .unknown }
    return .known(value, citation)
  }

  /// The `source` and `section` members that cite a source of the profile.
  mutating func citation(_ members: ObjectMembers, path: JSONPath, sources: Set<String>) -> Citation? {
    guard let sourceNode = members["source"], let sectionNode = members["section"] else { return nil }
    let sourceID = nonEmptyString(sourceNode, path: path.member("source"))
    if let sourceID, !sources.contains(sourceID) {
      report(
        at: sourceNode.offset, path: path.member("source"),
        .expected(
          .sourceID, found: .quoted(sourceID), suggestions: Suggestions.closest(to: sourceID, among: sources.sorted())))
      return nil
    }
    let section: String?? =
      sectionNode.isNull ? .some(nil) : nonEmptyString(sectionNode, path: path.member("section")).map { .some($0) }
    guard let sourceID, let section else { return nil }
    return Citation(sourceID: sourceID, section: section)
  }
}
