/// One write to the terminal: text from column `x` of row `y`, in one role.
public struct CellWrite: Equatable, Sendable {
  /// The grid column the text starts at, 0 at the left.
  public var x: Int
  /// The row, 0 at the top.
  public var y: Int
  /// What to write: printable ASCII of one or more cells, or exactly one other cluster.
  public var text: String
  /// The role of every cell the write covers.
  public var role: Role

  /// A write of `text` in `role` from column `x` of row `y`.
  public init(x: Int, y: Int, text: String, role: Role) {
    self.x = x
    self.y = y
    self.text = text
    self.role = role
  }
}

/// What to send to turn one screen into the next: a pure function, so the terminal module only writes what it
/// returns and tests can see exactly what goes out.
public enum ScreenDiff {
  /// The writes that turn `old` into `new`; every cell when there is no old screen of the same size.
  ///
  /// Printable ASCII cells of one role are joined into one write. Every other cluster (accents, box drawing,
  /// CJK, emoji with or without a variation selector, ZWJ sequences) is a write of its own at its grid column,
  /// so whatever width the terminal gives it, what follows starts where the grid says. A wide cluster's second
  /// column is blanked first: a terminal that draws the cluster narrow shows a blank there, not a stale cell.
  public static func writes(from old: Screen?, to new: Screen) -> [CellWrite] {
    let previous = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
    var writes: [CellWrite] = []
    for y in 0..<new.height {
      var pending: CellWrite?
      for x in leads(in: y, from: previous, to: new) {
        let cell = new[x, y]
        let isWide = x + 1 < new.width && new[x + 1, y].isContinuation
        if isASCII(cell.text), var run = pending, run.role == cell.role, run.x + run.text.utf8.count == x {
          run.text += cell.text
          pending = run
          continue
        }
        if let run = pending { writes.append(run) }
        pending = nil
        if isASCII(cell.text) {
          pending = CellWrite(x: x, y: y, text: cell.text, role: cell.role)
        } else {
          if isWide { writes.append(CellWrite(x: x + 1, y: y, text: " ", role: cell.role)) }
          writes.append(CellWrite(x: x, y: y, text: cell.text, role: cell.role))
        }
      }
      if let run = pending { writes.append(run) }
    }
    return writes
  }

  /// The columns of row `y` whose cluster must be sent: each changed cell's cluster (the first column of a wide
  /// one), in order.
  static func leads(in y: Int, from old: Screen?, to new: Screen) -> [Int] {
    var leads: [Int] = []
    for x in 0..<new.width where old.map({ $0[x, y] != new[x, y] }) ?? true {
      var lead = x
      while lead > 0, new[lead, y].isContinuation { lead -= 1 }
      if new[lead, y].isContinuation { continue }
      if leads.last != lead { leads.append(lead) }
    }
    return leads
  }

  /// Whether a write is printable ASCII only, so the cursor ends exactly its length further in every terminal.
  public static func isASCII(run text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  static func isASCII(_ text: String) -> Bool {
    text.utf8.count == 1 && text.utf8.first.map { $0 >= 0x20 && $0 < 0x7F } == true
  }
}
