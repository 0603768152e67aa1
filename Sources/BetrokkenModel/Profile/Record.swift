/// The municipality on one date: its sources, choices, regulations and forms.
public struct Record: Sendable, Equatable {
  /// The date the record describes.
  public var id: CalendarDate
  /// The documents the record's facts cite.
  public var sources: [Source]
  /// The municipality-wide choices (§1–§5).
  public var choices: Choices
  /// The regulations that bear on involvement, whatever their dates; complete only where `regulationLists` says so.
  public var regulations: [Regulation]
  /// Statements, with a source, that the list of regulations is complete for a law or that no ordinance is in force.
  public var regulationLists: RegulationLists
  /// A source states that `forms` lists every form in place on the record's date.
  public var formsComplete: Fact<Bool>
  /// The forms the sources describe, whatever their standing on the date.
  public var forms: [Form]
  /// Shared bodies this municipality takes part in, defined in their own files.
  public var sharedBodies: [BodyReference]
  /// Changes of the municipality's borders after the guide (2015): register figures are of 2025, not of the record.
  public var boundaryChanges: [BoundaryChange]
  /// Where and when regulations were looked for; one that found nothing is shown, and counts as nothing.
  public var searches: [RegulationSearch]
  /// The layer and file the record was read from; nil for records made in memory.
  public var origin: RecordOrigin?

  /// A record of the day `id`; everything not given is empty or unknown.
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
      search.targets.contains(target)
        && search.found.allSatisfy { id in
          regulation(withID: id).map { $0.isKnownOutOfForce(on: date) } ?? true
        }
    }.max { $0.date < $1.date }
  }

  /// The record's source with this id, or nil.
  public func source(withID id: String) -> Source? {
    sources.first { $0.id == id }
  }

  /// The record's regulation with this id, or nil.
  public func regulation(withID id: String) -> Regulation? {
    regulations.first { $0.id == id }
  }

  /// Whether a source states the forms list complete.
  public var formsListComplete: Bool { formsComplete.value == true }
}
