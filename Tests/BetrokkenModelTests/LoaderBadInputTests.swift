import BetrokkenScreen
import Foundation
import Testing

@testable import BetrokkenModel

/// Every kind of bad input has a test that checks its exact message: file, line:column, path, expected, found.
@Suite struct LoaderBadInputTests {
  @Test func validProfileLoadsWithoutDiagnostics() {
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", validProfileText)
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    #expect(result.diagnostics.isEmpty)
    #expect(result.profiles.map(\.code) == ["GM0034"])
    #expect(result.profiles.first?.records.first?.forms.first?.rung == .known(.advise))
  }

  @Test func invalidJSON() {
    let text = validProfileText.replacingOnce("\"name\": \"Almere\",", with: "\"name\": \"Almere\"")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:5:3: fout: ongeldige JSON: verwacht ',' of '}'; gevonden '\"'"
      ])
  }

  @Test func wrongType() {
    let text = validProfileText.replacingOnce("\"members\": null", with: "\"members\": \"twaalf\"")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:50:22: fout: records[0].forms[0].members: verwacht een geheel getal ≥ 0; gevonden tekst \"twaalf\""
      ])
  }

  @Test func unknownKeyWithSuggestion() {
    let text = validProfileText.replacingOnce("\"scale\": \"local\",", with: "\"scale\": \"local\", \"scael\": 1,")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:41:29: fout: records[0].forms[0].scael: onbekende sleutel \"scael\"; bedoelde u \"scale\"?"
      ])
  }

  @Test func unknownEnumerationValueSuggestsKeyForDutchLabel() {
    let text = validProfileText.replacingOnce("\"rung\": \"advise\"", with: "\"rung\": \"adviseren\"")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:42:19: fout: records[0].forms[0].rung: verwacht een van: inform, consult, advise, coproduce, codecide; gevonden \"adviseren\"; bedoelde u \"advise\"?"
      ])
  }

  @Test func unknownEnumerationValueSuggestsClosestKey() {
    let text = validProfileText.replacingOnce(
      "\"phases\": [\"agenda\", \"formulation\"]", with: "\"phases\": [\"agenda\", \"formulaton\"]")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:43:32: fout: records[0].forms[0].phases[1]: verwacht een van: agenda, formulation, decision, implementation, evaluation; gevonden \"formulaton\"; bedoelde u \"formulation\"?"
      ])
  }

  @Test func missingRequiredField() {
    let text = validProfileText.replacingOnce("          \"legalForm\": null,\n", with: "")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:32:9: fout: records[0].forms[0]: ontbrekende sleutel \"legalForm\" (onbekend schrijft u als null)"
      ])
  }

  @Test func duplicateKey() {
    let text = validProfileText.replacingOnce(
      "\"formatVersion\": 2,", with: "\"formatVersion\": 2,\n  \"formatVersion\": 2,")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:3:3: fout: formatVersion: sleutel \"formatVersion\" komt twee keer voor in dit object; verwacht elke sleutel één keer"
      ])
  }

  @Test func participationActHasNoItemAInFormat1() {
    let text = validProfileV1Text.replacingOnce(
      "\"participationAct\": {\"b\": null", with: "\"participationAct\": {\"a\": null, \"b\": null")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:26:26: fout: ordinance.participationAct.a: de Participatiewet (art. 47) kent geen onderdeel (a); verwacht alleen b, c, d, e, f"
      ])
  }

  @Test func unknownMunicipalityCode() {
    let text = validProfileText.replacingOnce("\"code\": \"GM0034\"", with: "\"code\": \"GM9999\"")
    #expect(
      diagnostics(forProfile: text, named: "GM9999.json") == [
        "DIR/GM9999.json:3:11: fout: code: onbekende gemeentecode \"GM9999\": niet in het register van 2025; \"Almere\" heeft code GM0034"
      ])
  }

  @Test func fileNameNotMatchingCode() {
    #expect(
      diagnostics(forProfile: validProfileText, named: "almere.json") == [
        "DIR/almere.json:3:11: fout: code: bestandsnaam \"almere.json\" past niet bij de code; verwacht \"GM0034.json\""
      ])
  }

  @Test func duplicateCodeAcrossFilesKeepsTheFirst() {
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", validProfileText)
    let second = directory.write("GM0034-kopie.json", validProfileText)
    let result = ProfileLoader.load(paths: [directory.path, second], registry: shippedRegistry)
    // The copy is read twice (directory and path); both copies are refused for the file name, and the
    // repeated path is refused as a duplicate of the original.
    let lines = renderedDiagnostics(result, in: directory)
    #expect(
      lines.contains(
        "DIR/GM0034-kopie.json:3:11: fout: code: bestandsnaam \"GM0034-kopie.json\" past niet bij de code; verwacht \"GM0034.json\""
      ))
    #expect(result.profiles.count == 1)
  }

  @Test func duplicateCodeAcrossDirectories() {
    let first = TemporaryDirectory()
    let second = TemporaryDirectory()
    first.write("GM0034.json", validProfileText)
    second.write("GM0034.json", validProfileText)
    let result = ProfileLoader.load(paths: [first.path, second.path], registry: shippedRegistry)
    let lines = result.diagnostics.map {
      DiagnosticWords.line($0).replacingOccurrences(of: first.path, with: "EERSTE").replacingOccurrences(
        of: second.path, with: "TWEEDE")
    }
    #expect(
      lines == [
        "TWEEDE/GM0034.json: fout: code: code GM0034 staat ook in EERSTE/GM0034.json; dit bestand is niet geladen"
      ])
    #expect(result.profiles.map(\.file) == [first.path + "/GM0034.json"])
  }

  @Test func invalidUTF8() {
    var bytes = Array(validProfileText.utf8)
    let index = bytes.firstIndex(of: UInt8(ascii: "V"))!  // In "Almere"? No: the first V is in the title.
    bytes[index] = 0xFF
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", bytes: bytes)
    let lines = renderedDiagnostics(
      ProfileLoader.load(paths: [directory.path], registry: shippedRegistry), in: directory)
    #expect(lines.count == 1)
    #expect(lines.first?.hasSuffix(": fout: geen geldige UTF-8 (byte 0xFF); sla het bestand op als UTF-8") == true)
    #expect(lines.first?.hasPrefix("DIR/GM0034.json:") == true)
  }

  @Test func invalidUTF8Position() {
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", bytes: Array("{\n  \"name\": \"Alm".utf8) + [0xC3, 0x28] + Array("\"\n}".utf8))
    #expect(
      renderedDiagnostics(ProfileLoader.load(paths: [directory.path], registry: shippedRegistry), in: directory) == [
        "DIR/GM0034.json:2:15: fout: geen geldige UTF-8 (byte 0xC3); sla het bestand op als UTF-8"
      ])
  }

  @Test func emptyFile() {
    #expect(
      diagnostics(forProfile: "") == [
        "DIR/GM0034.json: fout: leeg bestand; verwacht een JSON-object met een profiel"
      ])
    #expect(
      diagnostics(forProfile: " \n\t\n") == [
        "DIR/GM0034.json: fout: leeg bestand; verwacht een JSON-object met een profiel"
      ])
  }

  @Test func fileOverOneMebibyteIsRefusedBeforeParsing() {
    // Not JSON at all: if the loader parsed it, the message would be a syntax error.
    let text = String(repeating: "x", count: ProfileLoader.maximumFileSize + 1)
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json: fout: bestand is 1.048.577 bytes, meer dan de toegestane 1.048.576 (1 MiB); niet gelezen"
      ])
  }

  @Test func directoryThatDoesNotExist() {
    let result = ProfileLoader.load(paths: ["/bestaat/niet"], registry: shippedRegistry)
    #expect(result.diagnostics.map(DiagnosticWords.line) == ["/bestaat/niet: fout: bestand of map bestaat niet"])
  }

  // As root the kernel ignores file modes; the end-to-end suite covers root by dropping privileges.
  @Test(.disabled(if: geteuid() == 0, "root reads any file")) func permissionErrorWhenNotRoot() throws {
    let directory = TemporaryDirectory()
    let file = directory.write("GM0034.json", validProfileText)
    chmod(file, 0)
    #expect(
      renderedDiagnostics(ProfileLoader.load(paths: [directory.path], registry: shippedRegistry), in: directory) == [
        "DIR/GM0034.json: fout: geen leesrechten"
      ])
  }

  @Test func goodFilesStillLoadBesideBadOnes() {
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", validProfileText)
    directory.write("GM0014.json", "{")
    directory.write("GM0307.json", "")
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    #expect(result.profiles.map(\.code) == ["GM0034"])
    #expect(result.errorCount == 2)
    #expect(result.filesRead == 3)
  }

  @Test func controlCharactersAreReplacedWithAWarning() {
    let text = validProfileText.replacingOnce(
      "\"Adviesraad Sociaal Domein\"", with: "\"Advies\\u001b]52;c;aGk=\\u0007raad \\u202eX\"")
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", text)
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    #expect(
      renderedDiagnostics(result, in: directory) == [
        "DIR/GM0034.json:34:19: waarschuwing: records[0].forms[0].name: 3 stuurteken(s) vervangen door \u{FFFD} (besturingstekens en richtingstekens zijn niet toegestaan)"
      ])
    #expect(result.profiles.first?.records.first?.forms.first?.name == "Advies\u{FFFD}]52;c;aGk=\u{FFFD}raad \u{FFFD}X")
  }

  @Test func unknownSourceReference() {
    let text = validProfileText.replacingOnce(
      "\"source\": \"leidraad\",\n          \"section\": \"3.1\"",
      with: "\"source\": \"leidraat\",\n          \"section\": \"3.1\"")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:57:21: fout: records[0].forms[0].source: verwacht de id van een bron uit \"sources\"; gevonden \"leidraat\"; bedoelde u \"leidraad\"?"
      ])
  }

  @Test func unknownIsDistinctFromNoAndEmpty() throws {
    let text =
      validProfileText
      .replacingOnce("\"resultsAgreement\": null", with: "\"resultsAgreement\": false")
      .replacingOnce("\"themes\": null", with: "\"themes\": []")
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", text)
    let form = try #require(
      ProfileLoader.load(paths: [directory.path], registry: shippedRegistry).profiles.first?.records.first?.forms.first)
    #expect(form.resultsAgreement == .known(false))
    #expect(form.themes == .known([]))
    #expect(form.rankAndFileLink == .unknown)
    #expect(form.members == .unknown)
  }

  @Test func diagnosticsNeverCarryEscapeSequences() {
    let text = validProfileText.replacingOnce(
      "\"scale\": \"local\",", with: "\"scale\": \"local\", \"x\\u001b]52;c;aGk=\\u0007\\u001b[31m\": 1,")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(!lines[0].unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(lines[0].contains("onbekende sleutel \"x\u{FFFD}]52;c;aGk=\u{FFFD}\u{FFFD}[31m\""))
  }

  // MARK: format 2

  @Test func impossibleDate() {
    let text = validProfileText.replacingOnce("\"id\": \"2015-09-30\"", with: "\"id\": \"2015-02-30\"")
    #expect(
      diagnostics(forProfile: text) == [
        "DIR/GM0034.json:7:13: fout: records[0].id: verwacht een datum als \"2026-11-29\" (JJJJ-MM-DD, een bestaande dag in 1900–2099); gevonden tekst \"2015-02-30\""
      ])
  }

  @Test func duplicateRecordDate() {
    let text = validProfileText.replacingOnce("\"id\": \"2026-11-29\"", with: "\"id\": \"2015-09-30\"")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(
      lines.first?.hasSuffix(
        "fout: records[1].id: record-id 2015-09-30 komt twee keer voor; verwacht één record per datum") == true)
  }

  @Test func delegationMustNameARegulationOfTheRecord() {
    let text = validProfileText.replacingOnce(
      "\"regulation\": \"verordening-adviesraad-2025\"", with: "\"regulation\": \"verordening-adviesraad-2052\"")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(
      lines.first?.contains(
        "delegatedBy.regulation: verwacht de id van een verordening uit \"regulations\" van dit record; gevonden \"verordening-adviesraad-2052\"; bedoelde u \"verordening-adviesraad-2025\"?"
      ) == true)
  }

  @Test func untilBeforeFrom() {
    let text = validProfileText.replacingOnce(
      "\"inForceUntil\": null,\n          \"legalBases\": [\"Gemeentewet 150\"",
      with: "\"inForceUntil\": \"2020-01-01\",\n          \"legalBases\": [\"Gemeentewet 150\"")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(
      lines.first?.contains("inForceUntil: verwacht een datum op of na inForceFrom (2026-01-01); gevonden 2020-01-01")
        == true)
  }

  @Test func unknownLegalItemKey() {
    let text = validProfileText.replacingOnce("\"legalItems\": {\"a\"", with: "\"legalItems\": {\"g\"")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(lines.first?.contains("legalItems.g: onbekend onderdeel \"g\"; verwacht een van: a, b, c, d, e, f") == true)
  }

  @Test func schemaKeyIsAllowedAndOtherVersionsAreNot() {
    let withSchema = validProfileText.replacingOnce(
      "\"formatVersion\": 2,", with: "\"$schema\": \"../schema/profile.schema.json\",\n  \"formatVersion\": 2,")
    #expect(diagnostics(forProfile: withSchema).isEmpty)
    let three = validProfileText.replacingOnce("\"formatVersion\": 2,", with: "\"formatVersion\": 3,")
    #expect(
      diagnostics(forProfile: three) == [
        "DIR/GM0034.json:2:20: fout: formatVersion: verwacht 2 (of 1, dat bij het laden wordt omgezet); gevonden 3 (deze versie van Betrokken kent formaat 1 en 2)"
      ])
  }

  @Test func format1LoadsConvertedWithANote() throws {
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", validProfileV1Text)
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    #expect(
      renderedDiagnostics(result, in: directory) == [
        "DIR/GM0034.json:2:20: opmerking: formatVersion: formaat 1, bij het laden omgezet naar formaat 2: één record gedateerd 2015-01-01 (1 januari van het jaar van de nieuwste bron); betrokken migrate schrijft het bestand om"
      ])
    let profile = try #require(result.profiles.first)
    #expect(profile.fileFormatVersion == 1)
    #expect(profile.records.count == 1)
    #expect(profile.records[0].sources[0].published == "2015")
    #expect(result.errorCount == 0)
  }

  @Test func format1OrdinanceFactsBecomeRegulationsOfUnknownKind() throws {
    let text =
      validProfileV1Text
      .replacingOnce(
        "\"wmo2015\": {\"a\": null, \"b\": null",
        with:
          "\"wmo2015\": {\"a\": {\"value\": true, \"source\": \"leidraad\", \"section\": \"art. 2, 3\"}, \"b\": {\"value\": false, \"source\": \"leidraad\", \"section\": null}"
      )
      .replacingOnce(
        "\"youthAct\": {\"a\": null",
        with: "\"youthAct\": {\"a\": {\"value\": true, \"source\": \"leidraad\", \"section\": \"art. 1g-i\"}")
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", text)
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    let record = try #require(result.profiles.first?.records.first)
    // Two articles for the same item: one regulation per law keeps both.
    #expect(record.regulations.map(\.legalItems) == [[.a: "art. 2, 3"], [.a: "art. 1g-i"]])
    #expect(record.regulations.allSatisfy { $0.kind.isUnknown && $0.inForceFrom == nil && !$0.readWhole })
    #expect(
      result.diagnostics.first.map { DiagnosticWords.message($0.problem) }?.contains(
        "1 onderdeel met false of zonder artikel kan niet mee") == true)
    let findings = LegalCheck.findings(for: Situation(result.profiles[0], asOf: testAsOf))
    #expect(findings.allSatisfy { $0.verdict == .undecidable }, "kind and dates unknown: nothing is decided")
  }

  @Test func formatExampleOfTheDocsLoads() throws {
    let registry = MunicipalityRegistry([
      Municipality(
        code: "GM9999", name: "Voorbeeldstad", province: "Utrecht", population: 1, areaKm2: 1, neighbours: [])
    ])
    let result = ProfileLoader.load(paths: [packageRoot + "/Tests/Fixtures/format-example.json"], registry: registry)
    // The fixture's file name is not GM9999.json; that is the only complaint.
    #expect(
      result.diagnostics.map { DiagnosticWords.message($0.problem) } == [
        "bestandsnaam \"format-example.json\" past niet bij de code; verwacht \"GM9999.json\""
      ])
    let directory = TemporaryDirectory()
    directory.write(
      "GM9999.json", try String(contentsOfFile: packageRoot + "/Tests/Fixtures/format-example.json", encoding: .utf8))
    let loaded = ProfileLoader.load(paths: [directory.path], registry: registry)
    #expect(loaded.diagnostics.isEmpty)
    let profile = try #require(loaded.profiles.first)
    #expect(profile.records.count == 2)
    let checks = ProfileChecks(Situation(profile, asOf: testAsOf))
    let wmo = checks.legal.filter { $0.law == .wmo2015 }
    #expect(wmo.map(\.verdict) == [.met, .met, .met, .met, .met, .notMet])
    #expect(wmo[2].reason == .regulatedByFurtherRules)
    #expect(wmo[2].carrier?.delegatedBy?.article == "art. 9")
    #expect(wmo[5].uncounted.map(\.why) == [.policyRules])
    #expect(checks.legal.first { $0.law == .youthAct && $0.item == .f }?.reason == .listNotStatedComplete)
    #expect(checks.legal.first { $0.law == .participationAct && $0.item == .c }?.verdict == .met)
    #expect(checks.readiness.overall == .ready)
    // The Wmo-raad of 2015 ended on 2022-12-31.
    #expect(Situation(profile, asOf: CalendarDate("2022-12-31")!).formsInPlace.map(\.id) == ["wmo-raad"])
    #expect(Situation(profile, asOf: CalendarDate("2023-01-01")!).record?.id == CalendarDate("2015-09-30"))
    #expect(Situation(profile, asOf: CalendarDate("2023-01-01")!).formsInPlace.isEmpty)
  }

  @Test func contradictoryStatementsAreRefused() {
    let text = validProfileText.replacingOnce(
      "\"wmo2015\": {\"value\": \"complete\"", with: "\"wmo2015\": {\"value\": \"noOrdinance\"")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(
      lines.first?.contains(
        "regulationLists.wmo2015: \"noOrdinance\" spreekt regeling \"verordening-adviesraad-2025\" tegen") == true)
  }

  @Test func delegationMustComeFromAnOrdinanceOfTheRecord() {
    let selfDelegation = validProfileText.replacingOnce(
      "\"regulation\": \"verordening-adviesraad-2025\"", with: "\"regulation\": \"nadere-regels-ondersteuning\"")
    #expect(diagnostics(forProfile: selfDelegation).first?.contains("een regeling kan zichzelf niet delegeren") == true)
    let duplicate = validProfileText.replacingOnce(
      "\"id\": \"nadere-regels-ondersteuning\"", with: "\"id\": \"verordening-adviesraad-2025\"")
    #expect(
      diagnostics(forProfile: duplicate).contains {
        $0.contains("regeling-id \"verordening-adviesraad-2025\" komt twee keer voor in dit record")
      })
    let byPolicyRules = validProfileText.replacingOnce(
      "\"kind\": \"ordinance\",\n          \"adoptedBy\": \"council\"",
      with: "\"kind\": \"policyRules\",\n          \"adoptedBy\": \"executive\"")
    #expect(
      diagnostics(forProfile: byPolicyRules).contains {
        $0.contains(
          "alleen een verordening delegeert nadere regels; \"verordening-adviesraad-2025\" is \"policyRules\"")
      })
  }

  @Test func format1YearsOutsideTheCalendarAreRefused() {
    let text = validProfileV1Text.replacingOnce("\"year\": 2015", with: "\"year\": 2150")
    #expect(
      diagnostics(forProfile: text).first?.contains(
        "sources[0].year: verwacht een jaar van 1900 tot en met 2099; gevonden getal 2150") == true)
  }
}
