/// A council ordinance, further rules, policy rules or another decision that bears on involvement.
/// Only regulations decide legal items (domain.md §5); the maps say which article carries which item.
public struct Regulation: Sendable, Equatable {
  /// The id the record's delegations and searches use for this regulation.
  public var id: String
  /// Ordinance, further rules, policy rules or another decision.
  public var kind: Known<RegulationKind> = .unknown
  /// Who adopted it: the council, the college or the board of a joint arrangement (Wgr).
  public var adoptedBy: Known<Adopter> = .unknown
  /// The regulation's title.
  public var title: String
  /// Its identifier with version where it has one (`CVDR742069/1`), when known.
  public var identifier: String?
  /// Where its text is published, when known.
  public var url: String?
  /// The day it was adopted, when known.
  public var adopted: CalendarDate?
  /// Its first day in force; while unknown, the regulation is never taken to be in force.
  public var inForceFrom: CalendarDate?
  /// Its last day in force; nil when it is still in force or the day is unknown.
  public var inForceUntil: CalendarDate?
  /// As written: "Gemeentewet 150", "Wmo 2015 2.1.3".
  public var legalBases: Known<[String]> = .unknown
  /// The laws its scope covers (empty: none of the three); while unknown it covers none for the legal check.
  public var scope: Known<KeySet<Law>> = .unknown
  /// Only when read whole does an item missing from the maps mean "not regulated".
  public var readWhole: Bool
  /// For further rules: the ordinance of this record and its article that delegate them.
  public var delegatedBy: Delegation?
  /// Per legal item (Wmo letters), the article that regulates it for every law in scope.
  public var legalItems: ArticleMap<LegalItem> = [:]
  /// Per readiness item of Gemeentewet art. 150, the article that carries it.
  public var participationItems: ArticleMap<ParticipationItem> = [:]
  /// How it arranges inspraak (Gemeentewet art. 150 lid 2), when recorded; for information only.
  public var inspraak: Inspraak?
  /// Where the regulation was read.
  public var citation: Citation

  init(id: String, title: String, readWhole: Bool, citation: Citation) {
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

  func covers(_ law: Law) -> Bool { scope.value?.contains(law) == true }
}

/// What kind of decision a regulation is; only a council ordinance, or further rules it delegates, can meet a legal
/// item.
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
  var regulationID: String
  /// The article of that ordinance that delegates the rules.
  public var article: String

}
