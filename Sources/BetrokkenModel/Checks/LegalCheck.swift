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
    // 2. Forms that cover this law and do what the item asks.
    let covering = profile.forms.filter { $0.laws.value?.contains(law) == true }
    let uncertain = profile.forms.filter { $0.laws.isUnknown }
    let meeting = covering.filter { meets(item, $0, profile) }
    if !meeting.isEmpty {
      return LegalFinding(law: law, item: item, verdict: .met,
        reason: "in de praktijk: " + practice(item),
        evidence: meeting.map { Evidence("\($0.name): \(describe($0))", citation: $0.citation) })
    }
    // 3. The guide's derived rules (§4.2, §4.1).
    let rungs = profile.forms.map(\.rung)
    if !rungs.isEmpty, rungs.allSatisfy({ $0 == .known(.inform) }), [.a, .b, .d, .e].contains(item) {
      return LegalFinding(law: law, item: item, verdict: .notMet,
        reason: "alle bekende vormen alleen informeren; dat is geen betrekken (§4.2)",
        evidence: profile.forms.map { Evidence("\($0.name): informeren", citation: $0.citation) })
    }
    if item == .e, case .known(.municipality, let citation) = profile.choices.agendaSetting,
      !profile.forms.contains(where: { $0.phases.value?.contains(.agenda) == true })
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
      missing += "; van \(uncertain.count == 1 ? "1 vorm" : "\(uncertain.count) vormen") is niet bekend voor welke wet"
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
    case .e:  // topics on the agenda: active in the agenda phase, or citizens set the agenda too
      return phases.contains(.agenda) || profile.choices.agendaSetting.value == .citizensToo
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
