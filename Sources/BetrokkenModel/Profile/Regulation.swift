/// A council ordinance, further rules, policy rules or another decision that bears on involvement.
/// Only regulations decide legal items (domain.md §5); the maps say which article carries which item.
public struct Regulation: Sendable, Equatable {
  public var id: String
  public var kind: Known<RegulationKind> = .unknown
  public var adoptedBy: Known<Adopter> = .unknown
  public var title: String
  public var identifier: String?
  public var url: String?
  public var adopted: CalendarDate?
  public var inForceFrom: CalendarDate?
  public var inForceUntil: CalendarDate?
  /// As written: "Gemeentewet 150", "Wmo 2015 2.1.3".
  public var legalBases: Known<[String]> = .unknown
  public var scope: Known<KeySet<Law>> = .unknown
  /// Only when read whole does an item missing from the maps mean "not regulated".
  public var readWhole: Bool
  public var delegatedBy: Delegation?
  /// Per legal item (Wmo letters), the article that regulates it for every law in scope.
  public var legalItems: ArticleMap<LegalItem> = [:]
  /// Per readiness item of Gemeentewet art. 150, the article that carries it.
  public var participationItems: ArticleMap<ParticipationItem> = [:]
  public var inspraak: Inspraak?
  public var citation: Citation

  public init(id: String, title: String, readWhole: Bool, citation: Citation) {
    self.id = id
    self.title = title
    self.readWhole = readWhole
    self.citation = citation
  }

  /// In force on the date: the first day is known and not later, and the last day has not passed.
  public func isInForce(on date: CalendarDate) -> Bool {
    guard let from = inForceFrom, from <= date else { return false }
    if let until = inForceUntil, date > until { return false }
    return true
  }

  /// Known to be out of force on the date (not yet, or no longer).
  public func isKnownOutOfForce(on date: CalendarDate) -> Bool {
    if let from = inForceFrom, date < from { return true }
    if let until = inForceUntil, date > until { return true }
    return false
  }

  /// The council's ordinance: the kind of regulation a duty "bij verordening" asks for. An ordinance of a joint
  /// arrangement's board (Wgr) is not the municipality's own and does not count.
  public var isCouncilOrdinance: Bool {
    kind == .known(.ordinance) && adoptedBy == .known(.council)
  }

  public func covers(_ law: Law) -> Bool { scope.value?.contains(law) == true }
}

public enum RegulationKind: String, VocabularyKey {
  /// The council's *verordening*.
  case ordinance
  /// The college's *nadere regels*, on a delegation in an ordinance.
  case furtherRules
  /// *Beleidsregels*: never meet a duty the law puts in an ordinance.
  case policyRules
  case other
}

/// Who adopted a regulation.
public enum Adopter: String, VocabularyKey {
  case council, executive, jointBoard
}

/// The ordinance and article that delegate further rules.
public struct Delegation: Sendable, Equatable {
  public var regulationID: String
  public var article: String

  public init(regulationID: String, article: String) {
    self.regulationID = regulationID
    self.article = article
  }
}
