import BetrokkenModel

/// A question's current value written as it would be typed (`1 5` for two options, a text as it stands), so → can
/// put it in the answer field to be changed rather than typed anew; nil when there is nothing to take over.
enum EditorAnswerText {
  static func typed(_ question: EditorQuestion, in recordNode: JSONNode?) -> String? {
    guard let recordNode, let node = EditorValue.node(at: question.path, in: recordNode), !node.isNull else {
      return nil
    }
    let fact = EditorValue.fact(node)
    let value = fact.value
    func strings(_ node: JSONNode) -> [String] {
      switch node.value {
      case .string(let s): [s]
      case .array(let items): items.flatMap(strings)
      case .number(let n): [n]
      default: []
      }
    }
    func numbers(_ keys: [String], in options: [String]) -> String {
      keys.compactMap { key in options.firstIndex(of: key).map { String($0 + 1) } }.joined(separator: " ")
    }
    switch question.answer {
    case .text, .article, .date, .partialDate:
      return strings(value).first
    case .texts:
      return strings(value).joined(separator: "; ")
    case .codes:
      return strings(value).joined(separator: " ")
    case .count:
      return strings(value).first.map { fact.approximate ? "ca. " + $0 : $0 }
    case .yesNo:
      if case .bool(let b) = value.value { return b ? "1" : "2" }
      return nil
    case .one(_, let options), .many(_, let options):
      return numbers(strings(value), in: options)
    case .formIDs(let forms):
      return numbers(strings(value), in: forms.map(\.id))
    case .delegation(let options):
      guard let regulation = value.member("regulation").flatMap({ strings($0).first }) else { return nil }
      let article = value.member("article").flatMap { strings($0).first } ?? ""
      return (numbers([regulation], in: options) + " " + article).trimmingCharacters(in: .whitespaces)
    case .inspraak(let options):
      guard let procedure = value.member("procedure").flatMap({ strings($0).first }) else { return nil }
      let article = value.member("article").flatMap { strings($0).first } ?? ""
      return (numbers([procedure], in: options) + " " + article).trimmingCharacters(in: .whitespaces)
    case .newEntry:
      return nil
    }
  }
}
