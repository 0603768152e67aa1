import BetrokkenModel
import Foundation
import Testing

@testable import BetrokkenScreen

/// Each mode on its own: its update function, its key table and the help made from it.
@Suite struct ModeTests {
  let almere = DashboardState(selectedCode: "GM0034")

  func update(_ state: DashboardState, _ message: Message, width: Int = 120, height: Int = 40) -> (
    DashboardState, [Effect]
  ) {
    let viewport = DashboardView.frame(data: shippedData, state: state, width: width, height: height).viewport
    return Update.update(state, message, data: shippedData, viewport: viewport)
  }

  /// The key column of the help's first section.
  func helpKeys(_ state: DashboardState, count: Int) -> [String] {
    guard case .overlay(let overlay) = state.mode else { return [] }
    // The first section, without the lines a long description wraps onto (their key column is empty).
    let lines = HelpOverlay.lines(for: overlay.underneath, symbols: .unicode, width: 80).dropFirst()
      .prefix { !$0.spans.isEmpty }
    return lines.map { line in line.spans.first?.text.trimmingCharacters(in: .whitespaces) ?? "" }.filter {
      !$0.isEmpty
    }
    .prefix(count).map { $0 }
  }

  @Test func theHelpOfEachModeIsItsTable() {
    let fromList = pressing([.character("?")], from: almere)
    #expect(fromList.overlay == .help)
    #expect(helpKeys(fromList, count: ListUpdate.keys.count) == ListUpdate.keys.map(\.keyLabel))
    let comparing = DashboardState(
      selectedCode: "GM0034", mode: .comparison(ComparisonMode(codes: ["GM0034", "GM0307"])))
    let fromComparison = pressing([.character("?")], from: comparing)
    #expect(fromComparison.overlay == .help)
    #expect(helpKeys(fromComparison, count: ComparisonUpdate.keys.count) == ComparisonUpdate.keys.map(\.keyLabel))
    // The comparison's help does not list the list's keys.
    let text = DashboardView.render(data: shippedData, state: fromComparison, width: 120, height: 40).text
    #expect(!text.contains("Spatie"))
  }

  @Test func anOverlayClosesBackToTheModeItWasOpenedFrom() {
    let comparing = DashboardState(
      selectedCode: "GM0034", mode: .comparison(ComparisonMode(codes: ["GM0034", "GM0307"])))
    let help = pressing([.character("l"), .character("?")], from: comparing)
    #expect(help.comparison?.focus == 1, "the comparison stays under the overlay")
    let closed = pressing([.escape], from: help)
    var expected = ComparisonMode(codes: ["GM0034", "GM0307"])
    expected.focus = 1
    #expect(closed.mode == .comparison(expected))
    #expect(pressing([.escape], from: pressing([.character("b")], from: almere)).mode == .list)
  }

  @Test func aResizeKeepsScrollingWithinTheNewSize() {
    var state = pressing([.character("b"), .character("G")], from: almere, width: 100, height: 30)
    guard case .overlay(let overlay) = state.mode else {
      Issue.record("the glossary is open")
      return
    }
    #expect(overlay.scroll > 0)
    // On a very tall screen the whole glossary fits: nothing to scroll.
    state = update(state, .resize, width: 100, height: 200).0
    guard case .overlay(let resized) = state.mode else { return }
    #expect(resized.scroll == 0)
  }

  @Test func effectsAreReturnedAndTheirOutcomesComeBackAsMessages() {
    let (pressed, effects) = update(almere, .key(.character("p")))
    #expect(effects == [.writeSnapshot])
    #expect(pressed.notice == nil, "nothing is written by the update step")
    let written = update(pressed, .snapshotWritten(path: "/tmp/x.txt")).0
    #expect(
      DashboardView.render(data: shippedData, state: written, width: 120, height: 40).lines.last?.contains(
        "Snapshot opgeslagen: /tmp/x.txt") == true)
    #expect(
      NoticeWords.text(update(pressed, .snapshotFailed(directory: "/alleen-lezen")).0.notice!)
        == "Snapshot niet opgeslagen: kan niet schrijven in /alleen-lezen")
    #expect(update(almere, .key(.character("q"))).1 == [.quit])
  }

  /// `i` opens every cell of the focused column in full; `Enter` opens that municipality in the dashboard.
  @Test func aComparisonColumnOpensInFullAndEnterOpensTheMunicipality() {
    let comparing = DashboardState(
      selectedCode: "GM0034", mode: .comparison(ComparisonMode(codes: ["GM0034", "GM0307", "GM1894", "GM0150"])))
    let cells = pressing([.character("l"), .character("l"), .character("i")], from: comparing, width: 80, height: 24)
    #expect(cells.overlay == .comparisonColumn)
    let glossary = DashboardDocument.render(data: shippedData, state: cells, width: 80).text
    #expect(glossary.contains("Alle cellen: Peel en Maas"))
    // At 80 columns the comparison abbreviates Peel en Maas's forms; opened, they stand in full.
    #expect(glossary.contains("Gehandicaptenplatform Peel en Maas"))
    #expect(pressing([.escape], from: cells).comparison?.focus == 2)
    let opened = pressing([.character("l"), .enter], from: comparing)
    #expect(opened.mode == .list && opened.selectedCode == "GM0307" && opened.focus == .municipalities)
  }

  /// A click focuses the pane under it and selects the row clicked; the wheel scrolls; in a comparison a click picks
  /// the column.
  @Test func theMouseClicksAndScrolls() {
    let start = DashboardState(selectedCode: "GM0034")
    let frame = DashboardView.frame(data: shippedData, state: start, width: 120, height: 40)
    // The list's fourth line (row 1 is the frame's top): Assen.
    let listRect = frame.viewport.pane(.municipalities).rect
    var state = update(start, .mouse(MouseEvent(x: listRect.x + 3, y: listRect.y + 4, button: .left))).0
    #expect(state.selectedCode == shippedData.situations[3].code)
    // A click in the Profiel pane focuses it; the wheel scrolls it.
    let profile = frame.viewport.pane(.profile).rect
    state = update(state, .mouse(MouseEvent(x: profile.x + 5, y: profile.y + 2, button: .left))).0
    #expect(state.focus == .profile)
    state = update(state, .mouse(MouseEvent(x: profile.x + 5, y: profile.y + 2, button: .wheelDown))).0
    #expect(state.scroll[.profile] == 3)
    // Peel en Maas's ladder: a click on its third form selects it.
    let peel = DashboardState(selectedCode: "GM1894")
    let ladder = DashboardView.frame(data: shippedData, state: peel, width: 120, height: 40).viewport.pane(.ladder)
    let third = ladder.rect.y + 1 + ladder.rowLines[2] - ladder.top
    let clicked = update(peel, .mouse(MouseEvent(x: ladder.rect.x + 20, y: third, button: .left))).0
    #expect(clicked.focus == .ladder && clicked.selectedForm == 2)
    // In a comparison a click on the third column focuses it.
    let comparing = DashboardState(
      selectedCode: "GM0034", mode: .comparison(ComparisonMode(codes: ["GM0034", "GM0307", "GM1894"])))
    let column = ComparisonView.column(atX: 100, width: 120, count: 3)
    #expect(column == 2)
    #expect(update(comparing, .mouse(MouseEvent(x: 100, y: 10, button: .left))).0.comparison?.focus == 2)
  }

  /// In the overview ↑↓ move through the ranking and Enter opens the municipality chosen there.
  @Test func enterOnAnOverviewRowJumpsToIt() {
    let ranking = Overview(shippedData.situations).ranking.map(\.profile.code)
    let overview = pressing([.character("o"), .down, .down], from: DashboardState(selectedCode: "GM0034"))
    guard case .overlay(let overlay) = overview.mode else {
      Issue.record("the overview is open")
      return
    }
    #expect(overlay.row == 2)
    let opened = pressing([.enter], from: overview)
    #expect(opened.mode == .list && opened.selectedCode == ranking[2] && opened.focus == .municipalities)
    let footer = DashboardView.render(data: shippedData, state: overview, width: 120, height: 40).lines.last ?? ""
    #expect(footer.contains("Enter openen"), "\(footer)")
  }

  @Test func filterModeTypesEveryPrintableKey() {
    let state = pressing([.character("/")] + "q?ep".map { Key.character($0) }, from: almere)
    #expect(state.mode == .filterEditing && state.filter == "q?ep")
    #expect(pressing([.enter], from: state).mode == .list)
  }
}

/// The pane table drives layout, drawing and scrolling: every pane at the minimum size and at 200×60.
@Suite struct PaneTableTests {
  @Test(arguments: [(80, 24), (200, 60)])
  func everyPaneRendersInItsRect(_ width: Int, _ height: Int) {
    #expect(PaneTable.all.map { $0.id } == PaneID.allCases, "the table is in focus order and has every pane")
    for pane in PaneTable.all {
      var state = DashboardState(selectedCode: "GM1894")
      state.focus = pane.id
      let (screen, viewport) = DashboardView.frame(data: shippedData, state: state, width: width, height: height)
      // Column widths do not depend on the content, so the pane's inner width is the layout's.
      let rect = DashboardLayout(width: width, height: height).panes[pane.id]
      let title = String(PaneTable.title(pane.id).prefix(6))
      let focusedRows = screen.lines.filter { $0.contains("▸ " + title) }
      #expect(focusedRows.count == 1, "\(pane.id) at \(width)×\(height): its focused title is drawn once")
      let content = pane.content(
        DashboardContext(data: shippedData, state: state), width: paneInnerWidth(rect), symbols: .unicode)
      #expect(!content.lines.isEmpty)
      #expect(viewport.pane(pane.id).page >= 1)
      // The line it keeps in view (the selection), or its first line, is drawn (cut to the pane where longer).
      let kept: Int
      switch content.scrolling {
      case .free: kept = 0
      case .keepInView(let line), .centred(let line): kept = line
      }
      let shown = content.lines[kept].spans.map(\.text).joined().trimmingCharacters(in: .whitespaces).prefix(8)
      #expect(screen.text.contains(shown), "\(pane.id) at \(width)×\(height): \(shown)")
    }
  }
}
