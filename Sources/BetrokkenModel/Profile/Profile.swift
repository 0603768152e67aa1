/// One municipality's arrangement for involving residents, as its sources describe it.
public struct Profile: Sendable, Equatable {
  public static let formatVersion = 1

  public var code: String
  public var name: String
  public var sources: [Source]
  public var choices: Choices
  public var ordinance: Ordinance
  public var forms: [Form]
  /// The file the profile was loaded from.
  public var file: String

  public init(code: String, name: String, sources: [Source], choices: Choices, ordinance: Ordinance, forms: [Form], file: String) {
    self.code = code
    self.name = name
    self.sources = sources
    self.choices = choices
    self.ordinance = ordinance
    self.forms = forms
    self.file = file
  }

  public func source(withID id: String) -> Source? {
    sources.first { $0.id == id }
  }

  /// The highest rung any form in place reaches; nil when none has a known rung. Planned forms do not count.
  public var highestRung: Rung? {
    formsInPlace.compactMap(\.rung.value).max()
  }

  /// The forms that exist or run as a trial (or whose status is unknown): what checks and counts use.
  /// A planned form is shown, marked, but never counted as involvement that exists.
  public var formsInPlace: [Form] { forms.filter(\.isInPlace) }
}

/// A document the facts of a profile come from.
public struct Source: Sendable, Equatable {
  public var id: String
  public var title: String
  public var publisher: String?
  public var year: Int?
  public var url: String?

  public init(id: String, title: String, publisher: String?, year: Int?, url: String?) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.year = year
    self.url = url
  }
}

/// The municipality-wide choices of the guide's §1–§4.
public struct Choices: Sendable, Equatable {
  public var motives: Fact<[Motive]> = .unknown
  public var citizenMotives: Fact<[CitizenMotive]> = .unknown
  public var direction: Fact<[Direction]> = .unknown
  public var existingStructures: Fact<ExistingStructures> = .unknown
  public var perspectives: Fact<[Perspective]> = .unknown
  public var topics: Fact<[TopicScope]> = .unknown
  public var inputKinds: Fact<[InputKind]> = .unknown
  public var agendaSetting: Fact<AgendaSetting> = .unknown
  public var facilitation: Fact<[Facilitation]> = .unknown
  public var organisation: Fact<[OrganisationChange]> = .unknown
  public var regionalPolicy: Fact<[Law]> = .unknown
  public var notes: Fact<String> = .unknown

  public init() {}
}

/// Which legal items the municipality's ordinance arranges, per law.
public struct Ordinance: Sendable, Equatable {
  public var items: [Law: [LegalItem: Fact<Bool>]]

  public init(items: [Law: [LegalItem: Fact<Bool>]] = [:]) {
    self.items = items
  }

  public func item(_ item: LegalItem, of law: Law) -> Fact<Bool> {
    items[law]?[item] ?? .unknown
  }
}

/// One concrete vehicle of involvement: a council, a panel, a summit …
public struct Form: Sendable, Equatable {
  public var id: String
  public var name: String
  public var kind: Known<FormKind> = .unknown
  public var status: Known<FormStatus> = .unknown
  public var structure: Known<Structure> = .unknown
  public var contact: Known<Contact> = .unknown
  public var scale: Known<Scale> = .unknown
  public var rung: Known<Rung> = .unknown
  public var phases: Known<[Phase]> = .unknown
  public var laws: Known<[Law]> = .unknown
  public var themes: Known<[String]> = .unknown
  public var perspectives: Known<[Perspective]> = .unknown
  public var inputKinds: Known<[InputKind]> = .unknown
  public var setUpBy: Known<Founder> = .unknown
  public var advises: Known<[Addressee]> = .unknown
  public var members: Known<Int> = .unknown
  public var selection: Known<Selection> = .unknown
  public var legalForm: Known<LegalForm> = .unknown
  public var resultsAgreement: Known<Bool> = .unknown
  public var rankAndFileLink: Known<Bool> = .unknown
  public var memberMunicipalities: Known<[String]> = .unknown
  public var citation: Citation

  /// False only for a form the sources describe as planned.
  public var isInPlace: Bool { status != .known(.planned) }

  public init(id: String, name: String, citation: Citation) {
    self.id = id
    self.name = name
    self.citation = citation
  }
}

extension Source {
  /// "Title, publisher, year", for the screens.
  public var description: String {
    var text = title
    if let publisher { text += ", \(publisher)" }
    if let year { text += ", \(year)" }
    return text
  }
}

extension Profile {
  /// A citation in words: "Title, year, §4.2", with the source's title from this profile.
  public func describe(_ citation: Citation) -> String {
    let source = source(withID: citation.sourceID)
    var text = source?.title ?? citation.sourceID
    if let year = source?.year { text += ", \(year)" }
    if let section = citation.section { text += ", §\(section)" }
    return text
  }
}
