/// The municipality-wide choices of the guide's §1–§5.
public struct Choices: Sendable, Equatable {
  /// §1.1: why the municipality involves citizens.
  public var motives: Fact<KeySet<Motive>> = .unknown
  /// §1.2: why citizens and clients want to be involved.
  public var citizenMotives: Fact<KeySet<CitizenMotive>> = .unknown
  /// §2.1: who drives the change: top-down, bottom-up or both.
  public var direction: Fact<KeySet<Direction>> = .unknown
  /// §2.2: whether existing structures are built on or abolished.
  public var existingStructures: Fact<ExistingStructures> = .unknown
  /// §3.1: whose perspective: the citizen's, the client's or both.
  public var perspectives: Fact<KeySet<Perspective>> = .unknown
  /// §3.2: categorical topics, the integral social domain, or both.
  public var topics: Fact<KeySet<TopicScope>> = .unknown
  /// §3.3: the kinds of input asked for.
  public var inputKinds: Fact<KeySet<InputKind>> = .unknown
  /// §4.1: whether the municipality sets the agenda alone or citizens do too.
  public var agendaSetting: Fact<AgendaSetting> = .unknown
  /// §4.4: the support the municipality gives.
  public var facilitation: Fact<KeySet<Facilitation>> = .unknown
  /// §4.5: what involvement asks of the organisation.
  public var organisation: Fact<KeySet<OrganisationChange>> = .unknown
  /// §5.3: the laws whose policy is made regionally; empty: none.
  public var regionalPolicy: Fact<KeySet<Law>> = .unknown
  /// Notes on the choices, in the language they were written in.
  public var notes: Fact<String> = .unknown
  /// Choices on which sources disagree (the fact itself is then unknown), with the competing cited values.
  public var disputes: [ChoiceField: [CitedFieldValue]] = [:]

  /// Every choice unknown.
  public init() {}
}
