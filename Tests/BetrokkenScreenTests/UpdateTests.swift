import Foundation
import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// The update step is a pure state machine: key sequences in, state and effects out, each step given the viewport
/// facts of the frame rendered before it (as the program does). Every binding of every mode's table is covered.
@Suite struct UpdateTests {
  let width = 120
  let height = 40

  func press(_ keys: [Key], from start: DashboardState, data: DataSet = shippedData) -> (DashboardState, [Effect]) {
    var state = start
    var effects: [Effect] = []
    for key in keys {
      let viewport = DashboardView.frame(data: data, state: state, width: width, height: height).viewport
      let (next, effect) = Update.update(state, .key(key), data: data, viewport: viewport)
      state = next
      effects += effect
    }
    return (state, effects)
  }

  func overlayScroll(_ state: DashboardState) -> Int? {
    if case .overlay(let overlay) = state.mode { return overlay.scroll }
    return nil
  }

  func notice(_ state: DashboardState) -> String? {
    state.notice.map(NoticeWords.text)
  }

  func start(_ name: String = "Almere") -> DashboardState {
    DashboardState(selectedCode: code(name))
  }

  var codes: [String] { shippedData.profiles.map(\.code) }

  @Test func downAndUpMoveThroughTheList() {
    #expect(press([.down], from: start()).0.selectedCode == codes[1])
    #expect(press([.character("j"), .character("j")], from: start()).0.selectedCode == codes[2])
    #expect(press([.down, .down, .up], from: start()).0.selectedCode == codes[1])
    #expect(press([.character("k")], from: start()).0.selectedCode == codes[0], "stops at the top")
  }

  @Test func pageAndEnds() {
    let paged = press([.pageDown], from: start()).0
    #expect(codes.firstIndex(of: paged.selectedCode!)! > 5)
    #expect(press([.pageDown, .pageUp], from: start()).0.selectedCode == codes[0])
    #expect(press([.character("G")], from: start()).0.selectedCode == codes.last)
    #expect(press([.end], from: start()).0.selectedCode == codes.last)
    #expect(press([.character("G"), .character("g")], from: start()).0.selectedCode == codes[0])
    #expect(press([.character("G"), .home], from: start()).0.selectedCode == codes[0])
  }

  @Test func tabCyclesThePanesAndArrowsMoveOnScreenWithoutWrapping() {
    #expect(press([.tab], from: start()).0.focus == .ladder)
    #expect(press([.backTab], from: start()).0.focus == .profile)
    #expect(press(Array(repeating: .tab, count: 6), from: start()).0.focus == .municipalities)
    // h and l move to the pane beside on screen; at the left and right edges the focus stays.
    #expect(press([.character("h")], from: start()).0.focus == .municipalities)
    #expect(press([.character("l"), .right], from: start()).0.focus == .cycle)
    #expect(press([.character("l"), .right, .right, .character("l")], from: start()).0.focus == .cycle)
    #expect(press([.character("t"), .character("l")], from: start()).0.focus == .profile)
    #expect(press([.character("t"), .character("l"), .left], from: start()).0.focus == .checks)
    #expect(press([.character("t"), .left], from: start()).0.focus == .municipalities)
  }

  /// `'` then letters jumps to the first name that starts with them; bare letters stay commands.
  @Test func jumpByThePrefixOfAName() {
    var state = press([.character("'"), .character("h"), .character("e")], from: start()).0
    #expect(state.selectedCode == code("Heerenveen"))
    state = press([.character("l")], from: state).0
    #expect(state.selectedCode == code("Hellendoorn"))
    state = press([.backspace, .character("q")], from: state).0
    #expect(state.mode == .jump(prefix: "heq"), "q is a letter while jumping")
    #expect(state.selectedCode == code("Heerenveen"), "back to he, then no name starts with heq: the selection stays")
    let footer = DashboardView.render(data: shippedData, state: state, width: 120, height: 40).lines.last ?? ""
    #expect(footer.contains("' heq▏"), "\(footer)")
    let done = press([.enter], from: state)
    #expect(done.0.mode == .list && done.1.isEmpty && done.0.selectedCode == code("Heerenveen"))
  }

  @Test func sortCyclesAndTheSelectionStays() {
    var state = press([.character("s")], from: start("Zutphen")).0
    #expect(state.sort == .province && state.selectedCode == code("Zutphen"))
    let provinces = DashboardContext(data: shippedData, state: state).visible.map {
      shippedData.registry[$0.code]!.province
    }
    #expect(provinces == provinces.sorted())
    // The order is in the list's title at every width; the count and the name give way first.
    let wide = DashboardView.render(data: shippedData, state: state, width: 200, height: 60).lines[1]
    #expect(wide.contains("Gemeenten (21) ↓provincie"), "\(wide)")
    for width in [80, 120] {
      let title = DashboardView.render(data: shippedData, state: state, width: width, height: 40).lines[1]
      #expect(title.contains("↓provincie"), "\(title)")
    }
    state = press(Array(repeating: .character("s"), count: 5), from: state).0
    #expect(state.sort == .name, "six orders, then back to the first")
  }

  @Test func xInAComparisonAndXClearsMarks() {
    var state = press(
      [.character(" "), .down, .character(" "), .down, .character(" "), .character("c"), .right, .character("x")],
      from: start()
    ).0
    #expect(state.comparison?.codes == [codes[0], codes[2]])
    #expect(state.comparison?.focus == 1)
    state = press([.character("x")], from: state).0
    #expect(state.mode == .list, "with two left, x goes back to the list")
    #expect(state.marked.count == 3)
    let footer = DashboardView.render(data: shippedData, state: state, width: 120, height: 40).lines.last ?? ""
    #expect(footer.contains("3 gemarkeerd"), "\(footer)")
    #expect(press([.character("X")], from: state).0.marked.isEmpty)
    let five = press(
      Array(repeating: [Key.character(" "), .down], count: 5).flatMap { $0 } + [.character("c")], from: start()
    ).0
    #expect(five.notice.map(NoticeWords.text)?.hasPrefix("Te veel gemarkeerd (5)") == true)
  }

  @Test func enterActsOnTheFocusedPanesOwnSelection() {
    // Peel en Maas: forms in the Schaalniveau pane are selectable; Enter there opens that form, not the ladder's.
    let state = press([.tab, .tab, .tab, .down], from: start("Peel en Maas")).0
    #expect(state.focus == .scale && state.selectedScaleForm == 1)
    let opened = press([.enter], from: state).0
    #expect(opened.overlay == .details)
    let context = DashboardContext(data: shippedData, state: opened)
    #expect(context.selectedForm?.id == ScalePane.forms(context)[1].id)
    #expect(
      press([.tab, .tab, .enter], from: start("Peel en Maas")).0.overlay == nil, "Enter in the cycle pane opens nothing"
    )
  }

  @Test func ladderSelectsFormsAndEnterOpensDetails() {
    // The guide's record of Peel en Maas: four forms.
    let (state, _) = press(
      [.enter, .down, .character("j"), .down, .enter], from: start("Peel en Maas"), data: guideData)
    #expect(state.focus == .ladder)
    #expect(state.selectedForm == 3, "four forms: stops at the last")
    #expect(state.overlay == .details)
    let context = DashboardContext(data: guideData, state: state)
    #expect(context.selectedForm?.name == context.analysis?.formsInLadderOrder.last?.name)
    let (closed, effects) = press([.escape], from: state)
    #expect(closed.overlay == nil && closed.mode == .list)
    #expect(effects.isEmpty, "Esc in an overlay closes it, it does not quit")
  }

  @Test func otherPanesScrollWithinTheirContent() {
    let (state, _) = press([.backTab, .down, .down, .pageDown, .pageDown, .pageDown], from: start("Peel en Maas"))
    #expect(state.focus == .profile)
    let maxScroll = DashboardView.frame(data: shippedData, state: state, width: width, height: height).viewport.pane(
      .profile
    ).maxScroll
    #expect(maxScroll > 0)
    #expect(state.scroll[.profile] == maxScroll)
    #expect(press([.character("g")], from: state).0.scroll[.profile] == 0)
  }

  @Test func filterNarrowsAsYouTypeAndEscClears() {
    var (state, _) = press([.character("/")] + "peël".map { Key.character($0) }, from: start())
    #expect(state.mode == .filterEditing)
    #expect(state.filter == "peël")
    #expect(state.selectedCode == code("Peel en Maas"), "accent-insensitive, selection follows the only match")
    state = press([.backspace, .backspace, .backspace, .backspace], from: state).0
    #expect(state.filter == "")
    state = press("GM03".map { Key.character($0) } + [.enter], from: state).0
    #expect(state.mode == .list)
    #expect(state.filter == "GM03")
    #expect(DashboardContext(data: shippedData, state: state).visible.map(\.code) == ["GM0307", "GM0301"])
    let (cleared, quitEffects) = press([.escape], from: state)
    state = cleared
    #expect(state.filter == "" && quitEffects.isEmpty, "Esc clears the filter before it quits")
    #expect(press([.character("/")] + "utrecht".map { Key.character($0) }, from: start()).0.selectedCode == "GM0307")
    let (typed, typedEffects) = press([.character("/"), .character("q"), .character("?")], from: start())
    #expect(typed.filter == "q?" && typedEffects.isEmpty && typed.overlay == nil, "while typing, q and ? are text")
    #expect(press([.character("/"), .character("x"), .escape], from: start()).0.filter == "")
  }

  @Test func aNewSearchReplacesTheOldTextAndCtrlUClears() {
    let kept = press([.character("/")] + "gelder".map { Key.character($0) } + [.enter], from: start()).0
    #expect(kept.filter == "gelder")
    // `/` again: the old text is selected, so typing replaces it.
    let replaced = press([.character("/")] + "utr".map { Key.character($0) }, from: kept).0
    #expect(replaced.filter == "utr")
    // Arrows and Enter keep it; Ctrl-U clears it while typing goes on.
    #expect(press([.character("/"), .enter], from: kept).0.filter == "gelder")
    #expect(press([.character("/"), .down, .character("s")], from: kept).0.filter == "gelders")
    #expect(press([.character("/"), .down, .control("u")], from: kept).0.filter == "")
  }

  @Test func theSelectionStaysWhenTypingPassesThroughZeroMatches() {
    let state = press([.character("/")] + "zutphenx".map { Key.character($0) }, from: start("Zutphen")).0
    #expect(DashboardContext(data: shippedData, state: state).visible.isEmpty)
    #expect(state.selectedCode == code("Zutphen"))
    #expect(press([.backspace], from: state).0.selectedCode == code("Zutphen"))
  }

  @Test func snapshotIsAnEffect() {
    let (state, effects) = press([.character("p")], from: start())
    #expect(effects == [.writeSnapshot])
    #expect(state.selectedCode == code("Almere"))
    #expect(press([.character("?"), .character("p")], from: start()).1 == [.writeSnapshot])
  }

  @Test func overlaysOpenScrollAndClose() {
    let help = press([.character("?")], from: start()).0
    #expect(help.overlay == .help)
    #expect(press([.character("?"), .character("?")], from: start()).0.overlay == nil)
    let glossary = press([.character("b"), .down, .down, .pageDown], from: start()).0
    #expect(glossary.overlay == .glossary)
    #expect(overlayScroll(glossary)! > 2)
    #expect(overlayScroll(press([.character("b"), .character("G"), .character("g")], from: start()).0) == 0)
    #expect(press([.character("b"), .character("q")], from: start()).0.overlay == nil)
    #expect(press([.character("b"), .enter], from: start()).0.overlay == nil)
  }

  @Test func qQuitsAtOnceWhenNothingIsLostAndEscNeverQuits() {
    #expect(press([.character("q")], from: start()).1 == [.quit])
    for keys: [Key] in [
      [.escape], [.escape, .escape], [.character("t"), .escape], [.character("b"), .escape, .escape],
      [.character("/"), .escape, .escape],
    ] {
      let (state, effects) = press(keys, from: start())
      #expect(effects.isEmpty && state.mode == .list, "\(keys)")
    }
  }

  @Test func qAsksFirstWhenMarksOrAFilterWouldBeLost() {
    let marked = press([.character(" "), .down, .character(" "), .character("q")], from: start())
    guard case .confirmation = marked.0.mode else {
      Issue.record("q with marks asks")
      return
    }
    #expect(marked.1.isEmpty)
    let footer = DashboardView.render(data: shippedData, state: marked.0, width: 120, height: 40).lines.last ?? ""
    #expect(footer.contains("Stoppen? 2 markeringen gaan verloren. q = stoppen, andere toets = blijven"), "\(footer)")
    #expect(press([.character("q")], from: marked.0).1 == [.quit], "a second q quits")
    let stayed = press([.character("j")], from: marked.0)
    #expect(
      stayed.1.isEmpty && stayed.0.mode == .list && stayed.0.marked.count == 2,
      "any other key stays, and does nothing else")
    #expect(stayed.0.selectedCode == marked.0.selectedCode)
    let filtered = press([.character("/"), .character("a"), .enter, .character("q")], from: start()).0
    let question = DashboardView.render(data: shippedData, state: filtered, width: 120, height: 40).lines.last ?? ""
    #expect(question.contains("Stoppen? Het filter gaat verloren."), "\(question)")
  }

  @Test func everyBindingIsCovered() {
    // A binding added to the table fails this test until it is listed here, as a reminder to give it a test
    // above; the list itself proves nothing about behaviour.
    let tested: Set<String> = [
      "↑ k", "↓ j", "← h", "→ l", "S-Tab", "Tab", "PgUp", "PgDn", "g Home", "G End", "Enter", "/", "'", "s", "X", "p",
      "b", "?", "Esc", "q", "t", "P", "o", "Spatie", "c", "n", "m", "[", "]", "v", "e",
    ]
    #expect(Set(ListUpdate.keys.map(\.keyLabel)) == tested)
    // The editor's keys: EditorTests.
    #expect(
      Set(EditorUpdate.keys.map(\.keyLabel)) == [
        "Enter", "Tab", "S-Tab", "→", "↑", "↓", "PgUp", "PgDn", "^F", "^U", "^X", "^D", "^E", "^S", "F1", "Esc",
      ])
    #expect(
      Set(ComparisonUpdate.keys.map(\.keyLabel)) == [
        "← h", "→ l", "↑ k", "↓ j", "PgUp", "PgDn", "g Home", "G End", "d", "x", "i", "Enter", "p", "P", "?", "Esc q",
      ])
    #expect(
      Set(OverlayUpdate.keys.map(\.keyLabel)) == ["↑ k", "↓ j", "PgUp", "PgDn", "g Home", "G End", "p", "P", "Esc q"])
    #expect(Set(FilterUpdate.keys.map(\.keyLabel)) == ["↑", "↓", "Enter", "Esc", "Ctrl-U"])
    // No key is bound twice in one table.
    for table in [
      ListUpdate.keys, OverlayUpdate.keys, FilterUpdate.keys, ComparisonUpdate.keys, ConfirmationUpdate.keys,
    ] {
      let keys = table.flatMap(\.keys)
      #expect(Set(keys).count == keys.count)
    }
  }

  @Test func selectionChangeResetsFormAndScroll() {
    var state = start("Peel en Maas")
    state.focus = .ladder
    state.selectedForm = 2
    state.scroll[.profile] = 4
    state.focus = .municipalities
    let moved = press([.down], from: state).0
    #expect(moved.selectedForm == 0 && moved.scroll.isEmpty)
  }

  @Test func toetsingJumpSelectAndExplain() {
    let (state, _) = press([.character("t"), .down, .down, .down, .down, .enter], from: start("Peel en Maas"))
    #expect(state.focus == .checks)
    #expect(state.selectedFinding == 4)
    #expect(state.overlay == .finding)
    let context = DashboardContext(data: shippedData, state: state)
    #expect(ChecksPane.rows(context.checks!)[3] == .readiness, "readiness follows the three laws")
    let rules = ChecksPane.rows(context.checks!).dropFirst(4).map { row -> AttentionRule in
      guard case .rule(let rule) = row else {
        Issue.record("only rules after readiness")
        return .supportOnly
      }
      return rule
    }
    let verdicts = rules.map { rule in context.checks!.attention.first { $0.rule == rule }!.verdict }
    #expect(
      verdicts
        == verdicts.sorted {
          ($0 == .notMet ? 0 : $0 == .undecidable ? 1 : 2) < ($1 == .notMet ? 0 : $1 == .undecidable ? 1 : 2)
        },
      "raised rules first, then undecidable, then not applicable")
    #expect(press([.character("t"), .character("G")], from: start()).0.selectedFinding == 13)
    #expect(press([.character("t"), .character("q")], from: start()).1 == [.quit])
  }

  @Test func overviewOverlay() {
    let state = press([.character("o")], from: start()).0
    #expect(state.overlay == .overview)
    #expect(press([.character("o"), .character("o")], from: start()).0.overlay == nil)
  }

  @Test func markCompareToggleAndBack() {
    var (state, _) = press([.character(" "), .down, .character(" "), .down, .down, .character(" ")], from: start())
    #expect(state.marked == [codes[0], codes[1], codes[3]])
    state = press([.up, .up, .character(" ")], from: state).0
    #expect(state.marked == [codes[0], codes[3]], "Space again unmarks")
    state = press([.character("c")], from: state).0
    #expect(state.comparison?.codes == [codes[0], codes[3]])
    state = press([.right, .right, .character("l")], from: state).0
    #expect(state.comparison?.focus == 1, "the focus stops at the last column")
    state = press([.character("d")], from: state).0
    #expect(state.differencesOnly)
    let (back, backEffects) = press([.escape], from: state)
    state = back
    #expect(state.comparison == nil && backEffects.isEmpty)
    #expect(state.marked == [codes[0], codes[3]], "marks survive going back")
  }

  @Test func compareNeedsTwoToFourMarks() {
    let one = press([.character(" "), .character("c")], from: start()).0
    #expect(one.comparison == nil)
    #expect(notice(one) == "Markeer eerst 2 tot 4 gemeenten met de spatiebalk (nu 1).")
    let five = press(
      Array(repeating: [Key.character(" "), .down], count: 5).flatMap { $0 } + [.character("c")], from: start()
    ).0
    #expect(five.comparison == nil && five.marked.count == 5)
  }

  @Test func neighboursWithProfiles() {
    // Deventer borders Zutphen, Raalte and others; Apeldoorn too. Only those with a profile are compared.
    let state = press([.character("n")], from: start("Deventer")).0
    let deventer = shippedData.registry["GM0150"]!
    #expect(state.comparison?.codes.first == "GM0150")
    for code in state.comparison!.codes.dropFirst() {
      #expect(deventer.neighbours.contains(code))
      #expect(shippedData.profiles.contains { $0.code == code })
    }
    #expect(state.comparison!.codes.count >= 2)
    let lonely = press([.character("n")], from: start("Tilburg")).0
    #expect(lonely.comparison == nil)
    #expect(
      notice(lonely)?.hasPrefix("Buren van Tilburg: Dongen, Gilze en Rijen, Goirle, ") == true,
      "\(notice(lonely) ?? "")")
    #expect(notice(lonely)?.hasSuffix("geen ervan heeft een profiel (betrokken new GEMEENTE maakt er een).") == true)
  }

  @Test func membersOfASharedBody() throws {
    // In the guide, Deventer's only form is the Stedenvierkant, a body shared with Apeldoorn, Harderwijk and Zutphen.
    var state = start("Deventer")
    state.focus = .ladder
    let context = DashboardContext(data: guideData, state: state)
    #expect(context.selectedForm?.sharedBodyID == "stedenvierkant")
    let compared = press([.character("m")], from: state, data: guideData).0
    #expect(compared.comparison?.codes == ["GM0150", "GM0200", "GM0243", "GM0301"])
    // Outside the ladder, or on a form of one municipality, m says what it needs.
    let elsewhere = press([.character("m")], from: start("Deventer")).0
    #expect(elsewhere.comparison == nil)
    #expect(
      notice(elsewhere)
        == "Kies eerst in de Participatieladder een gedeeld orgaan (gemarkeerd 'gedeeld:', zoals het Stedenvierkant).")
    var almere = start("Almere")
    almere.focus = .ladder
    #expect(press([.character("m")], from: almere).0.comparison == nil)
  }

  @Test func steppingThroughRecords() throws {
    // The fixture's Almere: the guide's 2015 record and a 2026 test record.
    let directory = NSTemporaryDirectory() + "betrokken-records-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.copyItem(
      atPath: packageRoot + "/Tests/Fixtures/valid-profile.json", toPath: directory + "/GM0034.json")
    let profiles = ProfileLoader.load(paths: [directory], registry: shippedData.registry).profiles
    let data = DataSet(
      registry: shippedData.registry, profiles: profiles, diagnostics: [], filesRead: 1, asOf: testAsOf)
    func press(_ keys: [Key], _ state: DashboardState) -> DashboardState {
      self.press(keys, from: state, data: data).0
    }
    let start = DashboardState(selectedCode: "GM0034")
    let older = press([.character("[")], start)
    #expect(older.viewedRecord == date("2015-09-30"))
    #expect(DashboardContext(data: data, state: older).selected?.record?.id == date("2015-09-30"))
    #expect(notice(press([.character("[")], older)) == "Dit is het oudste record van Almere.")
    #expect(press([.character("]")], older).viewedRecord == nil, "back to the record of the as-of date")
    #expect(notice(press([.character("]")], start)) == "Dit is het nieuwste record op 29 november 2026.")
    let difference = press([.character("v")], start)
    #expect(difference.overlay == .difference)
    let screen = DashboardView.render(data: data, state: difference, width: 120, height: 40)
    #expect(screen.text.contains("Verschil: 2015-09-30 → 2026-11-29"))
    // Another municipality resets the view.
    var moved = older
    moved.selectedCode = "GM0307"
    #expect(moved.viewedRecord == nil)
  }
}
