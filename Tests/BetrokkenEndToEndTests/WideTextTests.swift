import Foundation
import Testing

@testable import BetrokkenScreen

/// Wide and combining text in a profile: the dashboard in tmux shows it where the snapshot (the same screen value)
/// puts it, whatever width tmux itself gives each cluster.
@Suite(.serialized) struct WideTextTests {
  /// CJK, emoji with and without a variation selector, a ZWJ sequence, precomposed and combining accents.
  static let clusters = ["中文", "❤\u{FE0F}", "☺\u{FE0F}", "👍", "👩\u{200D}👩\u{200D}👧", "ë", "e\u{0301}"]
  static let formName = clusters.joined() + " Zoë"

  /// How many columns tmux advances the cursor for a cluster, measured in tmux itself.
  func tmuxWidth(_ cluster: String) throws -> Int {
    let session = try TmuxSession("printf '%s' \(shellQuote(cluster)); sleep 30", width: 40, height: 5)
    defer { _ = try? session.tmux(["kill-server"]) }
    let x = try session.waitFor("printed") { _ in true }
    _ = x
    Thread.sleep(forTimeInterval: 0.2)
    return Int(
      try session.tmux(["display-message", "-p", "-t", session.name, "#{cursor_x}"]).trimmingCharacters(
        in: .whitespacesAndNewlines)) ?? -1
  }

  @Test func wideTextStaysInItsColumns() throws {
    let data = TemporaryDirectory()
    let fixture = try String(contentsOfFile: packageRoot + "/Tests/Fixtures/valid-profile.json", encoding: .utf8)
    // The 2026 record's form, shown in the ladder, scale and cycle panes.
    try Data(fixture.replacingOccurrences(of: "Klankbordgroep Jeugd", with: Self.formName).utf8)
      .write(to: URL(fileURLWithPath: data.file("GM0034.json")))
    let arguments = "Almere --only-data \(shellQuote(data.path)) --as-of \(testAsOfText)"

    let snapshot = try run(["snapshot", "Almere", "--only-data", data.path, "--width", "120", "--height", "40"] + asOf)
    #expect(snapshot.status == 0, "\(snapshot.stderr)")
    #expect(snapshot.stdout.contains("中文"), "the wide text is on the screen")

    // Where tmux draws a cluster narrower than the grid, the grid's second column shows as a blank after it;
    // everything after it stays in its grid column. (No test cluster is drawn wider by tmux than by the grid.)
    var expected = snapshot.stdout
    for cluster in Self.clusters {
      let grid = DisplayWidth.of(cluster)
      let tmux = try tmuxWidth(cluster)
      #expect(tmux >= 1 && tmux <= grid, "\(cluster): tmux \(tmux), grid \(grid)")
      if tmux < grid {
        expected = expected.replacingOccurrences(
          of: cluster, with: cluster + String(repeating: " ", count: grid - tmux))
      }
    }

    let session = try TmuxSession(
      "\(dutchLanguagePrefix) XDG_DATA_HOME=\(shellQuote(isolatedDataHome)) \(shellQuote(binary)) \(arguments)",
      width: 120, height: 40)
    let screen = try session.waitForText("q stop")
    func lines(_ text: String) -> [String] {
      text.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).map { line in
        var s = String(line)
        while s.last == " " { s.removeLast() }
        return s
      }
    }
    let shown = lines(screen)
    let wanted = lines(expected)
    for (y, (got, want)) in zip(shown, wanted).enumerated() {
      #expect(got == want, "row \(y)")
    }
    // The same after moving through the panes (only changed cells are sent then).
    try session.send("Tab", "Tab", "BTab", "BTab")
    let again = try session.waitFor("list focused again") { $0.contains("▸ Gemeenten") }
    #expect(lines(again) == shown)
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }
}
