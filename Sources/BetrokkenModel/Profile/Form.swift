/// One concrete vehicle of involvement: a council, a panel, a summit …
public struct Form: Sendable, Equatable {
  /// The form's id within the profile (`sociale-raad`): a comparison of records follows a form by it.
  public var id: String
  /// The form's own name.
  public var name: String
  /// What the form is: an advisory council, a client council, a panel …
  public var kind: Known<FormKind> = .unknown
  /// Whether it exists, is planned, is a pilot or has ended; `until` wins over it.
  public var status: Known<FormStatus> = .unknown
  /// Its first day; nil when no source gives one.
  public var from: CalendarDate?
  /// Its last day, inclusive; nil when no source gives one. Wins over `status`.
  public var until: CalendarDate?
  /// §5.1: a fixed or a flexible structure.
  public var structure: Known<Structure> = .unknown
  /// §5.2: direct contact with citizens, or indirect through a representative body.
  public var contact: Known<Contact> = .unknown
  /// §5.3: the scale level it works at.
  public var scale: Known<Scale> = .unknown
  /// §4.2: the highest rung of the participation ladder it reaches.
  public var rung: Known<Rung> = .unknown
  /// §4.3: the policy-cycle phases it is involved in.
  public var phases: Known<KeySet<Phase>> = .unknown
  /// The laws it covers.
  public var laws: Known<KeySet<Law>> = .unknown
  /// Other themes it covers, in Dutch.
  public var themes: Known<[String]> = .unknown
  /// §3.1: whose perspective it brings in.
  public var perspectives: Known<KeySet<Perspective>> = .unknown
  /// §3.3: the kinds of input it brings in.
  public var inputKinds: Known<KeySet<InputKind>> = .unknown
  /// Who set it up.
  public var setUpBy: Known<Founder> = .unknown
  /// Whom it advises.
  public var advises: Known<KeySet<Addressee>> = .unknown
  /// How many members it has.
  public var members: Known<Int> = .unknown
  /// How its members are chosen.
  public var selection: Known<Selection> = .unknown
  /// §4.4: its legal form.
  public var legalForm: Known<LegalForm> = .unknown
  /// §5.1: whether it is agreed how its results are processed.
  public var resultsAgreement: Known<Bool> = .unknown
  /// §5.2: for an indirect form, whether its link with the rank and file (*achterban*) is arranged.
  public var rankAndFileLink: Known<Bool> = .unknown
  /// For a regional form: the CBS codes of all members, this municipality included.
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

  init(id: String, name: String, citation: Citation) {
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
