/// Applies every attention rule to a municipality on its as-of date. A verdict that rests on the absence of a form
/// decides only when a source states the record's forms list complete; otherwise it is undecidable.
public enum AttentionCheck {
  public static func findings(for situation: Situation) -> [AttentionFinding] {
    AttentionRule.allCases.map { finding($0, situation) }
  }

  /// A form as evidence, cited by the fact that shows it (its own citation where it has one).
  static func evidence(_ form: Form, _ text: String, _ field: FormField) -> Evidence {
    Evidence("\(form.name): \(text)", citation: form.citation(for: field))
  }

  static func finding(_ rule: AttentionRule, _ situation: Situation) -> AttentionFinding {
    guard let record = situation.record else {
      return AttentionFinding(rule: rule, verdict: .undecidable, reason: .noRecord, evidence: [])
    }
    let forms = situation.formsInPlace
    let profile = situation
    /// `absence`: the verdict rests on no form doing something, which only a complete list can show.
    func result(_ verdict: Verdict, _ reason: String, _ evidence: [Evidence] = [], absence: Bool = false) -> AttentionFinding {
      if absence && !record.formsListComplete {
        return AttentionFinding(rule: rule, verdict: .undecidable, reason: .formsNotStatedComplete, evidence: evidence)
      }
      return AttentionFinding(rule: rule, verdict: verdict, reason: .described(reason), evidence: evidence)
    }
    let noForms = "de bronnen noemen geen (bestaande) vormen"
    switch rule {
    case .onlyInforming:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let higher = forms.filter { ($0.rung.value ?? .inform) > .inform }
      if !higher.isEmpty {
        return result(.met, "er zijn vormen boven informeren", higher.map { evidence($0, $0.rung.value!.label, .rung) })
      }
      if forms.allSatisfy({ $0.rung == .known(.inform) }) {
        return result(.notMet, "alle vormen informeren alleen", forms.map { evidence($0, "informeren", .rung) }, absence: true)
      }
      return result(.undecidable, "van \(count(forms.filter(\.rung.isUnknown))) is de trede onbekend")

    case .agendaByMunicipalityAlone:
      switch profile.choices.agendaSetting {
      case .unknown: return result(.undecidable, "wie de agenda bepaalt is onbekend")
      case .known(.municipality, let c):
        return result(.notMet, "de gemeente bepaalt de agenda alleen", [Evidence("agenda: alleen de gemeente", citation: c)])
      case .known(.citizensToo, let c):
        return result(.met, "ook burgers bepalen de agenda", [Evidence("agenda: ook burgers", citation: c)])
      }

    case .coDecisionOnlyAtDecision:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let high = forms.filter { ($0.rung.value ?? .inform) >= .coproduce }
      let late = high.filter { $0.phases.value == [.decision] }
      if !late.isEmpty {
        return result(.notMet, "coproduceren of meebeslissen alleen in de besluitvorming",
          late.map { evidence($0, "\($0.rung.value!.label), alleen besluitvorming", .phases) })
      }
      if high.contains(where: { $0.phases.isUnknown }) {
        return result(.undecidable, "van een vorm op trede coproduceren of hoger zijn de fasen onbekend")
      }
      if high.isEmpty && forms.contains(where: { $0.rung.isUnknown }) {
        return result(.undecidable, "van \(count(forms.filter(\.rung.isUnknown))) is de trede onbekend")
      }
      return result(.met, high.isEmpty ? "geen vorm op trede coproduceren of hoger" : "ook in eerdere of latere fasen",
        high.map { evidence($0, ($0.phases.value ?? []).map(\.label).joined(separator: ", "), .phases) }, absence: true)

    case .noImplementationPhase:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let implementing = forms.filter { $0.phases.value?.contains(.implementation) == true }
      if !implementing.isEmpty {
        return result(.met, "betrokken bij de uitvoering", implementing.map { evidence($0, "uitvoering", .phases) })
      }
      if forms.contains(where: { $0.phases.isUnknown }) {
        return result(.undecidable, "van \(count(forms.filter(\.phases.isUnknown))) zijn de fasen onbekend")
      }
      return result(.notMet, "geen bekende vorm is actief in de uitvoering", absence: true)

    case .flexibleWithoutAgreement:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let flexible = forms.filter { $0.structure == .known(.flexible) }
      let without = flexible.filter { $0.resultsAgreement == .known(false) }
      if !without.isEmpty {
        return result(.notMet, "geen afspraak over de uitkomsten", without.map { evidence($0, "flexibel, geen afspraak", .resultsAgreement) })
      }
      if flexible.contains(where: { $0.resultsAgreement.isUnknown }) {
        return result(.undecidable, "van \(Dutch.count(flexible.filter(\.resultsAgreement.isUnknown).count, "flexibele vorm", "flexibele vormen")) is onbekend of er een afspraak is")
      }
      if flexible.isEmpty && forms.contains(where: { $0.structure.isUnknown }) {
        return result(.undecidable, "van \(count(forms.filter(\.structure.isUnknown))) is onbekend of ze vast of flexibel zijn")
      }
      return result(.met, flexible.isEmpty ? "geen flexibele vormen" : "afspraken over de uitkomsten",
        flexible.map { evidence($0, "afspraak over uitkomsten", .resultsAgreement) }, absence: true)

    case .regionalPolicyWithoutRegionalForm:
      guard case .known(let laws, let c) = profile.choices.regionalPolicy else {
        return result(.undecidable, "of er regionaal beleid is, is onbekend")
      }
      let regional = forms.filter { $0.scale == .known(.regional) }
      if laws.isEmpty { return result(.met, "geen regionaal beleid", [Evidence("regionaal beleid: geen", citation: c)]) }
      if !regional.isEmpty {
        return result(.met, "er is een regionale vorm", regional.map { evidence($0, "regionaal", .scale) })
      }
      if forms.contains(where: { $0.scale.isUnknown }) {
        return result(.undecidable, "regionaal beleid; van \(count(forms.filter(\.scale.isUnknown))) is de schaal onbekend")
      }
      return result(.notMet, "regionaal beleid (\(laws.map(\.label).joined(separator: ", "))) maar geen regionale vorm bekend",
        [Evidence("regionaal beleid: \(laws.map(\.label).joined(separator: ", "))", citation: c)], absence: true)

    case .indirectWithoutRankAndFile:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      if forms.contains(where: { $0.contact == .known(.direct) }) {
        return result(.met, "er is ook direct contact", forms.filter { $0.contact == .known(.direct) }.map { evidence($0, "direct", .contact) })
      }
      if forms.contains(where: { $0.contact.isUnknown }) {
        return result(.undecidable, "van \(count(forms.filter(\.contact.isUnknown))) is het soort contact onbekend")
      }
      let linked = forms.filter { $0.rankAndFileLink == .known(true) }
      if !linked.isEmpty { return result(.met, "band met de achterban geregeld", linked.map { evidence($0, "achterban", .rankAndFileLink) }) }
      if forms.contains(where: { $0.rankAndFileLink.isUnknown }) {
        return result(.undecidable, "alleen indirect; of de band met de achterban geregeld is, is onbekend")
      }
      return result(.notMet, "alleen indirect en geen band met de achterban", forms.map { evidence($0, "indirect", .contact) }, absence: true)

    case .oneSidedMembership:
      guard case .known(let kinds, let c) = profile.choices.inputKinds else {
        return result(.undecidable, "de soort inbreng is onbekend")
      }
      guard kinds == [.policyExpertise] else {
        return result(.met, "ook andere inbreng dan beleidsdeskundigheid", [Evidence("inbreng: \(kinds.map(\.label).joined(separator: ", "))", citation: c)])
      }
      if forms.contains(where: { $0.structure == .known(.flexible) }) {
        return result(.met, "er zijn ook flexibele vormen")
      }
      if forms.isEmpty || forms.contains(where: { $0.structure.isUnknown }) {
        return result(.undecidable, "alleen beleidsdeskundigheid; of alle vormen vast zijn, is onbekend")
      }
      return result(.notMet, "alleen beleidsdeskundigheid en alleen vaste raden",
        [Evidence("inbreng: beleidsdeskundigheid", citation: c)] + forms.map { evidence($0, "vast", .structure) }, absence: true)

    case .integralOnly:
      guard case .known(let topics, let c) = profile.choices.topics else {
        return result(.undecidable, "of de onderwerpen integraal of categoraal zijn, is onbekend")
      }
      let text = topics.map(\.label).joined(separator: ", ")
      if topics == [.integral] {
        return result(.notMet, "alleen integraal", [Evidence("onderwerpen: \(text)", citation: c)])
      }
      return result(.met, "ook categoraal", [Evidence("onderwerpen: \(text)", citation: c)])

    case .supportOnly:
      guard case .known(let motives, let c) = profile.choices.motives else {
        return result(.undecidable, "het motief van de gemeente is onbekend")
      }
      let text = motives.map(\.label).joined(separator: ", ")
      if motives == [.support] { return result(.notMet, "alleen draagvlak", [Evidence("motief: \(text)", citation: c)]) }
      return result(.met, "ook andere motieven", [Evidence("motief: \(text)", citation: c)])
    }
  }

  static func count(_ forms: [Form]) -> String {
    Dutch.count(forms.count, "vorm", "vormen")
  }
}
