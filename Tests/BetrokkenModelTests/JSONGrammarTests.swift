import Testing

@testable import BetrokkenModel

/// The JSON grammar (RFC 8259) as the parser reads it: string escapes, surrogate pairs, the depth limit and the
/// number grammar, each with the exact expectation and offset of its error.
@Suite struct JSONGrammarTests {
  func parse(_ json: String) -> Result<JSONNode.Value, JSONSyntaxError> {
    do throws(JSONSyntaxError) {
      return .success(try JSONParser.parse(Array(json.utf8)).value)
    } catch {
      return .failure(error)
    }
  }

  func string(_ json: String) -> String? {
    if case .success(.string(let text)) = parse(json) { return text }
    return nil
  }

  struct Failure: Equatable {
    var expected: SyntaxExpectation
    var offset: Int
    init(_ expected: SyntaxExpectation, _ offset: Int) {
      self.expected = expected
      self.offset = offset
    }
  }

  func failure(_ json: String) -> Failure? {
    if case .failure(let error) = parse(json) { return Failure(error.expected, error.offset) }
    return nil
  }

  @Test func everyEscapeOfTheGrammar() {
    #expect(string(#""\"\\\/\b\f\n\r\t""#) == "\"\\/\u{08}\u{0C}\n\r\t")
    #expect(string(#""\u00e9\u00E9\u0041""#) == "ééA")
    #expect(string(#""\u0000""#) == "\u{0}")
    #expect(string(#""plain é 😀""#) == "plain é 😀")
  }

  @Test func surrogatePairsJoinAndLoneSurrogatesAreReplaced() {
    #expect(string(#""\ud83d\ude00""#) == "😀")
    #expect(string(#""\uD83D\uDE00x""#) == "😀x")
    #expect(string(#""\ud83d""#) == "\u{FFFD}")
    #expect(string(#""\ude00""#) == "\u{FFFD}")
    #expect(string(#""\ud83dx""#) == "\u{FFFD}x")
    #expect(string(#""\ud83d\u0041""#) == "\u{FFFD}A")
  }

  @Test func badStrings() {
    #expect(failure(#""\x""#) == Failure(.escapeSequence, 2))
    #expect(failure(#""\u12""#) == Failure(.fourHexDigits, 5))
    #expect(failure(#""\u12G4""#) == Failure(.fourHexDigits, 5))
    #expect(failure("\"a\tb\"") == Failure(.closingQuoteNotControlCharacter, 2))
    #expect(failure("\"a\\n\tb\"") == Failure(.closingQuoteNotControlCharacter, 4))
    #expect(failure(#""abc"#) == Failure(.closingQuote, 4))
  }

  @Test func nestingUpToTheLimit() {
    let limit = 64
    func arrays(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }
    #expect(failure(arrays(limit)) == nil)
    #expect(failure(arrays(limit + 1)) == Failure(.depthAtMost(limit), limit))
    let objects = String(repeating: "{\"a\":", count: limit + 1) + "1" + String(repeating: "}", count: limit + 1)
    #expect(failure(objects)?.expected == .depthAtMost(limit))
  }

  @Test(arguments: ["0", "-0", "12", "1.5", "-0.25", "1e5", "1E+5", "1e-5", "-0.0e0", "123456789012345678901234567890"])
  func numbersKeepTheirText(_ text: String) {
    guard case .success(.number(let number)) = parse(text) else {
      Issue.record("\(text) did not parse as a number")
      return
    }
    #expect(number == text)
  }

  @Test func numbersOutsideTheGrammar() {
    #expect(failure("01") == Failure(.noLeadingZeros, 1))
    #expect(failure("-01") == Failure(.noLeadingZeros, 2))
    #expect(failure("-") == Failure(.digit, 1))
    #expect(failure("-a") == Failure(.digit, 1))
    #expect(failure("1.") == Failure(.digitAfterPoint, 2))
    #expect(failure("1.e5") == Failure(.digitAfterPoint, 2))
    #expect(failure("1e") == Failure(.digitInExponent, 2))
    #expect(failure("1e+") == Failure(.digitInExponent, 3))
    #expect(failure(".5")?.expected == .valueOfAnyKind)
    #expect(failure("+1")?.expected == .valueOfAnyKind)
  }
}
