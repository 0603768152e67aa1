import BetrokkenModel
import Foundation

/// A Markdown document built block by block: headings, paragraphs, bullet lists and tables, with one blank line
/// between blocks. Paragraph and list text is one line per item (newlines become spaces).
public struct MarkdownDocument: Sendable {
  private var blocks: [String] = []

  /// An empty document.
  public init() {}

  /// A heading: `## text` at level 2 (the default), `### text` at level 3.
  public mutating func heading(_ text: String, level: Int = 2) {
    blocks.append(String(repeating: "#", count: max(1, min(6, level))) + " " + Self.line(text) + "\n")
  }

  /// A paragraph of running text; nothing when the text is empty.
  public mutating func paragraph(_ text: String) {
    let line = Self.line(text)
    guard !line.isEmpty else { return }
    blocks.append(line + "\n")
  }

  /// A bullet list, one `- ` line per item; nothing when there are no items.
  public mutating func bullets(_ items: [String]) {
    guard !items.isEmpty else { return }
    blocks.append(items.map { "- " + Self.line($0) + "\n" }.joined())
  }

  /// A table; its lines as `MarkdownTable.rendered` writes them.
  public mutating func table(_ table: MarkdownTable) {
    blocks.append(table.rendered)
  }

  /// The blocks with a blank line between each two; empty when there are none.
  public var rendered: String { blocks.joined(separator: "\n") }

  /// Text as one line: line breaks and tabs become spaces, control characters are replaced, no trailing spaces.
  static func line(_ text: String) -> String {
    trimTrailing(MarkdownTable.oneLine(text))
  }
}
