/// Writes a profile as format-2 JSON, in the layout of the shipped files: one key per line for records, regulations
/// and forms, facts and sources on one line each. Keys in the documented order, so diffs stay small.
public enum ProfileWriter {
  /// The profile as the text of a format-2 file, ending in a newline.
  public static func json(_ profile: Profile) -> String {
    var out = "{\n"
    if let schema = profile.schemaReference { out += "  \"$schema\": \(string(schema)),\n" }
    out += "  \"formatVersion\": \(Profile.formatVersion),\n"
    out += "  \"code\": \(string(profile.code)),\n"
    out += "  \"name\": \(string(profile.name)),\n"
    out += "  \"records\": [\n"
    out += profile.records.map { record($0, indent: "    ") }.joined(separator: ",\n")
    out += "\n  ]\n}\n"
    return out
  }

  static func record(_ record: Record, indent: String) -> String {
    let inner = indent + "  "
    var lines: [String] = []
    lines.append("\(inner)\"id\": \(string(record.id.description))")
    lines.append(
      "\(inner)\"sources\": [\n" + record.sources.map { "\(inner)  " + source($0) }.joined(separator: ",\n")
        + "\n\(inner)]")
    lines.append("\(inner)\"choices\": " + choices(record.choices, indent: inner))
    lines.append(
      "\(inner)\"regulations\": " + list(record.regulations.map { regulation($0, indent: inner + "  ") }, indent: inner)
    )
    var statements: [String] = Law.allCases.map {
      "\(inner)  \(string($0.rawValue)): " + fact(record.regulationLists.statement(for: $0)) { string($0.rawValue) }
    }
    statements.append(
      "\(inner)  \"participationOrdinance\": "
        + fact(record.regulationLists.participationOrdinance) { string($0.rawValue) })
    lines.append("\(inner)\"regulationLists\": {\n" + statements.joined(separator: ",\n") + "\n\(inner)}")
    lines.append(
      "\(inner)\"searches\": "
        + list(
          record.searches.map { search in
            "\(inner)  {\"for\": \(array(search.targets.map(\.rawValue))), \"date\": \(string(search.date.description)), "
              + "\"where\": \(string(search.place)), \"found\": \(array(search.found))}"
          }, indent: inner))
    lines.append("\(inner)\"formsComplete\": " + fact(record.formsComplete) { $0 ? "true" : "false" })
    lines.append(
      "\(inner)\"sharedBodies\": "
        + list(
          record.sharedBodies.map { reference in
            "\(inner)  {\"body\": \(string(reference.bodyID)), \"localNote\": \(optional(reference.localNote)), "
              + "\"source\": \(string(reference.citation.sourceID)), \"section\": \(optional(reference.citation.section))}"
          }, indent: inner))
    lines.append(
      "\(inner)\"boundaryChanges\": "
        + list(
          record.boundaryChanges.map { change in
            "\(inner)  {\"date\": \(string(change.date.description)), \"merged\": \(array(change.merged)), "
              + "\"source\": \(string(change.citation.sourceID)), \"section\": \(optional(change.citation.section))}"
          }, indent: inner))
    lines.append("\(inner)\"forms\": " + list(record.forms.map { form($0, indent: inner + "  ") }, indent: inner))
    return "\(indent){\n" + lines.joined(separator: ",\n") + "\n\(indent)}"
  }

  static func list(_ items: [String], indent: String) -> String {
    items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n\(indent)]"
  }

  static func source(_ source: Source) -> String {
    "{\"id\": \(string(source.id)), \"title\": \(string(source.title)), \"publisher\": \(optional(source.publisher)), "
      + "\"published\": \(optional(source.published)), \"retrieved\": \(optional(source.retrieved?.description)), "
      + "\"url\": \(optional(source.url))}"
  }

  static func choices(_ c: Choices, indent: String) -> String {
    func keys<K: VocabularyKey>(_ fact: Fact<KeySet<K>>) -> String { self.fact(fact) { array($0.map(\.rawValue)) } }
    func key<K: VocabularyKey>(_ fact: Fact<K>) -> String { self.fact(fact) { string($0.rawValue) } }
    let entries: [(ChoiceField, String)] = [
      (.motives, keys(c.motives)), (.citizenMotives, keys(c.citizenMotives)), (.direction, keys(c.direction)),
      (.existingStructures, key(c.existingStructures)), (.perspectives, keys(c.perspectives)),
      (.topics, keys(c.topics)), (.inputKinds, keys(c.inputKinds)), (.agendaSetting, key(c.agendaSetting)),
      (.facilitation, keys(c.facilitation)), (.organisation, keys(c.organisation)),
      (.regionalPolicy, keys(c.regionalPolicy)), (.notes, fact(c.notes) { string($0) }),
    ]
    return "{\n"
      + entries.map { field, text in
        "\(indent)  \(string(field.rawValue)): " + (c.disputes[field].map(disputed) ?? text)
      }.joined(separator: ",\n") + "\n\(indent)}"
  }

  /// `{"disputed": [{"value", "source", "section"}, …]}`.
  static func disputed(_ values: [CitedFieldValue]) -> String {
    "{\"disputed\": ["
      + values.map { cited(fieldValue($0.value), $0.citation, approximate: $0.approximate) }.joined(separator: ", ")
      + "]}"
  }

  static func cited(_ value: String, _ citation: Citation, approximate: Bool) -> String {
    "{\"value\": \(value), \"source\": \(string(citation.sourceID)), \"section\": \(optional(citation.section))"
      + (approximate ? ", \"approximate\": true}" : "}")
  }

  static func fieldValue(_ value: FieldValue) -> String {
    switch value {
    case .key(let key): string(key.rawValue)
    case .keys(let keys): array(keys.map { $0.rawValue })
    case .number(let n): String(n)
    case .flag(let b): b ? "true" : "false"
    case .text(let t): string(t)
    case .texts(let t): array(t)
    case .date(let d): string(d.description)
    }
  }

  static func regulation(_ r: Regulation, indent: String) -> String {
    func map<K: VocabularyKey>(_ items: ArticleMap<K>) -> String {
      "{" + items.entries.map { "\(string($0.key.rawValue)): \(string($0.article))" }.joined(separator: ", ") + "}"
    }
    let entries: [(String, String)] = [
      ("id", string(r.id)), ("kind", known(r.kind) { string($0.rawValue) }),
      ("adoptedBy", known(r.adoptedBy) { string($0.rawValue) }), ("title", string(r.title)),
      ("identifier", optional(r.identifier)), ("url", optional(r.url)), ("adopted", optional(r.adopted?.description)),
      ("inForceFrom", optional(r.inForceFrom?.description)), ("inForceUntil", optional(r.inForceUntil?.description)),
      ("legalBases", known(r.legalBases) { array($0) }), ("scope", known(r.scope) { array($0.map(\.rawValue)) }),
      ("readWhole", r.readWhole ? "true" : "false"),
      (
        "delegatedBy",
        r.delegatedBy.map { "{\"regulation\": \(string($0.regulationID)), \"article\": \(string($0.article))}" }
          ?? "null"
      ),
      ("legalItems", map(r.legalItems)), ("participationItems", map(r.participationItems)),
      (
        "inspraak",
        r.inspraak.map { "{\"procedure\": \(string($0.procedure.rawValue)), \"article\": \(optional($0.article))}" }
          ?? "null"
      ),
      ("source", string(r.citation.sourceID)), ("section", optional(r.citation.section)),
    ]
    return object(entries, indent: indent)
  }

  static func form(_ f: Form, indent: String) -> String {
    func keys<K: VocabularyKey>(_ value: Known<KeySet<K>>) -> String { known(value) { array($0.map(\.rawValue)) } }
    func key<K: VocabularyKey>(_ value: Known<K>) -> String { known(value) { string($0.rawValue) } }
    func bool(_ value: Known<Bool>) -> String { known(value) { $0 ? "true" : "false" } }
    let fields: [(FormField, String)] = [
      (.kind, key(f.kind)), (.status, key(f.status)),
      (.from, optional(f.from?.description)), (.until, optional(f.until?.description)),
      (.structure, key(f.structure)), (.contact, key(f.contact)), (.scale, key(f.scale)), (.rung, key(f.rung)),
      (.phases, keys(f.phases)), (.laws, keys(f.laws)), (.themes, known(f.themes) { array($0) }),
      (.perspectives, keys(f.perspectives)), (.inputKinds, keys(f.inputKinds)), (.setUpBy, key(f.setUpBy)),
      (.advises, keys(f.advises)), (.members, known(f.members) { String($0) }), (.selection, key(f.selection)),
      (.legalForm, key(f.legalForm)), (.resultsAgreement, bool(f.resultsAgreement)),
      (.rankAndFileLink, bool(f.rankAndFileLink)), (.memberMunicipalities, known(f.memberMunicipalities) { array($0) }),
    ]
    // A fact with its own citation, or disputed, is written in that shape; the rest plainly.
    let entries: [(String, String)] =
      [("id", string(f.id)), ("name", string(f.name))]
      + fields.map { field, plain in
        switch f.provenance[field] {
        case nil: (field.rawValue, plain)
        case .cited(let citation, let approximate)?: (field.rawValue, cited(plain, citation, approximate: approximate))
        case .disputed(let values)?: (field.rawValue, disputed(values))
        }
      }
      + [
        ("replaces", known(f.replaces) { array($0) }), ("source", string(f.citation.sourceID)),
        ("section", optional(f.citation.section)),
      ]
    return object(entries, indent: indent)
  }

  static func object(_ entries: [(String, String)], indent: String) -> String {
    "\(indent){\n" + entries.map { "\(indent)  \(string($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n\(indent)}"
  }

  static func fact<T>(_ fact: Fact<T>, _ value: (T) -> String) -> String {
    guard case .known(let v, let citation) = fact else { return "null" }
    return
      "{\"value\": \(value(v)), \"source\": \(string(citation.sourceID)), \"section\": \(optional(citation.section))}"
  }

  static func known<T>(_ value: Known<T>, _ render: (T) -> String) -> String {
    value.value.map(render) ?? "null"
  }

  static func array(_ values: [String]) -> String {
    "[" + values.map(string).joined(separator: ", ") + "]"
  }

  static func optional(_ value: String?) -> String { value.map(string) ?? "null" }

  /// A JSON string literal: quotes, backslashes and control characters escaped; everything else as UTF-8.
  public static func string(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
