/// The help overlay, generated from the key table of the mode it is opened from (the list's also lists what the
/// keys do while typing a filter and in a comparison), so what the help says is what the keys do.
enum HelpOverlay {
  static func lines(for mode: Mode, symbols: Symbols, width: Int) -> [StyledLine] {
    var lines: [StyledLine] = [StyledLine(Strings.text("reports.help.keys"), .heading)]
    let keyWidth = 12
    for binding in mode.keys {
      entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
    }
    lines.append(.empty)
    if mode == .list {
      lines.append(StyledLine(Strings.text("reports.help.whileSearching"), .heading))
      entry(
        &lines, Strings.text("reports.help.text"), Strings.text("reports.help.typePart"), keyWidth: keyWidth,
        width: width)
      for binding in FilterUpdate.keys {
        entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
      }
      lines.append(.empty)
      lines.append(StyledLine(Strings.text("reports.help.inComparison"), .heading))
      for binding in ComparisonUpdate.keys where !KeyTable.scrolling.contains(where: { $0.action == binding.action }) {
        entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
      }
      lines.append(.empty)
      lines.append(StyledLine(Strings.text("reports.help.inEditor"), .heading))
      for binding in EditorUpdate.keys {
        entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
      }
      lines.append(.empty)
    }
    lines.append(StyledLine(Strings.text("reports.help.symbols"), .heading))
    let legend: [(String, String)] = [
      (symbols.highest, Strings.text("reports.help.highest")),
      (symbols.reached, Strings.text("reports.help.reached")),
      (symbols.notReached, Strings.text("reports.help.notReached")),
      (symbols.unknown, Strings.text("reports.help.unknown")),
      (symbols.attention, Strings.text("reports.help.attention")),
      (symbols.notApplicable, Strings.text("reports.help.notApplicable")),
      (symbols.met + " " + symbols.notMet, Strings.text("reports.help.metNotMet")),
      (symbols.reached, Strings.text("reports.help.practice")),
      (symbols.absent, Strings.text("reports.help.absent")),
      ("§4.2", Strings.text("reports.help.section")),
      (Strings.text("reports.help.secondSectionKey"), Strings.text("reports.help.secondSection")),
      ("art. 4", Strings.text("reports.help.article")),
    ]
    for (symbol, text) in legend { entry(&lines, symbol, text, keyWidth: keyWidth, width: width, role: .accent) }
    lines.append(.empty)
    // The mouse, when it is on.
    for part in Wrapping.wrap(Strings.text("reports.help.mouse"), width: width) { lines.append(StyledLine(part, .dim)) }
    lines.append(.empty)
    // The province codes of a narrow list.
    lines.append(StyledLine(Strings.text("reports.help.provinces"), .heading))
    let provinces = ProvinceAbbreviation.all.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
    for part in Wrapping.wrap(provinces, width: width) { lines.append(StyledLine(part)) }
    lines.append(.empty)
    for part in Wrapping.wrap(Strings.text("reports.help.tabEnter"), width: width) {
      lines.append(StyledLine(part, .dim))
    }
    return lines
  }

  /// A key or symbol with its description, wrapped under a hanging indent.
  static func entry(
    _ lines: inout [StyledLine], _ key: String, _ text: String, keyWidth: Int, width: Int, role: Role = .key
  ) {
    for (i, part) in Wrapping.wrap(text, width: max(10, width - keyWidth)).enumerated() {
      lines.append(StyledLine([Span(pad(i == 0 ? key : "", keyWidth), role), Span(part)]))
    }
  }
}
