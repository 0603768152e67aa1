import BetrokkenModel
import Testing

@testable import BetrokkenScreen

/// `P`, and `snapshot` and `compare` without a height: the whole view, nothing cut, no key hints.
@Suite struct DashboardDocumentTests {
  @Test func pWritesTheWholeViewInEveryMode() {
    let start = DashboardState(selectedCode: "GM0034")
    let comparing = DashboardState(
      selectedCode: "GM0034", mode: .comparison(ComparisonMode(codes: ["GM0034", "GM0307"])))
    for (keys, from) in [
      ([Key.character("P")], start), ([.character("b"), .character("P")], start), ([.character("P")], comparing),
    ] {
      var state = from
      var effects: [Effect] = []
      for key in keys {
        let viewport = DashboardView.frame(data: shippedData, state: state, width: 120, height: 40).viewport
        (state, effects) = Update.update(state, .key(key), data: shippedData, viewport: viewport)
      }
      #expect(effects == [.writeDocument], "\(keys)")
    }
  }

  @Test func theDashboardGrownToItsFullContent() {
    let document = DashboardDocument.render(
      data: shippedData, state: DashboardState(selectedCode: "GM1894"), width: 100)
    let text = document.text
    for situation in shippedData.situations {
      #expect(text.contains(situation.name), "\(situation.name) is in the list")
    }
    for pane in PaneID.allCases { #expect(text.contains(PaneTable.title(pane)), "\(pane)") }
    #expect(!text.contains("q stop") && !text.contains("↓ "), "no key hints, nothing left to scroll")
    #expect(document.lines.allSatisfy { DisplayWidth.of($0) <= 100 })
    // Taller than any screen: every line of every pane.
    #expect(document.height > 60)
  }

  @Test func aComparisonAndAnOverlayWhole() {
    let comparing = DashboardState(
      selectedCode: "GM0034", mode: .comparison(ComparisonMode(codes: ["GM0034", "GM0307", "GM1894", "GM0150"])))
    let comparison = DashboardDocument.render(data: shippedData, state: comparing, width: 120).text
    #expect(comparison.contains("Vergelijking op 2026-11-29: Almere"))
    #expect(comparison.contains("Toetsing") && !comparison.contains("Esc terug") && !comparison.contains("↓ "))
    var glossary = DashboardState(selectedCode: "GM0034")
    glossary.mode = .overlay(OverlayMode(.glossary))
    let lines = DashboardDocument.render(data: shippedData, state: glossary, width: 90).text
    #expect(lines.contains("Begrippen") && lines.contains("Participatiewet") && !lines.contains("↓ "))
  }
}

/// Short names in narrow comparison columns: unique, and never a well-known acronym.
@Suite struct AbbreviationTests {
  @Test func initialsThatReadAsAKnownAcronymAreNotUsed() {
    let short = Abbreviations(["Sociale Economische Raad", "Centraal Bureau Samenspraak", "Adviesraad Sociaal Domein"])
    #expect(short("Sociale Economische Raad") == "Soci")
    #expect(short("Centraal Bureau Samenspraak") == "Cent")
    #expect(short("Adviesraad Sociaal Domein") == "ASD")
  }
}

/// The overview's bars: proportional, the numbers beside them, in Unicode and in ASCII.
@Suite struct OverviewBarTests {
  @Test func barsInBothStyles() {
    let unicode = OverviewReport.text(shippedData, width: 100, symbols: .unicode)
    #expect(unicode.contains("adviseren       ███████████░░░░░░░░░  12/21  ?9"))
    let ascii = OverviewReport.text(shippedData, width: 100, symbols: .ascii)
    #expect(ascii.contains("adviseren       ###########.........  12/21  ?9"))
    #expect(ascii.unicodeScalars.allSatisfy { $0.value < 0x7F || $0.properties.isAlphabetic })
  }

  @Test func aSegmentOfOneIsNeverLostAndTheBarNeverOverflows() {
    let bar = Bar(
      segments: [.init(count: 1, symbol: "#", role: .met), .init(count: 99, symbol: ".", role: .unknown)], total: 100)
    let text = bar.spans.map(\.text).joined()
    #expect(text.hasPrefix("#.") && text.count == 20)
  }
}
