import BetrokkenModel
import Foundation

/// The characters used for lines and markers: Unicode for terminals, ASCII for old printers and e-mail.
public struct Symbols: Equatable, Sendable {
  struct BoxLines: Equatable, Sendable {
    var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
  }

  var isASCII: Bool
  /// For a terminal whose locale is not UTF-8: letters lose their accents (ë → e) and anything else outside
  /// ASCII becomes `?`, so nothing is dropped silently.
  var transliteratesText = false
  var box: BoxLines
  var heavyBox: BoxLines
  var ellipsis: String
  /// Marks the focused pane's title.
  public var focus: String
  /// Marks the selected row.
  public var selected: String
  /// A rung or cell that is reached.
  var reached: String
  /// A rung or cell that is not reached.
  var notReached: String
  /// The highest rung reached.
  var highest: String
  /// Something that needs attention.
  public var attention: String
  var met: String
  var notMet: String
  var unknown: String
  var separator: String
  var arrowRight: String
  var scrollUp: String
  var scrollDown: String
  var mark: String
  /// An attention point that does not apply.
  public var notApplicable: String
  /// A legal item a law does not have (the Participatiewet's (a)).
  public var absent: String
  /// Bar segments: known yes (a count), known no (not met), unknown (could be either).
  var barFull = "█"
  var barNotMet = "▓"
  var barUnknown = "░"
  /// Where typed text goes.
  var cursor = "▏"

  /// Unicode box drawing and marks (✓ ✗ ● ◆ →), for a UTF-8 terminal; the default of snapshots and reports.
  public static let unicode = Symbols(
    isASCII: false,
    box: BoxLines(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘"),
    heavyBox: BoxLines(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛"),
    ellipsis: "…", focus: "▸", selected: "▸", reached: "●", notReached: "·", highest: "◆", attention: "!",
    met: "✓", notMet: "✗", unknown: "?", separator: "·", arrowRight: "→", scrollUp: "↑", scrollDown: "↓", mark: "✔",
    notApplicable: "○", absent: "–")

  /// ASCII lines and marks of the same widths (`+-|`, `v x ?`), for `--style ascii`. The Unicode symbols panes
  /// write in their text (dashes, arrows) become ASCII too; letters keep their accents (`asciiOnly` folds them).
  public static let ascii = Symbols(
    isASCII: true,
    box: BoxLines(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+"),
    heavyBox: BoxLines(horizontal: "=", vertical: "#", topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#"),
    ellipsis: "~", focus: ">", selected: ">", reached: "*", notReached: ".", highest: "^", attention: "!",
    met: "v", notMet: "x", unknown: "?", separator: "-", arrowRight: ">", scrollUp: "^", scrollDown: "v", mark: "+",
    notApplicable: "o", absent: "-", barFull: "#", barNotMet: "x", barUnknown: ".", cursor: "_")

  /// ASCII symbols and ASCII text, for a terminal that cannot show UTF-8.
  public static let asciiOnly: Symbols = {
    var symbols = Symbols.ascii
    symbols.transliteratesText = true
    return symbols
  }()

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
      default:
        guard transliteratesText, !character.isASCII else {
          result.append(character)
          continue
        }
        let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        let ascii = folded.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 }
        // Keep the character's width so alignment holds: a wide character becomes "??".
        if DisplayWidth.of(character) == 2 {
          result.append(contentsOf: "??")
        } else {
          result.append(ascii.count == 1 ? Character(ascii.first!) : "?")
        }
      }
    }
    return result
  }
}

extension Symbols {
  /// Text shortened to at most `columns` in this symbol set, ending in its ellipsis when cut; newlines become
  /// spaces and unsafe characters are replaced, so nothing but printable clusters reaches the grid.
  func fit(_ text: String, to columns: Int) -> String {
    var clean = Sanitizer.sanitize(text).text
    if clean.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }) {
      clean = String(clean.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
    // A no-break space keeps words together while wrapping; on the grid it is an ordinary space.
    if clean.contains("\u{00A0}") { clean = clean.replacingOccurrences(of: "\u{00A0}", with: " ") }
    if isASCII { clean = asciiFallback(clean) }
    guard DisplayWidth.of(clean) > columns else { return clean }
    guard columns > 0 else { return "" }
    var result = ""
    var used = 0
    let ellipsisWidth = DisplayWidth.of(ellipsis)
    for character in clean {
      let w = DisplayWidth.of(character)
      if used + w > columns - ellipsisWidth { break }
      result.append(character)
      used += w
    }
    return result + ellipsis
  }
}
