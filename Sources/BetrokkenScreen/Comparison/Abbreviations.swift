/// Short forms of form names for narrow comparison columns ("Adviesraad Sociaal Domein" → "ASD"),
/// unique within one comparison, with the legend that explains them.
struct Abbreviations {
  private(set) var short: [String: String] = [:]

  init(_ names: [String]) {
    var used: [String: Int] = [:]
    for name in names where short[name] == nil {
      let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "(" || $0 == ")" || $0 == "," })
      var initials = words.filter { $0.count >= 3 || $0.first?.isUppercase == true }
        .compactMap { $0.first.map { String($0).uppercased() } }.joined()
      // Initials that read as a well-known acronym would mislead: the start of the name instead.
      // At most four letters, so a short name fits a narrow matrix cell.
      initials = String(initials.prefix(4))
      if initials.count < 2 || Self.wellKnownAcronyms.contains(initials) { initials = String(name.prefix(4)) }
      let count = used[initials, default: 0]
      used[initials] = count + 1
      short[name] = count == 0 ? initials : "\(initials)\(count + 1)"
    }
  }

  func callAsFunction(_ name: String) -> String { short[name] ?? name }

  /// Acronyms readers of Dutch policy know as something else.
  static let wellKnownAcronyms: Set<String> = [
    "AZ", "BRP", "CAK", "CBS", "CIZ", "CPB", "GGD", "GGZ", "IND", "RIVM", "SCP", "SER", "SVB", "UWV", "VNG", "VWS",
    "WMO", "WRR", "ZIN",
  ]
}
