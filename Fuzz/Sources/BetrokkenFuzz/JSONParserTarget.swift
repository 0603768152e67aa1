import BetrokkenModel

/// The JSON parser with positions: any bytes give a document or a syntax error whose position lies in the text; a
/// document written back out (canonical form) parses again to the same text.
enum JSONParserTarget: FuzzTarget {
  static func setUp() {}

  static func run(_ bytes: [UInt8]) {
    do {
      let root = try JSONParser.parse(bytes)
      let written = root.jsonText
      guard let again = try? JSONParser.parse(Array(written.utf8)) else {
        FuzzCheck.fail("the written form does not parse: \(written.prefix(200).debugDescription)")
      }
      guard again.jsonText == written else { FuzzCheck.fail("writing is not stable: \(written.prefix(200))") }
    } catch {
      guard error.offset >= 0, error.offset <= bytes.count else {
        FuzzCheck.fail("error offset \(error.offset) outside \(bytes.count) bytes")
      }
      let position = SourceText(bytes: bytes).position(ofOffset: error.offset)
      guard position.line >= 1, position.column >= 1 else { FuzzCheck.fail("position \(position)") }
    }
  }
}
