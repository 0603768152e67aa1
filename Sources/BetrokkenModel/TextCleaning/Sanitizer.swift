/// Makes text from files safe to show in a terminal: a profile could carry ESC sequences, OSC 52 clipboard
/// writes or bidi overrides. Replaces C0 controls (except newline and tab), DEL, C1 controls and bidi
/// control characters by U+FFFD.
public enum Sanitizer {
  /// U+FFFD, the replacement character put in place of each unsafe one.
  public static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether the scalar is a C0 control other than newline or tab, DEL, a C1 control or a bidi control.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: return false
    case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The sanitized text and how many characters were replaced.
  public static func sanitize(_ text: String) -> (text: String, replaced: Int) {
    // Fast path: plain text is returned as is.
    guard mayContainUnsafe(text) else { return (text, 0) }
    var scalars = String.UnicodeScalarView()
    var replaced = 0
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        scalars.append(replacement)
        replaced += 1
      } else {
        scalars.append(scalar)
      }
    }
    return (String(scalars), replaced)
  }

  /// A byte scan that is false for text without C0, DEL, C1 (encoded C2 80–9F) or bidi controls
  /// (D8 9C, E2 80 8E–8F, E2 80 AA–AE, E2 81 A6–A9); true means: check scalar by scalar.
  static func mayContainUnsafe(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      let count = bytes.count
      while i < count {
        let b = bytes[i]
        if b < 0x20 {
          if b != 0x0A && b != 0x09 { return true }
        } else if b == 0x7F {
          return true
        } else if b == 0xC2, i + 1 < count, bytes[i + 1] <= 0x9F {
          return true
        } else if b == 0xD8, i + 1 < count, bytes[i + 1] == 0x9C {
          return true
        } else if b == 0xE2, i + 1 < count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
          return true  // rare enough to decide by scalars
        }
        i += 1
      }
      return false
    }
  }
}
