/// Finds the valid keys closest to a mistyped one, for "did you mean …?" hints.
public enum Suggestions {
  /// Keys whose Dutch label equals the input come first (someone wrote `adviseren` for `advise`),
  /// then keys within a small edit distance, at most three.
  static func closest(to input: String, among keys: [String], labels: [String: String] = [:]) -> [String] {
    let needle = input.lowercased()
    if let byLabel = labels.first(where: { $0.value.lowercased() == needle })?.key {
      return [byLabel]
    }
    let limit = max(2, needle.count / 3)
    let folded = needle.folded
    // Close to the key, or to its Dutch label (a label inside the input counts: "jongerenplatform" → platform).
    let scored = keys.map { key -> (String, Int) in
      var distance = editDistance(needle, key.lowercased())
      if let label = labels[key]?.folded {
        distance = min(distance, editDistance(folded, label))
        if label.count >= 4, folded.count >= 4, folded.contains(label) || label.contains(folded) {
          distance = min(distance, limit)
        }
      }
      return (key, distance)
    }
    .filter { $0.1 <= limit || $0.0.lowercased().hasPrefix(needle) && needle.count >= 3 }
    .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    return Array(scored.prefix(3).map(\.0))
  }

  /// Levenshtein distance over Unicode scalars.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// Whether a typed word is close to a known one: within two edits, or a third of its length.
  public static func isClose(_ typed: String, _ known: String) -> Bool {
    editDistance(typed, known) <= max(2, typed.count / 3)
  }
}
