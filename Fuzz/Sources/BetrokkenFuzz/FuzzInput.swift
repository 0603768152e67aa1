/// Reads a fuzzer's bytes as choices; past the end every choice is 0.
struct FuzzInput {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isEmpty: Bool { index >= bytes.count }

  mutating func take() -> UInt8 {
    guard index < bytes.count else { return 0 }
    defer { index += 1 }
    return bytes[index]
  }

  mutating func takeUInt32() -> UInt32 {
    (0..<4).reduce(UInt32(0)) { value, _ in value << 8 | UInt32(take()) }
  }

  /// Everything not taken yet.
  var rest: [UInt8] { Array(bytes[min(index, bytes.count)...]) }
}
