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

/// How a participatieverordening arranges *inspraak* (Gemeentewet art. 150 lid 2). Shown for information.
public struct Inspraak: Sendable, Equatable {
  public var procedure: InspraakProcedure
  public var article: String?

  public init(procedure: InspraakProcedure, article: String?) {
    self.procedure = procedure
    self.article = article
  }
}

public enum InspraakProcedure: String, VocabularyKey {
  /// Afdeling 3.4 Awb applies.
  case awb34
  case ownProcedure
  case notRegulated
}

/// The parts of a participatieverordening a regulation can carry (Gemeentewet art. 150 lid 1 and 3).
public enum ParticipationItem: String, VocabularyKey {
  case preparation, implementation, evaluation, challengeRight
}

/// Statements that a record's list of regulations is complete, or that no ordinance is in force.
public struct RegulationLists: Sendable, Equatable {
  public var wmo2015: Fact<RegulationListStatement> = .unknown
  public var youthAct: Fact<RegulationListStatement> = .unknown
  public var participationAct: Fact<RegulationListStatement> = .unknown
  public var participationOrdinance: Fact<RegulationListStatement>

  public init(laws: [Law: Fact<RegulationListStatement>] = [:], participationOrdinance: Fact<RegulationListStatement> = .unknown) {
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

/// Per item, the article that carries it: only the items a regulation regulates. Stored as one optional article
/// per vocabulary key (and nothing at all when empty), which is smaller than a dictionary.
public struct ArticleMap<Key: VocabularyKey>: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  private var articles: [String?] = []

  public init() {}

  public init(dictionaryLiteral elements: (Key, String)...) {
    for (key, article) in elements { self[key] = article }
  }

  public init(_ dictionary: [Key: String]) {
    for (key, article) in dictionary { self[key] = article }
  }

  public subscript(key: Key) -> String? {
    get {
      let i = key.ordinal
      return i < articles.count ? articles[i] : nil
    }
    set {
      let i = key.ordinal
      if articles.count <= i {
        guard newValue != nil else { return }
        articles += Array(repeating: nil, count: i + 1 - articles.count)
      }
      articles[i] = newValue
      while let last = articles.last, last == nil { articles.removeLast() }
    }
  }

  public var isEmpty: Bool { articles.isEmpty }

  /// The regulated items and their articles, in the vocabulary's order.
  public var entries: [(key: Key, article: String)] {
    Key.allCases.compactMap { key in self[key].map { (key, $0) } }
  }
}

public enum RegulationListStatement: String, VocabularyKey {
  /// The record lists every regulation for this law in force on its date.
  case complete
  /// No ordinance for this law is in force on the record's date.
  case noOrdinance
}
