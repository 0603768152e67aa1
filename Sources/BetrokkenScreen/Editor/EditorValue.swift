import BetrokkenModel

/// Reading a record's JSON at an editor path (`forms[raad].rung`): the node there, and its value with its citation
/// when the fact carries one.
enum EditorValue {
  /// The node at `path` in a record, or nil when the entry or key does not exist.
  static func node(at path: String, in record: JSONNode) -> JSONNode? {
    var rest = Substring(path)
    var node = record
    if let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]"), open < close {
      let collection = String(rest[..<open])
      let id = String(rest[rest.index(after: open)..<close])
      let idKey = collection == "sharedBodies" ? "body" : "id"
      guard case .array(let items)? = record.member(collection)?.value,
        let entry = items.first(where: { if case .string(id)? = $0.member(idKey)?.value { true } else { false } })
      else { return nil }
      node = entry
      rest = rest[rest.index(after: close)...].drop { $0 == "." }
    }
    for key in rest.split(separator: ".") {
      guard let next = node.member(String(key)) else { return nil }
      node = next
    }
    return node
  }

  /// The fact's value (inside `{"value", "source", "section"}` when cited), its citation if it has its own, and
  /// whether it is an estimate.
  static func fact(_ node: JSONNode) -> (value: JSONNode, source: String?, section: String?, approximate: Bool) {
    guard case .object = node.value, let value = node.member("value") else { return (node, nil, nil, false) }
    let source = node.member("source").flatMap { if case .string(let s) = $0.value { s } else { nil } }
    let section = node.member("section").flatMap { if case .string(let s) = $0.value { s } else { nil } }
    let approximate = node.member("approximate").map { if case .bool(true) = $0.value { true } else { false } }
    return (value, source, section, approximate ?? false)
  }

  /// The record with this id among a profile's records.
  static func record(_ id: CalendarDate, in root: JSONNode) -> JSONNode? {
    guard case .array(let records)? = root.member("records")?.value else { return nil }
    return records.first { if case .string(id.description)? = $0.member("id")?.value { true } else { false } }
  }
}
