import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// The strings tables: every key in both languages, every vocabulary key has a label, the Dutch labels are the
/// Dutch terms the editor accepts (type what you see), and the language comes from the environment in POSIX order.
@Suite struct StringsTests {
  /// Every vocabulary, so a new key without words fails here.
  static let vocabularies: [any VocabularyKey.Type] = [
    Rung.self, Phase.self, Scale.self, Law.self, Motive.self, CitizenMotive.self, Direction.self,
    ExistingStructures.self,
    Perspective.self, TopicScope.self, InputKind.self, AgendaSetting.self, Facilitation.self, OrganisationChange.self,
    FormKind.self, Structure.self, Contact.self, Founder.self, Addressee.self, FormStatus.self, Selection.self,
    LegalForm.self, LegalItem.self, RegulationKind.self, Adopter.self, InspraakProcedure.self, ParticipationItem.self,
    RegulationListStatement.self,
  ]

  func keys<K: VocabularyKey>(_ type: K.Type) -> [(String, String)] {
    K.allCases.map { ("\(K.vocabularyName).\($0.rawValue)", $0.dutchTerm) }
  }

  @Test func bothTablesHaveEveryKey() {
    #expect(Set(Strings.table(.nl).keys) == Set(Strings.table(.en).keys))
    #expect(Strings.table(.en).values.allSatisfy { !$0.isEmpty })
    var needed = Self.vocabularies.flatMap { keys($0) }.map(\.0)
    needed +=
      Rung.allCases.map { "rungRole.\($0.rawValue)" } + LegalItem.allCases.map { "legalItemSummary.\($0.rawValue)" }
    // Words looked up by the name of a reason.
    needed += UncountedRegulation.Why.allCases.map { "checks.uncounted.\($0.rawValue)" }
    needed += Practice.Shows.allCases.map { "checks.practice.\($0.rawValue)" }
    for key in needed {
      #expect(Strings.table(.nl)[key] != nil, "\(key) missing in Dutch")
      #expect(Strings.table(.en)[key] != nil, "\(key) missing in English")
    }
  }

  @Test func noKeyIsInTwoAreasAndPlaceholdersAgree() {
    for language in Language.allCases {
      let areas = Strings.areas(language)
      #expect(areas.map(\.count).reduce(0, +) == Strings.table(language).count, "\(language): a key in two areas")
    }
    // A translation uses the same placeholders as the Dutch text.
    func placeholders(_ text: String) -> Set<String> {
      Set((1...9).map { "{\($0)}" }.filter { text.contains($0) })
    }
    for (key, dutch) in Strings.table(.nl) {
      #expect(placeholders(Strings.table(.en)[key] ?? "") == placeholders(dutch), "\(key)")
    }
    #expect(Strings.count(1, "test.form", in: .nl) == "test.form.one", "a missing key shows itself")
  }

  @Test func dutchLabelsAreTheTermsTheEditorAccepts() {
    for (key, term) in Self.vocabularies.flatMap({ keys($0) }) {
      #expect(Strings.table(.nl)[key] == term, "\(key)")
    }
  }

  @Test func labelsFollowTheCurrentLanguage() {
    #expect(Rung.advise.label == "adviseren")
    Language.$current.withValue(.en) {
      #expect(Rung.advise.label == "advise")
      #expect(LegalItem.b.summary == "advise early, solicited and unsolicited")
    }
    #expect(Phase.agenda.label == "agendavorming", "back to Dutch outside")
  }

  @Test(arguments: [
    ([:], Language.nl),
    (["LANG": "en_US.UTF-8"], .en),
    (["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"], .nl),
    (["LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .en),
    (["LC_ALL": "en", "LC_MESSAGES": "nl_NL.UTF-8", "LANG": "nl_NL.UTF-8"], .en),
    (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_IE.UTF-8"], .en),
    (["LANG": "C.UTF-8"], .nl),
    (["LANG": "de_DE.UTF-8"], .nl),
  ])
  func languageFromTheEnvironment(_ environment: [String: String], _ expected: Language) {
    #expect(Language.fromEnvironment(environment) == expected)
  }
}
