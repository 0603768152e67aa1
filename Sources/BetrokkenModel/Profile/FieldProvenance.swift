/// Where a single fact comes from, when it names its own source rather than its form's (or choice's) citation, and
/// what the sources say when they disagree. The typed field keeps the agreed value for analysis; a disputed field
/// is unknown there, and its competing values live here for the screen to show as such.
public enum FieldProvenance: Sendable, Equatable {
  /// One value with its own citation; `approximate` for numbers a source gives as an estimate ("zo'n 1200").
  case cited(Citation, approximate: Bool)
  /// Sources (or one source in two places) disagree; the field's value counts as unknown.
  case disputed([CitedFieldValue])
}

/// One of several values sources give for a fact.
public struct CitedFieldValue: Sendable, Equatable {
  /// The value this source gives.
  public var value: FieldValue
  /// The source and place that give it.
  public var citation: Citation
  /// Whether the source gives the number as an estimate ("zo'n 1200").
  public var approximate: Bool

  init(value: FieldValue, citation: Citation, approximate: Bool = false) {
    self.value = value
    self.citation = citation
    self.approximate = approximate
  }
}

/// A fact's value without its static type, for showing competing values side by side.
public enum FieldValue: Sendable, Equatable {
  case key(any VocabularyKey)
  case keys([any VocabularyKey])
  case number(Int)
  case flag(Bool)
  case text(String)
  case texts([String])
  case date(CalendarDate)

  /// Same case and same value; vocabulary keys are compared by their stored key.
  public static func == (a: FieldValue, b: FieldValue) -> Bool {
    switch (a, b) {
    case (.key(let x), .key(let y)): x.rawValue == y.rawValue
    case (.keys(let x), .keys(let y)): x.map { $0.rawValue } == y.map { $0.rawValue }
    case (.number(let x), .number(let y)): x == y
    case (.flag(let x), .flag(let y)): x == y
    case (.text(let x), .text(let y)): x == y
    case (.texts(let x), .texts(let y)): x == y
    case (.date(let x), .date(let y)): x == y
    default: false
    }
  }
}

extension Form {
  /// The citation of one field: its own where it names one, else the form's.
  public func citation(for field: FormField) -> Citation {
    if case .cited(let citation, _)? = provenance[field] { return citation }
    return citation
  }

  /// The competing values when sources disagree on this field.
  public func dispute(_ field: FormField) -> [CitedFieldValue]? {
    if case .disputed(let values)? = provenance[field] { return values }
    return nil
  }

  /// Whether a source gives this number as an estimate.
  public func isApproximate(_ field: FormField) -> Bool {
    if case .cited(_, let approximate)? = provenance[field] { return approximate }
    return false
  }

  /// The fields on which sources disagree.
  public var disputedFields: [FormField] { FormField.allCases.filter { dispute($0) != nil } }
}
