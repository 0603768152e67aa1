import Foundation
import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("ë", 1), ("â", 1), ("e\u{0301}", 1), ("東", 2), ("🏘️", 2), ("👍", 2), ("│", 1), ("…", 1),
    ("\u{1B}", 0), ("\u{200B}", 0),
  ])
  func clusters(_ text: String, _ width: Int) {
    #expect(DisplayWidth.of(Character(text)) == width)
  }

  @Test func strings() {
    #expect(DisplayWidth.of("Súdwest-Fryslân") == 15)
    #expect(DisplayWidth.of("東京都") == 6)
    #expect(DisplayWidth.of("Zoë 🏘️") == 6)
  }
}

/// Columns as a terminal shows them, for the text these tests use, decided without `DisplayWidth`: emoji (Unicode's
/// Emoji_Presentation property, or variation selector 16), kana (U+3040–30FF) and CJK unified ideographs
/// (U+4E00–9FFF) take two columns, every other cluster one.
func referenceColumns(_ character: Character) -> Int {
  let scalars = character.unicodeScalars
  if scalars.contains(where: { $0.value == 0xFE0F || $0.properties.isEmojiPresentation }) { return 2 }
  return scalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) } ? 2 : 1
}

func referenceColumns(_ text: some StringProtocol) -> Int {
  text.reduce(0) { $0 + referenceColumns($1) }
}

@Suite struct ScreenGridTests {
  /// The columns a row occupies, by the reference measure: each cell's cluster, its continuation cell nothing.
  /// A wide cluster must be followed by its continuation cell and a narrow one not.
  func rowWidth(_ screen: Screen, _ y: Int) -> Int {
    (0..<screen.width).reduce(0) { sum, x in
      let cell = screen[x, y]
      guard !cell.isContinuation else { return sum }
      let columns = referenceColumns(Character(cell.text))
      let continued = x + 1 < screen.width && screen[x + 1, y].isContinuation
      #expect(continued == (columns == 2), "cell \(x),\(y) \(cell.text.debugDescription)")
      return sum + columns
    }
  }

  @Test func truncationEndsInEllipsisNeverMidCluster() {
    var screen = Screen(width: 10, height: 1)
    screen.put("東京都の区役所です", x: 0, y: 0)
    #expect(screen.lines == ["東京都の…"])
    #expect(rowWidth(screen, 0) == 10)
    var odd = Screen(width: 9, height: 1)
    odd.put("東京都の区役所です", x: 0, y: 0)
    #expect(odd.lines == ["東京都の…"])
    #expect(rowWidth(odd, 0) == 9)
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var screen = Screen(width: 4, height: 1)
    screen.put("東京", x: 0, y: 0)
    screen.put("x", x: 1, y: 0)
    #expect(screen.lines == [" x京"])
    #expect(rowWidth(screen, 0) == 4)
  }

  @Test func asciiOnlyTransliteratesInsteadOfDropping() {
    var screen = Screen(width: 30, height: 1, symbols: .asciiOnly)
    screen.put("Súdwest-Fryslân ë 東 → ●", x: 0, y: 0)
    #expect(screen.lines == ["Sudwest-Fryslan e ?? > *"])
  }

  @Test func textTableAlignsAccentedAndWideNames() {
    var table = TextTable(columns: [.init("naam"), .init("inwoners", alignment: .right)])
    table.append(["Súdwest-Fryslân", "91.000"])
    table.append(["Zoë 東京", "1"])
    #expect(
      table.rendered == """
        naam             inwoners
        ---------------  --------
        Súdwest-Fryslân    91.000
        Zoë 東京                1

        """)
  }

  @Test func controlCharactersNeverReachTheGrid() {
    var screen = Screen(width: 20, height: 1)
    screen.put("a\u{1B}[31mb\u{9B}c\u{202E}d\nz", x: 0, y: 0)
    #expect(screen.lines == ["a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}d z"])
    #expect(!screen.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  /// A synthetic municipality with ë, â, combining marks, CJK and emoji keeps every row at exactly W columns.
  @Test(arguments: [80, 81, 97, 120, 200, 250])
  func wideAndAccentedNamesKeepRowsExact(_ width: Int) throws {
    let data = try syntheticWideData()
    for code in data.profiles.map(\.code) {
      var state = DashboardState(selectedCode: code)
      for focus in PaneID.allCases {
        state.focus = focus
        for overlay in [nil, OverlayKind.details] {
          state.mode = overlay.map { .overlay(OverlayMode($0)) } ?? .list
          let screen = DashboardView.render(data: data, state: state, width: width, height: 30)
          for y in 0..<screen.height {
            #expect(
              rowWidth(screen, y) == width,
              "row \(y) of \(code) at \(width) focus \(focus) overlay \(overlay): \(screen.lines[y])")
          }
          for line in screen.lines {
            #expect(referenceColumns(line) <= width)
            #expect(!line.hasSuffix(" "))
          }
        }
      }
    }
  }

  func syntheticWideData() throws -> DataSet {
    let registry = MunicipalityRegistry([
      Municipality(
        code: "GM0001", name: "Synthetisch Zoë-Noël", province: "Fryslân", population: 1, areaKm2: 1,
        neighbours: ["GM0002"]),
      Municipality(
        code: "GM0002", name: "Synthetisch 東京都 🏘️ Château", province: "Noord-Brabant", population: 2, areaKm2: 2,
        neighbours: ["GM0001"]),
    ])
    let directory = NSTemporaryDirectory() + "betrokken-wide-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let fixture = try String(contentsOfFile: packageRoot + "/Tests/Fixtures/valid-profile.json", encoding: .utf8)
    for m in registry.municipalities {
      let text = fixture.replacingOccurrences(of: "GM0034", with: m.code)
        .replacingOccurrences(of: "\"Almere\"", with: "\"\(m.name)\"")
        .replacingOccurrences(of: "Adviesraad Sociaal Domein", with: "Raad 東京 🏘️ ë\u{0301}â 社会福祉協議会 de Zoë-Noël-Château")
        .replacingOccurrences(of: "\"scale\": \"local\"", with: "\"scale\": \"regional\"")
        .replacingOccurrences(
          of: "\"memberMunicipalities\": null", with: "\"memberMunicipalities\": [\"GM0001\", \"GM0002\"]")
      try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/\(m.code).json"))
    }
    let result = ProfileLoader.load(paths: [directory], registry: registry)
    #expect(result.errorCount == 0, "\(result.diagnostics.map(DiagnosticWords.line))")
    return DataSet(registry: registry, profiles: result.profiles, diagnostics: [], filesRead: 2, asOf: testAsOf)
  }
}

@Suite struct LayoutTests {
  /// Every cell of the screen belongs to exactly one pane, the header or the footer: one expectation per layout,
  /// naming the first cell that is covered twice or not at all.
  @Test func panesNeverOverlapAndStayInside() {
    for width in stride(from: 80, through: 250, by: 7) {
      for height in stride(from: 24, through: 70, by: 5) {
        let layout = DashboardLayout(width: width, height: height)
        let rects = PaneID.allCases.map { layout.panes[$0] } + [layout.header, layout.footer]
        var coverage = [Int](repeating: 0, count: width * height)
        var outside: Rect?
        for rect in rects {
          guard rect.x >= 0, rect.y >= 0, rect.maxX <= width, rect.maxY <= height else {
            outside = rect
            continue
          }
          for y in rect.y..<rect.maxY { for x in rect.x..<rect.maxX { coverage[y * width + x] += 1 } }
        }
        let wrong = coverage.firstIndex { $0 != 1 }
        #expect(
          outside == nil && wrong == nil,
          "\(width)×\(height): \(outside.map { "\($0) outside" } ?? "")\(wrong.map { "cell \($0 % width),\($0 / width) covered \(coverage[$0]) times" } ?? "")"
        )
      }
    }
  }

  @Test func splitByConstraints() {
    let rect = Rect(x: 0, y: 0, width: 100, height: 1)
    #expect(Layout.split(rect, .horizontal, [.length(20), .fill(1), .fill(1)]).map(\.width) == [20, 40, 40])
    #expect(Layout.split(rect, .horizontal, [.percentage(25), .fill(3), .fill(1)]).map(\.width) == [25, 56, 19])
    #expect(Layout.split(rect, .horizontal, [.length(80), .length(40)]).map(\.width) == [80, 20])
    #expect(Layout.split(rect, .horizontal, [.min(10), .min(10)]).map(\.width) == [50, 50])
  }
}

/// Each phase row ends with its marker: "?" when forms may be involved in it but their phases are unknown, "!" when
/// no form is known to be. At every width the layout gives the Beleidscyclus pane (80 to 250 columns), for every
/// shipped profile, the marker is never cut.
@Suite struct CycleMarkerTests {
  static let paneWidths: [Int] = {
    var widths = Set<Int>()
    for width in 80...250 {
      for height in [24, 40, 60] {
        widths.insert(DashboardLayout(width: width, height: height).panes[.cycle].width - 4)
      }
    }
    return widths.sorted()
  }()

  @Test func theLayoutGivesTheRangeTested() {
    #expect(Self.paneWidths.first! <= 32 && Self.paneWidths.last! >= 60, "\(Self.paneWidths)")
  }

  @Test(arguments: shippedData.situations.map(\.code))
  func unknownMarkerSurvives(_ code: String) throws {
    let context = DashboardContext(data: shippedData, state: DashboardState(selectedCode: code))
    let analysis = try #require(context.analysis)
    for width in Self.paneWidths {
      let lines = CyclePane.lines(context, width: width, symbols: .unicode)
      var screen = Screen(width: width, height: lines.count)
      for (y, line) in lines.enumerated() { screen.put(line, x: 0, y: y, width: width) }
      for phase in Phase.allCases {
        let row = try #require(screen.lines.first { $0.hasPrefix(String(phase.label.prefix(3))) }, "\(phase)")
        switch analysis.phaseStatus(phase) {
        case .unknown: #expect(row.hasSuffix(" ?"), "\(code) at \(width): \(row)")
        case .none: #expect(row.contains(" !"), "\(code) at \(width): \(row)")
        case .involved: #expect(!row.hasSuffix("?") && !row.contains(" !"), "\(code) at \(width): \(row)")
        }
      }
    }
  }
}

@Suite struct FactWordsAndWrappingTests {
  @Test func aURLIsWrappedNeverCut() {
    let url = "https://zoek.officielebekendmakingen.nl/kst-34805-3.html"
    let lines = Wrapping.wrap("bron: \(url) (geraadpleegd)", width: 24)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
    #expect(lines.joined().replacingOccurrences(of: " ", with: "").contains(url))
    #expect(lines.contains { $0.hasSuffix("/") }, "broken after a slash where one fits")
    // Ordinary words are not broken: a word longer than the line is left whole (the screen cuts it with …).
    #expect(Wrapping.wrap("Participatieverordening", width: 10) == ["Participatieverordening"])
  }

  @Test func disputesAndEstimatesInWords() throws {
    let citation = Citation(sourceID: "leidraad", section: "3.3")
    var form = Form(id: "raad", name: "Raad", citation: citation)
    form.provenance[.rung] = .disputed([
      CitedFieldValue(value: .key(Rung.advise), citation: Citation(sourceID: "leidraad", section: "3.3")),
      CitedFieldValue(value: .key(Rung.codecide), citation: Citation(sourceID: "leidraad", section: "4.2")),
    ])
    form.members = .known(1200)
    form.provenance[.members] = .cited(Citation(sourceID: "leidraad", section: "4.2"), approximate: true)
    let profile = Profile(
      code: "GM0001", name: "T",
      records: [
        Record(
          id: testAsOf,
          sources: [
            Source(id: "leidraad", title: "Leidraad", publisher: nil, published: "2015-09-30", url: nil)
          ], forms: [form])
      ], file: "x")
    let situation = Situation(profile, asOf: testAsOf)
    #expect(
      FactWords.field(.rung, of: form, plain: nil, in: situation)
        == "adviseren (§3.3) of meebeslissen (§4.2) — de bron zegt het op twee plaatsen anders (telt als onbekend)")
    #expect(FactWords.field(.members, of: form, plain: "1.200", in: situation) == "ca. 1.200 (§4.2)")
    #expect(FactWords.field(.scale, of: form, plain: nil, in: situation) == nil)
  }
}
