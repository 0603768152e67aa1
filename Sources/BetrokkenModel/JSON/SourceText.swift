/// A 1-based line and column. Columns count Unicode scalars, as editors do for Dutch text.
public struct SourcePosition: Sendable, Equatable, Comparable {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, in Unicode scalars.
  public var column: Int

  /// Whether `a` comes first in the text: by line, then by column.
  public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// Turns byte offsets into line and column. Built only when a diagnostic needs it.
public struct SourceText: Sendable {
  /// The text's UTF-8 bytes.
  public let bytes: [UInt8]

  /// The text of these bytes (a `JSONSyntaxError`'s offset is turned into a position with it).
  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The line and column of the byte at `offset`; an offset past the end gives the position after the last byte.
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
