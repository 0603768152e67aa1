import BetrokkenModel

/// The whole screen as a value: a grid of cells. Panes draw into it; the terminal module sends it to
/// ncurses and the snapshot prints it as text, so both show the same thing by construction.
public struct Screen: Equatable, Sendable {
  /// The number of columns (0 or more).
  public let width: Int
  /// The number of lines (0 or more).
  public let height: Int
  /// The cells row by row, `width * height` of them: the cell at column x of line y is at `y * width + x`.
  public private(set) var cells: [Cell]
  let symbols: Symbols

  init(width: Int, height: Int, symbols: Symbols = .unicode) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.symbols = symbols
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  /// Writes one line of text from (x, y), clipped to `limit` columns (default: to the right edge). Text that
  /// does not fit ends in an ellipsis, never in half a cluster. Returns the number of columns written.
  @discardableResult
  mutating func put(_ text: String, x: Int, y: Int, role: Role = .plain, limit: Int? = nil) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let available = min(limit ?? (width - x), width - max(x, 0))
    guard available > 0, x >= 0 else { return 0 }
    // Fast path: printable ASCII that fits is one cell per byte.
    if DisplayWidth.isPrintableASCII(text), text.utf8.count <= available {
      var column = x
      for byte in text.utf8 {
        setCell(column, y, Cell(String(UnicodeScalar(byte)), role: role))
        column += 1
      }
      return column - x
    }
    let fitted = fit(text, to: available)
    var column = x
    for character in fitted {
      let w = DisplayWidth.of(character)
      guard w > 0 else { continue }
      setCell(column, y, Cell(String(character), role: role))
      if w == 2 { setCell(column + 1, y, Cell("", role: role)) }
      column += w
    }
    return column - x
  }

  /// Text shortened to at most `columns`, ending in the ellipsis symbol when cut; newlines become spaces
  /// and unsafe characters are replaced, so nothing but printable clusters reaches the grid.
  func fit(_ text: String, to columns: Int) -> String {
    symbols.fit(text, to: columns)
  }

  private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    let index = y * width + x
    // Overwriting either half of a wide character blanks the other half.
    if cells[index].isContinuation, x > 0 { cells[index - 1].text = " " }
    if x + 1 < width, cells[index + 1].isContinuation { cells[index + 1].text = " " }
    cells[index] = cell
  }

  /// Fills a rectangle with one character.
  public mutating func fill(_ rect: Rect, with text: String = " ", role: Role = .plain) {
    let r = rect.clipped(to: bounds)
    guard r.width > 0 else { return }
    for y in r.y..<r.maxY {
      // A wide character cut by either edge of the rectangle loses its other half too.
      if r.x > 0, cells[y * width + r.x].isContinuation { cells[y * width + r.x - 1].text = " " }
      if r.maxX < width, cells[y * width + r.maxX].isContinuation { cells[y * width + r.maxX].text = " " }
      for x in r.x..<r.maxX { cells[y * width + x] = Cell(text, role: role) }
    }
  }

  /// Gives every cell of a rectangle a role, keeping its text (used to highlight a selected row).
  mutating func paint(_ rect: Rect, role: Role) {
    let r = rect.clipped(to: bounds)
    guard r.width > 0 else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { cells[y * width + x].role = role }
    }
  }

  /// A frame with a title in its top edge; a focused frame uses heavier lines and a marker before the title.
  mutating func drawBox(_ rect: Rect, title: String, focused: Bool = false) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let line = focused ? symbols.heavyBox : symbols.box
    let role: Role = focused ? .focusBorder : .border
    // Box characters are one column wide: set the cells directly.
    let horizontal = Cell(line.horizontal, role: role)
    let vertical = Cell(line.vertical, role: role)
    for x in rect.x..<rect.maxX {
      setCell(x, rect.y, horizontal)
      setCell(x, rect.maxY - 1, horizontal)
    }
    for y in rect.y..<rect.maxY {
      setCell(rect.x, y, vertical)
      setCell(rect.maxX - 1, y, vertical)
    }
    setCell(rect.x, rect.y, Cell(line.topLeft, role: role))
    setCell(rect.maxX - 1, rect.y, Cell(line.topRight, role: role))
    setCell(rect.x, rect.maxY - 1, Cell(line.bottomLeft, role: role))
    setCell(rect.maxX - 1, rect.maxY - 1, Cell(line.bottomRight, role: role))
    let label = focused ? " \(symbols.focus) \(title) " : " \(title) "
    put(label, x: rect.x + 1, y: rect.y, role: focused ? .focusBorder : .heading, limit: rect.width - 2)
  }

  /// The screen as text lines: exactly `height` lines, trailing spaces trimmed.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      line.reserveCapacity(width)
      for x in 0..<width { line += cells[y * width + x].text }
      return trimTrailing(line)
    }
  }

  /// The screen as one text, each line ending in a newline.
  public var text: String {
    lines.map { $0 + "\n" }.joined()
  }
}
