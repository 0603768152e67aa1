import BetrokkenModel

/// `betrokken diff --format json`: every change between two records, as identifiers. Stable keys, no sentences.
struct DiffJSON: Encodable {
  let code: String
  let from: String
  let to: String
  let forms: [FormChange]
  let regulations: [RegulationChange]
  let verdicts: [Verdict]
  let readiness: FromTo

  struct FromTo: Encodable {
    let from: String
    let to: String
  }

  /// A value of an aspect before or after: a key, a list of keys, or unknown (`null`).
  enum Value: Encodable {
    case key(String)
    case keys([String])
    case unknown

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .key(let key): try container.encode(key)
      case .keys(let keys): try container.encode(keys)
      case .unknown: try container.encodeNil()
      }
    }
  }

  struct Aspect: Encodable {
    let aspect: String
    let from: Value
    let to: Value
  }

  /// One form's change; the keys present depend on the kind of change (as documented).
  struct FormChange: Encodable {
    let change: String
    let form: String
    var name: String?
    var from: String?
    var to: String?
    var replaces: [String]?
    var aspects: [Aspect]?
  }

  struct RegulationChange: Encodable {
    let change: String
    let regulation: String
    let title: String
    var identifier: OrNull<String>?
    var aspects: [String]?
  }

  struct Verdict: Encodable {
    let law: String
    let item: String
    let from: String
    let to: String
  }

  init(_ diff: RecordDiff) {
    code = diff.profile.code
    from = diff.from.id.description
    to = diff.to.id.description
    forms = diff.forms.map { change in
      switch change {
      case .added(let f): FormChange(change: "added", form: f.id, name: f.name)
      case .ended(let f): FormChange(change: "ended", form: f.id, name: f.name)
      case .renamed(let a, let b): FormChange(change: "renamed", form: b.id, from: a.name, to: b.name)
      case .replaced(let old, let f): FormChange(change: "replaced", form: f.id, name: f.name, replaces: old.map(\.id))
      case .moved(let f, let aspects):
        FormChange(change: "changed", form: f.id, name: f.name, aspects: aspects.map(Self.aspect))
      }
    }
    regulations = diff.regulations.map { change in
      switch change {
      case .adopted(let r):
        RegulationChange(change: "adopted", regulation: r.id, title: r.title, identifier: OrNull(r.identifier))
      case .withdrawn(let r):
        RegulationChange(change: "withdrawn", regulation: r.id, title: r.title, identifier: OrNull(r.identifier))
      case .changed(_, let r, let aspects):
        RegulationChange(change: "changed", regulation: r.id, title: r.title, aspects: aspects.map(\.rawValue))
      }
    }
    verdicts = diff.verdicts.map {
      Verdict(law: $0.law.rawValue, item: $0.item.rawValue, from: $0.from.rawValue, to: $0.to.rawValue)
    }
    readiness = FromTo(from: diff.readiness.from.rawValue, to: diff.readiness.to.rawValue)
  }

  static func aspect(_ aspect: RecordDiff.FormAspect) -> Aspect {
    func key(_ value: String?) -> Value { value.map(Value.key) ?? .unknown }
    func keys(_ values: [String]?) -> Value { values.map(Value.keys) ?? .unknown }
    switch aspect {
    case .rung(let a, let b): return Aspect(aspect: "rung", from: key(a?.rawValue), to: key(b?.rawValue))
    case .phases(let a, let b):
      return Aspect(aspect: "phases", from: keys(a?.map(\.rawValue)), to: keys(b?.map(\.rawValue)))
    case .scale(let a, let b): return Aspect(aspect: "scale", from: key(a?.rawValue), to: key(b?.rawValue))
    case .standing(let a, let b):
      return Aspect(aspect: "standing", from: .key(String(describing: a)), to: .key(String(describing: b)))
    }
  }
}
