import BetrokkenModel
import Foundation
import Testing

/// The published JSON Schema and the loader must agree: a document one accepts and the other rejects is a bug
/// in one of them. Checked on every shipped profile and on a corpus of deliberately broken variants.
@Suite struct SchemaAgreementTests {
  static let schema = packageRoot + "/Data/schema/profile.schema.json"
  static let validator = packageRoot + "/Tests/Support/validate_schema.py"

  /// Runs the Python validator (jsonschema, Draft 2020-12) on files; returns the verdict per file.
  func schemaVerdicts(_ files: [String]) throws -> [String: Bool] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.validator, Self.schema] + files
    let output = NSTemporaryDirectory() + "schema-" + UUID().uuidString + ".txt"
    FileManager.default.createFile(atPath: output, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: output) }
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus != 2, "the schema is unusable or jsonschema is missing")
    var verdicts: [String: Bool] = [:]
    for line in try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n") {
      if line.hasPrefix("OK ") { verdicts[String(line.dropFirst(3))] = true }
      if line.hasPrefix("INVALID "), let end = line.range(of: ": ") {
        verdicts[String(line[line.index(line.startIndex, offsetBy: 8)..<end.lowerBound])] = false
      }
    }
    return verdicts
  }

  @Test func everyShippedProfileMatchesTheSchema() throws {
    let directory = packageRoot + "/Data/profiles"
    let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
      .map { directory + "/" + $0 }
    #expect(files.count == 21)
    let verdicts = try schemaVerdicts(files)
    for file in files { #expect(verdicts[file] == true, "\(file)") }
  }

  /// (name, change to the valid fixture). The valid fixture itself is the first entry.
  static let variants: [(String, @Sendable (String) -> String)] = [
    ("valid", { $0 }),
    ("participation-a", { $0.replacingOnce("\"participationAct\": {\"b\": null", with: "\"participationAct\": {\"a\": null, \"b\": null") }),
    ("missing-top-key", { $0.replacingOnce("  \"name\": \"Almere\",\n", with: "") }),
    ("missing-form-key", { $0.replacingOnce("      \"legalForm\": null,\n", with: "") }),
    ("missing-choice", { $0.replacingOnce("    \"facilitation\": null,\n", with: "") }),
    ("extra-top-key", { $0.replacingOnce("\"formatVersion\": 1,", with: "\"formatVersion\": 1, \"extra\": 1,") }),
    ("extra-form-key", { $0.replacingOnce("\"scale\": \"local\",", with: "\"scale\": \"local\", \"scael\": \"local\",") }),
    ("extra-fact-key", { $0.replacingOnce("\"section\": \"1.1\"}", with: "\"section\": \"1.1\", \"page\": 3}") }),
    ("extra-source-key", { $0.replacingOnce("\"url\": null}", with: "\"url\": null, \"isbn\": null}") }),
    ("bad-rung", { $0.replacingOnce("\"rung\": \"advise\"", with: "\"rung\": \"adviseren\"") }),
    ("bad-kind", { $0.replacingOnce("\"kind\": \"advisoryCouncil\"", with: "\"kind\": \"council\"") }),
    ("bad-status", { $0.replacingOnce("\"status\": \"existing\"", with: "\"status\": \"active\"") }),
    ("null-status", { $0.replacingOnce("\"status\": \"existing\"", with: "\"status\": null") }),
    ("bad-phase", { $0.replacingOnce("[\"agenda\", \"formulation\"]", with: "[\"agenda\", \"formulaton\"]") }),
    ("duplicate-phase", { $0.replacingOnce("[\"agenda\", \"formulation\"]", with: "[\"agenda\", \"agenda\"]") }),
    ("empty-phases", { $0.replacingOnce("[\"agenda\", \"formulation\"]", with: "[]") }),
    ("fact-bare-value", { $0.replacingOnce("\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}", with: "\"agendaSetting\": \"citizensToo\"") }),
    ("fact-null-value", { $0.replacingOnce("{\"value\": \"citizensToo\",", with: "{\"value\": null,") }),
    ("fact-empty-string", { $0.replacingOnce("\"citizenMotives\": null", with: "\"citizenMotives\": \"\"") }),
    ("fact-section-null", { $0.replacingOnce("\"section\": \"4.1\"}", with: "\"section\": null}") }),
    ("fact-section-empty", { $0.replacingOnce("\"section\": \"4.1\"}", with: "\"section\": \"\"}") }),
    ("members-negative", { $0.replacingOnce("\"members\": null", with: "\"members\": -1") }),
    ("members-fraction", { $0.replacingOnce("\"members\": null", with: "\"members\": 1.5") }),
    ("members-string", { $0.replacingOnce("\"members\": null", with: "\"members\": \"12\"") }),
    ("members-zero", { $0.replacingOnce("\"members\": null", with: "\"members\": 0") }),
    ("format-2", { $0.replacingOnce("\"formatVersion\": 1", with: "\"formatVersion\": 2") }),
    ("format-string", { $0.replacingOnce("\"formatVersion\": 1", with: "\"formatVersion\": \"1\"") }),
    ("no-sources", { text in
      let start = text.range(of: "\"sources\": [")!.upperBound
      let end = text.range(of: "],\n  \"choices\"")!.lowerBound
      return text.replacingCharacters(in: start..<end, with: "")
    }),
    ("bad-code", { $0.replacingOnce("\"code\": \"GM0034\"", with: "\"code\": \"GM34\"") }),
    ("code-newline", { $0.replacingOnce("\"code\": \"GM0034\"", with: "\"code\": \"GM0034\\n\"") }),
    ("bad-form-id", { $0.replacingOnce("\"id\": \"adviesraad-sociaal-domein\"", with: "\"id\": \"Adviesraad SD\"") }),
    ("form-id-double-hyphen", { $0.replacingOnce("\"id\": \"adviesraad-sociaal-domein\"", with: "\"id\": \"adviesraad--sd\"") }),
    ("blank-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"  \"") }),
    ("carriage-return-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"\\r\"") }),
    ("bom-only-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"\\ufeff\"") }),
    ("nbsp-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"\\u00a0\"") }),
    ("padded-name", { $0.replacingOnce("\"name\": \"Adviesraad Sociaal Domein\"", with: "\"name\": \"  x  \"") }),
    ("themes-duplicate", { $0.replacingOnce("\"themes\": null", with: "\"themes\": [\"mantelzorg\", \"mantelzorg\"]") }),
    ("themes-blank", { $0.replacingOnce("\"themes\": null", with: "\"themes\": [\" \"]") }),
    ("themes-empty", { $0.replacingOnce("\"themes\": null", with: "\"themes\": []") }),
    ("members-list-empty", { $0.replacingOnce("\"memberMunicipalities\": null", with: "\"memberMunicipalities\": []") }),
    ("members-list-bad-code", { $0.replacingOnce("\"memberMunicipalities\": null", with: "\"memberMunicipalities\": [\"Almere\"]") }),
    ("advises-region", { $0.replacingOnce("\"advises\": [\"executive\"]", with: "\"advises\": [\"region\"]") }),
    ("advises-regio", { $0.replacingOnce("\"advises\": [\"executive\"]", with: "\"advises\": [\"regio\"]") }),
    ("year-string", { $0.replacingOnce("\"year\": 2015", with: "\"year\": \"2015\"") }),
    ("publisher-null", { $0.replacingOnce("\"publisher\": \"Movisie\"", with: "\"publisher\": null") }),
    ("ordinance-missing-item", { $0.replacingOnce("\"wmo2015\": {\"a\": null, \"b\": null, \"c\": null, \"d\": null, \"e\": null, \"f\": null}", with: "\"wmo2015\": {\"a\": null, \"b\": null, \"c\": null, \"d\": null, \"e\": null}") }),
    ("ordinance-item-true", { $0.replacingOnce("\"wmo2015\": {\"a\": null", with: "\"wmo2015\": {\"a\": {\"value\": true, \"source\": \"leidraad\", \"section\": null}") }),
    ("ordinance-item-bare-true", { $0.replacingOnce("\"wmo2015\": {\"a\": null", with: "\"wmo2015\": {\"a\": true") }),
    ("results-agreement-string", { $0.replacingOnce("\"resultsAgreement\": null", with: "\"resultsAgreement\": \"ja\"") }),
    ("regional-policy-empty", { $0.replacingOnce("\"regionalPolicy\": null", with: "\"regionalPolicy\": {\"value\": [], \"source\": \"leidraad\", \"section\": \"5.3\"}") }),
    ("duplicate-key", { $0.replacingOnce("\"formatVersion\": 1,", with: "\"formatVersion\": 1, \"formatVersion\": 1,") }),
    ("byte-order-mark", { "\u{FEFF}" + $0 }),
    ("not-json", { $0 + "}" }),
    ("nan", { $0.replacingOnce("\"members\": null", with: "\"members\": NaN") }),
    ("forms-not-array", { text in
      let start = text.range(of: "\"forms\": [")!.lowerBound
      return String(text[..<start]) + "\"forms\": {}\n}\n"
    }),
  ]

  @Test func schemaAndLoaderAgreeOnEveryVariant() throws {
    let directory = NSTemporaryDirectory() + "betrokken-schema-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var files: [String: String] = [:]
    for (name, change) in Self.variants {
      let folder = directory + "/" + name
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let file = folder + "/GM0034.json"
      try Data(change(validProfileText).utf8).write(to: URL(fileURLWithPath: file))
      files[name] = file
    }
    let verdicts = try schemaVerdicts(Array(files.values))
    var accepted = 0
    for (name, _) in Self.variants {
      let file = files[name]!
      let (profile, diagnostics) = ProfileLoader.loadFile(file, registry: shippedRegistry)
      let loaderAccepts = profile != nil
      let schemaAccepts = try #require(verdicts[file], "no verdict for \(name)")
      #expect(loaderAccepts == schemaAccepts,
        "\(name): loader \(loaderAccepts ? "accepts" : "rejects"), schema \(schemaAccepts ? "accepts" : "rejects"); \(diagnostics.map(\.message))")
      if loaderAccepts { accepted += 1 }
    }
    // The corpus must exercise both verdicts, or it proves nothing.
    #expect(accepted >= 8)
    #expect(Self.variants.count - accepted >= 40)
  }
}
