/// One legal item for one law, judged for one municipality on one date. Only a regulation decides it; what the
/// forms do in practice is carried beside the verdict and never changes it.
public struct LegalFinding: Sendable, Equatable {
  /// The law whose duty is judged.
  public var law: Law
  /// The item, by its Wmo letter.
  public var item: LegalItem
  /// Met or not met only on the record's regulations; undecidable when they cannot tell. Practice never changes it.
  public var verdict: Verdict
  /// Why the verdict came out as it did.
  public var reason: LegalReason
  /// When met: the regulation and article that carry the item.
  public var carrier: RegulationArticle?
  /// When not met: the regulations that were read (the complete list for the law).
  public var regulationsRead: [Regulation]
  /// Regulations that name the item for this law but do not count, and why.
  public var uncounted: [UncountedRegulation]
  /// What forms and choices show in practice.
  public var practice: [Practice]
}

/// A regulation and the article that carries an item; for further rules also the ordinance that delegates them.
public struct RegulationArticle: Sendable, Equatable {
  /// The regulation that carries the item.
  public var regulation: Regulation
  /// The article of that regulation that carries it.
  public var article: String
  /// For further rules: the ordinance, and its article, that delegate them.
  public var delegatedBy: (regulation: Regulation, article: String)?

  init(regulation: Regulation, article: String, delegatedBy: (regulation: Regulation, article: String)? = nil) {
    self.regulation = regulation
    self.article = article
    self.delegatedBy = delegatedBy
  }

  /// Same regulation and article, and the same delegating ordinance and article.
  public static func == (a: RegulationArticle, b: RegulationArticle) -> Bool {
    a.regulation == b.regulation && a.article == b.article && a.delegatedBy?.regulation == b.delegatedBy?.regulation
      && a.delegatedBy?.article == b.delegatedBy?.article
  }
}

/// A regulation that names an item but does not decide it.
public struct UncountedRegulation: Sendable, Equatable {
  /// The regulation that names the item.
  public var regulation: Regulation
  /// The article in which it names the item.
  public var article: String
  /// Why it does not count.
  public var why: Why

  /// Why a regulation that names an item does not decide it.
  public enum Why: String, Sendable, Equatable, CaseIterable {
    /// *Beleidsregels*: never meet a duty the law puts in an ordinance.
    case policyRules
    /// Further rules without a delegating ordinance in this record.
    case furtherRulesWithoutDelegation
    /// Further rules whose delegating ordinance is not in force on the date.
    case delegatingOrdinanceNotInForce
    /// An ordinance not adopted by the council (or adopter unknown), or another kind of decision.
    case notACouncilOrdinance
    /// The kind of regulation is unknown.
    case kindUnknown
    /// Known not to be in force on the date (not yet, or no longer).
    case notInForce
    /// Its first day in force is unknown.
    case inForceDatesUnknown
    /// Its scope is unknown, so it may not cover this law.
    case scopeUnknown

    /// Whether completing the record could make it count (so it stands in the way of "not met").
    public var couldCount: Bool {
      switch self {
      case .policyRules, .notACouncilOrdinance, .notInForce: false
      case .furtherRulesWithoutDelegation, .delegatingOrdinanceNotInForce, .kindUnknown, .inForceDatesUnknown,
        .scopeUnknown:
        true
      }
    }
  }
}

/// Why a legal item came out as it did: a stable key (the JSON `reason`) and the facts the screen puts in words.
public enum LegalReason: Sendable, Equatable {
  case regulatedByOrdinance
  case regulatedByFurtherRules
  /// The list for the law is stated complete, each regulation was read whole, none regulates the item.
  case notRegulatedInCompleteList
  /// The record states that no ordinance for the law is in force.
  case noOrdinanceInForce(Citation)
  case noRecord
  /// No ordinance or further rules of the record bear on the law.
  case noRegulationKnown
  /// As `noRegulationKnown`, and a search for one found none: shown with where and when; it counts as nothing.
  case searchedNotFound(RegulationSearch)
  /// Only regulations that do not count name the item.
  case onlyUncountedRegulations
  /// A regulation bearing on the law lacks its kind, scope, adopter or dates.
  case regulationFactsUnknown(Regulation)
  /// A regulation in force for the law was not read whole, and what was read does not show the item.
  case notReadWhole(Regulation)
  /// Regulations for the law are known, but none is in force on the date.
  case noRegulationInForce
  /// The list was stated complete for the record's date, but a regulation on it has ended since: what replaced it
  /// is not in the record.
  case listChangedSinceRecord(Regulation)
  /// What was read does not regulate the item, but no source states the list complete.
  case listNotStatedComplete

  /// The regulation a reason is about, when it names one.
  public var regulation: Regulation? {
    switch self {
    case .regulationFactsUnknown(let r), .notReadWhole(let r), .listChangedSinceRecord(let r): r
    default: nil
    }
  }

  /// A stable key for JSON: the case name.
  public var key: String {
    switch self {
    case .regulatedByOrdinance: "regulatedByOrdinance"
    case .regulatedByFurtherRules: "regulatedByFurtherRules"
    case .notRegulatedInCompleteList: "notRegulatedInCompleteList"
    case .noOrdinanceInForce: "noOrdinanceInForce"
    case .noRecord: "noRecord"
    case .noRegulationKnown: "noRegulationKnown"
    case .searchedNotFound: "searchedNotFound"
    case .onlyUncountedRegulations: "onlyUncountedRegulations"
    case .regulationFactsUnknown: "regulationFactsUnknown"
    case .notReadWhole: "notReadWhole"
    case .noRegulationInForce: "noRegulationInForce"
    case .listNotStatedComplete: "listNotStatedComplete"
    case .listChangedSinceRecord: "listChangedSinceRecord"
    }
  }
}

/// Something a form or a choice shows in practice about a legal item. Evidence, never a verdict.
public struct Practice: Sendable, Equatable {
  /// What shows the practice: a form, or a municipality-wide choice.
  public enum Subject: Sendable, Equatable {
    case form(Form)
    case choice(ChoiceKey)
  }

  /// What the practice shows; the letter is the item it bears on.
  public enum Shows: String, Sendable, Equatable, CaseIterable {
    /// (a) a form on the rung adviseren or higher.
    case adviceOrHigher
    /// (b) advice in the agenda or formulation phase.
    case earlyAdvice
    /// (c) the municipality's support.
    case support
    /// (d) a fixed body consulted at least.
    case periodicConsultation
    /// (e) input in the agenda phase.
    case agendaInput
    /// (e) citizens set the agenda too.
    case citizensSetAgenda
    /// (e) the municipality sets the agenda alone: practice against the item.
    case municipalitySetsAgendaAlone
  }

  /// The form or choice that shows it.
  public var subject: Subject
  /// What it shows.
  public var shows: Shows
  /// The source for it: the form's or the choice's citation.
  public var citation: Citation

  /// Whether the practice goes against the item rather than for it.
  public var isAgainst: Bool { shows == .municipalitySetsAgendaAlone }
}

/// The municipality-wide choices practice can point at.
public enum ChoiceKey: String, Sendable, Equatable {
  case agendaSetting, facilitation
}
