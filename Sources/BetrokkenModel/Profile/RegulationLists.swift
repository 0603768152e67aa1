/// Statements that a record's list of regulations is complete, or that no ordinance is in force.
public struct RegulationLists: Sendable, Equatable {
  /// For the Wmo 2015: the list of regulations is complete, or no ordinance is in force.
  public var wmo2015: Fact<RegulationListStatement> = .unknown
  /// For the Jeugdwet: the list of regulations is complete, or no ordinance is in force.
  public var youthAct: Fact<RegulationListStatement> = .unknown
  /// For the Participatiewet: the list of regulations is complete, or no ordinance is in force.
  public var participationAct: Fact<RegulationListStatement> = .unknown
  /// For Gemeentewet art. 150: the list is complete, or no participatieverordening has been adopted.
  public var participationOrdinance: Fact<RegulationListStatement>

  /// Statements per law and for the participatieverordening; any not given is unknown.
  public init(
    laws: [Law: Fact<RegulationListStatement>] = [:], participationOrdinance: Fact<RegulationListStatement> = .unknown
  ) {
    self.participationOrdinance = participationOrdinance
    for (law, statement) in laws { self[law] = statement }
  }

  func statement(for law: Law) -> Fact<RegulationListStatement> { self[law] }

  /// The statement for one of the three laws.
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

/// What a source states about a record's list of regulations for a law or for art. 150.
public enum RegulationListStatement: String, VocabularyKey {
  /// The record lists every regulation for this law in force on its date.
  case complete
  /// No ordinance for this law is in force on the record's date.
  case noOrdinance
}
