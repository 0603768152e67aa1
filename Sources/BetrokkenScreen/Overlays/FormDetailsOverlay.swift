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
    row("Naam", form.name)
    row("Gemeente", "\(profile.name) (\(profile.code))")
    row("Soort", form.kind.value?.label)
    row("Status", form.status.value?.label)
    row("Looptijd", FormWords.period(form))
    row("Op \(profile.asOf)", FormWords.standing(form.standing(on: profile.asOf)))
    row("Trede (§4.2)", form.rung.value.map { "\($0.label) — burger als \($0.role)" })
    row("Fasen (§4.3)", list(form.phases))
    row("Schaal (§5.3)", form.scale.value?.label)
    row("Vast of flexibel (§5.1)", form.structure.value?.label)
    row("Contact (§5.2)", form.contact.value?.label)
    row("Wetten", list(form.laws))
    row("Thema's", form.themes.value?.joined(separator: ", "))
    row("Perspectief (§3.1)", list(form.perspectives))
    row("Soort inbreng (§3.3)", list(form.inputKinds))
    row("Ingesteld door", form.setUpBy.value?.label)
    row("Adviseert", list(form.advises))
    row("Leden", form.members.value.map { DutchNumber.format($0) })
    row("Selectie van leden", form.selection.value?.label)
    row("Rechtsvorm (§4.4)", form.legalForm.value?.label)
    row("Afspraak over resultaten", yesNo(form.resultsAgreement))
    row("Band met achterban", yesNo(form.rankAndFileLink))
    row("Deelnemende gemeenten", form.memberMunicipalities.value.map { codes in
      codes.map { "\(context.name(of: $0)) (\($0))" }.joined(separator: ", ")
    })
    lines.append(.empty)
    if let source = profile.source(withID: form.citation.sourceID) {
      var text = CitationWords.describe(source)
      if let section = form.citation.section {
        text += ", " + CitationWords.section(section, sourceID: form.citation.sourceID)
      }
      if let url = source.url { text += ", \(url)" }
      row("Bron", text)
    }
    return lines
  }
}
