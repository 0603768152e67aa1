import BetrokkenModel
import BetrokkenScreen
import Foundation
import Testing

/// The published JSON Schema and the loader must agree: a document one accepts and the other rejects is a bug
/// in one of them. Checked on every shipped profile and on a corpus of deliberately broken variants.
@Suite struct SchemaAgreementTests {
  static let schema = packageRoot + "/Data/schema/profile.schema.json"
  static let validator = packageRoot + "/Tests/Support/validate_schema.py"

  /// Runs the Python validator (jsonschema, Draft 2020-12) on files; returns the verdict per file.
  func schemaVerdicts(_ files: [String], schema: String = SchemaAgreementTests.schema) throws -> [String: Bool] {
    try schemaRun(files, schema: schema).verdicts
  }

  /// The verdict per file and, for a rejected file, every schema keyword that failed (inside anyOf/oneOf too).
  func schemaRun(_ files: [String], schema: String = SchemaAgreementTests.schema) throws -> (
    verdicts: [String: Bool], failedKeywords: [String: Set<String>]
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.validator, schema] + files
    let output = NSTemporaryDirectory() + "schema-" + UUID().uuidString + ".txt"
    #expect(FileManager.default.createFile(atPath: output, contents: nil))
    defer { try? FileManager.default.removeItem(atPath: output) }
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus != 2, "the schema is unusable or jsonschema is missing")
    var verdicts: [String: Bool] = [:]
    var failedKeywords: [String: Set<String>] = [:]
    for line in try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n") {
      if line.hasPrefix("OK ") { verdicts[String(line.dropFirst(3))] = true }
      if line.hasPrefix("INVALID "), let end = line.range(of: ": ") {
        let file = String(line[line.index(line.startIndex, offsetBy: 8)..<end.lowerBound])
        verdicts[file] = false
        if let list = line.range(of: "[keywords: ", options: .backwards) {
          failedKeywords[file] = Set(line[list.upperBound...].dropLast().split(separator: ",").map(String.init))
        }
      }
    }
    return (verdicts, failedKeywords)
  }

  /// Editors show the schema's titles on hover and in completion: every enumeration value there carries the label
  /// the dashboard shows, and every key of a form a Dutch title.
  @Test func schemaTitlesAreTheProductsLabels() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.schema))
    let root = try JSONSerialization.jsonObject(with: data)
    var titles: [String: Set<String>] = [:]
    var propertyTitles: [String: String] = [:]
    func walk(_ node: Any) {
      if let object = node as? [String: Any] {
        if let constant = object["const"] as? String, let title = object["title"] as? String {
          titles[constant, default: []].insert(title)
        }
        if let properties = object["properties"] as? [String: Any] {
          for (key, value) in properties {
            if let title = (value as? [String: Any])?["title"] as? String { propertyTitles[key] = title }
          }
        }
        object.values.forEach(walk)
      } else if let array = node as? [Any] {
        array.forEach(walk)
      }
    }
    walk(root)
    func expectLabels<K: VocabularyKey>(_ type: K.Type) {
      for key in K.allCases {
        #expect(titles[key.rawValue]?.contains(key.dutchTerm) == true, "\(K.self).\(key.rawValue)")
      }
    }
    expectLabels(Rung.self)
    expectLabels(Phase.self)
    expectLabels(Scale.self)
    expectLabels(Law.self)
    expectLabels(FormKind.self)
    expectLabels(FormStatus.self)
    expectLabels(Founder.self)
    expectLabels(Motive.self)
    expectLabels(Facilitation.self)
    expectLabels(RegulationKind.self)
    expectLabels(Adopter.self)
    for key in ["rung", "phases", "scale", "status", "members", "legalItems", "readWhole", "sharedBodies", "records"] {
      #expect(propertyTitles[key] != nil, "\(key)")
    }
  }

  @Test func everyShippedBodyMatchesItsSchema() throws {
    let directory = packageRoot + "/Data/bodies"
    let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
      .map { directory + "/" + $0 }
    #expect(!files.isEmpty)
    let verdicts = try schemaVerdicts(files, schema: packageRoot + "/Data/schema/body.schema.json")
    for file in files {
      #expect(verdicts[file] == true, "\(file)")
      #expect(BodyLoader.loadFile(file, registry: shippedRegistry).0 != nil, "\(file)")
    }
  }

  @Test func everyShippedProfileMatchesTheSchema() throws {
    let directory = packageRoot + "/Data/profiles"
    let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
      .map { directory + "/" + $0 }
    #expect(files.count == 21)
    let verdicts = try schemaVerdicts(files)
    for file in files { #expect(verdicts[file] == true, "\(file)") }
  }

  /// A valid version 1 profile of Almere: the first record of the version 2 fixture in the old format.
  static let validV1ProfileText = try! String(
    contentsOfFile: packageRoot + "/Tests/Fixtures/valid-profile-v1.json", encoding: .utf8)

  /// (name, change to the valid version 1 fixture). The valid fixture itself is the first entry.
  static let v1Variants: [(String, @Sendable (String) -> String)] = [
    ("v1-valid", { $0 }),
    (
      "v1-participation-a",
      {
        $0.replacingOnce("\"participationAct\": {\"b\": null", with: "\"participationAct\": {\"a\": null, \"b\": null")
      }
    ),
    ("v1-missing-top-key", { $0.replacingOnce("  \"name\": \"Almere\",\n", with: "") }),
    ("v1-missing-form-key", { $0.replacingOnce("      \"legalForm\": null,\n", with: "") }),
    ("v1-missing-choice", { $0.replacingOnce("    \"facilitation\": null,\n", with: "") }),
    ("v1-extra-top-key", { $0.replacingOnce("\"formatVersion\": 1,", with: "\"formatVersion\": 1, \"extra\": 1,") }),
    (
      "v1-extra-form-key",
      { $0.replacingOnce("\"scale\": \"local\",", with: "\"scale\": \"local\", \"scael\": \"local\",") }
    ),
    ("v1-extra-fact-key", { $0.replacingOnce("\"section\": \"1.1\"}", with: "\"section\": \"1.1\", \"page\": 3}") }),
    ("v1-extra-source-key", { $0.replacingOnce("\"url\": null}", with: "\"url\": null, \"isbn\": null}") }),
    ("v1-bad-rung", { $0.replacingOnce("\"rung\": \"advise\"", with: "\"rung\": \"adviseren\"") }),
    ("v1-bad-kind", { $0.replacingOnce("\"kind\": \"advisoryCouncil\"", with: "\"kind\": \"council\"") }),
    ("v1-bad-status", { $0.replacingOnce("\"status\": \"existing\"", with: "\"status\": \"active\"") }),
    ("v1-null-status", { $0.replacingOnce("\"status\": \"existing\"", with: "\"status\": null") }),
    ("v1-bad-phase", { $0.replacingOnce("[\"agenda\", \"formulation\"]", with: "[\"agenda\", \"formulaton\"]") }),
    ("v1-duplicate-phase", { $0.replacingOnce("[\"agenda\", \"formulation\"]", with: "[\"agenda\", \"agenda\"]") }),
    ("v1-empty-phases", { $0.replacingOnce("[\"agenda\", \"formulation\"]", with: "[]") }),
    (
      "v1-fact-bare-value",
      {
        $0.replacingOnce(
          "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
          with: "\"agendaSetting\": \"citizensToo\"")
      }
    ),
    ("v1-fact-null-value", { $0.replacingOnce("{\"value\": \"citizensToo\",", with: "{\"value\": null,") }),
    ("v1-fact-empty-string", { $0.replacingOnce("\"citizenMotives\": null", with: "\"citizenMotives\": \"\"") }),
    ("v1-fact-section-null", { $0.replacingOnce("\"section\": \"4.1\"}", with: "\"section\": null}") }),
    ("v1-fact-section-empty", { $0.replacingOnce("\"section\": \"4.1\"}", with: "\"section\": \"\"}") }),
    ("v1-members-negative", { $0.replacingOnce("\"members\": null", with: "\"members\": -1") }),
    ("v1-members-fraction", { $0.replacingOnce("\"members\": null", with: "\"members\": 1.5") }),
    ("v1-members-string", { $0.replacingOnce("\"members\": null", with: "\"members\": \"12\"") }),
    ("v1-members-zero", { $0.replacingOnce("\"members\": null", with: "\"members\": 0") }),
    ("v1-format-3", { $0.replacingOnce("\"formatVersion\": 1", with: "\"formatVersion\": 3") }),
    ("v1-format-string", { $0.replacingOnce("\"formatVersion\": 1", with: "\"formatVersion\": \"1\"") }),
    (
      "v1-no-sources",
      { text in
        let start = text.range(of: "\"sources\": [")!.upperBound
        let end = text.range(of: "],\n  \"choices\"")!.lowerBound
        return text.replacingCharacters(in: start..<end, with: "")
      }
    ),
    ("v1-bad-code", { $0.replacingOnce("\"code\": \"GM0034\"", with: "\"code\": \"GM34\"") }),
    ("v1-code-newline", { $0.replacingOnce("\"code\": \"GM0034\"", with: "\"code\": \"GM0034\\n\"") }),
    (
      "v1-bad-form-id", { $0.replacingOnce("\"id\": \"adviesraad-sociaal-domein\"", with: "\"id\": \"Adviesraad SD\"") }
    ),
    (
      "v1-form-id-double-hyphen",
      { $0.replacingOnce("\"id\": \"adviesraad-sociaal-domein\"", with: "\"id\": \"adviesraad--sd\"") }
    ),
    ("v1-blank-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"  \"") }),
    (
      "v1-carriage-return-name",
      { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"\\r\"") }
    ),
    (
      "v1-bom-only-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"\\ufeff\"") }
    ),
    ("v1-nbsp-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"\\u00a0\"") }),
    ("v1-padded-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"  x  \"") }),
    (
      "v1-themes-duplicate",
      { $0.replacingOnce("\"themes\": null", with: "\"themes\": [\"mantelzorg\", \"mantelzorg\"]") }
    ),
    ("v1-themes-blank", { $0.replacingOnce("\"themes\": null", with: "\"themes\": [\" \"]") }),
    ("v1-themes-empty", { $0.replacingOnce("\"themes\": null", with: "\"themes\": []") }),
    (
      "v1-members-list-empty",
      { $0.replacingOnce("\"memberMunicipalities\": null", with: "\"memberMunicipalities\": []") }
    ),
    (
      "v1-members-list-bad-code",
      { $0.replacingOnce("\"memberMunicipalities\": null", with: "\"memberMunicipalities\": [\"Almere\"]") }
    ),
    ("v1-advises-region", { $0.replacingOnce("\"advises\": [\"executive\"]", with: "\"advises\": [\"region\"]") }),
    ("v1-advises-regio", { $0.replacingOnce("\"advises\": [\"executive\"]", with: "\"advises\": [\"regio\"]") }),
    ("v1-year-string", { $0.replacingOnce("\"year\": 2015", with: "\"year\": \"2015\"") }),
    ("v1-publisher-null", { $0.replacingOnce("\"publisher\": \"Movisie\"", with: "\"publisher\": null") }),
    (
      "v1-ordinance-missing-item",
      {
        $0.replacingOnce(
          "\"wmo2015\": {\"a\": null, \"b\": null, \"c\": null, \"d\": null, \"e\": null, \"f\": null}",
          with: "\"wmo2015\": {\"a\": null, \"b\": null, \"c\": null, \"d\": null, \"e\": null}")
      }
    ),
    (
      "v1-ordinance-item-true",
      {
        $0.replacingOnce(
          "\"wmo2015\": {\"a\": null",
          with: "\"wmo2015\": {\"a\": {\"value\": true, \"source\": \"leidraad\", \"section\": null}")
      }
    ),
    (
      "v1-ordinance-item-bare-true",
      { $0.replacingOnce("\"wmo2015\": {\"a\": null", with: "\"wmo2015\": {\"a\": true") }
    ),
    (
      "v1-results-agreement-string",
      { $0.replacingOnce("\"resultsAgreement\": null", with: "\"resultsAgreement\": \"ja\"") }
    ),
    (
      "v1-regional-policy-empty",
      {
        $0.replacingOnce(
          "\"regionalPolicy\": null",
          with: "\"regionalPolicy\": {\"value\": [], \"source\": \"leidraad\", \"section\": \"5.3\"}")
      }
    ),
    (
      "v1-duplicate-key",
      { $0.replacingOnce("\"formatVersion\": 1,", with: "\"formatVersion\": 1, \"formatVersion\": 1,") }
    ),
    ("v1-byte-order-mark", { "\u{FEFF}" + $0 }),
    ("v1-not-json", { $0 + "}" }),
    ("v1-nan", { $0.replacingOnce("\"members\": null", with: "\"members\": NaN") }),
    ("v1-setUpBy-jointBoard", { $0.replacingOnce("\"setUpBy\": null", with: "\"setUpBy\": \"jointBoard\"") }),
    (
      "v1-forms-not-array",
      { text in
        let start = text.range(of: "\"forms\": [")!.lowerBound
        return String(text[..<start]) + "\"forms\": {}\n}\n"
      }
    ),
  ]

  /// (name, change to the valid version 2 fixture `validProfileText`, two records of Almere). The valid fixture
  /// itself is the first entry. Cross-reference rules (source ids exist, unique ids, `until` not before `from`, a
  /// referenced shared body exists) are the loader's alone, so no verdict depends on them: a change that also breaks
  /// one (an emptied source list, a malformed `delegatedBy` id) is already invalid by its shape.
  /// Where a record of the fixture can take a `searches` list: after the second record's regulation lists.
  static let searchAnchor = "\"participationOrdinance\": null\n      },\n"

  static func search(where place: String) -> String {
    "      \"searches\": [{\"for\": [\"wmo2015\"], \"date\": \"2015-01-01\", \"where\": \"\(place)\", \"found\": []}],\n"
  }

  static let v2Variants: [(String, @Sendable (String) -> String)] = [
    ("v2-valid", { $0 }),
    ("v2-search", { $0.replacingOnce(searchAnchor, with: searchAnchor + search(where: "CVDR")) }),
    ("v2-search-empty-where", { $0.replacingOnce(searchAnchor, with: searchAnchor + search(where: "")) }),
    ("v2-missing-top-key", { $0.replacingOnce("  \"name\": \"Almere\",\n", with: "") }),
    ("v2-extra-top-key", { $0.replacingOnce("\"formatVersion\": 2,", with: "\"formatVersion\": 2, \"extra\": 1,") }),
    (
      "v2-schema-key",
      {
        $0.replacingOnce(
          "\"formatVersion\": 2,", with: "\"$schema\": \"../schema/profile.schema.json\", \"formatVersion\": 2,")
      }
    ),
    ("v2-schema-number", { $0.replacingOnce("\"formatVersion\": 2,", with: "\"$schema\": 1, \"formatVersion\": 2,") }),
    (
      "v2-schema-blank",
      { $0.replacingOnce("\"formatVersion\": 2,", with: "\"$schema\": \" \", \"formatVersion\": 2,") }
    ),
    ("v2-format-string", { $0.replacingOnce("\"formatVersion\": 2", with: "\"formatVersion\": \"2\"") }),
    ("v2-format-1", { $0.replacingOnce("\"formatVersion\": 2", with: "\"formatVersion\": 1") }),
    ("v2-format-3", { $0.replacingOnce("\"formatVersion\": 2", with: "\"formatVersion\": 3") }),
    ("v2-bad-code", { $0.replacingOnce("\"code\": \"GM0034\"", with: "\"code\": \"GM034\"") }),
    ("v2-blank-name", { $0.replacingOnce("\"name\": \"Almere\"", with: "\"name\": \" \"") }),
    (
      "v2-records-empty",
      { text in
        let start = text.range(of: "\"records\": [")!.upperBound
        return String(text[..<start]) + "]\n}\n"
      }
    ),
    (
      "v2-records-not-array",
      { text in
        let start = text.range(of: "\"records\": [")!.lowerBound
        return String(text[..<start]) + "\"records\": {}\n}\n"
      }
    ),
    ("v2-missing-record-key", { $0.replacingOnce("      \"regulations\": [],\n", with: "") }),
    (
      "v2-extra-record-key",
      { $0.replacingOnce("\"id\": \"2015-09-30\",", with: "\"id\": \"2015-09-30\", \"date\": \"2015-09-30\",") }
    ),
    (
      "v2-record-sources-empty",
      {
        $0.replacingOnce(
          "        {\"id\": \"leidraad\", \"title\": \"Burgerbetrokkenheid bij gemeentelijk beleid en uitvoering\",\n         \"publisher\": \"Movisie\", \"published\": \"2015-09-30\", \"retrieved\": null, \"url\": null}\n",
          with: "")
      }
    ),
    ("v2-record-id-2025-02-30", { $0.replacingOnce("\"id\": \"2026-11-29\"", with: "\"id\": \"2025-02-30\"") }),
    ("v2-record-id-newline", { $0.replacingOnce("\"id\": \"2026-11-29\"", with: "\"id\": \"2026-11-29\\n\"") }),
    ("v2-record-id-not-date", { $0.replacingOnce("\"id\": \"2026-11-29\"", with: "\"id\": \"nu\"") }),
    ("v2-missing-source-key", { $0.replacingOnce("\"retrieved\": null, \"url\": null}", with: "\"url\": null}") }),
    (
      "v2-extra-source-key",
      {
        $0.replacingOnce(
          "\"retrieved\": null, \"url\": null}", with: "\"retrieved\": null, \"url\": null, \"isbn\": null}")
      }
    ),
    (
      "v2-source-year",
      { $0.replacingOnce("\"published\": \"2015-09-30\",", with: "\"published\": \"2015-09-30\", \"year\": 2015,") }
    ),
    ("v2-published-year", { $0.replacingOnce("\"published\": \"2015-09-30\"", with: "\"published\": \"2015\"") }),
    (
      "v2-published-year-month",
      { $0.replacingOnce("\"published\": \"2015-09-30\"", with: "\"published\": \"2015-09\"") }
    ),
    (
      "v2-published-month-13", { $0.replacingOnce("\"published\": \"2015-09-30\"", with: "\"published\": \"2015-13\"") }
    ),
    ("v2-published-null", { $0.replacingOnce("\"published\": \"2015-09-30\"", with: "\"published\": null") }),
    ("v2-published-1899", { $0.replacingOnce("\"published\": \"2015-09-30\"", with: "\"published\": \"1899\"") }),
    (
      "v2-published-2015-02-29",
      { $0.replacingOnce("\"published\": \"2015-09-30\"", with: "\"published\": \"2015-02-29\"") }
    ),
    ("v2-published-number", { $0.replacingOnce("\"published\": \"2015-09-30\"", with: "\"published\": 2015") }),
    ("v2-retrieved-2024-02-29", { $0.replacingOnce("\"retrieved\": null", with: "\"retrieved\": \"2024-02-29\"") }),
    (
      "v2-retrieved-with-time",
      { $0.replacingOnce("\"retrieved\": \"2026-11-29\"", with: "\"retrieved\": \"2025-01-01T00:00\"") }
    ),
    (
      "v2-source-publisher-blank",
      {
        $0.replacingOnce(
          "\"publisher\": null, \"published\": \"2025-12-18\"",
          with: "\"publisher\": \" \", \"published\": \"2025-12-18\"")
      }
    ),
    ("v2-missing-regulation-key", { $0.replacingOnce("          \"identifier\": \"CVDR000001/1\",\n", with: "") }),
    (
      "v2-extra-regulation-key",
      {
        $0.replacingOnce("\"identifier\": \"CVDR000001/1\",", with: "\"identifier\": \"CVDR000001/1\", \"version\": 1,")
      }
    ),
    (
      "v2-regulation-id-bad",
      { $0.replacingOnce("\"id\": \"nadere-regels-ondersteuning\"", with: "\"id\": \"nadere_regels\"") }
    ),
    ("v2-regulation-kind-bad", { $0.replacingOnce("\"kind\": \"ordinance\"", with: "\"kind\": \"verordening\"") }),
    ("v2-regulation-kind-null-delegated", { $0.replacingOnce("\"kind\": \"furtherRules\"", with: "\"kind\": null") }),
    ("v2-adoptedBy-bad", { $0.replacingOnce("\"adoptedBy\": \"council\"", with: "\"adoptedBy\": \"raad\"") }),
    (
      "v2-adoptedBy-jointBoard",
      { $0.replacingOnce("\"adoptedBy\": \"council\"", with: "\"adoptedBy\": \"jointBoard\"") }
    ),
    (
      "v2-regulation-title-empty",
      {
        $0.replacingOnce("\"title\": \"Testverordening adviesraad sociaal domein (fictief)\"", with: "\"title\": \"\"")
      }
    ),
    ("v2-identifier-null", { $0.replacingOnce("\"identifier\": \"CVDR000002/1\"", with: "\"identifier\": null") }),
    (
      "v2-regulation-url-blank",
      {
        $0.replacingOnce(
          "\"identifier\": \"CVDR000001/1\",\n          \"url\": null",
          with: "\"identifier\": \"CVDR000001/1\",\n          \"url\": \" \"")
      }
    ),
    (
      "v2-regulation-url-text",
      {
        $0.replacingOnce(
          "\"identifier\": \"CVDR000001/1\",\n          \"url\": null",
          with:
            "\"identifier\": \"CVDR000001/1\",\n          \"url\": \"https://lokaleregelgeving.overheid.nl/CVDR000001/1\""
        )
      }
    ),
    ("v2-adopted-1900-02-29", { $0.replacingOnce("\"adopted\": \"2025-11-13\"", with: "\"adopted\": \"1900-02-29\"") }),
    ("v2-adopted-1900-01-01", { $0.replacingOnce("\"adopted\": \"2025-11-13\"", with: "\"adopted\": \"1900-01-01\"") }),
    (
      "v2-inForceFrom-2025-1-01",
      { $0.replacingOnce("\"inForceFrom\": \"2026-01-15\"", with: "\"inForceFrom\": \"2025-1-01\"") }
    ),
    (
      "v2-inForceUntil-2099-12-31",
      {
        $0.replacingOnce(
          "\"inForceFrom\": \"2026-01-01\",\n          \"inForceUntil\": null",
          with: "\"inForceFrom\": \"2026-01-01\",\n          \"inForceUntil\": \"2099-12-31\"")
      }
    ),
    (
      "v2-inForceUntil-2100-01-01",
      {
        $0.replacingOnce(
          "\"inForceFrom\": \"2026-01-01\",\n          \"inForceUntil\": null",
          with: "\"inForceFrom\": \"2026-01-01\",\n          \"inForceUntil\": \"2100-01-01\"")
      }
    ),
    (
      "v2-inForceUntil-2026-04-31",
      {
        $0.replacingOnce(
          "\"inForceFrom\": \"2026-01-01\",\n          \"inForceUntil\": null",
          with: "\"inForceFrom\": \"2026-01-01\",\n          \"inForceUntil\": \"2026-04-31\"")
      }
    ),
    ("v2-legalBases-empty", { $0.replacingOnce("\"legalBases\": null", with: "\"legalBases\": []") }),
    ("v2-legalBases-blank", { $0.replacingOnce("\"legalBases\": null", with: "\"legalBases\": [\" \"]") }),
    (
      "v2-legalBases-duplicate",
      { $0.replacingOnce("\"legalBases\": null", with: "\"legalBases\": [\"Gemeentewet 156\", \"Gemeentewet 156\"]") }
    ),
    ("v2-legalBases-string", { $0.replacingOnce("\"legalBases\": null", with: "\"legalBases\": \"Gemeentewet 156\"") }),
    ("v2-scope-empty", { $0.replacingOnce("\"scope\": [\"wmo2015\", \"youthAct\"]", with: "\"scope\": []") }),
    ("v2-scope-null", { $0.replacingOnce("\"scope\": [\"wmo2015\", \"youthAct\"]", with: "\"scope\": null") }),
    ("v2-scope-wmo", { $0.replacingOnce("\"scope\": [\"wmo2015\", \"youthAct\"]", with: "\"scope\": [\"wmo\"]") }),
    (
      "v2-scope-duplicate",
      { $0.replacingOnce("\"scope\": [\"wmo2015\", \"youthAct\"]", with: "\"scope\": [\"youthAct\", \"youthAct\"]") }
    ),
    ("v2-readWhole-null", { $0.replacingOnce("\"readWhole\": false", with: "\"readWhole\": null") }),
    (
      "v2-delegatedBy-on-ordinance",
      {
        $0.replacingOnce(
          "\"readWhole\": true,\n          \"delegatedBy\": null",
          with:
            "\"readWhole\": true,\n          \"delegatedBy\": {\"regulation\": \"nadere-regels-ondersteuning\", \"article\": \"art. 1\"}"
        )
      }
    ),
    (
      "v2-delegatedBy-on-policyRules",
      { $0.replacingOnce("\"kind\": \"furtherRules\"", with: "\"kind\": \"policyRules\"") }
    ),
    ("v2-delegatedBy-on-other", { $0.replacingOnce("\"kind\": \"furtherRules\"", with: "\"kind\": \"other\"") }),
    (
      "v2-furtherRules-not-delegated",
      {
        $0.replacingOnce(
          "\"delegatedBy\": {\"regulation\": \"verordening-adviesraad-2025\", \"article\": \"art. 13\"}",
          with: "\"delegatedBy\": null")
      }
    ),
    (
      "v2-delegatedBy-missing-article",
      {
        $0.replacingOnce(
          "{\"regulation\": \"verordening-adviesraad-2025\", \"article\": \"art. 13\"}",
          with: "{\"regulation\": \"verordening-adviesraad-2025\"}")
      }
    ),
    (
      "v2-delegatedBy-extra-key",
      {
        $0.replacingOnce(
          "{\"regulation\": \"verordening-adviesraad-2025\", \"article\": \"art. 13\"}",
          with: "{\"regulation\": \"verordening-adviesraad-2025\", \"article\": \"art. 13\", \"lid\": \"1\"}")
      }
    ),
    ("v2-delegatedBy-article-null", { $0.replacingOnce("\"article\": \"art. 13\"", with: "\"article\": null") }),
    (
      "v2-delegatedBy-bad-id",
      {
        $0.replacingOnce(
          "{\"regulation\": \"verordening-adviesraad-2025\"", with: "{\"regulation\": \"Verordening adviesraad 2025\"")
      }
    ),
    ("v2-legalItems-key-g", { $0.replacingOnce("\"f\": \"art. 7\"}", with: "\"f\": \"art. 7\", \"g\": \"art. 8\"}") }),
    ("v2-legalItems-value-empty", { $0.replacingOnce("{\"c\": \"art. 2\"}", with: "{\"c\": \"\"}") }),
    ("v2-legalItems-value-null", { $0.replacingOnce("{\"c\": \"art. 2\"}", with: "{\"c\": null}") }),
    ("v2-legalItems-upper-case-key", { $0.replacingOnce("{\"c\": \"art. 2\"}", with: "{\"C\": \"art. 2\"}") }),
    ("v2-legalItems-empty", { $0.replacingOnce("\"legalItems\": {\"c\": \"art. 2\"}", with: "\"legalItems\": {}") }),
    ("v2-legalItems-null", { $0.replacingOnce("\"legalItems\": {\"c\": \"art. 2\"}", with: "\"legalItems\": null") }),
    (
      "v2-participationItems-unknown-key",
      {
        $0.replacingOnce(
          "\"challengeRight\": \"art. 11\"}", with: "\"challengeRight\": \"art. 11\", \"inspraak\": \"art. 12\"}")
      }
    ),
    (
      "v2-participationItems-value-blank",
      { $0.replacingOnce("\"evaluation\": \"art. 10\"", with: "\"evaluation\": \" \"") }
    ),
    (
      "v2-participationItems-one",
      { $0.replacingOnce("\"participationItems\": {}", with: "\"participationItems\": {\"preparation\": \"art. 3\"}") }
    ),
    ("v2-inspraak-bad-procedure", { $0.replacingOnce("\"procedure\": \"awb34\"", with: "\"procedure\": \"awb\"") }),
    ("v2-inspraak-article-null", { $0.replacingOnce("\"article\": \"art. 12\"", with: "\"article\": null") }),
    (
      "v2-inspraak-missing-article",
      { $0.replacingOnce("{\"procedure\": \"awb34\", \"article\": \"art. 12\"}", with: "{\"procedure\": \"awb34\"}") }
    ),
    (
      "v2-inspraak-extra-key",
      {
        $0.replacingOnce(
          "{\"procedure\": \"awb34\", \"article\": \"art. 12\"}",
          with: "{\"procedure\": \"awb34\", \"article\": \"art. 12\", \"term\": \"6 weken\"}")
      }
    ),
    ("v2-inspraak-string", { $0.replacingOnce("\"inspraak\": null", with: "\"inspraak\": \"awb34\"") }),
    (
      "v2-regulation-source-null",
      {
        $0.replacingOnce(
          "\"source\": \"regelgeving-test\",\n          \"section\": \"verordening\"",
          with: "\"source\": null,\n          \"section\": \"verordening\"")
      }
    ),
    ("v2-regulation-section-empty", { $0.replacingOnce("\"section\": \"verordening\"", with: "\"section\": \"\"") }),
    (
      "v2-regulationLists-missing-key",
      {
        $0.replacingOnce(
          "\"participationAct\": null, \"participationOrdinance\": null}", with: "\"participationAct\": null}")
      }
    ),
    (
      "v2-regulationLists-extra-key",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null}", with: "\"participationOrdinance\": null, \"jeugdwet\": null}")
      }
    ),
    ("v2-regulationList-partial", { $0.replacingOnce("{\"value\": \"complete\"", with: "{\"value\": \"partial\"") }),
    (
      "v2-regulationList-noOrdinance",
      {
        $0.replacingOnce(
          "{\"wmo2015\": null, \"youthAct\": null",
          with:
            "{\"wmo2015\": null, \"youthAct\": {\"value\": \"noOrdinance\", \"source\": \"leidraad\", \"section\": null}"
        )
      }
    ),
    (
      "v2-regulationList-bare-value",
      {
        $0.replacingOnce(
          "\"wmo2015\": {\"value\": \"complete\", \"source\": \"regelgeving-test\", \"section\": null}",
          with: "\"wmo2015\": \"complete\"")
      }
    ),
    (
      "v2-regulationList-missing-section",
      {
        $0.replacingOnce(
          "{\"value\": \"complete\", \"source\": \"regelgeving-test\", \"section\": null}",
          with: "{\"value\": \"complete\", \"source\": \"regelgeving-test\"}")
      }
    ),
    (
      "v2-formsComplete-true",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": {\"value\": true, \"source\": \"leidraad\", \"section\": \"3.1\"}"
        )
      }
    ),
    (
      "v2-formsComplete-false",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": {\"value\": false, \"source\": \"leidraad\", \"section\": \"3.1\"}"
        )
      }
    ),
    (
      "v2-formsComplete-bare-true",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null",
          with: "\"participationOrdinance\": null},\n      \"formsComplete\": true")
      }
    ),
    ("v2-form-missing-from", { $0.replacingOnce("          \"from\": null,\n", with: "") }),
    ("v2-form-missing-until", { $0.replacingOnce("          \"until\": null,\n", with: "") }),
    ("v2-form-extra-key", { $0.replacingOnce("\"until\": null,", with: "\"until\": null, \"to\": null,") }),
    ("v2-form-status-ended", { $0.replacingOnce("\"status\": \"existing\"", with: "\"status\": \"ended\"") }),
    ("v2-form-status-bad", { $0.replacingOnce("\"status\": \"pilot\"", with: "\"status\": \"proef\"") }),
    ("v2-form-from-2000-02-29", { $0.replacingOnce("\"from\": null", with: "\"from\": \"2000-02-29\"") }),
    (
      "v2-form-from-with-time", { $0.replacingOnce("\"from\": \"2026-03-01\"", with: "\"from\": \"2026-03-01T00:00\"") }
    ),
    ("v2-form-until-2027-02-30", { $0.replacingOnce("\"until\": \"2027-02-28\"", with: "\"until\": \"2027-02-30\"") }),
    ("v2-form-until-null", { $0.replacingOnce("\"until\": \"2027-02-28\"", with: "\"until\": null") }),
    (
      "v2-form-id-bad",
      { $0.replacingOnce("\"id\": \"klankbordgroep-jeugd\"", with: "\"id\": \"klankbordgroep jeugd\"") }
    ),
    (
      "v2-choice-bad-key",
      {
        $0.replacingOnce(
          "\"agendaSetting\": {\"value\": \"citizensToo\"", with: "\"agendaSetting\": {\"value\": \"citizens\"")
      }
    ),
    (
      "v2-missing-choice",
      {
        $0.replacingOnce(
          "\"organisation\": null, \"regionalPolicy\": null, \"notes\": null",
          with: "\"organisation\": null, \"regionalPolicy\": null")
      }
    ),
    (
      "v2-fact-cited-rung",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with: "\"rung\": {\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9 lid 2\"}")
      }
    ),
    (
      "v2-fact-disputed-rung",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"disputed\": [{\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}, {\"value\": \"advise\", \"source\": \"regelgeving-test\", \"section\": \"art. 10\"}]}"
        )
      }
    ),
    (
      "v2-fact-disputed-one",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"disputed\": [{\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}]}"
        )
      }
    ),
    (
      "v2-fact-disputed-not-list",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"disputed\": {\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}}"
        )
      }
    ),
    (
      "v2-fact-disputed-extra-key",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"disputed\": [{\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}, {\"value\": \"advise\", \"source\": \"regelgeving-test\", \"section\": \"art. 10\"}], \"note\": \"bronnen verschillen\"}"
        )
      }
    ),
    (
      "v2-fact-disputed-plain-entries",
      { $0.replacingOnce("\"rung\": \"consult\"", with: "\"rung\": {\"disputed\": [\"consult\", \"advise\"]}") }
    ),
    (
      "v2-fact-disputed-bad-value",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"disputed\": [{\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}, {\"value\": \"adviseren\", \"source\": \"regelgeving-test\", \"section\": \"art. 10\"}]}"
        )
      }
    ),
    (
      "v2-fact-cited-null",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with: "\"rung\": {\"value\": null, \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}")
      }
    ),
    (
      "v2-fact-cited-bad-value",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with: "\"rung\": {\"value\": \"adviseren\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}")
      }
    ),
    (
      "v2-fact-cited-missing-section",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"", with: "\"rung\": {\"value\": \"consult\", \"source\": \"regelgeving-test\"}")
      }
    ),
    (
      "v2-fact-cited-unknown-key",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\", \"page\": 3}"
        )
      }
    ),
    (
      "v2-fact-cited-source-null",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"", with: "\"rung\": {\"value\": \"consult\", \"source\": null, \"section\": \"art. 9\"}"
        )
      }
    ),
    (
      "v2-fact-approximate-on-rung",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\", \"approximate\": true}"
        )
      }
    ),
    (
      "v2-fact-disputed-approximate-on-rung",
      {
        $0.replacingOnce(
          "\"rung\": \"consult\"",
          with:
            "\"rung\": {\"disputed\": [{\"value\": \"consult\", \"source\": \"regelgeving-test\", \"section\": \"art. 9\", \"approximate\": true}, {\"value\": \"advise\", \"source\": \"regelgeving-test\", \"section\": \"art. 10\"}]}"
        )
      }
    ),
    (
      "v2-fact-members-approximate",
      {
        $0.replacingOnce(
          "\"members\": 12",
          with:
            "\"members\": {\"value\": 1200, \"source\": \"regelgeving-test\", \"section\": \"art. 9\", \"approximate\": true}"
        )
      }
    ),
    // Numbers with no fractional part are integers, as JSON Schema counts them; a byte-order mark is allowed.
    ("v2-members-12.0", { $0.replacingOnce("\"members\": 12", with: "\"members\": 12.0") }),
    ("v2-members-1.2e1", { $0.replacingOnce("\"members\": 12", with: "\"members\": 1.2e1") }),
    ("v2-members-12.5", { $0.replacingOnce("\"members\": 12", with: "\"members\": 12.5") }),
    ("v2-formatVersion-2.0", { $0.replacingOnce("\"formatVersion\": 2", with: "\"formatVersion\": 2.0") }),
    ("v2-formatVersion-2.015e3", { $0.replacingOnce("\"formatVersion\": 2", with: "\"formatVersion\": 2.015e3") }),
    ("v2-byte-order-mark", { "\u{FEFF}" + $0 }),
    (
      "v2-fact-members-approximate-false",
      {
        $0.replacingOnce(
          "\"members\": 12",
          with:
            "\"members\": {\"value\": 12, \"source\": \"regelgeving-test\", \"section\": \"art. 9\", \"approximate\": false}"
        )
      }
    ),
    (
      "v2-fact-members-approximate-string",
      {
        $0.replacingOnce(
          "\"members\": 12",
          with:
            "\"members\": {\"value\": 1200, \"source\": \"regelgeving-test\", \"section\": \"art. 9\", \"approximate\": \"ja\"}"
        )
      }
    ),
    (
      "v2-fact-members-disputed-approximate",
      {
        $0.replacingOnce(
          "\"members\": 12",
          with:
            "\"members\": {\"disputed\": [{\"value\": 20, \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}, {\"value\": 22, \"source\": \"regelgeving-test\", \"section\": \"art. 10\", \"approximate\": true}]}"
        )
      }
    ),
    (
      "v2-fact-members-cited-negative",
      {
        $0.replacingOnce(
          "\"members\": 12",
          with: "\"members\": {\"value\": -1, \"source\": \"regelgeving-test\", \"section\": \"art. 9\"}")
      }
    ),
    (
      "v2-fact-cited-themes",
      {
        $0.replacingOnce(
          "\"themes\": [\"jeugdhulp\"]",
          with:
            "\"themes\": {\"value\": [\"jeugdhulp\", \"mantelzorg\"], \"source\": \"regelgeving-test\", \"section\": \"art. 2\"}"
        )
      }
    ),
    (
      "v2-fact-cited-themes-duplicate",
      {
        $0.replacingOnce(
          "\"themes\": [\"jeugdhulp\"]",
          with:
            "\"themes\": {\"value\": [\"jeugdhulp\", \"jeugdhulp\"], \"source\": \"regelgeving-test\", \"section\": \"art. 2\"}"
        )
      }
    ),
    (
      "v2-fact-cited-from",
      {
        $0.replacingOnce(
          "\"from\": \"2026-03-01\"",
          with: "\"from\": {\"value\": \"2026-03-01\", \"source\": \"regelgeving-test\", \"section\": null}")
      }
    ),
    (
      "v2-fact-cited-from-2026-02-30",
      {
        $0.replacingOnce(
          "\"from\": \"2026-03-01\"",
          with: "\"from\": {\"value\": \"2026-02-30\", \"source\": \"regelgeving-test\", \"section\": null}")
      }
    ),
    (
      "v2-fact-cited-flag",
      {
        $0.replacingOnce(
          "\"resultsAgreement\": true",
          with:
            "\"resultsAgreement\": {\"value\": true, \"source\": \"regelgeving-test\", \"section\": \"art. 9 lid 3\"}")
      }
    ),
    (
      "v2-form-setUpBy-jointBoard",
      { $0.replacingOnce("\"setUpBy\": \"executive\"", with: "\"setUpBy\": \"jointBoard\"") }
    ),
    (
      "v2-form-setUpBy-cited-jointBoard",
      {
        $0.replacingOnce(
          "\"setUpBy\": \"executive\"",
          with: "\"setUpBy\": {\"value\": \"jointBoard\", \"source\": \"regelgeving-test\", \"section\": \"art. 1\"}")
      }
    ),
    (
      "v2-choice-disputed",
      {
        $0.replacingOnce(
          "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
          with:
            "\"agendaSetting\": {\"disputed\": [{\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}, {\"value\": \"municipality\", \"source\": \"leidraad\", \"section\": \"4.2\"}]}"
        )
      }
    ),
    (
      "v2-choice-disputed-one",
      {
        $0.replacingOnce(
          "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
          with:
            "\"agendaSetting\": {\"disputed\": [{\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}]}"
        )
      }
    ),
    (
      "v2-choice-disputed-null-entry",
      {
        $0.replacingOnce(
          "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
          with:
            "\"agendaSetting\": {\"disputed\": [null, {\"value\": \"municipality\", \"source\": \"leidraad\", \"section\": \"4.2\"}]}"
        )
      }
    ),
    (
      "v2-choice-disputed-plain-entries",
      {
        $0.replacingOnce(
          "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
          with: "\"agendaSetting\": {\"disputed\": [\"citizensToo\", \"municipality\"]}")
      }
    ),
    (
      "v2-choice-approximate",
      {
        $0.replacingOnce(
          "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
          with:
            "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\", \"approximate\": true}"
        )
      }
    ),
    (
      "v2-shared-body-reference",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": []",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [{\"body\": \"regionaal-platform\", \"localNote\": \"eigen afgevaardigde\", \"source\": \"leidraad\", \"section\": \"5.3\"}]"
        )
      }
    ),
    (
      "v2-shared-body-localNote-null",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": []",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [{\"body\": \"regionaal-platform\", \"localNote\": null, \"source\": \"leidraad\", \"section\": null}]"
        )
      }
    ),
    (
      "v2-shared-body-missing-localNote",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": []",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [{\"body\": \"regionaal-platform\", \"source\": \"leidraad\", \"section\": \"5.3\"}]"
        )
      }
    ),
    (
      "v2-shared-body-localNote-blank",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": []",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [{\"body\": \"regionaal-platform\", \"localNote\": \" \", \"source\": \"leidraad\", \"section\": \"5.3\"}]"
        )
      }
    ),
    (
      "v2-shared-body-bad-id",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": []",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [{\"body\": \"Regionaal Platform\", \"localNote\": null, \"source\": \"leidraad\", \"section\": \"5.3\"}]"
        )
      }
    ),
    (
      "v2-shared-body-extra-key",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": []",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [{\"body\": \"regionaal-platform\", \"localNote\": null, \"source\": \"leidraad\", \"section\": \"5.3\", \"from\": null}]"
        )
      }
    ),
    (
      "v2-shared-body-string",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": []",
          with:
            "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [\"regionaal-platform\"]"
        )
      }
    ),
    (
      "v2-missing-sharedBodies",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n      \"sharedBodies\": [],\n",
          with: "\"participationOrdinance\": null},\n      \"formsComplete\": null,\n")
      }
    ),
    (
      "v2-boundary-change",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null\n      },\n      \"formsComplete\": null,\n      \"sharedBodies\": [],\n      \"boundaryChanges\": []",
          with:
            "\"participationOrdinance\": null\n      },\n      \"formsComplete\": null,\n      \"sharedBodies\": [],\n      \"boundaryChanges\": [{\"date\": \"2019-01-01\", \"merged\": [\"Haren\", \"Ten Boer\"], \"source\": \"regelgeving-test\", \"section\": null}]"
        )
      }
    ),
    (
      "v2-boundary-change-bad-date",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null\n      },\n      \"formsComplete\": null,\n      \"sharedBodies\": [],\n      \"boundaryChanges\": []",
          with:
            "\"participationOrdinance\": null\n      },\n      \"formsComplete\": null,\n      \"sharedBodies\": [],\n      \"boundaryChanges\": [{\"date\": \"2019\", \"merged\": [\"Haren\"], \"source\": \"regelgeving-test\", \"section\": null}]"
        )
      }
    ),
    (
      "v2-missing-boundaryChanges",
      {
        $0.replacingOnce(
          "\"participationOrdinance\": null\n      },\n      \"formsComplete\": null,\n      \"sharedBodies\": [],\n      \"boundaryChanges\": [],\n",
          with:
            "\"participationOrdinance\": null\n      },\n      \"formsComplete\": null,\n      \"sharedBodies\": [],\n")
      }
    ),
  ]

  /// Every variant: its name and its text.
  static var variants: [(String, String)] {
    let v1: [(String, String)] = v1Variants.map { ($0.0, $0.1(validV1ProfileText)) }
    let v2: [(String, String)] = v2Variants.map { ($0.0, $0.1(validProfileText)) }
    return v1 + v2
  }

  @Test func schemaAndLoaderAgreeOnEveryVariant() throws {
    let directory = NSTemporaryDirectory() + "betrokken-schema-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let variants = Self.variants
    var files: [String: String] = [:]
    for (name, text) in variants {
      let folder = directory + "/" + name
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let file = folder + "/GM0034.json"
      try Data(text.utf8).write(to: URL(fileURLWithPath: file))
      files[name] = file
    }
    // The variants seed the fuzzers (`Fuzz/run` asks for them through this variable).
    if let seeds = ProcessInfo.processInfo.environment["BETROKKEN_SEED_DIRECTORY"] {
      try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
      for (name, text) in variants {
        try Data(text.utf8).write(to: URL(fileURLWithPath: seeds + "/" + name + ".json"))
      }
    }
    #expect(files.count == variants.count, "variant names must be unique")
    let (verdicts, failedKeywords) = try schemaRun(Array(files.values))
    var accepted = 0
    for (name, _) in variants {
      let file = files[name]!
      let (profile, diagnostics) = ProfileLoader.loadFile(file, registry: shippedRegistry)
      let loaderAccepts = profile != nil
      guard let schemaAccepts = verdicts[file] else {
        Issue.record("no verdict for \(name)")
        continue
      }
      #expect(
        loaderAccepts == schemaAccepts,
        "\(name): loader \(loaderAccepts ? "accepts" : "rejects"), schema \(schemaAccepts ? "accepts" : "rejects"); \(diagnostics.map { DiagnosticWords.message($0.problem) })"
      )
      if loaderAccepts { accepted += 1 }
    }
    // The corpus must exercise both verdicts, or it proves nothing.
    #expect(accepted >= 55)
    #expect(variants.count - accepted >= 152)
    // And every keyword that constrains a value must be what rejects some variant.
    let exercised = failedKeywords.values.reduce(into: Set<String>()) { $0.formUnion($1) }
    let missing = try Self.constrainingKeywords().subtracting(exercised)
    #expect(missing.isEmpty, "no variant is rejected by \(missing.sorted())")
  }

  /// The keywords the profile schema uses that can reject a value (not annotations, references or the containers
  /// whose subschemas do the rejecting).
  static func constrainingKeywords() throws -> Set<String> {
    // Applicators and annotations: what rejects is a keyword inside them (or, for `if`, none).
    let structural: Set = [
      "$defs", "$ref", "$schema", "$id", "title", "description", "properties", "items", "if", "then", "else",
    ]
    var keywords = Set<String>()
    func walk(_ node: Any, inPropertyNames: Bool) {
      if let object = node as? [String: Any] {
        for (key, value) in object {
          if !inPropertyNames { keywords.insert(key) }
          walk(value, inPropertyNames: ["properties", "$defs", "patternProperties"].contains(key) && !inPropertyNames)
        }
      } else if let array = node as? [Any] {
        for value in array { walk(value, inPropertyNames: false) }
      }
    }
    walk(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: schema))), inPropertyNames: false)
    return keywords.subtracting(structural)
  }
}
