import Foundation
import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// The dashboard in English: goldens at 80×24 and 120×40, on the current records and on the guide's, and a scan
/// that no Dutch word of our tables shows on an English screen (text from the profiles and the allowlisted Dutch
/// terms excepted).
@Suite struct EnglishGoldenTests {
  func english(_ render: () -> String) -> String { Language.$current.withValue(.en) { render() } }

  /// The screens checked: each becomes a golden `*-en.txt` and is scanned for Dutch words.
  var screens: [(String, String)] {
    var result: [(String, String)] = []
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
      result.append(
        (
          "dashboard-GM1894-\(width)x\(height)-en.txt",
          english {
            DashboardView.render(
              data: shippedData, state: DashboardState(selectedCode: "GM1894"), width: width, height: height
            ).text
          }
        ))
    }
    result.append(
      (
        "dashboard-GM1894-2015-120x40-en.txt",
        english {
          DashboardView.render(data: guideData, state: DashboardState(selectedCode: "GM1894"), width: 120, height: 40)
            .text
        }
      ))
    // The matrix naming its forms, in ASCII; the overview's bars in ASCII.
    result.append(
      (
        "dashboard-GM1894-2015-200x60-ascii-en.txt",
        english {
          DashboardView.render(
            data: guideData, state: DashboardState(selectedCode: "GM1894"), width: 200, height: 60, symbols: .ascii
          ).text
        }
      ))
    result.append(
      ("overview-100-ascii-en.txt", english { OverviewReport.text(shippedData, width: 100, symbols: .ascii) }))
    var checks = DashboardState(selectedCode: "GM0074")
    checks.focus = .checks
    checks.mode = .overlay(OverlayMode(.details))
    result.append(
      (
        "overlay-details-GM0074-120x40-en.txt",
        english {
          DashboardView.render(data: shippedData, state: checks, width: 120, height: 40).text
        }
      ))
    let compare = DashboardState(
      selectedCode: "GM0034", mode: .comparison(ComparisonMode(codes: ["GM0034", "GM0307", "GM1894"])))
    result.append(
      (
        "compare-3-120x40-en.txt",
        english {
          DashboardView.render(data: guideData, state: compare, width: 120, height: 40).text
        }
      ))
    result.append(("overview-100-en.txt", english { OverviewReport.text(shippedData, width: 100, symbols: .unicode) }))
    return result
  }

  @Test func numbersFollowTheLanguage() {
    #expect(DutchNumber.format(45_819, in: .nl) == "45.819")
    #expect(DutchNumber.format(45_819, in: .en) == "45,819")
  }

  @Test func goldens() {
    for (name, text) in screens { expectGolden(text, name) }
  }

  @Test func noDutchWordOfOurTablesOnAnEnglishScreen() {
    func words(_ text: String) -> Set<String> {
      Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
    }
    let dutchOnly = Strings.table(.nl).values.reduce(into: Set<String>()) { $0.formUnion(words($1)) }
      .subtracting(Strings.table(.en).values.reduce(into: Set<String>()) { $0.formUnion(words($1)) })
      .subtracting(Strings.keptDutchTerms)
    // Text from the profiles and the register passes through in its own language.
    var fromData = Set<String>()
    for data in [shippedData, guideData] {
      for situation in data.situations {
        fromData.formUnion(words(situation.name))
        for record in situation.profile.records {
          for form in record.forms { fromData.formUnion(words(form.name)) }
          for source in record.sources {
            fromData.formUnion(words(source.title + " " + (source.publisher ?? "") + " " + (source.url ?? "")))
          }
          for regulation in record.regulations {
            fromData.formUnion(words(regulation.title + " " + (regulation.url ?? "")))
          }
          if let notes = record.choices.notes.value { fromData.formUnion(words(notes)) }
          for search in record.searches { fromData.formUnion(words(search.place)) }
        }
      }
      for m in data.registry.municipalities { fromData.formUnion(words(m.name + " " + m.province)) }
      for body in data.bodies { fromData.formUnion(words(body.name)) }
    }
    // Every English golden: the screens above, and those of the commands written by the end-to-end tests (check,
    // compare, overview, help, validate errors). The fixtures of the validate golden pass through as data too.
    let goldens = packageRoot + "/Tests/Goldens/"
    let commandGoldens =
      (try? FileManager.default.contentsOfDirectory(atPath: goldens))?.filter { $0.hasSuffix("-en.txt") } ?? []
    #expect(commandGoldens.count >= 10, "the English goldens are found")
    let fixtures = packageRoot + "/Tests/Fixtures/bad/"
    for name in (try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? [] {
      fromData.formUnion(
        words(String(decoding: FileManager.default.contents(atPath: fixtures + name) ?? Data(), as: UTF8.self)))
    }
    var all = screens
    for name in commandGoldens {
      all.append((name, (try? String(contentsOfFile: goldens + name, encoding: .utf8)) ?? ""))
    }
    for (name, text) in all {
      let found = words(text).intersection(dutchOnly).subtracting(fromData)
      #expect(found.isEmpty, "\(name): \(found.sorted())")
    }
  }
}
