/// What is known of one municipality on one date: its newest record on or before the as-of date, and the forms
/// that run on that date. Every analysis, check and screen works on a situation, never on a raw profile.
public struct Situation: Sendable {
  /// The municipality's profile, with all its records.
  public let profile: Profile
  /// The date looked at.
  public let asOf: CalendarDate
  /// Which of the profile's records is used; an index, so a data set's situations hold no copies of records.
  private let recordIndex: Int?

  /// Nil when the municipality has no record by the as-of date.
  public var record: Record? { recordIndex.map { profile.records[$0] } }
  /// The shared bodies the record references and that list this municipality as a member on the date. A body
  /// the municipality has left, or one not loaded, is not its practice.
  public let sharedBodies: [SharedBody]

  /// The profile on `asOf`, with its newest record on or before that date; `bodies` (by id) are the shared bodies the
  /// record may reference.
  public init(_ profile: Profile, asOf: CalendarDate, bodies: [String: SharedBody] = [:]) {
    self.profile = profile
    self.asOf = asOf
    let index = profile.records.lastIndex { $0.id <= asOf }
    recordIndex = index
    sharedBodies =
      index.map { i in
        profile.records[i].sharedBodies.compactMap { reference in
          bodies[reference.bodyID].flatMap { $0.isMember(profile.code, on: asOf) ? $0 : nil }
        }
      } ?? []
  }

  /// The forms that count on the as-of date (existing, pilot or of unknown status, and running). Computed, not
  /// stored: a data set holds a situation per municipality, and a record has only a handful of forms.
  public var formsInPlace: [Form] { forms.filter { $0.standing(on: asOf).isRunning } }

  /// The municipality's CBS code.
  public var code: String { profile.code }
  /// The municipality's name, as the profile gives it.
  public var name: String { profile.name }
  /// The path of the profile's file.
  public var file: String { profile.file }
  /// The record's municipality-wide choices; all unknown when there is no record.
  public var choices: Choices { record?.choices ?? Choices() }
  /// Every form of the record, whatever its standing, and the shared bodies it takes part in on the date.
  public var forms: [Form] { (record?.forms ?? []) + sharedBodies.map { $0.form(on: asOf) } }
  /// The record's regulations, whatever their dates; empty when there is no record.
  public var regulations: [Regulation] { record?.regulations ?? [] }

  /// The record's date when it is older than the as-of date ("per <date>"); nil when they are the same day.
  public var recordDateIfOlder: CalendarDate? {
    guard let id = record?.id, id < asOf else { return nil }
    return id
  }

  /// A source of the record, or of a shared body it takes part in.
  public func source(withID id: String) -> Source? {
    // A shared body's facts cite "body/source" (see `SharedBody.form(on:)`).
    if let slash = id.firstIndex(of: "/"), let body = sharedBodies.first(where: { $0.id == id[..<slash] }) {
      let sourceID = id[id.index(after: slash)...]
      return body.sources.first { $0.id == sourceID }
    }
    return record?.source(withID: id)
  }

  /// The shared body a form stands for, when it is one.
  public func sharedBody(of form: Form) -> SharedBody? {
    form.sharedBodyID.flatMap { id in sharedBodies.first { $0.id == id } }
  }

  /// The highest rung any running form reaches; nil when none has a known rung.
  public var highestRung: Rung? { formsInPlace.compactMap(\.rung.value).max() }

  /// Running forms whose status no source gives: counted, and every count says how many.
  public var formsOfUnknownStatus: [Form] {
    formsInPlace.filter { $0.standing(on: asOf) == .running(.statusUnknown) }
  }

  /// Forms of the record that do not count on the date: planned, not yet started or ended.
  public var formsNotInPlace: [Form] { forms.filter { !$0.standing(on: asOf).isRunning } }
}
