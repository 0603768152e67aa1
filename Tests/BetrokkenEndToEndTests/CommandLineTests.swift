import Foundation
import Testing

/// The real binary, run as a user would from a shell.
@Suite struct CommandLineTests {
  @Test func validateShippedDataPasses() throws {
    let result = try run(["validate"], directory: "/")
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(
      result.stdout
        == "21 bestanden gelezen, 21 geldig; 0 fouten, 0 waarschuwingen.\n  laag meegeleverd (\(packageRoot)/Data): 42 records van 21 gemeenten\n"
    )
  }

  @Test func validateReportsErrorsWithExitOne() throws {
    let directory = TemporaryDirectory()
    try Data("{\"formatVersion\": 1,".utf8).write(to: URL(fileURLWithPath: directory.file("GM0034.json")))
    let result = try run(["validate", directory.file("GM0034.json")])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "GM0034.json:1:21: fout: ongeldige JSON: verwacht een sleutel tussen dubbele aanhalingstekens; gevonden einde van het bestand"
      ))
  }

  @Test func validateJSONIsParseable() throws {
    let directory = TemporaryDirectory()
    try Data("".utf8).write(to: URL(fileURLWithPath: directory.file("GM0034.json")))
    let result = try run(["validate", "--format", "json", directory.path])
    #expect(result.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["errors"] as? Int == 1)
    #expect(object["valid"] as? Int == 0)
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["message"] as? String == "leeg bestand; verwacht een JSON-object met een profiel")
  }

  @Test func usageErrorsExitSixtyFour() throws {
    #expect(try run(["validate", "--format", "xml"]).status == 64)
    #expect(try run(["list", "--onbekend"]).status == 64)
    #expect(try run(["snapshot", "--width", "0"]).status == 64)
  }

  @Test func versionAndHelp() throws {
    let version = try run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("betrokken "))
    let help = try run(["--help"])
    #expect(help.stdout.contains("snapshot") && help.stdout.contains("validate") && help.stdout.contains("list"))
  }

  @Test func permissionErrorIsReported() throws {
    let directory = TemporaryDirectory()
    let file = directory.file("GM0034.json")
    try FileManager.default.copyItem(atPath: packageRoot + "/Tests/Fixtures/valid-profile.json", toPath: file)
    chmod(file, 0)
    chmod(directory.path, 0o755)
    // Root reads any file; run as nobody then, with a copy of the binary and data that nobody can read.
    var command = [binary, "validate", "--data", packageRoot + "/Data", file]
    if geteuid() == 0 {
      let shared = TemporaryDirectory()
      chmod(shared.path, 0o755)
      // cp in a child process: a file this process had open for writing could leak into a program another
      // test spawns at that moment, and exec of the copy would then fail with "text file busy".
      _ = try run([binary, shared.path], executable: "/bin/cp")
      _ = try run(["-R", packageRoot + "/Data", shared.path], executable: "/bin/cp")
      _ = try run(["-R", "a+rX", shared.path], executable: "/bin/chmod")
      command = [
        "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", shared.file("betrokken"),
        "validate", "--data", shared.file("Data"), file,
      ]
      let result = try run(Array(command.dropFirst()), executable: command[0])
      #expect(result.status == 1)
      #expect(result.stdout.hasPrefix("\(file): fout: geen leesrechten\n"), "\(result.stdout)\(result.stderr)")
      return
    }
    let result = try run(Array(command.dropFirst()), executable: command[0])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("\(file): fout: geen leesrechten\n"))
  }

  @Test func listIsAlignedWithAccents() throws {
    let result = try run(["list", "--province", "gelderland"] + asOf)
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        code    naam        provincie   inw. 2025  record      laag         vormen  hoogste trede
        ------  ----------  ----------  ---------  ----------  -----------  ------  -------------
        GM0200  Apeldoorn   Gelderland    169.222  2026-11-29  meegeleverd    0+1?  ?
        GM0243  Harderwijk  Gelderland     50.661  2026-11-29  meegeleverd    0+1?  adviseren
        GM0268  Nijmegen    Gelderland    189.850  2026-11-29  meegeleverd    0+1?  adviseren
        GM0301  Zutphen     Gelderland     49.290  2026-11-29  meegeleverd    0+2?  adviseren
        4 profielen op 2026-11-29. record: datum van de gegevens. vormen: die op die dag meetellen (2+1?: 1 met onbekende status). ? = onbekend uit de bronnen.

        """)
    #expect(try run(["list", "--province", "Atlantis"]).status == 64)
    // The province by either name.
    let fryslan = try run(["list", "--province", "Fryslân"] + asOf)
    #expect(fryslan.status == 0)
    #expect(fryslan.stdout == (try run(["list", "--province", "friesland"] + asOf)).stdout)
    #expect(
      fryslan.stdout.contains("Heerenveen") && fryslan.stdout.contains("Leeuwarden")
        && !fryslan.stdout.contains("Almere"))
  }

  @Test func snapshotHasExactlyTheRequestedShape() throws {
    // Below the dashboard's minimum: a usage error that states the minimum.
    let small = try run(["snapshot", "PEEL EN MAAS", "--width", "61", "--height", "19"] + asOf)
    #expect(small.status == 64)
    #expect(small.stderr.contains("61×19 is kleiner dan het minimum van het dashboard, 80×24."), "\(small.stderr)")
    for (width, height) in [(80, 24), (120, 40), (81, 25)] {
      let result = try run(["snapshot", "PEEL EN MAAS", "--width", String(width), "--height", String(height)] + asOf)
      #expect(result.status == 0)
      let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count == height)
      #expect(!result.stdout.contains("\u{1B}"))
      // Display columns, not characters: the frame's lines fill the width exactly.
      #expect(lines.map(terminalColumns).max() == width)
      for line in lines {
        #expect(terminalColumns(line) <= width)
        #expect(!line.hasSuffix(" "))
      }
    }
    // Deterministic: the same call gives the same bytes.
    #expect(try run(["snapshot", "GM1894"] + asOf).stdout == run(["snapshot", "Peel en Maas"] + asOf).stdout)
  }

  @Test func snapshotToFileAndAsciiStyle() throws {
    let directory = TemporaryDirectory()
    let file = directory.file("almere.txt")
    let result = try run(["snapshot", "almere", "--style", "ascii", "--output", file] + asOf)
    #expect(result.status == 0 && result.stdout.isEmpty)
    let text = try #require(directory.read("almere.txt"))
    #expect(text.unicodeScalars.allSatisfy { $0.value < 0x7F || $0.properties.isAlphabetic })
    #expect(text.contains("| Participatieladder") || text.contains("+ Participatieladder"))
  }

  /// Into a pipe without --height: the whole dashboard, every municipality and pane, no key hints; compare the same.
  @Test func fullDocumentsWithoutAHeight() throws {
    let snapshot = try run(["snapshot", "Peel en Maas", "--width", "100"] + asOf)
    #expect(snapshot.status == 0)
    #expect(
      snapshot.stdout.contains("Zutphen") && snapshot.stdout.contains("Profiel") && !snapshot.stdout.contains("q stop"))
    #expect(snapshot.stdout.split(separator: "\n").count > 60)
    let compare = try run(["compare", "Almere", "Amersfoort", "Peel en Maas", "Deventer", "--width", "120"] + asOf)
    #expect(compare.status == 0)
    #expect(
      compare.stdout.contains("Toetsing") && !compare.stdout.contains("Esc terug") && !compare.stdout.contains("↓ "))
    let toStdout = try run(["snapshot", "Peel en Maas", "--width", "100", "--output", "-"] + asOf)
    #expect(toStdout.stdout == snapshot.stdout)
  }

  /// Names as people write them; an ambiguous prefix, a registered municipality without a profile and a mistyped
  /// command each get their own answer, with exit code 3.
  @Test func municipalitiesAsPeopleNameThem() throws {
    let prefix = try run(["snapshot", "peel", "--width", "80", "--height", "24"] + asOf)
    #expect(prefix.status == 0 && prefix.stdout.contains("Peel en Maas (GM1894)"))
    let code = try run(["snapshot", "1894", "--width", "80", "--height", "24"] + asOf)
    #expect(code.stdout == prefix.stdout)
    let ambiguous = try run(["snapshot", "h"] + asOf)
    #expect(ambiguous.status == 3)
    #expect(
      ambiguous.stderr
        == "Meerdere gemeenten passen bij \"h\": Harderwijk, Hardinxveld-Giessendam, Heerenveen. Typ meer van de naam.\n"
    )
    let hague = try run(["snapshot", "den haag"] + asOf)
    #expect(hague.status == 3)
    #expect(hague.stderr == "'s-Gravenhage (GM0518) staat in het register, maar er is nog geen profiel van.\n")
    #expect(try run(["comapre", "Almere", "Assen"] + asOf).status == 64, "two municipalities: no dashboard call")
    let typo = try run(["comapre"] + asOf)
    #expect(typo.status == 3)
    #expect(typo.stderr.contains("Of bedoelde u de opdracht betrokken compare?"), "\(typo.stderr)")
  }

  @Test func snapshotOfUnknownMunicipalityListsCloseMatches() throws {
    let typo = try run(["snapshot", "Amersfort"])
    #expect(typo.status == 3)
    #expect(typo.stderr == "Geen profiel gevonden voor \"Amersfort\". Bedoelde u: Amersfoort?\n")
    let noProfile = try run(["snapshot", "Utrecht"])
    #expect(noProfile.status == 3)
    #expect(noProfile.stderr == "Utrecht (GM0344) staat in het register, maar er is nog geen profiel van.\n")
  }

  @Test func refusesWithoutATerminal() throws {
    let result = try run([])
    #expect(result.status == 2)
    #expect(result.stderr.contains("standaardinvoer is geen terminal"))
    #expect(result.stderr.contains("betrokken snapshot"))
    #expect(result.stdout.isEmpty, "nothing, certainly no escape codes, on stdout")
  }

  @Test func checkTextGoldenAndExitCode() throws {
    let result = try run(["check", "Heerenveen", "peel en maas"] + asOf)
    #expect(result.status == 0, "no legal item is known not to be met in the guide's data")
    let golden = try String(
      contentsOfFile: packageRoot + "/Tests/Goldens/check-heerenveen-peel-en-maas.txt", encoding: .utf8)
    #expect(result.stdout == golden)
  }

  @Test func checkExitsOneWhenALegalItemIsNotMet() throws {
    let directory = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: directory.file("profiles"), withIntermediateDirectories: true)
    let fixture = try String(contentsOfFile: packageRoot + "/Tests/Fixtures/valid-profile.json", encoding: .utf8)
    // The 2026 test record: the ordinance no longer covers the Participatiewet, and the record states that no
    // ordinance for it is in force.
    let notArranged =
      fixture
      .replacingOccurrences(
        of: "\"scope\": [\"wmo2015\", \"youthAct\", \"participationAct\"],\n          \"readWhole\": true",
        with: "\"scope\": [\"wmo2015\", \"youthAct\"],\n          \"readWhole\": true"
      )
      .replacingOccurrences(
        of: "\"participationAct\": null,\n        \"participationOrdinance\"",
        with:
          "\"participationAct\": {\"value\": \"noOrdinance\", \"source\": \"regelgeving-test\", \"section\": null},\n        \"participationOrdinance\""
      )
    #expect(notArranged != fixture)
    try Data(notArranged.utf8).write(to: URL(fileURLWithPath: directory.file("profiles/GM0034.json")))
    let text = try run(["check", "--data", directory.path] + asOf)
    #expect(text.status == 1)
    #expect(
      text.stdout.contains(
        "✗ (b) [Pw (a)] vroeg gevraagd en ongevraagd adviseren: niet voldaan — volgens de bron was er per 2026-11-29 geen verordening voor deze wet van kracht"
      ))
    #expect(
      text.stdout.contains(
        "✓ (a) voorstellen voor beleid doen: voldaan — geregeld in Testverordening adviesraad sociaal domein (fictief) (CVDR000001/1), art. 3"
      ))
    let json = try run(["check", "--data", directory.path, "--format", "json", "almere"] + asOf)
    #expect(json.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let municipalities = try #require(object["municipalities"] as? [[String: Any]])
    #expect(municipalities.first?["code"] as? String == "GM0034")
    #expect(municipalities.first?["anyLegalItemNotMet"] as? Bool == true)
    let legal = try #require(municipalities.first?["legal"] as? [[String: Any]])
    #expect(legal.count == 17)
    #expect(object["asOf"] as? String == "2026-11-29")
    #expect(municipalities.first?["record"] as? String == "2026-11-29")
    let pwB = try #require(legal.first { $0["law"] as? String == "participationAct" && $0["item"] as? String == "b" })
    #expect(pwB["verdict"] as? String == "notMet")
    #expect(pwB["reason"] as? String == "noOrdinanceInForce")
    #expect(pwB["lawItem"] as? String == "a")
    let wmoA = try #require(legal.first { $0["law"] as? String == "wmo2015" && $0["item"] as? String == "a" })
    #expect(wmoA["verdict"] as? String == "met")
    let regulation = try #require(wmoA["regulation"] as? [String: Any])
    #expect(regulation["article"] as? String == "art. 3")
    #expect(regulation["identifier"] as? String == "CVDR000001/1")
    #expect(regulation["kind"] as? String == "ordinance")
    #expect(regulation["inForceFrom"] as? String == "2026-01-01")
    let wmoC = try #require(legal.first { $0["law"] as? String == "wmo2015" && $0["item"] as? String == "c" })
    #expect(wmoC["reason"] as? String == "regulatedByFurtherRules")
    #expect(
      ((wmoC["regulation"] as? [String: Any])?["delegatedBy"] as? [String: Any])?["article"] as? String == "art. 13")
    let readiness = try #require(municipalities.first?["participationOrdinance"] as? [String: Any])
    #expect(readiness["deadline"] as? String == "2027-01-01")
    #expect(readiness["daysLeft"] as? Int == 33)
    #expect(readiness["verdict"] as? String == "ready")
    #expect((readiness["items"] as? [[String: Any]])?.count == 6)
    #expect(!legal.contains { $0["law"] as? String == "participationAct" && $0["item"] as? String == "a" })
    let attention = try #require(municipalities.first?["attention"] as? [[String: Any]])
    #expect(attention.count == 10)
    // Reasons and evidence are keys, never sentences: JSON does not depend on the interface language.
    #expect(
      attention.allSatisfy { ($0["reason"] as? String)?.allSatisfy { $0.isLetter } == true },
      "\(attention.map { $0["reason"] ?? "" })")
    let facts = attention.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }.compactMap { $0["fact"] as? String }
    #expect(facts.allSatisfy { $0.allSatisfy(\.isLetter) })
  }

  @Test func overviewCommand() throws {
    let result = try run(["overview"] + asOf)
    #expect(result.status == 0)
    let golden = try String(contentsOfFile: packageRoot + "/Tests/Goldens/overview-100.txt", encoding: .utf8)
    #expect(result.stdout == golden)
  }

  @Test func compareCommandMatchesTheDashboardAndChecksItsArguments() throws {
    let text = try run(["compare", "Almere", "Amersfoort", "Peel en Maas", "--width", "80", "--height", "24"] + asOf)
    #expect(text.status == 0)
    let golden = try String(contentsOfFile: packageRoot + "/Tests/Goldens/compare-3-80x24.txt", encoding: .utf8)
    #expect(text.stdout == golden)
    let csv = try run(["compare", "almere", "AMERSFOORT", "gm1894", "--format", "csv"] + asOf)
    #expect(csv.stdout == (try String(contentsOfFile: packageRoot + "/Tests/Goldens/compare-3.csv", encoding: .utf8)))
    #expect(try run(["compare", "Almere"]).status == 64)
    #expect(try run(["compare", "Almere", "Assen", "Raalte", "Tilburg", "Zutphen"]).status == 64)
    let duplicate = try run(["compare", "Almere", "GM0034"])
    #expect(duplicate.status == 64)
    #expect(duplicate.stderr == "Almere staat twee keer in de vergelijking.\n")
    let unknown = try run(["compare", "Almere", "Atlantis"])
    #expect(unknown.status == 3)
    #expect(unknown.stderr.hasPrefix("Geen profiel gevonden voor \"Atlantis\"."))
  }

  @Test func migrateRewritesFormat1WithABackupAndLeavesBadFilesAlone() throws {
    let directory = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: directory.file("profiles"), withIntermediateDirectories: true)
    let v1 = try String(contentsOfFile: packageRoot + "/Tests/Fixtures/valid-profile-v1.json", encoding: .utf8)
    try Data(v1.utf8).write(to: URL(fileURLWithPath: directory.file("profiles/GM0034.json")))
    try Data("{".utf8).write(to: URL(fileURLWithPath: directory.file("profiles/GM0307.json")))

    // Before: loads, converted in memory, with a notice.
    let before = try run(["check", "--data", directory.path, "--format", "json"] + asOf)
    #expect(
      before.stderr.contains(
        "1 profiel in formaat 1, bij het laden omgezet; betrokken migrate schrijft ze om naar formaat 2."))

    let result = try run(["migrate", "--data", directory.path])
    #expect(result.status == 1, "the broken file is reported")
    #expect(
      result.stdout.contains(
        "profiles/GM0034.json: omgezet naar formaat 2; origineel in \(directory.path)/.backup/GM0034.v1.json"))
    #expect(result.stderr.contains("profiles/GM0307.json: niet omgezet (fouten); het bestand is niet aangeraakt."))
    #expect(directory.read("profiles/GM0307.json") == "{")
    #expect(directory.read(".backup/GM0034.v1.json") == v1)
    let migrated = try #require(directory.read("profiles/GM0034.json"))
    #expect(migrated.contains("\"formatVersion\": 2"))
    #expect(migrated.contains("\"id\": \"2015-01-01\""))

    // After: the same checks, no notice; a second run changes nothing.
    let after = try run(["check", "--data", directory.path, "--format", "json"] + asOf)
    #expect(!after.stderr.contains("formaat 1"))
    #expect(after.stdout == before.stdout)
    try FileManager.default.removeItem(atPath: directory.file("profiles/GM0307.json"))
    let again = try run(["migrate", "--data", directory.path])
    #expect(again.status == 0)
    #expect(again.stdout.contains("al formaat 2"))
    #expect(directory.read("profiles/GM0034.json") == migrated)
  }

  @Test func theSchemasAreUpToDateWithTheLabels() throws {
    let result = try run(["schema", "--check"])
    #expect(result.status == 0, "\(result.stderr)")
    // The schemas stay Dutch whatever the interface language.
    #expect(try run(["schema", "--check", "--lang", "en"]).status == 0)
    // It writes only where it is told to, and what it writes is what --check expects.
    #expect(try run(["schema"]).status == 64)
    let directory = TemporaryDirectory()
    let written = try run(["schema", "--write", directory.path])
    #expect(written.status == 0, "\(written.stderr)")
    for name in ["profile.schema.json", "body.schema.json"] {
      let shipped = try String(contentsOfFile: packageRoot + "/Data/schema/" + name, encoding: .utf8)
      #expect(directory.read("schema/" + name) == shipped, "\(name)")
    }
  }
}
