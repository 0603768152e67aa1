/// Word wrapping by display width. A URL (any word with a "/") longer than a line is never cut: it continues on
/// the next line, broken after a "/" where one fits, else at the line's end. Other words longer than a line are
/// cut by `Screen.put` with an ellipsis, which reads better than a word broken in two in a narrow pane.
enum Wrapping {
  static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      var pieces = [String(word)]
      if word.contains("/"), DisplayWidth.of(pieces[0]) > width { pieces = split(pieces[0], width: width) }
      for piece in pieces {
        let w = DisplayWidth.of(piece)
        if currentWidth == 0 {
          current = piece
          currentWidth = w
        } else if currentWidth + 1 + w <= width && pieces.count == 1 {
          current += " " + piece
          currentWidth += 1 + w
        } else {
          lines.append(current)
          current = piece
          currentWidth = w
        }
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// A word wider than the line in pieces that each fit, each ending after a "/" where possible.
  static func split(_ word: String, width: Int) -> [String] {
    var pieces: [String] = []
    var current = ""
    var currentWidth = 0
    var lastSlash: String.Index?
    for character in word {
      let w = DisplayWidth.of(String(character))
      if currentWidth + w > width, !current.isEmpty {
        if let slash = lastSlash, slash < current.endIndex {
          let after = current.index(after: slash)
          pieces.append(String(current[..<after]))
          current = String(current[after...])
        } else {
          pieces.append(current)
          current = ""
        }
        currentWidth = DisplayWidth.of(current)
        lastSlash = nil
      }
      current.append(character)
      currentWidth += w
      if character == "/" { lastSlash = current.index(before: current.endIndex) }
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  /// Items joined by ", " and wrapped without parting any item (`adv adviseren`) unless it is wider than a line.
  static func wrapItems(_ items: [String], width: Int) -> [String] {
    let kept = items.map { DisplayWidth.of($0) + 2 > width ? $0 : $0.replacingOccurrences(of: " ", with: "\u{00A0}") }
    return wrap(kept.joined(separator: ", "), width: width).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
  }
}
