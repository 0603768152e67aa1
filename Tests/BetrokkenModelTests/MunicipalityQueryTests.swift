import Testing

@testable import BetrokkenModel

/// Names as people type them, over the whole 2025 register.
@Suite struct MunicipalityQueryTests {
  let query = MunicipalityQuery(shippedRegistry.municipalities.map { ($0.code, $0.name) })

  @Test(arguments: [
    ("GM0034", "GM0034"), ("gm0034", "GM0034"), ("34", "GM0034"), ("0034", "GM0034"), ("GM34", "GM0034"),
    ("Almere", "GM0034"), ("ALMERE", "GM0034"), ("den haag", "GM0518"), ("Den Bosch", "GM0796"),
    ("'s-Hertogenbosch", "GM0796"), ("s hertogenbosch", "GM0796"), ("sudwest-fryslan", "GM1900"),
    ("Súdwest Fryslân", "GM1900"), ("Peel en", "GM1894"), ("heerenv", "GM0074"),
  ])
  func found(_ typed: String, _ code: String) {
    #expect(query.match(typed) == .found(code: code), "\(typed)")
  }

  @Test func aPrefixOfSeveralIsAmbiguousWithAtMostThree() {
    guard case .ambiguous(let codes) = query.match("noord") else {
      Issue.record("noord fits Noordenveld, Noordoostpolder, Noordwijk …")
      return
    }
    #expect(codes.count == 3)
    #expect(codes.allSatisfy { code in shippedRegistry[code]!.name.folded.hasPrefix("noord") })
  }

  @Test func aTypoGetsCloseNames() {
    guard case .none(let suggestions) = query.match("Amersfort") else {
      Issue.record("no municipality is called Amersfort")
      return
    }
    #expect(suggestions.first == "GM0307")
    #expect(query.match("xyzzy") == .none(suggestions: []))
    #expect(query.match("  ") == .none(suggestions: []))
  }
}

/// Fryslân as well as Friesland.
@Suite struct ProvinceNamesTests {
  @Test func bothNamesOfFriesland() {
    let provinces = Set(shippedRegistry.municipalities.map(\.province)).sorted()
    #expect(ProvinceNames.registered("Fryslân", among: provinces) == "Friesland")
    #expect(ProvinceNames.registered("fryslan", among: provinces) == "Friesland")
    #expect(ProvinceNames.registered("Friesland", among: provinces) == "Friesland")
    #expect(ProvinceNames.registered("Utrecht", among: provinces) == "Utrecht")
    #expect(ProvinceNames.registered("Atlantis", among: provinces) == nil)
  }
}
