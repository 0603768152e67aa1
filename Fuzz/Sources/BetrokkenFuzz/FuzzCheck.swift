import BetrokkenModel
import BetrokkenScreen
import Foundation

/// Invariants every target checks; a broken one stops the fuzzer with the reason.
enum FuzzCheck {
  static func fail(_ reason: String) -> Never {
    FileHandle.standardError.write(Data("invariant broken: \(reason)\n".utf8))
    abort()
  }

  /// Whether text may reach a terminal as one line: no C0 or C1 control character (not even a tab), no DEL.
  static func isPrintable(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { !($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
  }

  /// Whether text from a file was sanitized as the model promises: nothing unsafe left (tab and newline may stay;
  /// the screen turns them into spaces).
  static func isSanitized(_ text: String) -> Bool {
    !text.unicodeScalars.contains(where: Sanitizer.isUnsafe)
  }

  /// Every diagnostic can be said in both languages, as printable text, at a position inside the file.
  static func diagnostics(_ diagnostics: [Diagnostic], textLength: Int) {
    for diagnostic in diagnostics {
      for language in Language.allCases {
        let line = Language.$current.withValue(language) { DiagnosticWords.line(diagnostic) }
        guard isPrintable(line) else { fail("diagnostic with a control character: \(line.debugDescription)") }
      }
      if let position = diagnostic.position, position.line < 1 || position.column < 1 || position.line > textLength + 1
      {
        fail("diagnostic position \(position) outside a text of \(textLength) bytes")
      }
    }
  }

  /// A screen is exactly its size, and holds nothing a terminal would act on.
  static func screen(_ screen: Screen, width: Int, height: Int) {
    guard screen.width == width, screen.height == height else {
      fail("screen \(screen.width)x\(screen.height) for \(width)x\(height)")
    }
    let lines = screen.lines
    guard lines.count == height else { fail("\(lines.count) lines for height \(height)") }
    for line in lines where !isPrintable(line) {
      fail("control character on screen: \(line.debugDescription)")
    }
  }
}
