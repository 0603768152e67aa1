import BetrokkenModel
import BetrokkenScreen
import Foundation
import Testing

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

/// Tests never look at today's date.
let testAsOf = CalendarDate(year: 2026, month: 11, day: 29)!

/// The shipped data, loaded once, looked at on the pinned date.
let shippedData: DataSet = {
  let path = packageRoot + "/Data"
  // As the program loads it: the shipped layer, so screens name the layer each record comes from.
  return DataSet.load(layers: [DataLayer(kind: .shipped, path: path)], shipped: path, asOf: testAsOf)
}()

/// The same data on the day the guide appeared (2015-09-30): every municipality with the guide's record, for tests
/// of what the guide describes (its forms, the shared Stedenvierkant).
let guideData: DataSet = shippedData.asOf(CalendarDate(year: 2015, month: 9, day: 30)!)

/// Compares text with a golden file in Tests/Goldens. With BETROKKEN_UPDATE_GOLDENS=1 the file is written
/// instead (then review the diff by eye before committing).
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let path = packageRoot + "/Tests/Goldens/" + name
  if ProcessInfo.processInfo.environment["BETROKKEN_UPDATE_GOLDENS"] == "1" {
    try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return
  }
  guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
    Issue.record(
      "golden file \(name) is missing; run with BETROKKEN_UPDATE_GOLDENS=1 and review it",
      sourceLocation: sourceLocation)
    return
  }
  if expected != text {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let want = line < a.count ? String(a[line]) : "<end>"
    let got = line < b.count ? String(b[line]) : "<end>"
    Issue.record(
      "\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
  }
}

func code(_ name: String) -> String {
  shippedData.situation(matching: name)!.code
}

func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

/// The state after a key script, each key given the viewport of the frame before it, as the program does.
func pressing(
  _ keys: [Key], from start: DashboardState, data: DataSet = shippedData, width: Int = 120, height: Int = 40
)
  -> DashboardState
{
  keys.reduce(start) { state, key in
    let viewport = DashboardView.frame(data: data, state: state, width: width, height: height).viewport
    return Update.update(state, .key(key), data: data, viewport: viewport).0
  }
}
