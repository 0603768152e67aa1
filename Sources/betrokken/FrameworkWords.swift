import BetrokkenScreen
import Foundation

/// The words swift-argument-parser writes itself — section titles of the help (`USAGE:`, `OPTIONS:`), its own
/// options (`--help`, `--version`), the usage hint and its parse errors (`Unknown option '--x'`) — in the interface
/// language. The library has no localization, so its finished text is matched against its fixed English phrases
/// and each phrase is replaced by our table's text for it, values carried over. A phrase the list does not know
/// stays as the library wrote it, so nothing is ever lost.
enum FrameworkWords {
  /// One fixed phrase of the library: a pattern over a line (captures are the values) and our key for it.
  private struct Phrase {
    /// nil only if the literal below were not a valid pattern: the phrase then stays as the library wrote it.
    /// The Dutch help and error goldens would show that.
    let pattern: NSRegularExpression?
    let key: String

    init(_ pattern: String, _ key: String) {
      self.pattern = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
      self.key = key
    }
  }

  /// Longer phrases come before the shorter ones they contain.
  private static let phrases: [Phrase] = [
    // Help
    Phrase(#"^OVERVIEW: "#, "cli.framework.overview"),
    Phrase(#"^USAGE: "#, "cli.framework.usageTitle"),
    Phrase(#"^ARGUMENTS:$"#, "cli.framework.arguments"),
    Phrase(#"^OPTIONS:$"#, "cli.framework.options"),
    Phrase(#"^SUBCOMMANDS:$"#, "cli.framework.subcommands"),
    Phrase(#"Show the version\."#, "cli.framework.versionHelp"),
    Phrase(#"Show help information\."#, "cli.framework.helpHelp"),
    Phrase(#"^(  \S+) \(default\)"#, "cli.framework.defaultSubcommand"),
    Phrase(#"See '([^']+) <subcommand>' for detailed help\."#, "cli.framework.seeSubcommandHelp"),
    Phrase(#"<subcommand>"#, "cli.framework.subcommandPlaceholder"),
    Phrase(#"\(values:\s+([^;)]*);\s+default:\s+([^)]*)\)"#, "cli.framework.valuesAndDefault"),
    Phrase(#"\(values:\s+([^)]*)\)"#, "cli.framework.values"),
    Phrase(#"\(default:\s+([^)]*)\)"#, "cli.framework.default"),
    // The frame of an error
    Phrase(#"^Error: "#, "cli.framework.error"),
    Phrase(#"^Help:  "#, "cli.framework.helpLine"),
    Phrase(#"^Usage: "#, "cli.framework.usage"),
    Phrase(#"^  See '([^']+)' for more information\.$"#, "cli.framework.seeHelp"),
    // Parse errors
    Phrase(#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "cli.framework.unknownOptionDidYouMean"),
    Phrase(#"Unknown option '([^']*)'"#, "cli.framework.unknownOption"),
    Phrase(#"Missing value for '([^']*)'"#, "cli.framework.missingValue"),
    Phrase(#"Missing expected argument '([^']*)'"#, "cli.framework.missingArgument"),
    Phrase(#"Missing one of: '([^']*)'"#, "cli.framework.missingOneOf"),
    Phrase(#"Unexpected argument '([^']*)'"#, "cli.framework.unexpectedArgument"),
    Phrase(
      #"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, "cli.framework.noValueTaken"),
    Phrase(
      #"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\.$"#,
      "cli.framework.invalidValueOneOf"),
    Phrase(#"The value '([^']*)' is invalid for '([^']*)'"#, "cli.framework.invalidValue"),
    Phrase(#"Invalid option: (.*)$"#, "cli.framework.invalidOption"),
    Phrase(#"Missing required subcommand\."#, "cli.framework.missingSubcommand"),
  ]

  /// The language swift-argument-parser writes in.
  static let frameworkLanguage = Language.en

  /// The library's text with its own phrases in the current language.
  static func localize(_ text: String) -> String {
    guard Language.current != frameworkLanguage else { return text }
    var result = text
    for phrase in phrases {
      result = replace(phrase, in: result)
    }
    return rewrapped(result, width: max(80, longestEntryLine(text)))
  }

  /// Where the library puts an option's or argument's description.
  static let descriptionColumn = 26

  /// The longest line of the help's entries as the library wrapped them (to the terminal's width, at least 80).
  private static func longestEntryLine(_ text: String) -> Int {
    text.split(separator: "\n").filter { $0.hasPrefix("  ") }.map(\.count).max() ?? 0
  }

  /// Help entries (`  --format <FORMAAT>       Uitvoer: …`) whose description grew past `width` with our words,
  /// wrapped again at the description column; all other lines stay as the library wrote them.
  static func rewrapped(_ text: String, width: Int) -> String {
    var lines = text.components(separatedBy: "\n")
    let indent = String(repeating: " ", count: descriptionColumn)
    var i = 0
    while i < lines.count {
      let line = lines[i]
      guard line.hasPrefix("  "), !line.hasPrefix(indent), line.count > descriptionColumn,
        line.prefix(descriptionColumn).hasSuffix("  "), line.dropFirst(descriptionColumn).first != " "
      else {
        i += 1
        continue
      }
      var end = i + 1
      while end < lines.count, lines[end].hasPrefix(indent), lines[end].dropFirst(descriptionColumn).first != " " {
        end += 1
      }
      guard lines[i..<end].contains(where: { $0.count > width }) else {
        i = end
        continue
      }
      let words = lines[i..<end].flatMap { entryLine in
        entryLine.dropFirst(descriptionColumn).split(separator: " ").map(String.init)
      }
      var wrapped: [String] = []
      var current = String(line.prefix(descriptionColumn))
      var empty = true
      for word in words {
        if !empty, current.count + 1 + word.count > width {
          wrapped.append(current)
          current = indent
          empty = true
        }
        current += (empty ? "" : " ") + word
        empty = false
      }
      wrapped.append(current)
      lines.replaceSubrange(i..<end, with: wrapped)
      i += wrapped.count
    }
    return lines.joined(separator: "\n")
  }

  /// The keys of the table this file uses, for the test that every one is in both tables.
  static var keys: [String] { phrases.map(\.key) + ["cli.framework.and", "cli.framework.or"] }

  private static func replace(_ phrase: Phrase, in text: String) -> String {
    guard let pattern = phrase.pattern else { return text }
    let whole = NSRange(text.startIndex..., in: text)
    var result = ""
    var last = text.startIndex
    for match in pattern.matches(in: text, range: whole) {
      guard let range = Range(match.range, in: text) else { continue }
      result += text[last..<range.lowerBound]
      let values = (1..<match.numberOfRanges).map { i -> String in
        guard let r = Range(match.range(at: i), in: text) else { return "" }
        // A value list the library joined with "and" ('text' and 'json') or with commas and "or" ('text', 'json'
        // or 'markdown'), or wrapped over lines.
        return text[r].replacingOccurrences(of: "' and '", with: "' \(Strings.text("cli.framework.and")) '")
          .replacingOccurrences(of: "' or '", with: "' \(Strings.text("cli.framework.or")) '")
          .replacingOccurrences(of: #"\s*\n\s*"#, with: " ", options: .regularExpression)
      }
      let replacement = Strings.text(phrase.key, values: values)
      result += replacement
      last = range.upperBound
      // A phrase followed by column padding ("dashboard (default)     Open …") keeps the next column where it was.
      let padding = text[last...].prefix { $0 == " " }.count
      let delta = replacement.count - text[range].count
      if padding >= 2, delta != 0 {
        let kept = max(1, padding - delta)
        result += String(repeating: " ", count: kept)
        last = text.index(last, offsetBy: padding)
      }
    }
    result += text[last...]
    return result
  }
}
