/// One municipality's arrangement for involving residents: dated records, each as its sources describe it.
public struct Profile: Sendable, Equatable {
  public static let formatVersion = 2

  public var code: String
  public var name: String
  /// Oldest first; ids (dates) are unique.
  public var records: [Record]
  /// The file the profile was loaded from.
  public var file: String
  /// The version the file was written in (1 files are converted in memory).
  public var fileFormatVersion: Int
  /// The file's `"$schema"`, kept so a save does not drop it.
  public var schemaReference: String?

  public init(code: String, name: String, records: [Record], file: String, fileFormatVersion: Int = formatVersion) {
    self.code = code
    self.name = name
    self.records = records.sorted { $0.id < $1.id }
    self.file = file
    self.fileFormatVersion = fileFormatVersion
  }

  /// The newest record dated on or before `date`, or nil when every record is later.
  public func record(asOf date: CalendarDate) -> Record? {
    records.last { $0.id <= date }
  }
}

/// The municipality on one date: its sources, choices, regulations and forms.
public struct Record: Sendable, Equatable {
  /// The date the record describes.
  public var id: CalendarDate
  public var sources: [Source]
  public var choices: Choices
  public var regulations: [Regulation]
  public var regulationLists: RegulationLists
  /// A source states that `forms` lists every form in place on the record's date.
  public var formsComplete: Fact<Bool>
  public var forms: [Form]
  /// Shared bodies this municipality takes part in, defined in their own files.
  public var sharedBodies: [BodyReference]
  /// Changes of the municipality's borders after the guide (2015): register figures are of 2025, not of the record.
  public var boundaryChanges: [BoundaryChange]
  /// Where and when regulations were looked for; one that found nothing is shown, and counts as nothing.
  public var searches: [RegulationSearch]
  /// The layer and file the record was read from; nil for records made in memory.
  public var origin: RecordOrigin?

  public init(
    id: CalendarDate, sources: [Source], choices: Choices = Choices(), regulations: [Regulation] = [],
    regulationLists: RegulationLists = RegulationLists(), formsComplete: Fact<Bool> = .unknown, forms: [Form] = [],
    sharedBodies: [BodyReference] = [], boundaryChanges: [BoundaryChange] = [], searches: [RegulationSearch] = []
  ) {
    self.id = id
    self.sources = sources
    self.choices = choices
    self.regulations = regulations
    self.regulationLists = regulationLists
    self.formsComplete = formsComplete
    self.forms = forms
    self.sharedBodies = sharedBodies
    self.boundaryChanges = boundaryChanges
    self.searches = searches
  }

  /// The latest search for regulations of this kind that found none in force on the date (it may have found
  /// expired ones), if any.
  public func unsuccessfulSearch(for target: RegulationSearch.Target, on date: CalendarDate) -> RegulationSearch? {
    searches.filter { search in
      search.targets.contains(target) && search.found.allSatisfy { id in
        regulation(withID: id).map { $0.isKnownOutOfForce(on: date) } ?? true
      }
    }.max { $0.date < $1.date }
  }

  public func source(withID id: String) -> Source? {
    sources.first { $0.id == id }
  }

  public func regulation(withID id: String) -> Regulation? {
    regulations.first { $0.id == id }
  }

  /// Whether a source states the forms list complete.
  public var formsListComplete: Bool { formsComplete.value == true }
}

/// A document the facts of a record come from.
public struct Source: Sendable, Equatable {
  /// The title `betrokken new` writes into a new record's first source, to be replaced; the loader warns while it is there.
  public static let placeholderTitle = "Nog in te vullen: titel van de bron"

  public var id: String
  public var title: String
  public var publisher: String?
  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the document gives it.
  public var published: String?
  public var retrieved: CalendarDate?
  public var url: String?

  public init(id: String, title: String, publisher: String?, published: String?, retrieved: CalendarDate? = nil, url: String?) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.published = published
    self.retrieved = retrieved
    self.url = url
  }

  /// The year of publication, when known.
  public var year: Int? { published.flatMap { Int($0.prefix(4)) } }

  /// The source id reserved for the 2015 guide, whose scale section is numbered 5.2 a second time.
  public static let guideID = "leidraad"
}

/// The municipality-wide choices of the guide's §1–§5.
public struct Choices: Sendable, Equatable {
  public var motives: Fact<KeySet<Motive>> = .unknown
  public var citizenMotives: Fact<KeySet<CitizenMotive>> = .unknown
  public var direction: Fact<KeySet<Direction>> = .unknown
  public var existingStructures: Fact<ExistingStructures> = .unknown
  public var perspectives: Fact<KeySet<Perspective>> = .unknown
  public var topics: Fact<KeySet<TopicScope>> = .unknown
  public var inputKinds: Fact<KeySet<InputKind>> = .unknown
  public var agendaSetting: Fact<AgendaSetting> = .unknown
  public var facilitation: Fact<KeySet<Facilitation>> = .unknown
  public var organisation: Fact<KeySet<OrganisationChange>> = .unknown
  public var regionalPolicy: Fact<KeySet<Law>> = .unknown
  public var notes: Fact<String> = .unknown
  /// Choices on which sources disagree (the fact itself is then unknown), with the competing cited values.
  public var disputes: [ChoiceField: [CitedFieldValue]] = [:]

  public init() {}
}

/// One concrete vehicle of involvement: a council, a panel, a summit …
public struct Form: Sendable, Equatable {
  public var id: String
  public var name: String
  public var kind: Known<FormKind> = .unknown
  public var status: Known<FormStatus> = .unknown
  public var from: CalendarDate?
  public var until: CalendarDate?
  public var structure: Known<Structure> = .unknown
  public var contact: Known<Contact> = .unknown
  public var scale: Known<Scale> = .unknown
  public var rung: Known<Rung> = .unknown
  public var phases: Known<KeySet<Phase>> = .unknown
  public var laws: Known<KeySet<Law>> = .unknown
  public var themes: Known<[String]> = .unknown
  public var perspectives: Known<KeySet<Perspective>> = .unknown
  public var inputKinds: Known<KeySet<InputKind>> = .unknown
  public var setUpBy: Known<Founder> = .unknown
  public var advises: Known<KeySet<Addressee>> = .unknown
  public var members: Known<Int> = .unknown
  public var selection: Known<Selection> = .unknown
  public var legalForm: Known<LegalForm> = .unknown
  public var resultsAgreement: Known<Bool> = .unknown
  public var rankAndFileLink: Known<Bool> = .unknown
  public var memberMunicipalities: Known<[String]> = .unknown
  /// The form's citation: the default for every field that names no source of its own.
  public var citation: Citation
  /// Fields with their own citation, or with competing values (then the field itself is unknown).
  public var provenance: [FormField: FieldProvenance] = [:]
  /// Ids of forms (of an earlier record) this form succeeds: one advisory council replacing two, say. Lets a
  /// comparison of records tell *replaced* from *ended* plus *added*.
  public var replaces: Known<[String]> = .unknown
  /// Set when the form is a shared body (`Data/bodies/`) seen from one of its members.
  public var sharedBodyID: String?

  public init(id: String, name: String, citation: Citation) {
    self.id = id
    self.name = name
    self.citation = citation
  }

  /// Where the form stands on a date. `until` wins over `status`; a planned form never runs.
  public func standing(on date: CalendarDate) -> FormStanding {
    if status == .known(.planned) { return .planned }
    if let until, date > until { return .ended }
    if until == nil, status == .known(.ended) { return .ended }
    if let from, date < from { return .notYetStarted }
    switch status {
    case .known(.pilot): return .running(.pilot)
    case .known(.existing), .known(.ended): return .running(.existing)
    case .known(.planned): return .planned
    case .unknown: return .running(.statusUnknown)
    }
  }
}

/// A form's place in time on one date.
public enum FormStanding: Sendable, Equatable {
  /// Counts as involvement on the date.
  case running(RunningAs)
  case planned
  case notYetStarted
  case ended

  public enum RunningAs: Sendable, Equatable {
    case existing
    case pilot
    /// No source says whether it exists; it is counted, and every count says how many such forms there are.
    case statusUnknown
  }

  public var isRunning: Bool {
    if case .running = self { return true }
    return false
  }
}

/// A search for regulations of one or more kinds: when, where, and which regulations of the record it found.
/// One that found nothing is recorded so the screen can say so; it never means that there is none.
public struct RegulationSearch: Sendable, Equatable {
  /// What was looked for: the client-participation regulation under a law, or the participatieverordening.
  public enum Target: String, Sendable, CaseIterable {
    case wmo2015, youthAct, participationAct, participationOrdinance

    public init(_ law: Law) {
      switch law {
      case .wmo2015: self = .wmo2015
      case .youthAct: self = .youthAct
      case .participationAct: self = .participationAct
      }
    }
  }

  public var targets: [Target]
  public var date: CalendarDate
  /// Where it was looked for, as a register or site name.
  public var place: String
  /// Ids of the record's regulations it found; empty when it found none.
  public var found: [String]

  public init(targets: [Target], date: CalendarDate, place: String, found: [String]) {
    self.targets = targets
    self.date = date
    self.place = place
    self.found = found
  }
}

/// A change of a municipality's borders: the date and the municipalities (or parts) merged in, with a source.
public struct BoundaryChange: Sendable, Equatable {
  public var date: CalendarDate
  /// The names of the municipalities (or villages) that joined, as the source gives them.
  public var merged: [String]
  public var citation: Citation

  public init(date: CalendarDate, merged: [String], citation: Citation) {
    self.date = date
    self.merged = merged
    self.citation = citation
  }
}
