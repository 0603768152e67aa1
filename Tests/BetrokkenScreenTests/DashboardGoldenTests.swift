import Foundation
import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// The whole dashboard as text, for three municipalities of different shapes at three sizes.
/// Peel en Maas: four forms up to meebeslissen. Almere: a clean slate, two forms. Deventer: a regional form.
@Suite struct DashboardGoldenTests {
  static let municipalities = ["Peel en Maas", "Almere", "Deventer"]
  static let sizes = [(80, 24), (120, 40), (200, 60)]

  @Test(arguments: municipalities)
  func wholeScreen(_ name: String) {
    for (width, height) in Self.sizes {
      let screen = DashboardView.render(
        data: shippedData, state: DashboardState(selectedCode: code(name)),
        width: width, height: height)
      expectGolden(screen.text, "dashboard-\(code(name))-\(width)x\(height).txt")
    }
  }

  @Test func asciiStyleForOldPrinters() {
    let screen = DashboardView.render(
      data: shippedData, state: DashboardState(selectedCode: code("Deventer")),
      width: 100, height: 30, symbols: .ascii)
    expectGolden(screen.text, "dashboard-GM0150-100x30-ascii.txt")
    // Only the municipality's own letters (ë, é) may be non-ASCII; lines and symbols are ASCII.
    let nonASCII = screen.text.unicodeScalars.filter { $0.value > 0x7E && !$0.properties.isAlphabetic }
    #expect(nonASCII.isEmpty, "non-ASCII symbols: \(String(String.UnicodeScalarView(nonASCII)))")
  }

  @Test func overlaysAndFocus() {
    // Reached by keys: Tab to the ladder, ↓ to its second form, Enter for its details; ? and b from the ladder.
    let state = pressing([.tab, .down], from: DashboardState(selectedCode: code("Peel en Maas")))
    #expect(state.focus == .ladder && state.selectedForm == 1)
    expectGolden(
      DashboardView.render(data: shippedData, state: state, width: 120, height: 40).text,
      "dashboard-GM1894-ladder-focus.txt")
    expectGolden(
      DashboardView.render(data: shippedData, state: pressing([.enter], from: state), width: 120, height: 40).text,
      "overlay-details-GM1894.txt")
    expectGolden(
      DashboardView.render(data: shippedData, state: pressing([.character("?")], from: state), width: 100, height: 44)
        .text,
      "overlay-help.txt")
    expectGolden(
      DashboardView.render(data: shippedData, state: pressing([.character("b")], from: state), width: 100, height: 70)
        .text,
      "overlay-glossary.txt")
  }

  @Test func toetsingAndOverview() {
    var state = pressing(
      [.character("t"), .down, .down, .down, .down], from: DashboardState(selectedCode: code("Peel en Maas")))
    #expect(state.focus == .checks && state.selectedFinding == 4)
    expectGolden(
      DashboardView.render(data: shippedData, state: state, width: 120, height: 40).text,
      "dashboard-GM1894-checks-focus.txt")
    state = pressing([.enter], from: state)
    #expect(state.overlay == .finding)
    expectGolden(
      DashboardView.render(data: shippedData, state: state, width: 120, height: 40).text,
      "overlay-finding-GM1894-rule.txt")
    state.selectedFinding = 3
    expectGolden(
      DashboardView.render(data: shippedData, state: state, width: 120, height: 40).text,
      "overlay-finding-GM1894-readiness.txt")
    state.selectedFinding = 0
    expectGolden(
      DashboardView.render(data: shippedData, state: state, width: 120, height: 50).text,
      "overlay-finding-GM1894-wmo.txt")
    expectGolden(OverviewReport.text(shippedData, width: 100, symbols: .unicode), "overview-100.txt")
  }

  @Test func headerMarksALegalItemNotMet() throws {
    // No shipped record states that an ordinance is missing, so none has an item "not met": use a copy of one
    // whose current record states that no Wmo ordinance is in force.
    var data = shippedData
    let almere = try #require(data.profiles.firstIndex { $0.code == "GM0034" })
    let current = data.profiles[almere].records.count - 1
    let source = data.profiles[almere].records[current].sources[0].id
    data.profiles[almere].records[current].regulationLists[.wmo2015] = .known(
      .noOrdinance, Citation(sourceID: source, section: nil))
    var state = DashboardState(selectedCode: "GM0034")
    let screen = DashboardView.render(data: data, state: state, width: 120, height: 40)
    #expect(screen.lines[0].hasSuffix("✗ wettelijk onderdeel niet voldaan (t)  record 2026-11-29  1/21"))
    #expect(screen.lines.contains { $0.contains("Wmo 2015        ✗ ✗ ✗ ✗ ✗ ✗") })
    state.selectedCode = "GM0307"
    #expect(!DashboardView.render(data: data, state: state, width: 120, height: 40).lines[0].contains("✗"))
  }

  @Test func filteredList() {
    let state = pressing(
      [.character("/")] + "gelder".map { Key.character($0) }, from: DashboardState(selectedCode: code("Zutphen")))
    #expect(state.mode == .filterEditing && state.filter == "gelder")
    expectGolden(
      DashboardView.render(data: shippedData, state: state, width: 80, height: 24).text,
      "dashboard-filter-gelder.txt")
  }

  @Test func tooSmall() {
    let screen = DashboardView.render(
      data: shippedData, state: DashboardState(selectedCode: code("Almere")),
      width: 30, height: 10)
    expectGolden(screen.text, "too-small-30x10.txt")
    for (w, h) in [(1, 1), (2, 1), (1, 2), (59, 30), (200, 17), (0, 0)] {
      let s = DashboardView.render(
        data: shippedData, state: DashboardState(selectedCode: code("Almere")), width: w, height: h)
      #expect(s.lines.count == h)
    }
  }
}

/// Each pane alone, drawn into a frame of its own, so a change to one pane shows up in its own golden.
/// The panes on the guide's records (2015-09-30): the richest content, with disputes and the shared body.
@Suite struct PaneGoldenTests {
  nonisolated(unsafe) static let panes: [(String, (DashboardContext, Int, Symbols) -> [StyledLine])] = [
    ("ladder", { LadderPane.lines($0, width: $1, symbols: $2) }),
    ("cycle", { CyclePane.lines($0, width: $1, symbols: $2) }),
    ("scale", { ScalePane.lines($0, width: $1, symbols: $2) }),
    ("profile", { ProfilePane.lines($0, width: $1, symbols: $2) }),
    ("checks", { ChecksPane.lines($0, width: $1, symbols: $2) }),
  ]

  @Test(arguments: DashboardGoldenTests.municipalities)
  func eachPane(_ name: String) {
    let context = DashboardContext(data: guideData, state: DashboardState(selectedCode: code(name)))
    for (pane, lines) in Self.panes {
      for width in [30, 60] {
        let content = lines(context, width, .unicode)
        var screen = Screen(width: width + 4, height: content.count + 2)
        screen.drawPane(screen.bounds, title: pane, focused: false, lines: content)
        expectGolden(screen.text, "pane-\(pane)-\(code(name))-\(width).txt")
      }
    }
  }
}

/// The comparison for 2, 3 and 4 municipalities at 80×24 and 160×50, with and without "differences only".
@Suite struct ComparisonGoldenTests {
  static let sets: [[String]] = [
    ["Almere", "Amersfoort"], ["Almere", "Amersfoort", "Peel en Maas"],
    ["Almere", "Amersfoort", "Peel en Maas", "Deventer"],
  ]

  @Test(arguments: sets)
  func screens(_ names: [String]) {
    for (width, height) in [(80, 24), (160, 50)] {
      for differencesOnly in [false, true] {
        var state = DashboardState(
          selectedCode: code(names[0]), mode: .comparison(ComparisonMode(codes: names.map(code))))
        state.differencesOnly = differencesOnly
        let screen = DashboardView.render(data: shippedData, state: state, width: width, height: height)
        let name = "compare-\(names.count)-\(width)x\(height)\(differencesOnly ? "-diff" : "").txt"
        expectGolden(screen.text, name)
      }
    }
  }

  @Test func csv() {
    let profiles = ["Almere", "Amersfoort", "Peel en Maas"].map { shippedData.situation(matching: $0)! }
    expectGolden(ComparisonCSV.text(Comparison(profiles)), "compare-3.csv")
  }

  @Test func tooNarrowSaysHowWide() {
    let state = DashboardState(
      selectedCode: code("Almere"),
      mode: .comparison(ComparisonMode(codes: ["Almere", "Amersfoort", "Peel en Maas", "Deventer"].map(code))))
    let screen = DashboardView.render(data: shippedData, state: state, width: 60, height: 24)
    #expect(screen.text.contains("Te smal voor 4 gemeenten naast elkaar:"))
    #expect(screen.text.contains("nodig \(ComparisonView.minimumWidth(columns: 4))×10, nu 60×24."))
  }

  /// The test fixture's 2026 record of Almere: a council ordinance with articles, further rules it delegates, a
  /// complete Wmo list, a participatieverordening. Shows met items with their articles and readiness item by item.
  @Test func regulationsDecideAndPracticeStandsBeside() throws {
    let directory = NSTemporaryDirectory() + "betrokken-regulations-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.copyItem(
      atPath: packageRoot + "/Tests/Fixtures/valid-profile.json", toPath: directory + "/GM0034.json")
    let result = ProfileLoader.load(paths: [directory], registry: shippedData.registry)
    #expect(result.errorCount == 0)
    let data = DataSet(
      registry: shippedData.registry, profiles: result.profiles, diagnostics: [], filesRead: 1, asOf: testAsOf)
    var state = DashboardState(selectedCode: "GM0034")
    state.focus = .checks
    expectGolden(
      DashboardView.render(data: data, state: state, width: 120, height: 40).text, "dashboard-regulations-checks.txt")
    state.mode = .overlay(OverlayMode(.finding))
    expectGolden(
      DashboardView.render(data: data, state: state, width: 120, height: 50).text, "overlay-finding-regulations-wmo.txt"
    )
    state.selectedFinding = 3
    expectGolden(
      DashboardView.render(data: data, state: state, width: 120, height: 40).text,
      "overlay-finding-regulations-readiness.txt")
  }
}
