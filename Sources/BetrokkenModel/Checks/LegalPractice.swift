/// What forms and choices show in practice about a legal item: evidence of how a duty is carried out, shown
/// beside every verdict, never a verdict itself (domain.md §5, "What decides a legal item").
enum LegalPractice {
  static func evidence(_ item: LegalItem, _ law: Law, _ situation: Situation) -> [Practice] {
    let choices = situation.choices
    switch item {
    case .c:
      // Support is a municipality-wide choice: cite it, not the forms.
      if case .known(let support, let citation) = choices.facilitation, !support.isEmpty {
        return [Practice(subject: .choice(.facilitation), shows: .support, citation: citation)]
      }
      return []
    case .f:
      return []  // only a regulation or a source on information can say so
    default:
      break
    }
    // (e): the agenda choice is the fact, for or against; when it is known it is named alone, not every form.
    if item == .e, case .known(let setting, let citation) = choices.agendaSetting {
      return [
        Practice(
          subject: .choice(.agendaSetting),
          shows: setting == .citizensToo ? .citizensSetAgenda : .municipalitySetsAgendaAlone, citation: citation)
      ]
    }
    let forms = situation.formsInPlace.filter { $0.laws.value?.contains(law) == true }
    var practice: [Practice] = []
    for form in forms {
      let rung = form.rung.value ?? .inform
      let phases = form.phases.value ?? []
      let shows: Practice.Shows? =
        switch item {
        case .a: rung >= .advise ? .adviceOrHigher : nil
        case .b: rung >= .advise && (phases.contains(.agenda) || phases.contains(.formulation)) ? .earlyAdvice : nil
        case .d: form.structure == .known(.fixed) && rung >= .consult ? .periodicConsultation : nil
        case .e: phases.contains(.agenda) && rung >= .consult ? .agendaInput : nil
        case .c, .f: nil
        }
      // Cite the fact that shows it: the rung for (a) and (b), the structure for (d), the phases for (e).
      let field: FormField = item == .d ? .structure : (item == .e ? .phases : .rung)
      if let shows {
        practice.append(Practice(subject: .form(form), shows: shows, citation: form.citation(for: field)))
      }
    }
    return practice
  }
}
