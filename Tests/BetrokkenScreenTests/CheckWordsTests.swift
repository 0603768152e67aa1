import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// Where the sources stop, the words say why: a search that found nothing names where and when, and that it
/// does not mean there is none.
@Suite struct CheckWordsTests {
  @Test func aSearchThatFoundNothing() {
    let search = RegulationSearch(
      targets: [.wmo2015, .participationOrdinance], date: CalendarDate("2026-11-29")!,
      place: "lokaleregelgeving.overheid.nl", found: [])
    let record = Record(id: CalendarDate("2026-11-29")!, sources: [], searches: [search])
    let situation = Situation(
      Profile(code: "GM0001", name: "Test", records: [record], file: "x"), asOf: CalendarDate("2026-11-29")!)
    let legal = LegalCheck.findings(for: situation).first { $0.law == .wmo2015 }!
    #expect(
      CheckWords.legalReason(legal, recordDate: record.id)
        == "geen verordening of nadere regels voor deze wet bekend: gezocht op 29 november 2026 in lokaleregelgeving.overheid.nl; geen geldende gevonden (dat betekent niet dat er geen is)"
    )
    let readiness = ParticipationReadiness(situation)
    #expect(
      CheckWords.readinessReason(readiness.items[0])
        == "geen participatieverordening bekend: gezocht op 29 november 2026 in lokaleregelgeving.overheid.nl; geen geldende gevonden (dat betekent niet dat er geen is)"
    )
  }

  @Test func aRegulationNamesTheFactsItLacks() {
    var regulation = Regulation(
      id: "vo", title: "Verordening adviesraad", readWhole: false, citation: Citation(sourceID: "s", section: nil))
    regulation.kind = .known(.ordinance)
    regulation.adoptedBy = .known(.council)
    regulation.inForceFrom = CalendarDate("2018-03-15")
    #expect(CheckWords.unknownFacts(regulation) == "de reikwijdte (welke wetten)")
    regulation.inForceFrom = nil
    regulation.adoptedBy = .unknown
    #expect(
      CheckWords.unknownFacts(regulation)
        == "de reikwijdte (welke wetten), wie haar vaststelde en de datum van inwerkingtreding")
  }

  @Test func onlyInformingTitleMakesNoLegalClaim() {
    #expect(!AttentionRule.onlyInforming.title.contains("wet"))
    #expect(!AttentionRule.onlyInforming.title.contains("voldoet"))
  }
}
