import BetrokkenModel
import Foundation

/// Pane 5: the municipality-wide choices (§1–§4) and the facts of the register.
/// Every known choice shows its section; an unknown one shows `?`.
enum ProfilePane: DashboardPane {
  static let id = PaneID.profile

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let profile = context.selected else { return [StyledLine(Strings.text("screen.noMunicipality"), .dim)] }
    let choices = profile.choices
    let narrow = width < 40
    let labelWidth = narrow ? 13 : 17
    let valueWidth = max(6, width - labelWidth)
    var lines: [StyledLine] = []
    if let m = context.municipality {
      let area = String(format: "%.0f", m.areaKm2)
      // Each fact is kept on one line: a number never parts from its unit (no-break spaces inside a fact).
      let facts = [
        m.code, m.province, Strings.text("screen.profile.population", DutchNumber.format(m.population)), "\(area) km²",
      ].map { $0.replacingOccurrences(of: " ", with: "\u{00A0}") }
      for part in Wrapping.wrap(facts.joined(separator: " \(symbols.separator) "), width: width) {
        lines.append(StyledLine(part))
      }
    }
    // A municipality whose borders changed after its record: the register's figures are not the record's.
    for change in profile.record?.boundaryChanges ?? [] {
      let merged =
        change.merged.count > 1
        ? Strings.text("screen.profile.listAnd", change.merged.dropLast().joined(separator: ", "), change.merged.last!)
        : change.merged.joined()
      let record = profile.record.map { $0.id.description } ?? Strings.text("screen.profile.theRecord")
      let text =
        symbols.attention + " "
        + Strings.text(
          "screen.profile.boundaryChange", change.date.description, merged, record,
          CitationWords.describe(change.citation, in: profile))
      for part in Wrapping.wrap(text, width: width) { lines.append(StyledLine(part, .warning)) }
    }
    func row<V>(_ label: String, _ short: String, _ field: ChoiceField, _ fact: Fact<V>, _ describe: (V) -> String) {
      let head = Span(pad(narrow ? short : label, labelWidth), .heading)
      if case .unknown = fact, let values = choices.disputes[field] {
        // Sources disagree: every value with its section, and that it counts as unknown.
        let text =
          values.map {
            FactWords.value($0.value) + " (" + (CitationWords.sectionOrSource($0.citation, in: profile)) + ")"
          }
          .joined(separator: " " + Strings.text("screen.profile.or") + " ") + " " + FactWords.disagreement(values)
        for (i, part) in Wrapping.wrap(text, width: valueWidth).enumerated() {
          lines.append(StyledLine([i == 0 ? head : Span(pad("", labelWidth)), Span(part, .unknown)]))
        }
        return
      }
      switch fact {
      case .unknown:
        lines.append(StyledLine([head, Span(symbols.unknown, .unknown)]))
      case .known(let value, let citation):
        let text = describe(value)
        let cite = citation.section.map { CitationWords.section($0, sourceID: citation.sourceID) } ?? ""
        var wrapped = Wrapping.wrap(text.isEmpty ? Strings.text("screen.profile.none") : text, width: valueWidth)
        // The section goes after the last line when it fits, else on a line of its own.
        let lastWidth = DisplayWidth.of(wrapped.last ?? "")
        let citeOnOwnLine = !cite.isEmpty && lastWidth + 1 + DisplayWidth.of(cite) > valueWidth
        if citeOnOwnLine { wrapped.append("") }
        for (i, part) in wrapped.enumerated() {
          var spans = [i == 0 ? head : Span(pad("", labelWidth)), Span(part)]
          if i == wrapped.count - 1, !cite.isEmpty { spans.append(Span((part.isEmpty ? "" : " ") + cite, .dim)) }
          lines.append(StyledLine(spans))
        }
      }
    }
    func list<K: VocabularyKey>(_ keys: KeySet<K>) -> String { keys.map(\.label).joined(separator: ", ") }
    row(
      Strings.text("screen.profile.motives"), Strings.text("screen.profile.motivesShort"),
      .motives, choices.motives, list)
    row(
      Strings.text("screen.profile.citizenMotives"), Strings.text("screen.profile.citizenMotivesShort"),
      .citizenMotives, choices.citizenMotives, list)
    row(
      Strings.text("screen.profile.direction"), Strings.text("screen.profile.directionShort"),
      .direction, choices.direction, list)
    row(
      Strings.text("screen.profile.existingStructures"), Strings.text("screen.profile.existingStructuresShort"),
      .existingStructures, choices.existingStructures
    ) { $0.label }
    row(
      Strings.text("screen.profile.perspectives"), Strings.text("screen.profile.perspectivesShort"),
      .perspectives, choices.perspectives, list)
    row(
      Strings.text("screen.profile.topics"), Strings.text("screen.profile.topicsShort"),
      .topics, choices.topics, list)
    row(
      Strings.text("screen.profile.inputKinds"), Strings.text("screen.profile.inputKindsShort"),
      .inputKinds, choices.inputKinds, list)
    row(
      Strings.text("screen.profile.agendaSetting"), Strings.text("screen.profile.agendaSettingShort"),
      .agendaSetting, choices.agendaSetting
    ) { $0.label }
    row(
      Strings.text("screen.profile.facilitation"), Strings.text("screen.profile.facilitationShort"),
      .facilitation, choices.facilitation, list)
    row(
      Strings.text("screen.profile.organisation"), Strings.text("screen.profile.organisationShort"),
      .organisation, choices.organisation, list)
    row(
      Strings.text("screen.profile.regionalPolicy"), Strings.text("screen.profile.regionalPolicyShort"),
      .regionalPolicy, choices.regionalPolicy
    ) { $0.isEmpty ? Strings.text("screen.profile.none") : list($0) }
    lines.append(.empty)
    switch choices.notes {
    case .unknown:
      lines.append(
        StyledLine([
          Span(pad(Strings.text("screen.profile.notes"), labelWidth), .heading), Span(symbols.unknown, .unknown),
        ]))
    case .known(let notes, let citation):
      let cite = citation.section.map { " (" + CitationWords.section($0, sourceID: citation.sourceID) + ")" } ?? ""
      lines.append(StyledLine([Span(Strings.text("screen.profile.notes"), .heading), Span(cite, .dim)]))
      for part in Wrapping.wrap(notes, width: width) { lines.append(StyledLine(part)) }
    }
    lines.append(.empty)
    for source in profile.record?.sources ?? [] {
      lines.append(StyledLine(Strings.text("screen.profile.source"), .heading))
      var text = CitationWords.describe(source)
      if let url = source.url { text += " " + url }
      for part in Wrapping.wrap(text, width: width) { lines.append(StyledLine(part, .dim)) }
    }
    return lines
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    PaneContent(title: PaneTable.title(id), lines: lines(context, width: width, symbols: symbols))
  }
}
