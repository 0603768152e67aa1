import BetrokkenModel
import Foundation

/// Turns what was typed for a question into the value the record gets (JSON text), nil for "unknown", or why it
/// cannot be. Options are chosen by number (0 is unknown) or by the start of their label, in either language.
enum EditorAnswerParser {
  /// The value as JSON text (nil: unknown) and whether it is an estimate.
  struct Parsed: Equatable {
    var value: String?
    var approximate = false
  }

  static let unknownWords: Set<String> = ["?", "onbekend", "unknown"]

  static func parse(_ typed: String, _ answer: EditorQuestion.Answer) -> Result<Parsed, EditorProblem> {
    let text = typed.trimmingCharacters(in: .whitespaces)
    if unknownWords.contains(text.lowercased()) { return .success(Parsed(value: nil)) }
    switch answer {
    case .text, .article:
      return .success(Parsed(value: ProfileWriter.string(text)))
    case .texts:
      let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return .success(Parsed(value: array(parts)))
    case .date:
      guard CalendarDate(text) != nil else { return .failure(.notADate(text)) }
      return .success(Parsed(value: ProfileWriter.string(text)))
    case .partialDate:
      let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
      let valid =
        (pieces.count == 1 && pieces[0].count == 4 && Int(pieces[0]) != nil)
        || (pieces.count == 2 && pieces[0].count == 4 && Int(pieces[0]) != nil && pieces[1].count == 2
          && (1...12).contains(Int(pieces[1]) ?? 0))
        || (pieces.count == 3 && CalendarDate(text) != nil)
      return valid ? .success(Parsed(value: ProfileWriter.string(text))) : .failure(.notAPartialDate(text))
    case .count:
      var number = Substring(text)
      var approximate = false
      // The words a source uses for an estimate (the input vocabulary, in both languages).
      for prefix in ["ca.", "ca", "~", "±", "zo'n", "circa", "ongeveer", "about", "approx.", "approximately"]
      where number.lowercased().hasPrefix(prefix) {
        number = number.dropFirst(prefix.count).drop { $0 == " " }
        approximate = true
        break
      }
      // Thousands may be grouped (1.200, 1,200); a decimal part (2,5) is no count of members.
      let groups = number.split(separator: ".", omittingEmptySubsequences: false).flatMap {
        $0.split(separator: ",", omittingEmptySubsequences: false)
      }
      let grouped = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 } && !groups[0].isEmpty
      let digits = groups.count == 1 || grouped ? groups.joined() : ""
      guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let count = Int(digits)
      else {
        return .failure(.notACount(text))
      }
      return .success(Parsed(value: String(count), approximate: approximate))
    case .yesNo:
      switch text.lowercased() {
      case "1", "j", "ja", "y", "yes": return .success(Parsed(value: "true"))
      case "2", "n", "nee", "no": return .success(Parsed(value: "false"))
      case "0": return .success(Parsed(value: nil))
      default: return .failure(.notYesNo(text))
      }
    case .one(let vocabulary, let options):
      return choose(text, vocabulary: vocabulary, options: options, many: false).map {
        Parsed(value: $0.map { ProfileWriter.string($0[0]) })
      }
    case .many(let vocabulary, let options):
      return choose(text, vocabulary: vocabulary, options: options, many: true).map {
        Parsed(value: $0.map(array))
      }
    case .codes:
      var codes: [String] = []
      for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
        let upper = word.uppercased()
        let code = upper.hasPrefix("GM") ? upper : "GM" + upper
        guard code.count == 6, code.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }) else {
          return .failure(.notACode(String(word)))
        }
        codes.append(code)
      }
      return .success(Parsed(value: array(codes)))
    case .delegation(let options), .inspraak(let options):
      let (number, rest) = leadingNumber(text)
      guard let number else { return .failure(.numberFirst(text)) }
      if number == 0 { return .success(Parsed(value: nil)) }
      guard number >= 1, number <= options.count else { return .failure(.notAnOption(String(number))) }
      let article = rest.isEmpty ? "null" : ProfileWriter.string(rest)
      if case .delegation = answer {
        guard !rest.isEmpty else { return .failure(.articleMissing(text)) }
        return .success(
          Parsed(value: "{\"regulation\":\(ProfileWriter.string(options[number - 1])),\"article\":\(article)}"))
      }
      return .success(
        Parsed(value: "{\"procedure\":\(ProfileWriter.string(options[number - 1])),\"article\":\(article)}"))
    case .formIDs(let options):
      let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
      if words == ["0"] { return .success(Parsed(value: nil)) }
      var ids: [String] = []
      for word in words {
        if let number = Int(word), number >= 1, number <= options.count {
          ids.append(options[number - 1].id)
        } else if let option = options.first(where: { $0.id == word }) {
          ids.append(option.id)
        } else {
          return .failure(.notAnOption(word))
        }
      }
      guard !ids.isEmpty else { return .failure(.notAnOption(text)) }
      return .success(Parsed(value: array(ids)))
    case .newEntry(_, let options):
      if options.isEmpty { return .success(Parsed(value: ProfileWriter.string(text))) }
      guard let number = Int(text), number >= 1, number <= options.count else {
        return .failure(.notAnOption(text))
      }
      return .success(Parsed(value: ProfileWriter.string(options[number - 1])))
    }
  }

  /// Options by number ("1 3", "1,3") or by the start of a label ("adv", "agenda, uitvoering"); nil for unknown.
  static func choose(_ text: String, vocabulary: String, options: [String], many: Bool)
    -> Result<[String]?, EditorProblem>
  {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    if !words.isEmpty, words.allSatisfy({ Int($0) != nil }) {
      let numbers = words.compactMap { Int($0) }
      if numbers == [0] { return .success(nil) }
      guard many || numbers.count == 1 else { return .failure(.notAnOption(text)) }
      var chosen: [String] = []
      for number in numbers {
        guard number >= 1, number <= options.count else { return .failure(.notAnOption(String(number))) }
        if !chosen.contains(options[number - 1]) { chosen.append(options[number - 1]) }
      }
      return .success(chosen.sorted { options.firstIndex(of: $0)! < options.firstIndex(of: $1)! })
    }
    let parts = many ? text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : [text]
    guard parts.contains(where: { !$0.isEmpty }) else { return .failure(.notAnOption(text)) }
    var chosen: [String] = []
    for part in parts where !part.isEmpty {
      let folded = part.folded
      let matches = options.filter { key in
        key.folded.hasPrefix(folded)
          || Language.allCases.contains { Strings.text("\(vocabulary).\(key)", in: $0).folded.hasPrefix(folded) }
      }
      let exact = matches.filter { key in
        Language.allCases.contains { Strings.text("\(vocabulary).\(key)", in: $0).folded == folded }
      }
      let match = exact.count == 1 ? exact : matches
      guard !match.isEmpty else { return .failure(.notAnOption(part)) }
      guard match.count == 1 else {
        return .failure(.ambiguous(part, matches: match.map { Strings.text("\(vocabulary).\($0)") }))
      }
      if !chosen.contains(match[0]) { chosen.append(match[0]) }
    }
    return .success(chosen.sorted { options.firstIndex(of: $0)! < options.firstIndex(of: $1)! })
  }

  /// "2 art. 5" → (2, "art. 5").
  static func leadingNumber(_ text: String) -> (Int?, String) {
    let digits = text.prefix { $0.isASCII && $0.isNumber }.prefix(9)
    return (Int(digits), text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces))
  }

  static func array(_ items: [String]) -> String {
    "[" + items.map(ProfileWriter.string).joined(separator: ",") + "]"
  }
}
