import BetrokkenModel

/// The words for verdicts, reasons and practice of the legal check and the readiness check. The model
/// returns structured values; only this file turns them into sentences.
public enum CheckWords {
  /// A verdict in words: "voldaan", "niet voldaan", "niet te beoordelen".
  public static func verdict(_ verdict: Verdict) -> String {
    switch verdict {
    case .met: Strings.text("checks.verdict.met")
    case .notMet: Strings.text("checks.verdict.notMet")
    case .undecidable: Strings.text("checks.verdict.undecidable")
    }
  }

  /// An attention point's status: a raised warning "applies".
  public static func attentionStatus(_ verdict: Verdict) -> String {
    switch verdict {
    case .notMet: Strings.text("checks.attention.applies")
    case .met: Strings.text("checks.attention.doesNotApply")
    case .undecidable: Strings.text("checks.verdict.undecidable")
    }
  }

  /// Why an attention point applies or not, as a phrase: "de bronnen noemen geen (bestaande) vormen".
  public static func attentionReason(_ reason: AttentionReason) -> String {
    func forms(_ n: Int) -> String { Strings.count(n, "checks.form") }
    func labels(_ laws: [Law]) -> String { laws.map(\.label).joined(separator: ", ") }
    switch reason {
    case .formsNotStatedComplete: return Strings.text("checks.attentionReason.formsNotStatedComplete")
    case .noRecord: return Strings.text("checks.noRecord")
    case .noForms: return Strings.text("checks.attentionReason.noForms")
    case .rungUnknown(let n): return Strings.text("checks.attentionReason.rungUnknown", forms(n))
    case .phasesUnknown(let n): return Strings.text("checks.attentionReason.phasesUnknown", forms(n))
    case .structureUnknown(let n): return Strings.text("checks.attentionReason.structureUnknown", forms(n))
    case .contactUnknown(let n): return Strings.text("checks.attentionReason.contactUnknown", forms(n))
    case .agreementUnknown(let n):
      return Strings.text("checks.attentionReason.agreementUnknown", Strings.count(n, "checks.flexibleForm"))
    case .regionalScaleUnknown(let n): return Strings.text("checks.attentionReason.regionalScaleUnknown", forms(n))
    case .formsAboveInforming: return Strings.text("checks.attentionReason.formsAboveInforming")
    case .allFormsOnlyInform: return Strings.text("checks.attentionReason.allFormsOnlyInform")
    case .agendaUnknown: return Strings.text("checks.attentionReason.agendaUnknown")
    case .municipalitySetsAgendaAlone: return Strings.text("checks.attentionReason.municipalitySetsAgendaAlone")
    case .citizensSetAgendaToo: return Strings.text("checks.attentionReason.citizensSetAgendaToo")
    case .highOnlyAtDecision: return Strings.text("checks.attentionReason.highOnlyAtDecision")
    case .highFormPhasesUnknown: return Strings.text("checks.attentionReason.highFormPhasesUnknown")
    case .noHighForm: return Strings.text("checks.attentionReason.noHighForm")
    case .highAlsoInOtherPhases: return Strings.text("checks.attentionReason.highAlsoInOtherPhases")
    case .inImplementation: return Strings.text("checks.attentionReason.inImplementation")
    case .noFormInImplementation: return Strings.text("checks.attentionReason.noFormInImplementation")
    case .noResultsAgreement: return Strings.text("checks.attentionReason.noResultsAgreement")
    case .noFlexibleForms: return Strings.text("checks.attentionReason.noFlexibleForms")
    case .resultsAgreed: return Strings.text("checks.attentionReason.resultsAgreed")
    case .regionalPolicyUnknown: return Strings.text("checks.attentionReason.regionalPolicyUnknown")
    case .noRegionalPolicy: return Strings.text("checks.attentionReason.noRegionalPolicy")
    case .regionalFormExists: return Strings.text("checks.attentionReason.regionalFormExists")
    case .regionalPolicyWithoutForm(let laws):
      return Strings.text("checks.attentionReason.regionalPolicyWithoutForm", labels(laws))
    case .directContactToo: return Strings.text("checks.attentionReason.directContactToo")
    case .rankAndFileLinked: return Strings.text("checks.attentionReason.rankAndFileLinked")
    case .rankAndFileUnknown: return Strings.text("checks.attentionReason.rankAndFileUnknown")
    case .indirectWithoutRankAndFile: return Strings.text("checks.attentionReason.indirectWithoutRankAndFile")
    case .inputKindsUnknown: return Strings.text("checks.attentionReason.inputKindsUnknown")
    case .otherInputToo: return Strings.text("checks.attentionReason.otherInputToo")
    case .flexibleFormsToo: return Strings.text("checks.attentionReason.flexibleFormsToo")
    case .expertiseOnlyStructureUnknown: return Strings.text("checks.attentionReason.expertiseOnlyStructureUnknown")
    case .expertiseOnlyFixedOnly: return Strings.text("checks.attentionReason.expertiseOnlyFixedOnly")
    case .topicsUnknown: return Strings.text("checks.attentionReason.topicsUnknown")
    case .integralOnly: return Strings.text("checks.attentionReason.integralOnly")
    case .categoricalToo: return Strings.text("checks.attentionReason.categoricalToo")
    case .motiveUnknown: return Strings.text("checks.attentionReason.motiveUnknown")
    case .supportOnly: return Strings.text("checks.attentionReason.supportOnly")
    case .otherMotivesToo: return Strings.text("checks.attentionReason.otherMotivesToo")
    }
  }

  /// A piece of evidence in words: "Adviesraad: adviseren", "agenda: ook burgers".
  public static func evidence(_ evidence: Evidence) -> String {
    func list<K: VocabularyKey>(_ keys: [K]) -> String { keys.map(\.label).joined(separator: ", ") }
    let fact: String
    switch evidence.fact {
    case .rung(let rung): fact = rung.label
    case .rungOnlyAtDecision(let rung): fact = Strings.text("checks.evidence.rungOnlyAtDecision", rung.label)
    case .phases(let phases): fact = list(phases)
    case .inImplementation: fact = Strings.text("checks.evidence.inImplementation")
    case .flexibleWithoutAgreement: fact = Strings.text("checks.evidence.flexibleWithoutAgreement")
    case .resultsAgreed: fact = Strings.text("checks.evidence.resultsAgreed")
    case .regional: fact = Strings.text("checks.evidence.regional")
    case .direct: fact = Strings.text("checks.evidence.direct")
    case .indirect: fact = Strings.text("checks.evidence.indirect")
    case .rankAndFileLink: fact = Strings.text("checks.evidence.rankAndFileLink")
    case .fixed: fact = Strings.text("checks.evidence.fixed")
    case .agenda(let agenda):
      fact = Strings.text(
        agenda == .municipality ? "checks.evidence.agendaMunicipality" : "checks.evidence.agendaCitizensToo")
    case .regionalPolicy(let laws):
      fact = Strings.text("checks.evidence.regionalPolicy", laws.isEmpty ? Strings.text("checks.none") : list(laws))
    case .inputKinds(let kinds): fact = Strings.text("checks.evidence.inputKinds", list(kinds))
    case .topics(let topics): fact = Strings.text("checks.evidence.topics", list(topics))
    case .motives(let motives): fact = Strings.text("checks.evidence.motives", list(motives))
    }
    return evidence.form.map { "\($0): \(fact)" } ?? fact
  }

  /// "Pw (a) = Wmo (b)": the Participatiewet's own letter beside the Wmo letter.
  public static func itemLabel(_ item: LegalItem, law: Law) -> String {
    guard law == .participationAct, let own = item.participationActLetter else { return "(\(item.rawValue))" }
    return "(\(item.rawValue)) [Pw (\(own))]"
  }

  /// The reason in words; `recordDate` is the date the record describes (statements hold for that date).
  public static func legalReason(_ finding: LegalFinding, recordDate: CalendarDate?) -> String {
    let per =
      recordDate.map { Strings.text("checks.legalReason.perDate", $0.description) }
      ?? Strings.text("checks.legalReason.perRecordDate")
    switch finding.reason {
    case .regulatedByOrdinance:
      guard let carrier = finding.carrier else { return Strings.text("checks.legalReason.regulatedByOrdinance") }
      return Strings.text(
        "checks.legalReason.regulatedIn", CitationWords.regulation(carrier.regulation, article: carrier.article))
    case .regulatedByFurtherRules:
      guard let carrier = finding.carrier else { return Strings.text("checks.legalReason.regulatedByFurtherRules") }
      var text = Strings.text(
        "checks.legalReason.viaFurtherRules", CitationWords.regulation(carrier.regulation, article: carrier.article))
      if let delegation = carrier.delegatedBy {
        text += Strings.text(
          "checks.legalReason.delegatedIn", CitationWords.regulation(delegation.regulation, article: delegation.article)
        )
      }
      return text
    case .notRegulatedInCompleteList:
      let titles = finding.regulationsRead.map { CitationWords.regulation($0) }
      return Strings.text("checks.legalReason.notRegulatedInCompleteList", per, titles.joined(separator: "; "))
    case .noOrdinanceInForce:
      return Strings.text("checks.legalReason.noOrdinanceInForce", per)
    case .listChangedSinceRecord(let regulation):
      return Strings.text("checks.legalReason.listChangedSinceRecord", per, CitationWords.regulation(regulation))
    case .noRecord:
      return Strings.text("checks.noRecord")
    case .noRegulationKnown:
      return Strings.text("checks.legalReason.noRegulationKnown")
    case .searchedNotFound(let search):
      return Strings.text("checks.legalReason.searchedNotFound", searchWords(search))
    case .onlyUncountedRegulations:
      return Strings.text("checks.legalReason.onlyUncountedRegulations")
    case .regulationFactsUnknown(let regulation):
      return Strings.text(
        "checks.legalReason.regulationFactsUnknown", CitationWords.regulation(regulation), unknownFacts(regulation))
    case .notReadWhole(let regulation):
      return Strings.text("checks.legalReason.notReadWhole", CitationWords.regulation(regulation))
    case .noRegulationInForce:
      return Strings.text("checks.legalReason.noRegulationInForce")
    case .listNotStatedComplete:
      return Strings.text("checks.legalReason.listNotStatedComplete")
    }
  }

  /// A regulation that does not count for the legal items, cited, then why: "…: beleidsregels tellen niet mee".
  public static func uncounted(_ entry: UncountedRegulation) -> String {
    // The keys are named after the reasons (a test checks every one is in the tables).
    let why = Strings.text("checks.uncounted.\(entry.why.rawValue)")
    return "\(CitationWords.regulation(entry.regulation, article: entry.article)): \(why)"
  }

  /// "Adviesraad: advies in agenda- of beleidsfase", "agenda: ook burgers".
  public static func practice(_ practice: Practice) -> String {
    let subject: String =
      switch practice.subject {
      case .form(let form): form.name
      case .choice(.agendaSetting): Strings.text("checks.practice.agendaChoice")
      case .choice(.facilitation): Strings.text("checks.practice.facilitationChoice")
      }
    let shows = Strings.text("checks.practice.\(practice.shows.rawValue)")
    return "\(subject): \(shows)"
  }

  // MARK: readiness

  /// A readiness item with the part of the article it comes from: "vastgesteld door de raad (art. 150 lid 1)".
  public static func readinessItem(_ item: ParticipationReadiness.Item) -> String {
    switch item {
    case .adoptedByCouncil: Strings.text("checks.readinessItem.adoptedByCouncil")
    case .preparation: Strings.text("checks.readinessItem.preparation")
    case .implementation: Strings.text("checks.readinessItem.implementation")
    case .evaluation: Strings.text("checks.readinessItem.evaluation")
    case .challengeRight: Strings.text("checks.readinessItem.challengeRight")
    case .inForceByDeadline: Strings.text("checks.readinessItem.inForceByDeadline")
    }
  }

  /// The overall readiness in words: "klaar", "niet klaar", "niet te beoordelen", "n.v.t. (voor 2025)".
  public static func readinessOverall(_ overall: ParticipationReadiness.Overall) -> String {
    switch overall {
    case .ready: Strings.text("checks.readiness.ready")
    case .notReady: Strings.text("checks.readiness.notReady")
    case .undecidable: Strings.text("checks.verdict.undecidable")
    case .notApplicable: Strings.text("checks.readiness.notApplicable")
    }
  }

  /// Why a readiness item has its verdict: the regulation that carries it (with its adoption or in-force dates), or
  /// what is missing or unknown.
  public static func readinessReason(_ finding: ParticipationReadiness.Finding) -> String {
    let named = finding.carrier.map { CitationWords.regulation($0, article: finding.article) } ?? ""
    switch finding.reason {
    case .carriedByOrdinance where finding.item == .adoptedByCouncil:
      // The article shows that the ordinance is one on involvement; the adoption itself has no article.
      guard let carrier = finding.carrier else { return named }
      var text = CitationWords.regulation(carrier)
      if let adopted = carrier.adopted {
        text += Strings.text("checks.readinessReason.adopted", DateWords.long(adopted))
      }
      if let article = finding.article { text += Strings.text("checks.readinessReason.involvementIn", article) }
      return text
    case .carriedByOrdinance: return named
    case .inForceOnTime:
      // An end date that is not known is no promise: say that the verdict rests on there being none known.
      let until =
        finding.carrier?.inForceUntil.map { Strings.text("checks.readinessReason.until", DateWords.long($0)) }
        ?? Strings.text("checks.readinessReason.noKnownEnd")
      return Strings.text(
        "checks.readinessReason.inForceFrom", named, finding.carrier?.inForceFrom.map(DateWords.long) ?? "?", until)
    case .noParticipationOrdinance: return Strings.text("checks.readinessReason.noParticipationOrdinance")
    case .notInCompleteList: return Strings.text("checks.readinessReason.notInCompleteList")
    case .entersIntoForceAfterDeadline:
      return Strings.text(
        "checks.readinessReason.entersIntoForceAfterDeadline", named,
        finding.carrier?.inForceFrom.map(DateWords.long) ?? "?")
    case .endsBeforeDeadline:
      return Strings.text(
        "checks.readinessReason.endsBeforeDeadline", named, finding.carrier?.inForceUntil.map(DateWords.long) ?? "?")
    case .noRecord: return Strings.text("checks.noRecord")
    case .noOrdinanceKnown: return Strings.text("checks.readinessReason.noOrdinanceKnown")
    case .searchedNotFound:
      return finding.search.map { Strings.text("checks.readinessReason.searchedNotFound", searchWords($0)) }
        ?? Strings.text("checks.readinessReason.noOrdinanceKnown")
    case .notReadWhole: return Strings.text("checks.readinessReason.notReadWhole", named)
    case .ordinanceFactsUnknown: return Strings.text("checks.readinessReason.ordinanceFactsUnknown", named)
    case .listNotStatedComplete: return Strings.text("checks.readinessReason.listNotStatedComplete")
    case .inForceDateUnknown: return Strings.text("checks.readinessReason.inForceDateUnknown", named)
    }
  }

  /// Which of the facts a verdict needs are unknown: "de reikwijdte", "de soort en de datum van inwerkingtreding".
  static func unknownFacts(_ regulation: Regulation) -> String {
    var missing: [String] = []
    if regulation.kind.isUnknown { missing.append(Strings.text("checks.unknownFacts.kind")) }
    if regulation.scope.isUnknown { missing.append(Strings.text("checks.unknownFacts.scope")) }
    if regulation.kind == .known(.ordinance) && regulation.adoptedBy.isUnknown {
      missing.append(Strings.text("checks.unknownFacts.adoptedBy"))
    }
    if regulation.inForceFrom == nil { missing.append(Strings.text("checks.unknownFacts.inForceFrom")) }
    guard let last = missing.popLast() else { return Strings.text("checks.unknownFacts.aFact") }
    return missing.isEmpty ? last : Strings.text("checks.unknownFacts.and", missing.joined(separator: ", "), last)
  }

  /// "gezocht op 2026-11-29 in CVDR en Gemeenteblad; geen geldende gevonden (dat betekent niet dat er geen is)".
  static func searchWords(_ search: RegulationSearch) -> String {
    Strings.text("checks.searchWords", DateWords.long(search.date), search.place)
  }

  /// "nog 33 dagen", "vandaag", "termijn verstreken (12 dagen geleden)".
  public static func daysLeft(_ days: Int) -> String {
    if days >= 1 { return Strings.count(days, "checks.daysLeft") }
    if days == 0 { return Strings.text("checks.today") }
    return Strings.text("checks.deadlinePassed", Strings.count(-days, "checks.day"))
  }

  /// Where the deadline comes from (domain.md §5: the transition article itself was not retrieved). Computed, so
  /// it follows the current language.
  public static var deadlineSource: String { Strings.text("checks.deadlineSource") }

  /// A regulation's public-consultation (inspraak) procedure and where it is set: "inspraak: PROCEDURE (TITLE, ART)".
  public static func inspraak(_ inspraak: Inspraak, in regulation: Regulation) -> String {
    Strings.text(
      "checks.inspraak", inspraak.procedure.label, CitationWords.regulation(regulation, article: inspraak.article))
  }
}
