import BetrokkenModel
import Foundation

/// A GitHub-flavoured Markdown table, as a council memo or an e-mail takes it: a header row, an alignment row
/// (`|---|` left, `|---:|` right), then one line per row. Every cell is one line: newlines become spaces and `|` is
/// escaped as `\|`.
public struct MarkdownTable: Sendable {
  /// A column: its title in the header and how its cells align.
  public struct Column: Sendable {
    /// Where a column's cells go: left, or right (numbers).
    public enum Alignment: Sendable { case left, right }

    /// The title in the header row (escaped when rendered).
    public var title: String
    /// How the column's cells align.
    public var alignment: Alignment

    /// A column titled `title`, aligned left unless told otherwise.
    public init(_ title: String, alignment: Alignment = .left) {
      self.title = title
      self.alignment = alignment
    }
  }

  /// The columns, in order.
  public private(set) var columns: [Column]
  /// The rows as they are written: each cell already escaped, exactly one cell per column.
  public private(set) var rows: [[String]] = []

  /// A table with these columns and no rows yet.
  public init(columns: [Column]) {
    self.columns = columns
  }

  /// Adds a row; cells are escaped. A short row is filled with empty cells, cells beyond the last column are
  /// dropped, so every line has as many cells as the header.
  public mutating func append(_ row: [String]) {
    appendEscaped(row.map(Self.escape))
  }

  /// Adds a label row: the label in bold in the first column, the others empty (a section inside one table).
  public mutating func appendLabel(_ label: String) {
    appendEscaped(["**\(Self.escape(label))**"])
  }

  /// Whether the table has no rows.
  public var isEmpty: Bool { rows.isEmpty }

  /// The header, the alignment row and the rows, each line ending in a newline.
  public var rendered: String {
    var text = line(columns.map { Self.escape($0.title) })
    text += "|" + columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: "|") + "|\n"
    for row in rows { text += line(row) }
    return text
  }

  /// A cell's text as one line of Markdown: control characters replaced, newlines and tabs become spaces, `|`
  /// becomes `\|`.
  public static func escape(_ text: String) -> String {
    oneLine(text).replacingOccurrences(of: "|", with: "\\|")
  }

  /// Text as one line: CRLF, CR, LF and tabs become spaces (one per line break), other control characters are
  /// replaced.
  static func oneLine(_ text: String) -> String {
    let unixLines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    return Sanitizer.sanitize(unixLines).text.replacingControlWhitespace
  }

  private mutating func appendEscaped(_ cells: [String]) {
    var row = Array(cells.prefix(columns.count))
    row += Array(repeating: "", count: columns.count - row.count)
    rows.append(row)
  }

  private func line(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |\n"
  }
}
