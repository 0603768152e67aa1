import Foundation
import Testing

/// A user's own data: layers beside the shipped data, `new`, `set`/`unset`, and saves that never lose anything.
/// Every test has its own `XDG_DATA_HOME`, never the real home.
@Suite struct EditingTests {
  /// An environment whose user layer is a fresh directory.
  func home() -> (TemporaryDirectory, [String: String]) {
    let directory = TemporaryDirectory()
    var environment = dutchEnvironment(ProcessInfo.processInfo.environment)
    environment["XDG_DATA_HOME"] = directory.path
    return (directory, environment)
  }

  var today: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }

  @Test func newUserAddsA2026RecordBesideTheShipped2015One() throws {
    let (directory, environment) = home()
    let file = directory.file("betrokken/profiles/GM0014.json")
    let created = try run(["new", "Groningen", "--date", "2026-11-30"], environment: environment)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.hasPrefix("Record 2026-11-30 van Groningen toegevoegd: \(file)\n"))
    #expect(created.stdout.contains("betrokken set GM0014 sources[bron].title"))
    for (path, value, extra) in [
      ("sources[bron].title", "Verordening adviesraad sociaal domein (test)", [String]()),
      ("forms[adviesraad].name", "Adviesraad Sociaal Domein", ["--source", "bron", "--section", "art. 2"]),
      ("forms[adviesraad].rung", "adviseren", ["--source", "bron", "--section", "art. 2"]),
      ("forms[adviesraad].phases", "[\"agendavorming\", \"evaluation\"]", ["--source", "bron", "--section", "art. 4"]),
      ("choices.motives", "[\"kwaliteit\"]", ["--source", "bron"]),
    ] {
      let result = try run(["set", "Groningen", path, value] + extra, environment: environment)
      #expect(result.status == 0, "\(path): \(result.stderr)")
    }
    let text = try #require(directory.read("betrokken/profiles/GM0014.json"))
    #expect(text.contains("\"$schema\": \"../schema/profile.schema.json\""))
    #expect(
      text.contains("\"rung\": \"advise\""), "a Dutch label becomes its key; the form's own citation needs no repeat")
    #expect(
      text.contains(
        "\"phases\": {\"value\": [\"agenda\", \"evaluation\"], \"source\": \"bron\", \"section\": \"art. 4\"}"))
    #expect(text.contains("\"motives\": {\"value\": [\"quality\"], \"source\": \"bron\", \"section\": null}"))
    // Seen next to the shipped municipalities, with the shipped 2015 record still there for earlier dates.
    let now = try run(["list", "--as-of", "2026-11-30"], environment: environment)
    let groningenNow = now.stdout.split(separator: "\n").first { $0.hasPrefix("GM0014") }.map(String.init) ?? ""
    #expect(groningenNow.contains("244.829  2026-11-30  eigen"), "\(groningenNow)")
    #expect(now.stdout.contains("GM0034  Almere"))
    let then = try run(["list", "--as-of", "2020-01-01"], environment: environment)
    let groningenThen = then.stdout.split(separator: "\n").first { $0.hasPrefix("GM0014") }.map(String.init) ?? ""
    #expect(groningenThen.contains("244.829  2015-09-30  meegeleverd"), "\(groningenThen)")
    let validated = try run(["validate", "--as-of", "2026-11-30"], environment: environment)
    #expect(validated.status == 0)
    #expect(validated.stdout.contains("laag eigen (\(directory.path)/betrokken): 1 record van 1 gemeente"))
    // The same date again is refused, naming the file.
    let again = try run(["new", "GM0014", "--date", "2026-11-30"], environment: environment)
    #expect(again.status == 64)
    #expect(again.stderr.contains("\(file) heeft al een record van 2026-11-30"))
  }

  @Test func setRefusesWithoutWritingAnything() throws {
    let (directory, environment) = home()
    _ = try run(["new", "Almere", "--date", "2026-11-30"], environment: environment)
    let file = directory.file("betrokken/profiles/GM0034.json")
    _ = try run(["set", "Almere", "forms[raad].name", "Raad", "--source", "bron"], environment: environment)
    let created = try run(
      ["set", "Almere", "regulations[vo].title", "Verordening", "--source", "bron", "--section", "art. 1"],
      environment: environment)
    #expect(created.status == 0, "\(created.stderr)")
    let before = try #require(directory.read("betrokken/profiles/GM0034.json"))
    // Exit 1: the file would become invalid (a finding); 64: the path or option is wrong (usage).
    let cases: [([String], String, Int32)] = [
      (
        ["set", "Almere", "forms[raad].rung", "adviesren", "--source", "bron"],
        "\(file): records[0].forms[0].rung: verwacht een van: inform, consult, advise, coproduce, codecide; gevonden \"adviesren\"; bedoelde u \"advise\"?",
        1
      ),
      (
        ["set", "Almere", "forms[raad].rung", "advise", "--source", "onbekend"],
        "Bron \"onbekend\" staat niet in dit record", 64
      ),
      (
        ["set", "Almere", "forms[ander].rung", "advise", "--source", "bron"],
        "forms[ander] bestaat niet in dit record; maak het aan met forms[ander].name", 64
      ),
      (["set", "Almere", "vormen[raad].rung", "advise", "--source", "bron"], "Onbekend pad \"vormen[raad].rung\"", 64),
      (["unset", "Almere", "forms[raad].name"], "forms[raad].name kan niet onbekend zijn (verplicht)", 64),
      (
        ["set", "Almere", "choices.motives", "quality", "--source", "bron"],
        "choices.motives.value: verwacht een lijst", 1
      ),
      (["set", "Almere", "formsComplete", "false", "--source", "bron"], "formsComplete kan alleen true zijn", 64),
      (
        ["unset", "Almere", "sources[bron]"],
        "records[0].forms[0].source: verwacht de id van een bron uit \"sources\"; gevonden \"bron\"", 1
      ),
      (
        ["set", "Almere", "forms[raad].source", "ander", "--source", "bron"],
        "forms[raad].source: de bron van een vorm of regeling verandert u niet los", 64
      ),
      (
        ["set", "Almere", "regulations[vo].kind", "councilOrdinance", "--source", "bron", "--section", "art. 9"],
        "regulations[vo] wordt geciteerd met bron \"bron\" (art. 1); gebruik --source bron --section \"art. 1\", of voeg een nieuwe regeling toe",
        64
      ),
    ]
    for (arguments, message, status) in cases {
      let result = try run(arguments, environment: environment)
      #expect(result.status == status, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
      #expect(directory.read("betrokken/profiles/GM0034.json") == before, "\(arguments): nothing written")
    }
    #expect(
      try run(["set", "Almere", "forms[raad].rung", "advise"], environment: environment).status == 64,
      "--source is required")
    let nullSection = try run(
      ["set", "Almere", "forms[raad].rung", "advise", "--source", "bron", "--section", "null"], environment: environment
    )
    #expect(nullSection.status == 64)
    #expect(nullSection.stderr.contains("laat --section weg als de bron geen paragraaf of artikel noemt"))
    #expect(directory.read("betrokken/profiles/GM0034.json") == before)
    // Setting what is already there writes nothing and says so.
    let same = try run(["set", "Almere", "forms[raad].name", "Raad", "--source", "bron"], environment: environment)
    #expect(same.status == 0)
    #expect(same.stdout.contains("forms[raad].name = Raad stond er al; er is niets geschreven."), "\(same.stdout)")
    #expect(directory.read("betrokken/profiles/GM0034.json") == before)
    let unset = try run(["unset", "Almere", "forms[raad].rung"], environment: environment)
    #expect(unset.status == 0)
    // A whole form goes with unset forms[ID]: the way to start one again with the right citation.
    let removed = try run(["unset", "Almere", "forms[raad]"], environment: environment)
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(directory.read("betrokken/profiles/GM0034.json")?.contains("\"id\": \"raad\"") == false)
  }

  @Test func newNeverHidesALowerRecordOfTheSameDateUnlessAsked() throws {
    let (directory, environment) = home()
    let refused = try run(["new", "Raalte", "--date", "2026-11-29"], environment: environment)
    #expect(refused.status == 64)
    #expect(
      refused.stderr.contains(
        "De meegeleverde gegevens hebben al een record van 2026-11-29 voor Raalte; een leeg record zou het verbergen."),
      "\(refused.stderr)")
    #expect(directory.read("betrokken/profiles/GM0177.json") == nil, "nothing written")
    let replaced = try run(["new", "Raalte", "--date", "2026-11-29", "--replace"], environment: environment)
    #expect(replaced.status == 0, "\(replaced.stderr)")
    #expect(
      replaced.stdout.contains("Let op: dit record verbergt het record van 2026-11-29 uit de meegeleverde gegevens."))
  }

  @Test func aRecordThatIsNowhereIsNamedAndNothingIsWritten() throws {
    let (directory, environment) = home()
    #expect(try run(["new", "Raalte", "--date", "2026-01-01"], environment: environment).status == 0)
    let before = try #require(directory.read("betrokken/profiles/GM0177.json"))
    let result = try run(
      ["set", "Raalte", "--record", "2020-01-01", "choices.agendaSetting", "citizensToo", "--source", "bron"],
      environment: environment)
    #expect(result.status == 3)
    #expect(result.stderr.contains("Raalte heeft geen record van 2020-01-01."), "\(result.stderr)")
    #expect(directory.read("betrokken/profiles/GM0177.json") == before)
    #expect(
      try run(["unset", "Raalte", "choices.agendaSetting", "--record", "gisteren"], environment: environment).status
        == 64)
  }

  @Test func theLastDataDirectoryIsTheHighestAndTheOneWritten() throws {
    let (_, environment) = home()
    let low = TemporaryDirectory()
    let high = TemporaryDirectory()
    #expect(
      try run(["new", "Assen", "--date", "2026-01-01", "--data", low.path], environment: environment).status == 0)
    #expect(
      try run(["set", "Assen", "sources[bron].title", "Laag", "--data", low.path], environment: environment).status == 0
    )
    let both = ["--data", low.path, "--data", high.path]
    #expect(try run(["set", "Assen", "sources[bron].title", "Hoog"] + both, environment: environment).status == 0)
    #expect(FileManager.default.fileExists(atPath: high.file("profiles/GM0106.json")), "written to the last --data")
    #expect(low.read("profiles/GM0106.json")?.contains("\"title\": \"Laag\"") == true, "the lower layer is untouched")
    // The copy is dated today (set carries the newest record forward), so look on that day.
    let listed = try run(["list", "--as-of", today] + both, environment: environment)
    let assen = listed.stdout.split(separator: "\n").first { $0.hasPrefix("GM0106") }.map(String.init) ?? ""
    #expect(assen.contains("\(today)  map \((high.path as NSString).lastPathComponent)"), "\(assen)")
  }

  @Test func aShippedRecordIsCopiedIntoTheUserLayerFirst() throws {
    let (directory, environment) = home()
    // The guide's record, named with --record (the newest shipped one is from the regulations, without the guide).
    let result = try run(
      [
        "set", "Raalte", "--record", "2015-09-30", "choices.agendaSetting", "ook burgers", "--source", "leidraad",
        "--section", "3.2",
      ], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    // A record named by its date is corrected under that date, not carried forward to today.
    #expect(
      result.stdout.contains(
        "Het record van 2015-09-30 uit de meegeleverde gegevens is eerst gekopieerd naar \(directory.path)/betrokken/profiles/GM0177.json; die kopie staat er nu voor in de plaats."
      ),
      "\(result.stdout)")
    let text = try #require(directory.read("betrokken/profiles/GM0177.json"))
    #expect(text.contains("\"id\": \"2015-09-30\""))
    #expect(!text.contains("\"id\": \"2026-11-29\""), "the current shipped record is not copied")
    #expect(
      text.contains("\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"3.2\"}"))
    let then = try run(["list", "--as-of", "2020-01-01"], environment: environment)
    #expect(
      then.stdout.split(separator: "\n").first { $0.hasPrefix("GM0177") }?.contains("2015-09-30  eigen") == true,
      "\(then.stdout)")
    // The shipped data is never written.
    #expect(
      try String(contentsOfFile: packageRoot + "/Data/profiles/GM0177.json", encoding: .utf8).contains(
        "\"agendaSetting\": null"))
  }

  @Test func newWritesIntoTheLastDataDirectory() throws {
    let (directory, environment) = home()
    let layer = TemporaryDirectory()
    let result = try run(["new", "Assen", "--date", "2026-01-01", "--data", layer.path], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: layer.file("profiles/GM0106.json")))
    #expect(FileManager.default.fileExists(atPath: layer.file("schema/profile.schema.json")))
    #expect(!FileManager.default.fileExists(atPath: directory.file("betrokken")), "the user layer is not touched")
    // The schema copy checks the skeleton, as an editor would.
    let schema = try run(
      [
        "python3", packageRoot + "/Tests/Support/validate_schema.py", layer.file("schema/profile.schema.json"),
        layer.file("profiles/GM0106.json"),
      ], executable: "/usr/bin/env")
    #expect(schema.stdout == "OK \(layer.file("profiles/GM0106.json"))\n", "\(schema.stdout)\(schema.stderr)")
  }

  @Test func layersOnlyDataAndMissingDirectories() throws {
    let (_, environment) = home()
    let layer = TemporaryDirectory()
    _ = try run(["new", "Assen", "--date", "2026-01-01", "--data", layer.path], environment: environment)
    let only = try run(["list", "--only-data", layer.path, "--as-of", "2026-11-30"], environment: environment)
    #expect(only.stdout.contains("1 profiel op 2026-11-30"), "\(only.stdout)")
    let missing = try run(["list", "--data", "/bestaat/niet"], environment: environment)
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("Map \"/bestaat/niet\" bestaat niet (genoemd met --data)."))
    #expect(try run(["list", "--data", layer.path, "--only-data", layer.path], environment: environment).status == 64)
  }

  @Test func aBrokenFileInAHigherLayerHidesTheLowerRecords() throws {
    let (_, environment) = home()
    let layer = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: layer.file("profiles"), withIntermediateDirectories: true)
    layer.write("profiles/GM0177.json", "{")
    let result = try run(["list", "--data", layer.path, "--as-of", "2026-11-30"], environment: environment)
    #expect(result.status == 0, "the list shows what loaded")
    #expect(
      result.stderr.contains("Let op: 1 bestand met fouten niet geladen; zie betrokken validate."), "\(result.stderr)")
    #expect(!result.stdout.contains("GM0177"), "Raalte's shipped record does not stand in for the broken one")
    let validated = try run(["validate", "--data", layer.path, "--as-of", "2026-11-30"], environment: environment)
    #expect(validated.status == 1)
    #expect(
      validated.stdout.contains("GM0177 heeft hier fouten; de records uit lagere lagen worden daarom niet getoond"))
  }

  @Test func aBrokenBodyFileInAHigherLayerHidesTheLowerBody() throws {
    let (_, environment) = home()
    let layer = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: layer.file("bodies"), withIntermediateDirectories: true)
    layer.write("bodies/stedenvierkant.json", "{")
    let result = try run(["validate", "--data", layer.path, "--as-of", "2015-09-30"], environment: environment)
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "orgaan stedenvierkant heeft hier fouten; het orgaan uit lagere lagen wordt daarom niet gebruikt"))
    // The members' references are then unresolved, and the warning names the file their record is in: the shipped one.
    #expect(
      result.stdout.contains(
        packageRoot
          + "/Data/profiles/GM0150.json: waarschuwing: records (2015-09-30).sharedBodies[0]: verwijst naar orgaan \"stedenvierkant\""
      ),
      "\(result.stdout)")
  }

  @Test func aRegisterLayerMayAddButNotChange() throws {
    let (_, environment) = home()
    let layer = TemporaryDirectory()
    layer.write(
      "municipalities.csv",
      """
      code,name,province,population,area_km2,neighbours
      GM9001,Proefdorp,Utrecht,100,1.0,
      GM0034,Almere,Flevoland,1,1.0,

      """)
    let result = try run(["validate", "--data", layer.path, "--as-of", "2026-11-30"], environment: environment)
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(layer.file("municipalities.csv")): fout: GM0034 staat ook in "))
    #expect(result.stdout.contains("een laag mag gemeenten alleen toevoegen, niet wijzigen"))
    let added = try run(["new", "Proefdorp", "--date", "2026-01-01", "--data", layer.path], environment: environment)
    #expect(added.status == 0, "\(added.stderr)")
  }

  @Test func aKillAtAnyStepOfASaveLosesNothing() throws {
    for point in ["before-rename", "after-rename", "before-dir-fsync"] {
      let (directory, environment) = home()
      _ = try run(["new", "Almere", "--date", "2026-11-30"], environment: environment)
      let before = try #require(directory.read("betrokken/profiles/GM0034.json"))
      var faulty = environment
      faulty["BETROKKEN_TEST_FAULT"] = point
      let result = try run(["set", "Almere", "sources[bron].title", "Nieuwe titel"], environment: faulty)
      #expect(result.status == 99, "\(point): the process stopped at the fault")
      let after = try #require(directory.read("betrokken/profiles/GM0034.json"))
      let whole = after == before || after.contains("\"title\": \"Nieuwe titel\"")
      #expect(whole, "\(point): the old or the new file, whole")
      #expect(try run(["validate", "--as-of", "2026-11-30"], environment: environment).status == 0, "\(point)")
      if point == "before-rename" { #expect(after == before) } else { #expect(after != before) }
    }
  }

  // Root writes anyway; the unit test covers the message.
  @Test(.disabled(if: geteuid() == 0, "root writes into a read-only directory"))
  func aReadOnlyDirectoryIsAClearMessage() throws {
    let (directory, environment) = home()
    _ = try run(["new", "Almere", "--date", "2026-11-30"], environment: environment)
    chmod(directory.file("betrokken/profiles"), 0o555)
    defer { chmod(directory.file("betrokken/profiles"), 0o755) }
    let result = try run(["set", "Almere", "sources[bron].title", "X"], environment: environment)
    #expect(result.status == 1)
    #expect(result.stderr.contains("geen schrijfrechten of alleen-lezen"))
  }
}
