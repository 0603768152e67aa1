/// The municipality-wide choices of the guide's §1–§5.
public struct Choices: Sendable, Equatable {
  public var motives: Fact<KeySet<Motive>> = .unknown
  public var citizenMotives: Fact<KeySet<CitizenMotive>> = .unknown
  public var direction: Fact<KeySet<Direction>> = .unknown
  public var existingStructures: Fact<ExistingStructures> = .unknown
  public var perspectives: Fact<KeySet<Perspective>> = .unknown
  public var topics: Fact<KeySet<TopicScope>> = .unknown
  public var inputKinds: Fact<KeySet<InputKind>> = .unknown
  public var agendaSetting: Fact<AgendaSetting> = .unknown
  public var facilitation: Fact<KeySet<Facilitation>> = .unknown
  public var organisation: Fact<KeySet<OrganisationChange>> = .unknown
  public var regionalPolicy: Fact<KeySet<Law>> = .unknown
  public var notes: Fact<String> = .unknown
  /// Choices on which sources disagree (the fact itself is then unknown), with the competing cited values.
  public var disputes: [ChoiceField: [CitedFieldValue]] = [:]

  public init() {}
}
