/// Judges the legal items of Wmo 2015 art. 2.1.3 lid 3, Jeugdwet art. 2.10 and Participatiewet art. 47
/// (domain.md §5) for one profile. An ordinance entry decides an item; without one, forms that plainly do what
/// the item asks meet it, and the guide's derived rules can make it not met. Otherwise it is undecidable.
public enum LegalCheck {
  public static func findings(for profile: Profile) -> [LegalFinding] {
    Law.allCases.flatMap { law in LegalItem.required(by: law).map { finding(law, $0, profile) } }
  }

  static func finding(_ law: Law, _ item: LegalItem, _ profile: Profile) -> LegalFinding {
    // 1. The ordinance says so.
    if case .known(let arranged, let citation) = profile.ordinance.item(item, of: law) {
      let text = "verordening \(law.label): onderdeel \(item.label) \(arranged ? "geregeld" : "niet geregeld")"
      return LegalFinding(law: law, item: item, verdict: arranged ? .met : .notMet,
        reason: arranged ? "de verordening regelt het" : "de verordening regelt het niet",
        evidence: [Evidence(text, citation: citation)])
    }
    // 2. Forms in place that cover this law and do what the item asks (planned forms do not count).
    let forms = profile.formsInPlace
    let covering = forms.filter { $0.laws.value?.contains(law) == true }
    let uncertain = forms.filter { $0.laws.isUnknown }
    let meeting = covering.filter { meets(item, $0, profile) }
    if !meeting.isEmpty {
      // Support (c) is a municipality-wide choice: cite it, not the forms.
      if item == .c, case .known(let support, let citation) = profile.choices.facilitation {
        return LegalFinding(law: law, item: item, verdict: .met, reason: "in de praktijk: " + practice(item),
          evidence: [Evidence("ondersteuning: " + support.map(\.label).joined(separator: ", "), citation: citation)])
      }
      return LegalFinding(law: law, item: item, verdict: .met,
        reason: "in de praktijk: " + practice(item),
        evidence: meeting.map { Evidence("\($0.name): \(describe($0))", citation: $0.citation) })
    }
    // 3. The guide's derived rule (§4.1): a fact, not an absence, so it can decide "not met". The forms list is
    // never complete, so "only informing" (§4.2) is a warning of the attention rules, not a verdict here.
    if item == .e, case .known(.municipality, let citation) = profile.choices.agendaSetting,
      !forms.contains(where: { $0.phases.value?.contains(.agenda) == true })
    {
      return LegalFinding(law: law, item: item, verdict: .notMet,
        reason: "de gemeente bepaalt de agenda alleen (§4.1)",
        evidence: [Evidence("agenda: alleen de gemeente", citation: citation)])
    }
    // 4. Not enough facts.
    var missing = "de verordening is onbekend"
    if covering.isEmpty && uncertain.isEmpty {
      missing += " en geen bekende vorm richt zich op de \(law.label)"
    } else if covering.isEmpty {
      missing += "; van \(Dutch.count(uncertain.count, "vorm", "vormen")) is niet bekend voor welke wet"
    } else {
      missing += "; de vormen voor de \(law.label) tonen het niet"
    }
    return LegalFinding(law: law, item: item, verdict: .undecidable, reason: missing, evidence: [])
  }

  /// Whether a form, by its known facts, does what a legal item asks.
  static func meets(_ item: LegalItem, _ form: Form, _ profile: Profile) -> Bool {
    let rung = form.rung.value
    let phases = form.phases.value ?? []
    switch item {
    case .a:  // policy proposals: citizens bring in their own ideas (adviseren or higher)
      return (rung ?? .inform) >= .advise
    case .b:  // early advice, solicited and unsolicited: advice in agenda or formulation
      return (rung ?? .inform) >= .advise && (phases.contains(.agenda) || phases.contains(.formulation))
    case .c:  // support to play the role: known facilitation of the municipality
      return !(profile.choices.facilitation.value ?? []).isEmpty
    case .d:  // periodic consultation: a fixed body that is consulted at least
      return form.structure == .known(.fixed) && (rung ?? .inform) >= .consult
    case .e:  // topics on the agenda: more than informing in the agenda phase, or citizens set the agenda too
      return (phases.contains(.agenda) && (rung ?? .inform) >= .consult) || profile.choices.agendaSetting.value == .citizensToo
    case .f:  // information needed: only an ordinance or a source can say so
      return false
    }
  }

  static func practice(_ item: LegalItem) -> String {
    switch item {
    case .a: "een vorm op trede adviseren of hoger"
    case .b: "advies in de agenda- of beleidsfase"
    case .c: "ondersteuning door de gemeente"
    case .d: "een vaste raad die ten minste geraadpleegd wordt"
    case .e: "inbreng in de agendavorming"
    case .f: "informatie"
    }
  }

  static func describe(_ form: Form) -> String {
    var parts: [String] = []
    if let rung = form.rung.value { parts.append(rung.label) }
    if let phases = form.phases.value, !phases.isEmpty { parts.append(phases.map(\.label).joined(separator: ", ")) }
    if let structure = form.structure.value { parts.append(structure.label) }
    return parts.isEmpty ? "?" : parts.joined(separator: ", ")
  }
}
