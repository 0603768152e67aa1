extension Screen {
  /// Draws a styled line within `width` columns; the last span that does not fit ends in an ellipsis.
  mutating func put(_ line: StyledLine, x: Int, y: Int, width: Int) {
    var column = x
    for (i, span) in line.spans.enumerated() {
      let left = x + width - column
      if left <= 0 {
        // Text is left over: say so with an ellipsis in the last column instead of dropping it silently.
        if line.spans[i...].contains(where: { !$0.text.allSatisfy { $0 == " " } }), width > 0 {
          put(symbols.ellipsis, x: x + width - 1, y: y, role: span.role)
        }
        break
      }
      column += put(span.text, x: column, y: y, role: span.role, limit: left)
    }
    if let role = line.rowRole { paint(Rect(x: x, y: y, width: width, height: 1), role: role) }
  }

  /// A framed pane: title, content lines from `scroll` on, and ↑/↓ markers in the frame when there is more.
  /// Returns the scroll offset actually used (clamped to the content).
  @discardableResult
  mutating func drawPane(_ rect: Rect, title: String, focused: Bool, lines: [StyledLine], scroll: Int = 0) -> Int {
    guard rect.width >= 4, rect.height >= 3 else { return 0 }
    drawBox(rect, title: title, focused: focused)
    let inner = rect.inner.inset(left: 1, right: 1)
    let maxScroll = max(0, lines.count - inner.height)
    let top = min(max(0, scroll), maxScroll)
    for row in 0..<inner.height where top + row < lines.count {
      put(lines[top + row], x: inner.x, y: inner.y + row, width: inner.width)
    }
    let role: Role = focused ? .focusBorder : .border
    // The "more above" marker goes in the top edge only where it leaves the title whole.
    let titleEnd = rect.x + 1 + DisplayWidth.of(fit(title, to: rect.width - 2)) + (focused ? 5 : 2)
    if top > 0, rect.maxX - 8 > titleEnd {
      put(" \(symbols.scrollUp) \(top) ", x: rect.maxX - 8, y: rect.y, role: role, limit: 7)
    }
    if top < maxScroll {
      put(" \(symbols.scrollDown) \(maxScroll - top) ", x: rect.maxX - 8, y: rect.maxY - 1, role: role, limit: 7)
    }
    return top
  }
}
