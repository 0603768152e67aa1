/// What changed between two records of one municipality: forms added, ended, renamed, replaced or moved on the
/// ladder, between phases or scales; regulations adopted, changed or withdrawn; and each legal verdict and the
/// readiness, each computed at its own record's date. Facts only; the screen says them in words.
public struct RecordDiff: Sendable {
  /// What moved for a form kept under the same id: its rung, phases, scale or standing, before and after (nil:
  /// unknown).
  public enum FormAspect: Sendable, Equatable {
    case rung(Rung?, Rung?)
    case phases(KeySet<Phase>?, KeySet<Phase>?)
    case scale(Scale?, Scale?)
    case standing(FormStanding, FormStanding)
  }

  /// One change to the forms between the two records.
  public enum FormChange: Sendable, Equatable {
    case added(Form)
    case ended(Form)
    case renamed(from: Form, to: Form)
    /// A successor body: `to.replaces` names the earlier forms.
    case replaced([Form], by: Form)
    case moved(Form, [FormAspect])
  }

  /// Which part of a regulation kept under the same id changed; `dates` are its days in force, `kind` includes who
  /// adopted it.
  public enum RegulationAspect: String, Sendable, Equatable {
    case identifier, dates, scope, legalItems, participationItems, kind, readWhole
  }

  /// One change to the regulations: adopted (new in the second record), withdrawn (gone from it, or ended by its date)
  /// or changed.
  public enum RegulationChange: Sendable, Equatable {
    case adopted(Regulation)
    case withdrawn(Regulation)
    case changed(from: Regulation, to: Regulation, [RegulationAspect])
  }

  /// A legal item whose verdict differs between the two records, each judged on its own record's date.
  public struct VerdictChange: Sendable, Equatable {
    /// The law whose duty the item is.
    public var law: Law
    /// The item, by its Wmo letter.
    public var item: LegalItem
    /// The verdict on the first record's date.
    public var from: Verdict
    /// The verdict on the second record's date.
    public var to: Verdict

  }

  /// The municipality's profile both records belong to.
  public let profile: Profile
  /// The record compared from.
  public let from: Record
  /// The record compared to.
  public let to: Record
  /// The forms added, ended, renamed, replaced or moved, each side as it stood on its own record's date.
  public let forms: [FormChange]
  /// The regulations adopted, withdrawn or changed.
  public let regulations: [RegulationChange]
  /// The legal items whose verdict changed, in the order of the legal check.
  public let verdicts: [VerdictChange]
  /// Participatieverordening readiness on each record's date.
  public let readiness: (from: ParticipationReadiness.Overall, to: ParticipationReadiness.Overall)

  /// Whether nothing changed: no form, regulation or verdict, and the same readiness.
  public var isEmpty: Bool {
    forms.isEmpty && regulations.isEmpty && verdicts.isEmpty && readiness.from == readiness.to
  }

  /// Compares two records of `profile`, each looked at on its own date; `bodies` are the shared bodies by id.
  public init(_ profile: Profile, from: Record, to: Record, bodies: [String: SharedBody] = [:]) {
    self.profile = profile
    self.from = from
    self.to = to
    // Each side as it stood on its own date.
    let before = Situation(profile, asOf: from.id, bodies: bodies)
    let after = Situation(profile, asOf: to.id, bodies: bodies)
    forms = Self.formChanges(before.forms, after.forms, beforeDate: from.id, afterDate: to.id)
    regulations = Self.regulationChanges(from.regulations, to.regulations, afterDate: to.id)
    let checksBefore = ProfileChecks(before)
    let checksAfter = ProfileChecks(after)
    verdicts = zip(checksBefore.legal, checksAfter.legal).compactMap { a, b in
      a.verdict == b.verdict ? nil : VerdictChange(law: a.law, item: a.item, from: a.verdict, to: b.verdict)
    }
    readiness = (checksBefore.readiness.overall, checksAfter.readiness.overall)
  }

  static func formChanges(_ old: [Form], _ new: [Form], beforeDate: CalendarDate, afterDate: CalendarDate)
    -> [FormChange]
  {
    var changes: [FormChange] = []
    let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let newIDs = Set(new.map(\.id))
    var succeeded = Set<String>()
    for form in new {
      if let previous = oldByID[form.id] {
        if previous.name != form.name { changes.append(.renamed(from: previous, to: form)) }
        var aspects: [FormAspect] = []
        if previous.rung.value != form.rung.value { aspects.append(.rung(previous.rung.value, form.rung.value)) }
        if previous.phases.value != form.phases.value {
          aspects.append(.phases(previous.phases.value, form.phases.value))
        }
        if previous.scale.value != form.scale.value { aspects.append(.scale(previous.scale.value, form.scale.value)) }
        let was = previous.standing(on: beforeDate)
        let now = form.standing(on: afterDate)
        if was != now {
          if was.isRunning && !now.isRunning && now == .ended {
            changes.append(.ended(form))
            continue
          }
          aspects.append(.standing(was, now))
        }
        if !aspects.isEmpty { changes.append(.moved(form, aspects)) }
        continue
      }
      let predecessors = (form.replaces.value ?? []).compactMap { oldByID[$0] }.filter { !newIDs.contains($0.id) }
      if !predecessors.isEmpty {
        succeeded.formUnion(predecessors.map(\.id))
        changes.append(.replaced(predecessors, by: form))
      } else {
        changes.append(.added(form))
      }
    }
    for form in old where !newIDs.contains(form.id) && !succeeded.contains(form.id) {
      changes.append(.ended(form))
    }
    return changes
  }

  static func regulationChanges(_ old: [Regulation], _ new: [Regulation], afterDate: CalendarDate) -> [RegulationChange]
  {
    var changes: [RegulationChange] = []
    let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let newIDs = Set(new.map(\.id))
    for regulation in new {
      guard let previous = oldByID[regulation.id] else {
        changes.append(
          regulation.isKnownOutOfForce(on: afterDate) && regulation.inForceUntil != nil
            ? .withdrawn(regulation) : .adopted(regulation))
        continue
      }
      if previous.inForceUntil == nil, let until = regulation.inForceUntil, until < afterDate {
        changes.append(.withdrawn(regulation))
        continue
      }
      var aspects: [RegulationAspect] = []
      if previous.identifier != regulation.identifier { aspects.append(.identifier) }
      if previous.inForceFrom != regulation.inForceFrom || previous.inForceUntil != regulation.inForceUntil {
        aspects.append(.dates)
      }
      if previous.scope != regulation.scope { aspects.append(.scope) }
      if previous.legalItems != regulation.legalItems { aspects.append(.legalItems) }
      if previous.participationItems != regulation.participationItems { aspects.append(.participationItems) }
      if previous.kind != regulation.kind || previous.adoptedBy != regulation.adoptedBy { aspects.append(.kind) }
      if previous.readWhole != regulation.readWhole { aspects.append(.readWhole) }
      if !aspects.isEmpty { changes.append(.changed(from: previous, to: regulation, aspects)) }
    }
    for regulation in old where !newIDs.contains(regulation.id) {
      changes.append(.withdrawn(regulation))
    }
    return changes
  }

  /// Equal when both compare the same records and find the same changes (the profiles are not compared).
  public static func == (a: RecordDiff, b: RecordDiff) -> Bool {
    a.from == b.from && a.to == b.to && a.forms == b.forms && a.regulations == b.regulations && a.verdicts == b.verdicts
      && a.readiness == b.readiness
  }
}
