import BetrokkenModel

/// A plain-text table aligned by display width, so accented and wide names line up.
public struct TextTable {
  /// A column: its title in the header and how its cells align.
  public struct Column {
    /// Where a cell's text goes in its column: left (padded after) or right (padded before).
    public enum Alignment { case left, right }
    var title: String
    var alignment: Alignment

    /// A column titled `title`, aligned left unless told otherwise.
    public init(_ title: String, alignment: Alignment = .left) {
      self.title = title
      self.alignment = alignment
    }
  }

  var columns: [Column]
  var rows: [[String]] = []

  /// A table with these columns and no rows yet.
  public init(columns: [Column]) {
    self.columns = columns
  }

  /// Adds a row, one cell per column; cells are sanitized and their newlines and tabs become spaces.
  public mutating func append(_ row: [String]) {
    rows.append(row.map { Sanitizer.sanitize($0).text.replacingControlWhitespace })
  }

  /// The header, a rule, and the rows, each line ending in a newline and without trailing spaces.
  public var rendered: String {
    let all = [columns.map(\.title)] + rows
    let widths = columns.indices.map { i in all.map { DisplayWidth.of($0[i]) }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (i, cell) in cells.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
        parts.append(columns[i].alignment == .right ? pad + cell : cell + pad)
      }
      return trimTrailing(parts.joined(separator: "  "))
    }
    var text = line(columns.map(\.title)) + "\n"
    text += trimTrailing(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) + "\n"
    for row in rows { text += line(row) + "\n" }
    return text
  }
}

extension String {
  /// Newlines and tabs become spaces: a cell or a table field is one line.
  var replacingControlWhitespace: String {
    String(map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
  }

  /// Newlines and tabs written as `\n` and `\t`: a message that quotes a value stays one line and shows what the
  /// value holds.
  var escapingControlWhitespace: String {
    guard contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }) else { return self }
    var result = ""
    for character in self {
      switch character {
      case "\n": result += "\\n"
      case "\r\n": result += "\\r\\n"
      case "\t": result += "\\t"
      default: result.append(character)
      }
    }
    return result
  }
}
