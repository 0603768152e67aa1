import Testing

@testable import BetrokkenModel

/// Messages that name the real mistake, and inputs that were treated wrongly before.
@Suite struct LoaderMessageTests {
  @Test func aTrailingCommaIsNamed() {
    let text = validProfileText.replacingOnce(
      "\"retrieved\": null, \"url\": null}", with: "\"retrieved\": null, \"url\": null,}")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(
      lines.first?.contains("geen komma voor het sluitteken (JSON kent geen komma na het laatste element") == true,
      "\(lines)")
  }

  @Test func aCommentIsNamed() {
    let text = validProfileText.replacingOnce("\"formatVersion\": 2,", with: "\"formatVersion\": 2, // versie")
    let lines = diagnostics(forProfile: text)
    #expect(
      lines == [
        "DIR/GM0034.json:2:23: fout: ongeldige JSON: verwacht geen commentaar (JSON kent geen // of /* */; haal het weg); gevonden '/'"
      ])
  }

  @Test func aBareValueWhereAFactBelongsShowsTheShape() {
    let text = validProfileText.replacingOnce(
      "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
      with: "\"agendaSetting\": \"citizensToo\"")
    let lines = diagnostics(forProfile: text)
    #expect(
      lines == [
        "DIR/GM0034.json:20:26: fout: records[0].choices.agendaSetting: verwacht een feit als {\"value\": …, \"source\": \"…\", \"section\": …} (of null als het onbekend is); gevonden tekst \"citizensToo\""
      ])
  }

  @Test func aDutchWordNearALabelIsSuggested() {
    let text = validProfileText.replacingOnce("\"kind\": \"advisoryCouncil\"", with: "\"kind\": \"jongerenplatform\"")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1)
    #expect(lines.first?.hasSuffix("gevonden \"jongerenplatform\"; bedoelde u \"platform\"?") == true, "\(lines)")
  }

  @Test func oneBadFieldInASourceDoesNotCascade() {
    // The source's title is a number: one error, not one more for every fact that cites the source.
    let text = validProfileText.replacingOnce(
      "\"title\": \"Burgerbetrokkenheid bij gemeentelijk beleid en uitvoering\"", with: "\"title\": 2015")
    let lines = diagnostics(forProfile: text)
    #expect(lines.count == 1, "\(lines)")
    #expect(lines.first?.contains("sources[0].title: verwacht tekst; gevonden getal 2015") == true)
  }

  @Test func aByteOrderMarkAndIntegralNumbersAreAccepted() {
    #expect(diagnostics(forProfile: "\u{FEFF}" + validProfileText).isEmpty)
    #expect(
      diagnostics(forProfile: validProfileText.replacingOnce("\"members\": 12", with: "\"members\": 12.0")).isEmpty)
    #expect(
      diagnostics(forProfile: validProfileText.replacingOnce("\"formatVersion\": 2", with: "\"formatVersion\": 2e0"))
        .isEmpty)
    let fraction = diagnostics(forProfile: validProfileText.replacingOnce("\"members\": 12", with: "\"members\": 12.5"))
    #expect(
      fraction.count == 1 && fraction[0].contains("verwacht een geheel getal ≥ 0; gevonden getal 12.5"), "\(fraction)")
  }
}
