/// What is known of one municipality on one date: its newest record on or before the as-of date, and the forms
/// that run on that date. Every analysis, check and screen works on a situation, never on a raw profile.
public struct Situation: Sendable {
  public let profile: Profile
  public let asOf: CalendarDate
  /// Which of the profile's records is used; an index, so a data set's situations hold no copies of records.
  private let recordIndex: Int?

  /// Nil when the municipality has no record by the as-of date.
  public var record: Record? { recordIndex.map { profile.records[$0] } }
  public init(_ profile: Profile, asOf: CalendarDate) {
    self.profile = profile
    self.asOf = asOf
    recordIndex = profile.records.lastIndex { $0.id <= asOf }
  }

  /// The forms that count on the as-of date (existing, pilot or of unknown status, and running). Computed, not
  /// stored: a data set holds a situation per municipality, and a record has only a handful of forms.
  public var formsInPlace: [Form] { forms.filter { $0.standing(on: asOf).isRunning } }

  public var code: String { profile.code }
  public var name: String { profile.name }
  public var file: String { profile.file }
  public var choices: Choices { record?.choices ?? Choices() }
  /// Every form of the record, whatever its standing.
  public var forms: [Form] { record?.forms ?? [] }
  public var regulations: [Regulation] { record?.regulations ?? [] }

  /// The record's date when it is older than the as-of date ("per <date>"); nil when they are the same day.
  public var recordDateIfOlder: CalendarDate? {
    guard let id = record?.id, id < asOf else { return nil }
    return id
  }

  public func source(withID id: String) -> Source? { record?.source(withID: id) }

  /// The highest rung any running form reaches; nil when none has a known rung.
  public var highestRung: Rung? { formsInPlace.compactMap(\.rung.value).max() }

  /// Running forms whose status no source gives: counted, and every count says how many.
  public var formsOfUnknownStatus: [Form] {
    formsInPlace.filter { $0.standing(on: asOf) == .running(.statusUnknown) }
  }

  /// Forms of the record that do not count on the date: planned, not yet started or ended.
  public var formsNotInPlace: [Form] { forms.filter { !$0.standing(on: asOf).isRunning } }
}
