/// A syntax error in a JSON text: where it is and what was expected there.
public struct JSONSyntaxError: Error, Sendable {
  /// Byte offset in the text where the error was found.
  public var offset: Int
  /// What the parser expected there.
  public var expected: SyntaxExpectation
  /// What it found instead.
  public var found: SyntaxFound
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes that records the offset of every value.
/// Members keep their order and duplicates; `DocumentReader.object` rejects a repeated key, so the
/// quadratic check is done once, where the keys are matched anyway.
public struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0
  private static let maximumDepth = 64

  /// Parses a text that is exactly one JSON value, with whitespace around it; nesting deeper than 64 is an error.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    let node = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw parser.error(expected: .endOfFileAfterValue)
    }
    return node
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private func error(expected: SyntaxExpectation) -> JSONSyntaxError {
    // A comment where a token should be: say that JSON has none, whatever token was due.
    let slash = UInt8(ascii: "/")
    if index + 1 < bytes.count, bytes[index] == slash,
      bytes[index + 1] == slash || bytes[index + 1] == UInt8(ascii: "*")
    {
      return JSONSyntaxError(offset: index, expected: .noComments, found: describeCurrent())
    }
    return JSONSyntaxError(offset: index, expected: expected, found: describeCurrent())
  }

  private func describeCurrent() -> SyntaxFound {
    guard index < bytes.count else { return .endOfFile }
    let byte = bytes[index]
    switch byte {
    case 0x20...0x7E: return .character(String(Character(UnicodeScalar(byte))))
    case 0x0A: return .endOfLine
    case 0x09: return .tab
    default:
      if byte < 0x20 { return .controlCharacter(UInt32(byte)) }
      // Decode the scalar for a readable message.
      var end = index + 1
      while end < bytes.count, end - index < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
      if let s = String(validating: bytes[index..<end], as: UTF8.self) { return .character(s) }
      return .byte(byte)
    }
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    guard index < bytes.count else { throw error(expected: .value) }
    let start = index
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONNode(.bool(true), offset: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONNode(.bool(false), offset: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONNode(.null, offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try parseNumber()), offset: start)
    default:
      throw error(expected: .valueOfAnyKind)
    }
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let start = index
    let text = literal.utf8Start
    for i in 0..<literal.utf8CodeUnitCount {
      guard index < bytes.count, bytes[index] == text[i] else {
        index = start
        throw error(expected: .lowercaseLiteral("\(literal)"))
      }
      index += 1
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth { throw error(expected: .depthAtMost(Self.maximumDepth)) }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode {
    let start = index
    try enter()
    index += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return JSONNode(.object(members), offset: start)
    }
    while true {
      skipWhitespace()
      if !members.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        throw error(expected: .noTrailingComma)
      }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error(expected: .quotedKey)
      }
      let keyOffset = index
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(expected: .colonAfterKey) }
      index += 1
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONMember(key: key, keyOffset: keyOffset, node: value))
      skipWhitespace()
      guard index < bytes.count else { throw error(expected: .commaOrClosingBrace) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return JSONNode(.object(members), offset: start)
      }
      throw error(expected: .commaOrClosingBrace)
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode {
    let start = index
    try enter()
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return JSONNode(.array(elements), offset: start)
    }
    while true {
      skipWhitespace()
      if !elements.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        throw error(expected: .noTrailingComma)
      }
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error(expected: .commaOrClosingBracket) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return JSONNode(.array(elements), offset: start)
      }
      throw error(expected: .commaOrClosingBracket)
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw error(expected: .digit) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, isDigit(bytes[index]) { throw error(expected: .noLeadingZeros) }
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw error(expected: .digitAfterPoint) }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard index < bytes.count, isDigit(bytes[index]) else { throw error(expected: .digitInExponent) }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1  // opening quote
    let contentStart = index
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let s = String(decoding: bytes[contentStart..<index], as: UTF8.self)
        index += 1
        return s
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw error(expected: .closingQuoteNotControlCharacter) }
      index += 1
    }
    var scalars = Array(bytes[contentStart..<index])
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: scalars, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { throw error(expected: .characterAfterBackslash) }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): scalars.append(0x22)
        case UInt8(ascii: "\\"): scalars.append(0x5C)
        case UInt8(ascii: "/"): scalars.append(0x2F)
        case UInt8(ascii: "b"): scalars.append(0x08)
        case UInt8(ascii: "f"): scalars.append(0x0C)
        case UInt8(ascii: "n"): scalars.append(0x0A)
        case UInt8(ascii: "r"): scalars.append(0x0D)
        case UInt8(ascii: "t"): scalars.append(0x09)
        case UInt8(ascii: "u"):
          var code = try parseHex4()
          if (0xD800...0xDBFF).contains(code) {
            // A surrogate pair; a lone surrogate becomes U+FFFD.
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
              let save = index
              index += 2
              let low = try parseHex4()
              if (0xDC00...0xDFFF).contains(low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
              } else {
                index = save
                code = 0xFFFD
              }
            } else {
              code = 0xFFFD
            }
          } else if (0xDC00...0xDFFF).contains(code) {
            code = 0xFFFD
          }
          scalars.append(contentsOf: Array(String(Character(UnicodeScalar(code)!)).utf8))
        default:
          index -= 1
          throw error(expected: .escapeSequence)
        }
      default:
        if byte < 0x20 { throw error(expected: .closingQuoteNotControlCharacter) }
        scalars.append(byte)
        index += 1
      }
    }
    throw error(expected: .closingQuote)
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count else { throw error(expected: .fourHexDigits) }
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error(expected: .fourHexDigits)
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }
}
