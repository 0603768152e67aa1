/// Statements that a record's list of regulations is complete, or that no ordinance is in force.
public struct RegulationLists: Sendable, Equatable {
  public var wmo2015: Fact<RegulationListStatement> = .unknown
  public var youthAct: Fact<RegulationListStatement> = .unknown
  public var participationAct: Fact<RegulationListStatement> = .unknown
  public var participationOrdinance: Fact<RegulationListStatement>

  public init(
    laws: [Law: Fact<RegulationListStatement>] = [:], participationOrdinance: Fact<RegulationListStatement> = .unknown
  ) {
    self.participationOrdinance = participationOrdinance
    for (law, statement) in laws { self[law] = statement }
  }

  public func statement(for law: Law) -> Fact<RegulationListStatement> { self[law] }

  public subscript(law: Law) -> Fact<RegulationListStatement> {
    get {
      switch law {
      case .wmo2015: wmo2015
      case .youthAct: youthAct
      case .participationAct: participationAct
      }
    }
    set {
      switch law {
      case .wmo2015: wmo2015 = newValue
      case .youthAct: youthAct = newValue
      case .participationAct: participationAct = newValue
      }
    }
  }
}

public enum RegulationListStatement: String, VocabularyKey {
  /// The record lists every regulation for this law in force on its date.
  case complete
  /// No ordinance for this law is in force on the record's date.
  case noOrdinance
}
