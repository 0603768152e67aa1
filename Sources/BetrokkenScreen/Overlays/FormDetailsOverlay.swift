import BetrokkenModel

/// Every field of the selected form, with its source. Unknown fields say so.
enum FormDetailsOverlay {
  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let form = context.selectedForm, let profile = context.selected else {
      return [StyledLine(Strings.text("reports.details.noForms"), .dim)]
    }
    let labelWidth = 26
    let valueWidth = max(8, width - labelWidth)
    var lines: [StyledLine] = []
    func row(_ label: String, _ value: String?) {
      guard let value else {
        lines.append(
          StyledLine([
            Span(pad(label, labelWidth), .heading),
            Span(symbols.unknown + " " + Strings.text("reports.unknown"), .unknown),
          ]))
        return
      }
      for (i, part) in Wrapping.wrap(value.isEmpty ? Strings.text("reports.none") : value, width: valueWidth)
        .enumerated()
      {
        lines.append(StyledLine([Span(pad(i == 0 ? label : "", labelWidth), .heading), Span(part)]))
      }
    }
    func list<K: VocabularyKey>(_ keys: Known<KeySet<K>>) -> String? {
      keys.value?.map(\.label).joined(separator: ", ")
    }
    func yesNo(_ value: Known<Bool>) -> String? { value.value.map { Strings.text($0 ? "reports.yes" : "reports.no") } }
    func fact(_ label: String, _ field: FormField, _ plain: String?) {
      row(label, FactWords.field(field, of: form, plain: plain, in: profile) { "\(context.name(of: $0)) (\($0))" })
    }
    row(Strings.text("reports.details.name"), form.name)
    row(Strings.text("reports.details.municipality"), "\(profile.name) (\(profile.code))")
    fact(Strings.text("reports.details.kind"), .kind, form.kind.value?.label)
    fact(Strings.text("reports.details.status"), .status, form.status.value?.label)
    row(Strings.text("reports.details.period"), FormWords.period(form))
    row(
      Strings.text("reports.details.on", profile.asOf.description), FormWords.standing(form.standing(on: profile.asOf)))
    fact(
      Strings.text("reports.details.rung"), .rung,
      form.rung.value.map { Strings.text("reports.details.rungRole", $0.label, $0.role) })
    fact(Strings.text("reports.details.phases"), .phases, list(form.phases))
    fact(Strings.text("reports.details.scale"), .scale, form.scale.value?.label)
    fact(Strings.text("reports.details.structure"), .structure, form.structure.value?.label)
    fact(Strings.text("reports.details.contact"), .contact, form.contact.value?.label)
    fact(Strings.text("reports.details.laws"), .laws, list(form.laws))
    fact(Strings.text("reports.details.themes"), .themes, form.themes.value?.joined(separator: ", "))
    fact(Strings.text("reports.details.perspectives"), .perspectives, list(form.perspectives))
    fact(Strings.text("reports.details.inputKinds"), .inputKinds, list(form.inputKinds))
    fact(Strings.text("reports.details.setUpBy"), .setUpBy, form.setUpBy.value?.label)
    fact(Strings.text("reports.details.advises"), .advises, list(form.advises))
    fact(Strings.text("reports.details.members"), .members, form.members.value.map { DutchNumber.format($0) })
    fact(Strings.text("reports.details.selection"), .selection, form.selection.value?.label)
    fact(Strings.text("reports.details.legalForm"), .legalForm, form.legalForm.value?.label)
    fact(Strings.text("reports.details.resultsAgreement"), .resultsAgreement, yesNo(form.resultsAgreement))
    fact(Strings.text("reports.details.rankAndFileLink"), .rankAndFileLink, yesNo(form.rankAndFileLink))
    fact(
      Strings.text("reports.details.memberMunicipalities"), .memberMunicipalities,
      form.memberMunicipalities.value.map { codes in
        codes.map { "\(context.name(of: $0)) (\($0))" }.joined(separator: ", ")
      })
    lines.append(.empty)
    if let source = profile.source(withID: form.citation.sourceID) {
      var text = CitationWords.describe(source)
      if let section = form.citation.section {
        text += ", " + CitationWords.section(section, sourceID: form.citation.sourceID)
      }
      if let url = source.url { text += ", \(url)" }
      row(Strings.text(form.provenance.isEmpty ? "reports.details.source" : "reports.details.sourceUnlessStated"), text)
    }
    // Every other source a fact of this form names, with its address.
    let others = Set(
      form.provenance.values.flatMap { provenance -> [String] in
        switch provenance {
        case .cited(let citation, _): [citation.sourceID]
        case .disputed(let values): values.map(\.citation.sourceID)
        }
      }
    ).subtracting([form.citation.sourceID]).sorted()
    for id in others {
      guard let source = profile.source(withID: id) else { continue }
      row(
        Strings.text("reports.details.sourceOfFact"),
        CitationWords.describe(source) + (source.url.map { ", \($0)" } ?? ""))
    }
    // A shared body: where it is defined, its members with their periods, and what is this member's own.
    if let body = profile.sharedBody(of: form) {
      lines.append(.empty)
      row(Strings.text("reports.details.sharedBody"), Strings.text("reports.details.definedIn", body.file))
      for member in body.members {
        var period = ""
        switch (member.joined, member.left) {
        case (nil, nil): period = Strings.text("reports.details.periodUnknown")
        case (let joined?, nil): period = Strings.text("reports.details.since", joined.description)
        case (nil, let left?): period = Strings.text("reports.details.until", left.description)
        case (let joined?, let left?):
          period = Strings.text("reports.details.fromTo", joined.description, left.description)
        }
        row(Strings.text("reports.details.member"), "\(context.name(of: member.code)) (\(member.code)), \(period)")
      }
      if let reference = profile.record?.sharedBodies.first(where: { $0.bodyID == body.id }) {
        row(
          Strings.text("reports.details.ownTo", profile.name),
          reference.localNote ?? Strings.text("reports.details.nothingStated"))
      }
    }
    return lines
  }
}
