import BetrokkenModel
import Foundation

/// Pane 5: the municipality-wide choices (§1–§4) and the facts of the register.
/// Every known choice shows its section; an unknown one shows `?`.
enum ProfilePane {
  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let profile = context.selected else { return [StyledLine("Geen gemeente gekozen.", .dim)] }
    let choices = profile.choices
    let narrow = width < 40
    let labelWidth = narrow ? 13 : 17
    let valueWidth = max(6, width - labelWidth)
    var lines: [StyledLine] = []
    if let m = context.municipality {
      let area = String(format: "%.0f", m.areaKm2)
      let facts = [m.code, m.province, "\(DutchNumber.format(m.population)) inw. (2025)", "\(area) km²"]
      for part in Wrapping.wrap(facts.joined(separator: " \(symbols.separator) "), width: width) {
        lines.append(StyledLine(part))
      }
    }
    // A municipality whose borders changed after its record: the register's figures are not the record's.
    for change in profile.record?.boundaryChanges ?? [] {
      let merged = change.merged.count > 1
        ? change.merged.dropLast().joined(separator: ", ") + " en " + change.merged.last!
        : change.merged.joined()
      let text = "\(symbols.attention) op \(change.date) samengevoegd met \(merged): inwoners, oppervlakte en "
        + "buurgemeenten zijn die van 2025, niet van \(profile.record.map { $0.id.description } ?? "het record") "
        + "(bron: \(CitationWords.describe(change.citation, in: profile)))"
      for part in Wrapping.wrap(text, width: width) { lines.append(StyledLine(part, .warning)) }
    }
    func row<V>(_ label: String, _ short: String, _ field: ChoiceField, _ fact: Fact<V>, _ describe: (V) -> String) {
      let head = Span(pad(narrow ? short : label, labelWidth), .heading)
      if case .unknown = fact, let values = choices.disputes[field] {
        // Sources disagree: every value with its section, and that it counts as unknown.
        let text = values.map { FactWords.value($0.value) + " (" + (CitationWords.sectionOrSource($0.citation, in: profile)) + ")" }
          .joined(separator: " of ") + " " + FactWords.disagreement(values)
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
        var wrapped = Wrapping.wrap(text.isEmpty ? "geen" : text, width: valueWidth)
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
    row("Waarom gemeente", "Motief gem.", .motives, choices.motives, list)
    row("Waarom burgers", "Motief burg.", .citizenMotives, choices.citizenMotives, list)
    row("Richting", "Richting", .direction, choices.direction, list)
    row("Bestaande raden", "Bestaand", .existingStructures, choices.existingStructures) { $0.label }
    row("Perspectief", "Perspectief", .perspectives, choices.perspectives, list)
    row("Onderwerpen", "Onderwerpen", .topics, choices.topics, list)
    row("Soort inbreng", "Inbreng", .inputKinds, choices.inputKinds, list)
    row("Agenda", "Agenda", .agendaSetting, choices.agendaSetting) { $0.label }
    row("Ondersteuning", "Steun", .facilitation, choices.facilitation, list)
    row("Organisatie", "Organisatie", .organisation, choices.organisation, list)
    row("Regionaal beleid", "Regionaal", .regionalPolicy, choices.regionalPolicy) { $0.isEmpty ? "geen" : list($0) }
    lines.append(.empty)
    switch choices.notes {
    case .unknown:
      lines.append(StyledLine([Span(pad("Toelichting", labelWidth), .heading), Span(symbols.unknown, .unknown)]))
    case .known(let notes, let citation):
      let cite = citation.section.map { " (" + CitationWords.section($0, sourceID: citation.sourceID) + ")" } ?? ""
      lines.append(StyledLine([Span("Toelichting", .heading), Span(cite, .dim)]))
      for part in Wrapping.wrap(notes, width: width) { lines.append(StyledLine(part)) }
    }
    lines.append(.empty)
    for source in profile.record?.sources ?? [] {
      lines.append(StyledLine("Bron", .heading))
      var text = CitationWords.describe(source)
      if let url = source.url { text += " " + url }
      for part in Wrapping.wrap(text, width: width) { lines.append(StyledLine(part, .dim)) }
    }
    return lines
  }

  static func draw(_ context: DashboardContext, in rect: Rect, screen: inout Screen) {
    screen.drawScrollingPane(.profile, context, in: rect) { lines($0, width: $1, symbols: $2) }
  }
}
