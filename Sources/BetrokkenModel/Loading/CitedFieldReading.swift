/// A fact of a form (or a shared body) in one of three shapes (docs/profile-format.md, "Provenance per fact"):
/// the plain value, cited by the form; `{"value", "source", "section"}` with its own citation (and `"approximate":
/// true` for an estimated number); or `{"disputed": [ … ]}`, two or more cited values from sources that disagree.
extension DocumentReader {
  static let citedKeys = ["value", "source", "section", "approximate"]

  mutating func citedField<T>(
    _ node: JSONNode?, path: JSONPath, sources: Set<String>, field: FormField,
    provenance: inout [FormField: FieldProvenance],
    wrap: (T) -> FieldValue, decode: (inout DocumentReader, JSONNode, JSONPath) -> T?
  ) -> Known<T> {
    guard let node, !node.isNull else { return .unknown }
    guard !plainFactsOnly, case .object(let members) = node.value else {
      return decode(&self, node, path).map { .known($0) } ?? .unknown
    }
    if members.contains(where: { $0.key == "disputed" }) {
      guard
        let values = disputed(
          node, path: path, sources: sources, allowApproximate: field == .members, wrap: wrap, decode: decode)
      else { return .unknown }
      provenance[field] = .disputed(values)
      return .unknown
    }
    guard
      let (value, citation, approximate) = cited(
        node, path: path, sources: sources, allowApproximate: field == .members, decode: decode)
    else { return .unknown }
    provenance[field] = .cited(citation, approximate: approximate)
    return .known(value)
  }

  /// `{"value", "source", "section"}` (and `"approximate"` where allowed).
  mutating func cited<T>(
    _ node: JSONNode, path: JSONPath, sources: Set<String>, allowApproximate: Bool,
    decode: (inout DocumentReader, JSONNode, JSONPath) -> T?
  ) -> (T, Citation, Bool)? {
    let keys = allowApproximate ? Self.citedKeys : Self.factKeys
    guard let m = object(node, path: path, keys: keys, optional: ["approximate"]) else { return nil }
    let value = m["value"].flatMap { valueNode -> T? in
      if valueNode.isNull {
        report(at: valueNode.offset, path: path.member("value"), .nullFactValue)
        return nil
      }
      return decode(&self, valueNode, path.member("value"))
    }
    let approximate = m["approximate"].map { bool($0, path: path.member("approximate")) } ?? false
    let citation = self.citation(m, path: path, sources: sources)
    guard let value, let citation, let approximate else { return nil }
    return (value, citation, approximate)
  }

  /// `{"disputed": [cited, cited, …]}`: at least two cited values.
  mutating func disputed<T>(
    _ node: JSONNode, path: JSONPath, sources: Set<String>, allowApproximate: Bool,
    wrap: (T) -> FieldValue, decode: (inout DocumentReader, JSONNode, JSONPath) -> T?
  ) -> [CitedFieldValue]? {
    guard let m = object(node, path: path, keys: ["disputed"]), let list = m["disputed"] else { return nil }
    let listPath = path.member("disputed")
    guard case .array(let entries) = list.value else {
      expected(.disputedFacts, at: list, path: listPath)
      return nil
    }
    if entries.count < 2 {
      expected(.atLeastTwoDisputedFacts, at: list, path: listPath)
      return nil
    }
    var values: [CitedFieldValue] = []
    for (i, entry) in entries.enumerated() {
      guard
        let (value, citation, approximate) = cited(
          entry, path: listPath.element(i), sources: sources,
          allowApproximate: allowApproximate, decode: decode)
      else { return nil }
      values.append(CitedFieldValue(value: wrap(value), citation: citation, approximate: approximate))
    }
    return values
  }
}
