/// One concrete vehicle of involvement: a council, a panel, a summit …
public struct Form: Sendable, Equatable {
  public var id: String
  public var name: String
  public var kind: Known<FormKind> = .unknown
  public var status: Known<FormStatus> = .unknown
  public var from: CalendarDate?
  public var until: CalendarDate?
  public var structure: Known<Structure> = .unknown
  public var contact: Known<Contact> = .unknown
  public var scale: Known<Scale> = .unknown
  public var rung: Known<Rung> = .unknown
  public var phases: Known<KeySet<Phase>> = .unknown
  public var laws: Known<KeySet<Law>> = .unknown
  public var themes: Known<[String]> = .unknown
  public var perspectives: Known<KeySet<Perspective>> = .unknown
  public var inputKinds: Known<KeySet<InputKind>> = .unknown
  public var setUpBy: Known<Founder> = .unknown
  public var advises: Known<KeySet<Addressee>> = .unknown
  public var members: Known<Int> = .unknown
  public var selection: Known<Selection> = .unknown
  public var legalForm: Known<LegalForm> = .unknown
  public var resultsAgreement: Known<Bool> = .unknown
  public var rankAndFileLink: Known<Bool> = .unknown
  public var memberMunicipalities: Known<[String]> = .unknown
  /// The form's citation: the default for every field that names no source of its own.
  public var citation: Citation
  /// Fields with their own citation, or with competing values (then the field itself is unknown).
  public var provenance: [FormField: FieldProvenance] = [:]
  /// Ids of forms (of an earlier record) this form succeeds: one advisory council replacing two, say. Lets a
  /// comparison of records tell *replaced* from *ended* plus *added*.
  public var replaces: Known<[String]> = .unknown
  /// Set when the form is a shared body (`Data/bodies/`) seen from one of its members.
  public var sharedBodyID: String?

  public init(id: String, name: String, citation: Citation) {
    self.id = id
    self.name = name
    self.citation = citation
  }

  /// Where the form stands on a date. `until` wins over `status`; a planned form never runs.
  public func standing(on date: CalendarDate) -> FormStanding {
    if status == .known(.planned) { return .planned }
    if let until, date > until { return .ended }
    if until == nil, status == .known(.ended) { return .ended }
    if let from, date < from { return .notYetStarted }
    switch status {
    case .known(.pilot): return .running(.pilot)
    case .known(.existing), .known(.ended): return .running(.existing)
    case .known(.planned): return .planned
    case .unknown: return .running(.statusUnknown)
    }
  }
}
