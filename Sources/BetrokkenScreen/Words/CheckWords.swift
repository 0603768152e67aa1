import BetrokkenModel

/// The Dutch words for verdicts, reasons and practice of the legal check and the readiness check. The model
/// returns structured values; only this file turns them into sentences.
public enum CheckWords {
  public static func verdict(_ verdict: Verdict) -> String {
    switch verdict {
    case .met: "voldaan"
    case .notMet: "niet voldaan"
    case .undecidable: "niet te beoordelen"
    }
  }

  /// An attention point's status: a raised warning "applies".
  public static func attentionStatus(_ verdict: Verdict) -> String {
    switch verdict {
    case .notMet: "van toepassing"
    case .met: "niet van toepassing"
    case .undecidable: "niet te beoordelen"
    }
  }

  public static func attentionReason(_ reason: AttentionReason) -> String {
    func forms(_ n: Int) -> String { Dutch.count(n, "vorm", "vormen") }
    func labels(_ laws: [Law]) -> String { laws.map(\.label).joined(separator: ", ") }
    switch reason {
    case .formsNotStatedComplete: return "berust op het ontbreken van een vorm, en geen bron zegt dat de lijst van vormen compleet is"
    case .noRecord: return "geen gegevens op deze datum"
    case .noForms: return "de bronnen noemen geen (bestaande) vormen"
    case .rungUnknown(let n): return "van \(forms(n)) is de trede onbekend"
    case .phasesUnknown(let n): return "van \(forms(n)) zijn de fasen onbekend"
    case .structureUnknown(let n): return "van \(forms(n)) is onbekend of ze vast of flexibel zijn"
    case .contactUnknown(let n): return "van \(forms(n)) is het soort contact onbekend"
    case .agreementUnknown(let n): return "van \(Dutch.count(n, "flexibele vorm", "flexibele vormen")) is onbekend of er een afspraak is"
    case .regionalScaleUnknown(let n): return "regionaal beleid; van \(forms(n)) is de schaal onbekend"
    case .formsAboveInforming: return "er zijn vormen boven informeren"
    case .allFormsOnlyInform: return "alle vormen informeren alleen"
    case .agendaUnknown: return "wie de agenda bepaalt is onbekend"
    case .municipalitySetsAgendaAlone: return "de gemeente bepaalt de agenda alleen"
    case .citizensSetAgendaToo: return "ook burgers bepalen de agenda"
    case .highOnlyAtDecision: return "coproduceren of meebeslissen alleen in de besluitvorming"
    case .highFormPhasesUnknown: return "van een vorm op trede coproduceren of hoger zijn de fasen onbekend"
    case .noHighForm: return "geen vorm op trede coproduceren of hoger"
    case .highAlsoInOtherPhases: return "ook in eerdere of latere fasen"
    case .inImplementation: return "betrokken bij de uitvoering"
    case .noFormInImplementation: return "geen bekende vorm is actief in de uitvoering"
    case .noResultsAgreement: return "geen afspraak over de uitkomsten"
    case .noFlexibleForms: return "geen flexibele vormen"
    case .resultsAgreed: return "afspraken over de uitkomsten"
    case .regionalPolicyUnknown: return "of er regionaal beleid is, is onbekend"
    case .noRegionalPolicy: return "geen regionaal beleid"
    case .regionalFormExists: return "er is een regionale vorm"
    case .regionalPolicyWithoutForm(let laws): return "regionaal beleid (\(labels(laws))) maar geen regionale vorm bekend"
    case .directContactToo: return "er is ook direct contact"
    case .rankAndFileLinked: return "band met de achterban geregeld"
    case .rankAndFileUnknown: return "alleen indirect; of de band met de achterban geregeld is, is onbekend"
    case .indirectWithoutRankAndFile: return "alleen indirect en geen band met de achterban"
    case .inputKindsUnknown: return "de soort inbreng is onbekend"
    case .otherInputToo: return "ook andere inbreng dan beleidsdeskundigheid"
    case .flexibleFormsToo: return "er zijn ook flexibele vormen"
    case .expertiseOnlyStructureUnknown: return "alleen beleidsdeskundigheid; of alle vormen vast zijn, is onbekend"
    case .expertiseOnlyFixedOnly: return "alleen beleidsdeskundigheid en alleen vaste raden"
    case .topicsUnknown: return "of de onderwerpen integraal of categoraal zijn, is onbekend"
    case .integralOnly: return "alleen integraal"
    case .categoricalToo: return "ook categoraal"
    case .motiveUnknown: return "het motief van de gemeente is onbekend"
    case .supportOnly: return "alleen draagvlak"
    case .otherMotivesToo: return "ook andere motieven"
    }
  }

  /// A piece of evidence in words: "Adviesraad: adviseren", "agenda: ook burgers".
  public static func evidence(_ evidence: Evidence) -> String {
    func list<K: VocabularyKey>(_ keys: [K]) -> String { keys.map(\.label).joined(separator: ", ") }
    let fact: String
    switch evidence.fact {
    case .rung(let rung): fact = rung.label
    case .rungOnlyAtDecision(let rung): fact = "\(rung.label), alleen besluitvorming"
    case .phases(let phases): fact = list(phases)
    case .inImplementation: fact = "uitvoering"
    case .flexibleWithoutAgreement: fact = "flexibel, geen afspraak"
    case .resultsAgreed: fact = "afspraak over uitkomsten"
    case .regional: fact = "regionaal"
    case .direct: fact = "direct"
    case .indirect: fact = "indirect"
    case .rankAndFileLink: fact = "achterban"
    case .fixed: fact = "vast"
    case .agenda(let agenda): fact = "agenda: " + (agenda == .municipality ? "alleen de gemeente" : "ook burgers")
    case .regionalPolicy(let laws): fact = "regionaal beleid: " + (laws.isEmpty ? "geen" : list(laws))
    case .inputKinds(let kinds): fact = "inbreng: \(list(kinds))"
    case .topics(let topics): fact = "onderwerpen: \(list(topics))"
    case .motives(let motives): fact = "motief: \(list(motives))"
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
    let per = recordDate.map { "per \($0)" } ?? "op de datum van de gegevens"
    switch finding.reason {
    case .regulatedByOrdinance:
      guard let carrier = finding.carrier else { return "geregeld in een verordening" }
      return "geregeld in \(CitationWords.regulation(carrier.regulation, article: carrier.article))"
    case .regulatedByFurtherRules:
      guard let carrier = finding.carrier else { return "geregeld via nadere regels" }
      var text = "via nadere regels: \(CitationWords.regulation(carrier.regulation, article: carrier.article))"
      if let delegation = carrier.delegatedBy {
        text += "; gedelegeerd in \(CitationWords.regulation(delegation.regulation, article: delegation.article))"
      }
      return text
    case .notRegulatedInCompleteList:
      let titles = finding.regulationsRead.map { CitationWords.regulation($0) }
      return "niet geregeld in de volledig gelezen regelingen van een lijst die volgens de bron \(per) compleet is: "
        + titles.joined(separator: "; ")
    case .noOrdinanceInForce:
      return "volgens de bron was er \(per) geen verordening voor deze wet van kracht"
    case .listChangedSinceRecord(let regulation):
      return "de lijst van regelingen was \(per) compleet, maar \(CitationWords.regulation(regulation)) is sindsdien vervallen; wat ervoor in de plaats kwam, staat niet in de gegevens"
    case .noRecord:
      return "geen gegevens op deze datum"
    case .noRegulationKnown:
      return "geen verordening of nadere regels voor deze wet bekend"
    case .searchedNotFound(let search):
      return "geen verordening of nadere regels voor deze wet bekend: \(searchWords(search))"
    case .onlyUncountedRegulations:
      return "alleen regelingen die niet meetellen noemen dit onderdeel"
    case .regulationFactsUnknown(let regulation):
      return "van \(CitationWords.regulation(regulation)) is \(unknownFacts(regulation)) onbekend"
    case .notReadWhole(let regulation):
      return "\(CitationWords.regulation(regulation)) is niet helemaal gelezen; wat gelezen is, regelt het niet"
    case .noRegulationInForce:
      return "de bekende regelingen zijn op deze datum niet van kracht"
    case .listNotStatedComplete:
      return "de gelezen regelingen regelen het niet, maar geen bron zegt dat de lijst van regelingen compleet is"
    }
  }

  public static func uncounted(_ entry: UncountedRegulation) -> String {
    let why: String =
      switch entry.why {
      case .policyRules: "beleidsregels tellen niet mee"
      case .furtherRulesWithoutDelegation: "nadere regels zonder delegerende verordening tellen niet mee"
      case .delegatingOrdinanceNotInForce: "de delegerende verordening is niet van kracht"
      case .notACouncilOrdinance: "geen verordening van de raad"
      case .kindUnknown: "soort regeling of vaststeller onbekend"
      case .notInForce: "niet van kracht op deze datum"
      case .inForceDatesUnknown: "datum van inwerkingtreding onbekend"
      case .scopeUnknown: "onbekend voor welke wetten"
      }
    return "\(CitationWords.regulation(entry.regulation, article: entry.article)): \(why)"
  }

  /// "Adviesraad: advies in agenda- of beleidsfase", "agenda: ook burgers".
  public static func practice(_ practice: Practice) -> String {
    let subject: String =
      switch practice.subject {
      case .form(let form): form.name
      case .choice(.agendaSetting): "agenda (keuze)"
      case .choice(.facilitation): "ondersteuning (keuze)"
      }
    let shows: String =
      switch practice.shows {
      case .adviceOrHigher: "trede adviseren of hoger"
      case .earlyAdvice: "advies in de agenda- of beleidsfase"
      case .support: "de gemeente ondersteunt"
      case .periodicConsultation: "vaste raad, ten minste geraadpleegd"
      case .agendaInput: "inbreng in de agendavorming"
      case .citizensSetAgenda: "ook burgers bepalen de agenda"
      case .municipalitySetsAgendaAlone: "de gemeente bepaalt de agenda alleen (spreekt dit tegen)"
      }
    return "\(subject): \(shows)"
  }

  // MARK: readiness

  public static func readinessItem(_ item: ParticipationReadiness.Item) -> String {
    switch item {
    case .adoptedByCouncil: "vastgesteld door de raad (art. 150 lid 1)"
    case .preparation: "voorbereiding van beleid (lid 1)"
    case .implementation: "uitvoering van beleid (lid 1)"
    case .evaluation: "evaluatie van beleid (lid 1)"
    case .challengeRight: "voorwaarden uitdaagrecht (lid 3)"
    case .inForceByDeadline: "van kracht op of voor 1-1-2027"
    }
  }

  public static func readinessOverall(_ overall: ParticipationReadiness.Overall) -> String {
    switch overall {
    case .ready: "klaar"
    case .notReady: "niet klaar"
    case .undecidable: "niet te beoordelen"
    case .notApplicable: "n.v.t. (voor 2025)"
    }
  }

  public static func readinessReason(_ finding: ParticipationReadiness.Finding) -> String {
    let named = finding.carrier.map { CitationWords.regulation($0, article: finding.article) } ?? ""
    switch finding.reason {
    case .carriedByOrdinance where finding.item == .adoptedByCouncil:
      // The article shows that the ordinance is one on involvement; the adoption itself has no article.
      guard let carrier = finding.carrier else { return named }
      var text = CitationWords.regulation(carrier)
      if let adopted = carrier.adopted { text += ", vastgesteld \(adopted)" }
      if let article = finding.article { text += "; regelt betrokkenheid onder meer in \(article)" }
      return text
    case .carriedByOrdinance: return named
    case .inForceOnTime:
      // An end date that is not known is no promise: say that the verdict rests on there being none known.
      let until = finding.carrier?.inForceUntil.map { ", tot en met \($0)" } ?? ", zonder bekende einddatum"
      return "\(named) is van kracht vanaf \(finding.carrier?.inForceFrom.map(\.description) ?? "?")\(until)"
    case .noParticipationOrdinance: return "volgens de bron is er geen participatieverordening vastgesteld"
    case .notInCompleteList: return "niet in de volledig gelezen verordeningen van een complete lijst"
    case .entersIntoForceAfterDeadline:
      return "\(named) treedt pas in werking op \(finding.carrier?.inForceFrom.map(\.description) ?? "?")"
    case .endsBeforeDeadline:
      return "\(named) vervalt op \(finding.carrier?.inForceUntil.map(\.description) ?? "?")"
    case .noRecord: return "geen gegevens op deze datum"
    case .noOrdinanceKnown: return "geen participatieverordening bekend"
    case .searchedNotFound:
      return "geen participatieverordening bekend" + (finding.search.map { ": \(searchWords($0))" } ?? "")
    case .notReadWhole: return "\(named) is niet helemaal gelezen"
    case .ordinanceFactsUnknown: return "van \(named) is de soort of vaststeller onbekend"
    case .listNotStatedComplete: return "niet in de gelezen verordeningen, maar geen bron zegt dat de lijst compleet is"
    case .inForceDateUnknown: return "van \(named) is de datum van inwerkingtreding onbekend"
    }
  }

  /// Which of the facts a verdict needs are unknown: "de reikwijdte", "de soort en de datum van inwerkingtreding".
  public static func unknownFacts(_ regulation: Regulation) -> String {
    var missing: [String] = []
    if regulation.kind.isUnknown { missing.append("de soort") }
    if regulation.scope.isUnknown { missing.append("de reikwijdte (welke wetten)") }
    if regulation.kind == .known(.ordinance) && regulation.adoptedBy.isUnknown { missing.append("wie haar vaststelde") }
    if regulation.inForceFrom == nil { missing.append("de datum van inwerkingtreding") }
    guard let last = missing.popLast() else { return "een gegeven" }
    return missing.isEmpty ? last : missing.joined(separator: ", ") + " en " + last
  }

  /// "gezocht op 2026-11-29 in CVDR en Gemeenteblad; geen geldende gevonden (dat betekent niet dat er geen is)".
  public static func searchWords(_ search: RegulationSearch) -> String {
    "gezocht op \(search.date) in \(search.place); geen geldende gevonden (dat betekent niet dat er geen is)"
  }

  /// "nog 33 dagen", "vandaag", "termijn verstreken (12 dagen geleden)".
  public static func daysLeft(_ days: Int) -> String {
    if days > 1 { return "nog \(days) dagen" }
    if days == 1 { return "nog 1 dag" }
    if days == 0 { return "vandaag" }
    return "termijn verstreken (\(-days) \(days == -1 ? "dag" : "dagen") geleden)"
  }

  /// Where the deadline comes from (domain.md §5: the transition article itself was not retrieved).
  public static let deadlineSource = "termijn volgens griffiers.nl en VNG (Wet versterking participatie op decentraal niveau); het overgangsartikel zelf is niet geraadpleegd"

  public static func inspraak(_ inspraak: Inspraak, in regulation: Regulation) -> String {
    "inspraak: \(inspraak.procedure.label) (\(CitationWords.regulation(regulation, article: inspraak.article)))"
  }
}
