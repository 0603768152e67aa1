/// Makes text from files safe to show in a terminal: a profile could carry ESC sequences, OSC 52 clipboard
/// writes or bidi overrides. Replaces C0 controls (except newline and tab), DEL, C1 controls and bidi
/// control characters by U+FFFD.
public enum Sanitizer {
  public static let replacement: Unicode.Scalar = "\u{FFFD}"

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
    guard text.unicodeScalars.contains(where: isUnsafe) else { return (text, 0) }
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
}
