import Testing

@testable import BetrokkenModel

/// The byte-level fast paths against the definitions they shortcut, over every Unicode scalar.
@Suite struct TextValidationTests {
  static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:))

  /// Every scalar, alone and after 1 to 9 ASCII bytes (so the eight-bytes-at-a-time path meets it at every
  /// alignment), is well-formed UTF-8.
  @Test func everyScalarIsValidUTF8AtEveryAlignment() {
    var wrong: [UInt32] = []
    for scalar in Self.allScalars {
      let encoded = Array(String(scalar).utf8)
      for prefix in [0, 1, 7, 9] where firstInvalidUTF8Offset(Array(repeating: 0x61, count: prefix) + encoded) != nil {
        wrong.append(scalar.value)
      }
    }
    #expect(wrong.isEmpty, "valid scalars rejected: \(wrong.prefix(10))")
  }

  /// Ill-formed sequences are found at their first byte, whatever ASCII comes before them (and enough after them that
  /// the eight-byte path reads them too), and agree with the standard library's validating decoder.
  @Test(
    arguments: [
      [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
      [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xC3], [0xE2, 0x82],
      [0xF0, 0x9F, 0x98], [0xC3, 0x41],
    ] as [[UInt8]])
  func illFormedSequences(_ bad: [UInt8]) {
    for prefix in 0...17 {
      let bytes = Array(repeating: UInt8(0x61), count: prefix) + bad + Array(repeating: UInt8(0x61), count: 16)
      #expect(firstInvalidUTF8Offset(bytes) == prefix, "\(bad) after \(prefix) bytes")
      #expect(String(validating: bytes, as: UTF8.self) == nil)
    }
  }

  /// Random byte strings: the validator and the standard library agree on which are UTF-8.
  @Test func agreesWithTheStandardLibraryOnRandomBytes() {
    var generator = SplitMix64(seed: 2026_11_29)
    for _ in 0..<50_000 {
      let count = Int(generator.next() % 24)
      // Biased to the bytes that start and continue sequences, where the mistakes are.
      let bytes = (0..<count).map { _ -> UInt8 in
        let r = generator.next()
        return r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8) % 0x80 : 0x80 | UInt8(truncatingIfNeeded: r >> 16) % 0x80
      }
      let ours = firstInvalidUTF8Offset(bytes) == nil
      let standard = String(validating: bytes, as: UTF8.self) != nil
      #expect(ours == standard, "\(bytes)")
    }
  }

  /// The sanitizer's byte scan never misses a scalar the scalar rule calls unsafe, and sanitizing replaces exactly
  /// those, at every position in a text.
  @Test func sanitizerFastPathAgreesWithTheScalarRuleForEveryScalar() {
    var missed: [UInt32] = []
    var miscounted: [UInt32] = []
    for scalar in Self.allScalars {
      let unsafe = Sanitizer.isUnsafe(scalar)
      for text in [String(scalar), "ab" + String(scalar), String(scalar) + "z"] {
        if unsafe && !Sanitizer.mayContainUnsafe(text) { missed.append(scalar.value) }
        let (clean, replaced) = Sanitizer.sanitize(text)
        if replaced != (unsafe ? 1 : 0) || clean.unicodeScalars.contains(where: Sanitizer.isUnsafe) {
          miscounted.append(scalar.value)
        }
      }
    }
    #expect(missed.isEmpty, "unsafe scalars the fast path lets through: \(missed.prefix(10))")
    #expect(miscounted.isEmpty, "\(miscounted.prefix(10))")
  }
}

/// A small deterministic generator (the same sequence on every machine).
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
