/// Word wrapping by display width. A word longer than a line is cut by `Screen.put` with an ellipsis.
public enum Wrapping {
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      let w = DisplayWidth.of(String(word))
      if currentWidth == 0 {
        current = String(word)
        currentWidth = w
      } else if currentWidth + 1 + w <= width {
        current += " " + word
        currentWidth += 1 + w
      } else {
        lines.append(current)
        current = String(word)
        currentWidth = w
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
