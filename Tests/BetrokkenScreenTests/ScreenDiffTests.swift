import Testing

@testable import BetrokkenScreen

/// What the terminal is sent: nothing for an unchanged screen, the changed cells otherwise, every non-ASCII cluster
/// at its own column.
@Suite struct ScreenDiffTests {
  func screen(_ lines: [String], width: Int = 10) -> Screen {
    var screen = Screen(width: width, height: lines.count)
    for (y, line) in lines.enumerated() { screen.put(line, x: 0, y: y) }
    return screen
  }

  @Test func noChangeSendsNothing() {
    let s = screen(["abc", "déf"])
    #expect(ScreenDiff.writes(from: s, to: s).isEmpty)
  }

  @Test func oneChangedCellIsOneWrite() {
    let before = screen(["abcdef"])
    let after = screen(["abXdef"])
    #expect(ScreenDiff.writes(from: before, to: after) == [CellWrite(x: 2, y: 0, text: "X", role: .plain)])
  }

  @Test func asciiRunsJoinAndOtherClustersStandAlone() {
    let writes = ScreenDiff.writes(from: nil, to: screen(["ab─cd"], width: 6))
    #expect(
      writes == [
        CellWrite(x: 0, y: 0, text: "ab", role: .plain), CellWrite(x: 2, y: 0, text: "─", role: .plain),
        CellWrite(x: 3, y: 0, text: "cd ", role: .plain),
      ])
  }

  @Test func aWideClusterBlanksItsSecondColumnFirst() {
    let before = screen(["abcdef"])
    let after = screen(["a中def"])
    #expect(
      ScreenDiff.writes(from: before, to: after) == [
        CellWrite(x: 2, y: 0, text: " ", role: .plain), CellWrite(x: 1, y: 0, text: "中", role: .plain),
      ])
    // Emoji with a variation selector: two grid columns, sent alone at its column; what follows at its own.
    let emoji = screen(["x❤\u{FE0F}y"])
    #expect(
      ScreenDiff.writes(from: screen(["xxxy"]), to: emoji) == [
        CellWrite(x: 2, y: 0, text: " ", role: .plain), CellWrite(x: 1, y: 0, text: "❤\u{FE0F}", role: .plain),
      ])
  }

  @Test func aChangedSecondHalfResendsTheWholeCluster() {
    var before = screen(["a中d"])
    var after = before
    after.put("中", x: 1, y: 0, role: .accent)
    before.put("中", x: 1, y: 0, role: .plain)
    #expect(
      ScreenDiff.writes(from: before, to: after) == [
        CellWrite(x: 2, y: 0, text: " ", role: .accent), CellWrite(x: 1, y: 0, text: "中", role: .accent),
      ])
  }

  @Test func aResizeSendsEverything() {
    let small = screen(["ab"], width: 2)
    let large = screen(["ab", "cd"], width: 3)
    #expect(
      ScreenDiff.writes(from: small, to: large) == [
        CellWrite(x: 0, y: 0, text: "ab ", role: .plain), CellWrite(x: 0, y: 1, text: "cd ", role: .plain),
      ])
  }

  @Test func rolesSplitRuns() {
    var s = Screen(width: 4, height: 1)
    s.put("ab", x: 0, y: 0, role: .heading)
    s.put("cd", x: 2, y: 0, role: .dim)
    #expect(
      ScreenDiff.writes(from: nil, to: s) == [
        CellWrite(x: 0, y: 0, text: "ab", role: .heading), CellWrite(x: 2, y: 0, text: "cd", role: .dim),
      ])
  }
}
