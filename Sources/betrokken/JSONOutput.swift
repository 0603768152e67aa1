import Foundation

/// The JSON the commands write: sorted keys, two-space indentation, slashes as they are. Each command's output is
/// a tree of `Encodable` structs whose property names are the documented keys.
enum JSONOutput {
  static func text<Document: Encodable>(_ document: Document) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self)
  }
}

/// A value written as JSON `null` when absent. (Synthesized coding leaves an absent optional out; the documented
/// outputs write some keys always, with `null` for "unknown" or "none".)
enum OrNull<Wrapped: Encodable>: Encodable {
  case value(Wrapped)
  case null

  init(_ value: Wrapped?) {
    self = value.map(OrNull.value) ?? .null
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .value(let value): try container.encode(value)
    case .null: try container.encodeNil()
    }
  }
}
