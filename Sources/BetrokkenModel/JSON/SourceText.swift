/// A 1-based line and column. Columns count Unicode scalars, as editors do for Dutch text.
public struct SourcePosition: Sendable, Equatable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// Turns byte offsets into line and column. Built only when a diagnostic needs it.
public struct SourceText: Sendable {
  public let bytes: [UInt8]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  public func position(ofOffset offset: Int) -> SourcePosition {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        // Count lead bytes only, so a multi-byte scalar is one column.
        column += 1
      }
      index += 1
    }
    return SourcePosition(line: line, column: column)
  }
}
