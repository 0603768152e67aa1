import BetrokkenModel

/// Every field of the selected form, with its source. Unknown fields say so.
enum FormDetailsOverlay {
  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let form = context.selectedForm, let profile = context.selected else {
      return [StyledLine("Deze gemeente heeft geen bekende vormen.", .dim)]
    }
    let labelWidth = 26
    let valueWidth = max(8, width - labelWidth)
    var lines: [StyledLine] = []
    func row(_ label: String, _ value: String?) {
      guard let value else {
        lines.append(StyledLine([Span(pad(label, labelWidth), .heading), Span(symbols.unknown + " onbekend", .unknown)]))
        return
      }
      for (i, part) in Wrapping.wrap(value.isEmpty ? "geen" : value, width: valueWidth).enumerated() {
        lines.append(StyledLine([Span(pad(i == 0 ? label : "", labelWidth), .heading), Span(part)]))
      }
    }
    func list<K: VocabularyKey>(_ keys: Known<KeySet<K>>) -> String? { keys.value?.map(\.label).joined(separator: ", ") }
    func yesNo(_ value: Known<Bool>) -> String? { value.value.map { $0 ? "ja" : "nee" } }
    func fact(_ label: String, _ field: FormField, _ plain: String?) {
      row(label, FactWords.field(field, of: form, plain: plain, in: profile) { "\(context.name(of: $0)) (\($0))" })
    }
    row("Naam", form.name)
    row("Gemeente", "\(profile.name) (\(profile.code))")
    fact("Soort", .kind, form.kind.value?.label)
    fact("Status", .status, form.status.value?.label)
    row("Looptijd", FormWords.period(form))
    row("Op \(profile.asOf)", FormWords.standing(form.standing(on: profile.asOf)))
    fact("Trede (§4.2)", .rung, form.rung.value.map { "\($0.label) — burger als \($0.role)" })
    fact("Fasen (§4.3)", .phases, list(form.phases))
    fact("Schaal (§5.3)", .scale, form.scale.value?.label)
    fact("Vast of flexibel (§5.1)", .structure, form.structure.value?.label)
    fact("Contact (§5.2)", .contact, form.contact.value?.label)
    fact("Wetten", .laws, list(form.laws))
    fact("Thema's", .themes, form.themes.value?.joined(separator: ", "))
    fact("Perspectief (§3.1)", .perspectives, list(form.perspectives))
    fact("Soort inbreng (§3.3)", .inputKinds, list(form.inputKinds))
    fact("Ingesteld door", .setUpBy, form.setUpBy.value?.label)
    fact("Adviseert", .advises, list(form.advises))
    fact("Leden", .members, form.members.value.map { DutchNumber.format($0) })
    fact("Selectie van leden", .selection, form.selection.value?.label)
    fact("Rechtsvorm (§4.4)", .legalForm, form.legalForm.value?.label)
    fact("Afspraak over resultaten", .resultsAgreement, yesNo(form.resultsAgreement))
    fact("Band met achterban", .rankAndFileLink, yesNo(form.rankAndFileLink))
    fact("Deelnemende gemeenten", .memberMunicipalities, form.memberMunicipalities.value.map { codes in
      codes.map { "\(context.name(of: $0)) (\($0))" }.joined(separator: ", ")
    })
    lines.append(.empty)
    if let source = profile.source(withID: form.citation.sourceID) {
      var text = CitationWords.describe(source)
      if let section = form.citation.section {
        text += ", " + CitationWords.section(section, sourceID: form.citation.sourceID)
      }
      if let url = source.url { text += ", \(url)" }
      row(form.provenance.isEmpty ? "Bron" : "Bron (tenzij anders vermeld)", text)
    }
    // Every other source a fact of this form names, with its address.
    let others = Set(form.provenance.values.flatMap { provenance -> [String] in
      switch provenance {
      case .cited(let citation, _): [citation.sourceID]
      case .disputed(let values): values.map(\.citation.sourceID)
      }
    }).subtracting([form.citation.sourceID]).sorted()
    for id in others {
      guard let source = profile.source(withID: id) else { continue }
      row("Bron van een feit", CitationWords.describe(source) + (source.url.map { ", \($0)" } ?? ""))
    }
    // A shared body: where it is defined, its members with their periods, and what is this member's own.
    if let body = profile.sharedBody(of: form) {
      lines.append(.empty)
      row("Gedeeld orgaan", "gedefinieerd in \(body.file); m vergelijkt de leden")
      for member in body.members {
        var period = ""
        switch (member.joined, member.left) {
        case (nil, nil): period = "periode onbekend"
        case (let joined?, nil): period = "sinds \(joined)"
        case (nil, let left?): period = "tot en met \(left)"
        case (let joined?, let left?): period = "\(joined) t/m \(left)"
        }
        row("Lid", "\(context.name(of: member.code)) (\(member.code)), \(period)")
      }
      if let reference = profile.record?.sharedBodies.first(where: { $0.bodyID == body.id }) {
        row("Eigen aan \(profile.name)", reference.localNote ?? "niets vermeld")
      }
    }
    return lines
  }
}
