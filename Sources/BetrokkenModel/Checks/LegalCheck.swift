/// Judges the legal items of Wmo 2015 art. 2.1.3 lid 3, Jeugdwet art. 2.10 and Participatiewet art. 47
/// (domain.md §5) for one municipality on its as-of date. Each duty is one "bij verordening": only a regulation
/// in force decides an item. Forms and choices are gathered as practice, beside the verdict.
public enum LegalCheck {
  static func findings(for situation: Situation) -> [LegalFinding] {
    Law.allCases.flatMap { law in LegalItem.required(by: law).map { finding(law, $0, situation) } }
  }

  static func finding(_ law: Law, _ item: LegalItem, _ situation: Situation) -> LegalFinding {
    var finding = LegalFinding(
      law: law, item: item, verdict: .undecidable, reason: .noRecord, carrier: nil,
      regulationsRead: [], uncounted: [], practice: LegalPractice.evidence(item, law, situation))
    guard let record = situation.record else { return finding }
    let date = situation.asOf
    let regulations = record.regulations

    // Met: a council ordinance in force, covering the law, regulates the item …
    for regulation in regulations
    where regulation.isCouncilOrdinance && regulation.isInForce(on: date) && regulation.covers(law) {
      if let article = regulation.legalItems[item] {
        finding.verdict = .met
        finding.reason = .regulatedByOrdinance
        finding.carrier = RegulationArticle(regulation: regulation, article: article)
        return finding
      }
    }
    // … or further rules in force that such an ordinance in force delegates.
    for regulation in regulations
    where regulation.kind == .known(.furtherRules) && regulation.isInForce(on: date) && regulation.covers(law) {
      guard let article = regulation.legalItems[item], let delegation = regulation.delegatedBy,
        let ordinance = record.regulation(withID: delegation.regulationID),
        ordinance.isCouncilOrdinance, ordinance.isInForce(on: date), ordinance.covers(law)
      else { continue }
      finding.verdict = .met
      finding.reason = .regulatedByFurtherRules
      finding.carrier = RegulationArticle(
        regulation: regulation, article: article,
        delegatedBy: (ordinance, delegation.article))
      return finding
    }

    finding.uncounted = uncounted(item, law, record, date)
    // The ordinances and further rules (or regulations of unknown kind) that may bear on the law.
    let relevant = regulations.filter { regulation in
      let kindMayCount = regulation.kind.value.map { $0 == .ordinance || $0 == .furtherRules } ?? true
      let scopeMayCover = regulation.scope.value.map { $0.contains(law) } ?? true
      return kindMayCount && scopeMayCover && !regulation.isKnownOutOfForce(on: date)
    }
    let factsMissing = relevant.first { regulation in
      regulation.kind.isUnknown || regulation.scope.isUnknown || regulation.inForceFrom == nil
        || (regulation.kind == .known(.ordinance) && regulation.adoptedBy.isUnknown)
    }
    let partlyRead = relevant.first { !$0.readWhole }
    let couldStillCount = finding.uncounted.contains { $0.why.couldCount }
    // A list is complete for the record's date; one that has lost a regulation since no longer says what holds.
    let endedSinceRecord = regulations.first { regulation in
      let kindMayCount = regulation.kind.value.map { $0 == .ordinance || $0 == .furtherRules } ?? true
      let scopeMayCover = regulation.scope.value.map { $0.contains(law) } ?? true
      return kindMayCount && scopeMayCover && regulation.isInForce(on: record.id)
        && regulation.isKnownOutOfForce(on: date)
    }

    // Not met: the record says no ordinance is in force, or its complete list, read whole, leaves the item out.
    switch record.regulationLists.statement(for: law) {
    case .known(.noOrdinance, let citation):
      finding.verdict = .notMet
      finding.reason = .noOrdinanceInForce(citation)
      finding.regulationsRead = relevant
      return finding
    case .known(.complete, _)
    where factsMissing == nil && partlyRead == nil && !couldStillCount && endedSinceRecord == nil
      && relevant.contains(where: { $0.isInForce(on: date) }):
      finding.verdict = .notMet
      finding.reason = .notRegulatedInCompleteList
      finding.regulationsRead = relevant
      return finding
    default:
      break
    }

    // Otherwise the facts do not decide it; say which one is missing first.
    if let regulation = endedSinceRecord, record.regulationLists.statement(for: law).value == .complete {
      finding.reason = .listChangedSinceRecord(regulation)
    } else if relevant.isEmpty {
      if finding.uncounted.isEmpty {
        finding.reason =
          record.unsuccessfulSearch(for: .init(law), on: date).map { .searchedNotFound($0) } ?? .noRegulationKnown
      } else if finding.uncounted.allSatisfy({ $0.why == .notInForce }) {
        finding.reason = .noRegulationInForce
      } else {
        finding.reason = .onlyUncountedRegulations
      }
    } else if let regulation = factsMissing {
      finding.reason = .regulationFactsUnknown(regulation)
    } else if let regulation = partlyRead {
      finding.reason = .notReadWhole(regulation)
    } else if !finding.uncounted.isEmpty {
      finding.reason = .onlyUncountedRegulations
    } else if !relevant.contains(where: { $0.isInForce(on: date) }) {
      finding.reason = .noRegulationInForce
    } else {
      finding.reason = .listNotStatedComplete
    }
    return finding
  }

  /// Regulations that name the item for this law (or may cover it) without counting, with the reason.
  static func uncounted(_ item: LegalItem, _ law: Law, _ record: Record, _ date: CalendarDate) -> [UncountedRegulation]
  {
    record.regulations.compactMap { regulation in
      guard let article = regulation.legalItems[item] else { return nil }
      if let scope = regulation.scope.value, !scope.contains(law) { return nil }
      let why: UncountedRegulation.Why
      switch regulation.kind {
      case .unknown:
        why = .kindUnknown
      case .known(.policyRules):
        why = .policyRules
      case .known(.other):
        why = .notACouncilOrdinance
      case .known(.ordinance):
        if regulation.adoptedBy.isUnknown {
          why = .kindUnknown
        } else if !regulation.isCouncilOrdinance {
          why = .notACouncilOrdinance
        } else if regulation.scope.isUnknown {
          why = .scopeUnknown
        } else {
          why = regulation.inForceFrom == nil ? .inForceDatesUnknown : .notInForce
        }
      case .known(.furtherRules):
        if let delegation = regulation.delegatedBy, let ordinance = record.regulation(withID: delegation.regulationID),
          ordinance.isCouncilOrdinance
        {
          if regulation.inForceFrom == nil {
            why = .inForceDatesUnknown
          } else if !regulation.isInForce(on: date) {
            why = .notInForce
          } else if regulation.scope.isUnknown {
            why = .scopeUnknown
          } else if ordinance.scope.isUnknown {
            why = .scopeUnknown
          } else if !ordinance.covers(law) {
            why = .furtherRulesWithoutDelegation
          } else {
            why = .delegatingOrdinanceNotInForce
          }
        } else {
          why = .furtherRulesWithoutDelegation
        }
      }
      return UncountedRegulation(regulation: regulation, article: article, why: why)
    }
  }
}
