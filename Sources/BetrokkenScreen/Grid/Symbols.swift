/// The characters used for lines and markers: Unicode for terminals, ASCII for old printers and e-mail.
public struct Symbols: Equatable, Sendable {
  public struct BoxLines: Equatable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
  }

  public var isASCII: Bool
  public var box: BoxLines
  public var heavyBox: BoxLines
  public var ellipsis: String
  /// Marks the focused pane's title.
  public var focus: String
  /// Marks the selected row.
  public var selected: String
  /// A rung or cell that is reached.
  public var reached: String
  /// A rung or cell that is not reached.
  public var notReached: String
  /// The highest rung reached.
  public var highest: String
  /// Something that needs attention.
  public var attention: String
  public var met: String
  public var notMet: String
  public var unknown: String
  public var separator: String
  public var arrowRight: String
  public var scrollUp: String
  public var scrollDown: String
  public var mark: String
  /// An attention point that does not apply.
  public var notApplicable: String
  /// A legal item a law does not have (the Participatiewet's (a)).
  public var absent: String

  public static let unicode = Symbols(
    isASCII: false,
    box: BoxLines(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘"),
    heavyBox: BoxLines(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛"),
    ellipsis: "…", focus: "▸", selected: "▸", reached: "●", notReached: "·", highest: "◆", attention: "!",
    met: "✓", notMet: "✗", unknown: "?", separator: "·", arrowRight: "→", scrollUp: "↑", scrollDown: "↓", mark: "✔",
    notApplicable: "○", absent: "–")

  public static let ascii = Symbols(
    isASCII: true,
    box: BoxLines(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+"),
    heavyBox: BoxLines(horizontal: "=", vertical: "#", topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#"),
    ellipsis: "~", focus: ">", selected: ">", reached: "*", notReached: ".", highest: "^", attention: "!",
    met: "v", notMet: "x", unknown: "?", separator: "-", arrowRight: ">", scrollUp: "^", scrollDown: "v", mark: "+",
    notApplicable: "o", absent: "-")

  /// Replaces the Unicode symbols that panes write as literal text (dashes, arrows) by ASCII of the same width.
  func asciiFallback(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return text }
    var result = ""
    for character in text {
      switch character {
      case "─", "━", "—", "–": result.append("-")
      case "│", "┃": result.append("|")
      case "·", "•": result.append("-")
      case "…": result.append("~")
      case "→": result.append(">")
      case "←": result.append("<")
      case "↑": result.append("^")
      case "↓": result.append("v")
      case "▸", "▶": result.append(">")
      case "●": result.append("*")
      case "◆": result.append("^")
      case "✓", "✔": result.append("v")
      case "✗": result.append("x")
      case "≥": result.append(">")
      case "§": result.append("S")
      case "²": result.append("2")
      case "×": result.append("x")
      case "○": result.append("o")
      default: result.append(character)
      }
    }
    return result
  }
}
