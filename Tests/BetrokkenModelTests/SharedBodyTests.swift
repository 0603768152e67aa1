import BetrokkenScreen
import Foundation
import Testing

@testable import BetrokkenModel

/// A body shared by several municipalities: defined once, referenced by members, checked both ways on the as-of
/// date, and a member's practice only while it belongs to it.
@Suite struct SharedBodyTests {
  static let body = """
    {
      "formatVersion": 2,
      "id": "regioraad",
      "name": "Regionale cliëntenraad",
      "sources": [{"id": "leidraad", "title": "Burgerbetrokkenheid bij gemeentelijk beleid en uitvoering", "publisher": "Movisie", "published": "2015-09-30", "retrieved": null, "url": null}],
      "kind": "clientCouncil", "status": "existing", "from": null, "until": null, "structure": null, "contact": "indirect",
      "scale": "regional", "rung": "advise", "phases": null, "laws": ["participationAct"], "themes": null,
      "perspectives": null, "inputKinds": null, "setUpBy": "jointBoard", "advises": null, "members": null,
      "selection": null, "legalForm": null, "resultsAgreement": null, "rankAndFileLink": null,
      "memberMunicipalities": [
        {"code": "GM0034", "joined": "2016-01-01", "left": "2020-12-31", "source": "leidraad", "section": "5.3"},
        {"code": "GM0307", "joined": null, "left": null, "source": "leidraad", "section": "5.3"}
      ],
      "source": "leidraad", "section": "5.3"
    }
    """

  /// Almere references the body; Amersfoort is a member without referencing it.
  func data(asOf: String, bodies: Bool = true, reference: String = "regioraad") throws -> DataSet {
    let directory = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: directory.path + "/profiles", withIntermediateDirectories: true)
    if bodies {
      try FileManager.default.createDirectory(atPath: directory.path + "/bodies", withIntermediateDirectories: true)
      directory.write("bodies/regioraad.json", Self.body)
    }
    let almere = validProfileText.replacingOnce(
      "\"sharedBodies\": [],\n      \"boundaryChanges\": [],\n      \"forms\": [\n        {\n          \"id\": \"adviesraad-sociaal-domein\"",
      with:
        "\"sharedBodies\": [{\"body\": \"\(reference)\", \"localNote\": \"eigen afgevaardigde\", \"source\": \"leidraad\", \"section\": \"5.3\"}],\n      \"boundaryChanges\": [],\n      \"forms\": [\n        {\n          \"id\": \"adviesraad-sociaal-domein\""
    )
    directory.write("profiles/GM0034.json", almere)
    directory.write(
      "profiles/GM0307.json",
      validProfileText.replacingOccurrences(of: "GM0034", with: "GM0307")
        .replacingOccurrences(of: "\"Almere\"", with: "\"Amersfoort\""))
    let shipped = packageRoot + "/Data"
    let loaded = DataSet.load(directory: DataDirectory(path: directory.path, shipped: shipped), asOf: date(asOf))
    _ = directory  // kept alive until loaded
    return loaded
  }

  func messages(_ data: DataSet) -> [String] { data.diagnostics.map { DiagnosticWords.message($0.problem) } }

  @Test func aMemberCountsOnlyWhileItBelongs() throws {
    for (day, member) in [("2015-12-31", false), ("2016-01-01", true), ("2020-12-31", true), ("2021-01-01", false)] {
      let data = try data(asOf: day)
      let almere = try #require(data.situation(code: "GM0034"))
      #expect(almere.forms.contains { $0.sharedBodyID == "regioraad" } == member, "\(day)")
      let warned = messages(data).contains { $0.contains("noemt GM0034 op \(day) niet als lid") }
      #expect(warned == !member, "\(day): a reference outside the membership is a warning")
    }
  }

  @Test func theBodyAsAMembersForm() throws {
    let almere = try #require(try data(asOf: "2018-06-01").situation(code: "GM0034"))
    let form = try #require(almere.forms.first { $0.sharedBodyID == "regioraad" })
    #expect(form.scale == .known(.regional))
    #expect(form.memberMunicipalities == .known(["GM0034", "GM0307"]))
    #expect(form.setUpBy == .known(.jointBoard))
    #expect(almere.source(withID: "leidraad") != nil)
    #expect(InvolvementAnalysis(almere).formsByScale[.regional]?.map(\.id) == ["regioraad"])
  }

  @Test func aMemberWithoutAReferenceIsAWarningOnlyWhileAMember() throws {
    // Almere (joined 2016-01-01, left 2020-12-31) references the body; a copy of the body without that reference
    // in Almere's file would warn only during the membership. Amersfoort, member throughout, warns always.
    for day in ["2015-12-31", "2018-06-01", "2021-01-01"] {
      let warnings = messages(try data(asOf: day)).filter { $0.contains("als lid, maar het record van") }
      #expect(warnings.count == 1, "\(day): Amersfoort only")
    }
    let data = try data(asOf: "2018-06-01")
    #expect(
      messages(data).contains(
        "Regionale cliëntenraad (\(data.body(withID: "regioraad")!.file)) noemt GM0307 op 2018-06-01 als lid, maar het record van 2015-09-30 verwijst er niet naar"
      ))
    #expect(data.errorCount == 0)
  }

  @Test func anUnknownBodyIsAWarningOnlyWhenBodiesAreLoaded() throws {
    let withBodies = try data(asOf: "2018-06-01", reference: "onbekend-orgaan")
    #expect(
      messages(withBodies).contains(
        "verwijst naar orgaan \"onbekend-orgaan\", dat niet in bodies/ staat; de verwijzing telt niet mee"))
    let without = try data(asOf: "2018-06-01", bodies: false, reference: "onbekend-orgaan")
    let noted = without.diagnostics.filter { DiagnosticWords.message($0.problem).contains("onbekend-orgaan") }
    #expect(noted.map(\.severity) == [.note], "a profile on its own never fails (nor warns) for a body it cannot see")
  }

  @Test func regulationsAreNeverSharedThroughABody() throws {
    let almere = try #require(try data(asOf: "2018-06-01").situation(code: "GM0034"))
    #expect(almere.regulations.isEmpty)
    #expect(LegalCheck.findings(for: almere).allSatisfy { $0.verdict != .met })
  }
}
