import Foundation
import Testing

/// A municipality's records over time: `history`, `diff` in three formats, their exit codes, and the dashboard
/// stepping between records. Fixture: Almere with the guide's 2015 record and a 2026 test record.
@Suite(.serialized) struct HistoryTests {
  /// A layer holding only the fixture, read with --only-data.
  func layer() throws -> TemporaryDirectory {
    let directory = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: directory.file("profiles"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: packageRoot + "/Tests/Fixtures/valid-profile.json", toPath: directory.file("profiles/GM0034.json"))
    return directory
  }

  @Test func historyLinesAndSummary() throws {
    let data = try layer()
    let text = try run(["history", "Almere", "--only-data", data.path] + asOf)
    #expect(text.status == 0)
    let lines = text.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Almere (GM0034): 2 records")
    #expect(
      lines.contains {
        $0.hasPrefix("  2015-09-30  ")
          && $0.contains("bronnen: Burgerbetrokkenheid bij gemeentelijk beleid en uitvoering")
      })
    #expect(
      lines.contains(
        "    → 2026-11-29: 1 vorm erbij, 1 vorm beëindigd; 2 regelingen vastgesteld; 16 wettelijke onderdelen anders beoordeeld; participatieverordening: n.v.t. (voor 2025) → klaar"
      ))
    let json = try run(["history", "Almere", "--only-data", data.path, "--format", "json"] + asOf)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((object["records"] as? [[String: Any]])?.map { $0["id"] as? String } == ["2015-09-30", "2026-11-29"])
    let change = try #require((object["changes"] as? [[String: Any]])?.first)
    #expect((change["counts"] as? [String: Int])?["regulationsAdopted"] == 2)
    #expect(change["verdictsChanged"] as? Int == 16)
    let markdown = try run(["history", "Almere", "--only-data", data.path, "--format", "markdown"] + asOf)
    #expect(markdown.stdout.contains("| record | laag | bronnen | vormen die meetellen |"))
    #expect(markdown.stdout.contains("| 2026-11-29 |"))
  }

  @Test func overviewAtTwoDatesSideBySide() throws {
    let data = try layer()
    // The shipped data with the fixture's 2026 record for Almere on top.
    let result = try run(["overview", "--data", data.path, "--compare-with", "2015-09-30"] + asOf)
    #expect(result.status == 0, "\(result.stderr)")
    expectGoldenOutput(result.stdout, "overview-compare-2015-09-30-2026-11-29.txt")
    // Either order gives the same columns, earlier first.
    let reversed = try run(["overview", "--data", data.path, "--as-of", "2015-09-30", "--compare-with", testAsOfText])
    #expect(reversed.stdout == result.stdout)
    #expect(try run(["overview", "--compare-with", "2014-12-31"] + asOf).status == 64)
    #expect(try run(["overview", "--compare-with", "vorig jaar"] + asOf).status == 64)
  }

  @Test func diffInThreeFormatsAndItsExitCodes() throws {
    let data = try layer()
    let text = try run(["diff", "Almere", "--only-data", data.path] + asOf)
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("Almere (GM0034): 2015-09-30 → 2026-11-29\n"))
    #expect(text.stdout.contains("  + Klankbordgroep Jeugd: nieuw (raadplegen)\n"))
    #expect(text.stdout.contains("  − Adviesraad Sociaal Domein: niet meer (beëindigd of niet meer genoemd)\n"))
    #expect(
      text.stdout.contains("  ~ Wmo 2015 (b) vroeg gevraagd en ongevraagd adviseren: niet te beoordelen → voldaan\n"))
    #expect(
      text.stdout.contains(
        "  ~ Participatiewet (b) [Pw (a)] vroeg gevraagd en ongevraagd adviseren: niet te beoordelen → voldaan\n"))
    let json = try run(
      ["diff", "Almere", "2015-09-30", "2026-11-29", "--only-data", data.path, "--format", "json"] + asOf)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((object["forms"] as? [[String: Any]])?.map { $0["change"] as? String } == ["added", "ended"])
    #expect((object["readiness"] as? [String: String]) == ["from": "notApplicable", "to": "ready"])
    let markdown = try run(["diff", "Almere", "--only-data", data.path, "--format", "markdown"] + asOf)
    #expect(markdown.stdout.contains("| + | Klankbordgroep Jeugd: nieuw (raadplegen) |"))
    // The same record twice: nothing changed, still exit 0.
    let same = try run(["diff", "Almere", "2026-11-29", "2026-11-29", "--only-data", data.path] + asOf)
    #expect(same.status == 0)
    #expect(same.stdout.contains("  geen verschil\n"))
    // A date between records picks the older one.
    let between = try run(["diff", "Almere", "2020-01-01", "--only-data", data.path] + asOf)
    #expect(between.stdout.hasPrefix("Almere (GM0034): 2015-09-30 → 2026-11-29\n"))
    #expect(try run(["diff", "Almere", "2010-01-01", "--only-data", data.path] + asOf).status == 3)
    #expect(try run(["diff", "Atlantis", "--only-data", data.path] + asOf).status == 3)
    #expect(try run(["diff", "Almere", "gisteren", "--only-data", data.path] + asOf).status == 64)
    #expect(try run(["history", "Atlantis"] + asOf).status == 3)
  }

  @Test func theDashboardStepsBetweenRecordsAndShowsTheDifference() throws {
    let data = try layer()
    let session = try TmuxSession(
      "\(dutchLanguagePrefix) XDG_DATA_HOME=\(shellQuote(isolatedDataHome)) \(shellQuote(binary)) Almere --only-data \(shellQuote(data.path)) --as-of 2026-11-29",
      width: 120, height: 40)
    _ = try session.waitForText("q stop")
    try session.send("[")
    var screen = try session.waitForText("record 2015-09-30 (11 jaar oud)")
    #expect(screen.contains("Adviesraad Sociaal Domein"))
    try session.send("]")
    screen = try session.waitFor("back to the newest record") {
      !$0.contains("record 2015-09-30") && $0.contains("Klankbordgroep")
    }
    try session.send("v")
    screen = try session.waitForText("Verschil: 2015-09-30 → 2026-11-29")
    #expect(screen.contains("+ Klankbordgroep Jeugd: nieuw (raadplegen)"))
    // Esc and q apart: an Esc with a byte right behind it is an Alt-key, which does nothing.
    try session.send("Escape")
    try session.waitFor("difference closed") { !$0.contains("Verschil:") }
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }
}
