import BetrokkenModel

/// Ids for entries the editor adds: lower-case letters and digits in words joined by hyphens, made from the name
/// typed, unique in their collection.
enum EditorIdentifier {
  static func new(from name: String, taken: [String], fallback: String) -> String {
    var words: [String] = []
    var word = ""
    for character in name.folded.lowercased() {
      if character.isASCII && (character.isLetter || character.isNumber) {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    var base = ""
    for word in words where base.count + word.count < 30 { base += (base.isEmpty ? "" : "-") + word }
    if base.isEmpty { base = fallback }
    var id = base
    var suffix = 2
    while taken.contains(id) {
      id = "\(base)-\(suffix)"
      suffix += 1
    }
    return id
  }

  static func ids(in collection: String, of record: Record) -> [String] {
    switch collection {
    case "forms": record.forms.map(\.id)
    case "regulations": record.regulations.map(\.id)
    case "sources": record.sources.map(\.id)
    default: record.sharedBodies.map(\.bodyID)
    }
  }
}
