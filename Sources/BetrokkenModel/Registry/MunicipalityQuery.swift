import Foundation

/// Finding the municipality a person means, the same way in every command: the exact code or name, the code
/// without `GM` (`34`, `0034`), the names people use for a few municipalities (Den Haag, Den Bosch), the name
/// without hyphens and apostrophes, then a prefix that fits one municipality only. Case and accents never matter.
public struct MunicipalityQuery: Sendable {
  /// What a query found.
  public enum Match: Equatable, Sendable {
    case found(code: String)
    /// More than one municipality fits the prefix: their codes, at most three.
    case ambiguous(codes: [String])
    /// Nothing fits: the codes of up to three close names.
    case none(suggestions: [String])
  }

  /// The names in common use for municipalities whose official name differs, folded.
  static let commonNames: [String: String] = [
    "den haag": "GM0518", "the hague": "GM0518", "den bosch": "GM0796", "s hertogenbosch": "GM0796",
    "s gravenhage": "GM0518",
  ]

  let candidates: [(code: String, name: String)]

  /// The municipalities to match among, by code and name.
  public init(_ candidates: [(code: String, name: String)]) {
    self.candidates = candidates
  }

  /// The municipality a query means, or why none.
  public func match(_ query: String) -> Match {
    let q = query.folded.trimmingCharacters(in: .whitespaces)
    guard !q.isEmpty else { return .none(suggestions: []) }
    if let exact = candidates.first(where: { $0.code.folded == q || $0.name.folded == q }) {
      return .found(code: exact.code)
    }
    let digits = q.hasPrefix("gm") ? String(q.dropFirst(2)) : q
    if !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isNumber) {
      let code = "GM" + String(repeating: "0", count: 4 - digits.count) + digits
      if candidates.contains(where: { $0.code == code }) { return .found(code: code) }
    }
    let loose = Self.loose(q)
    if let common = Self.commonNames[loose], candidates.contains(where: { $0.code == common }) {
      return .found(code: common)
    }
    if let written = candidates.first(where: { Self.loose($0.name.folded) == loose }) {
      return .found(code: written.code)
    }
    let prefixed = candidates.filter { Self.loose($0.name.folded).hasPrefix(loose) }
    if prefixed.count == 1 { return .found(code: prefixed[0].code) }
    if prefixed.count > 1 { return .ambiguous(codes: prefixed.prefix(3).map { $0.code }) }
    let limit = max(2, loose.count / 3)
    var close: [(code: String, distance: Int)] = []
    for candidate in candidates {
      let distance = Suggestions.editDistance(loose, Self.loose(candidate.name.folded))
      if distance <= limit { close.append((candidate.code, distance)) }
    }
    close.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.code < $1.code }
    return .none(suggestions: close.prefix(3).map { $0.code })
  }

  /// Letters and digits only, words separated by one space: "'s-Hertogenbosch" → "s hertogenbosch".
  static func loose(_ folded: String) -> String {
    let spaced = String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " })
    return spaced.split(separator: " ").joined(separator: " ")
  }
}
