/// Is the municipality's participatieverordening (Gemeentewet art. 150, in force from 2025-01-01) ready for the
/// deadline of 2027-01-01? Six items, each decided only by council ordinances of the record (domain.md §5).
/// Readiness never changes an exit code; after the deadline the product says the term has passed, no more.
public struct ParticipationReadiness: Sendable, Equatable {
  /// The six items: adopted by the council, covering the preparation, implementation and evaluation of policy,
  /// conditions for the uitdaagrecht, and in force by the deadline.
  public enum Item: String, Sendable, CaseIterable {
    case adoptedByCouncil, preparation, implementation, evaluation, challengeRight, inForceByDeadline

    /// The regulation's map key for the four content items.
    public var participationItem: ParticipationItem? {
      switch self {
      case .preparation: .preparation
      case .implementation: .implementation
      case .evaluation: .evaluation
      case .challengeRight: .challengeRight
      case .adoptedByCouncil, .inForceByDeadline: nil
      }
    }
  }

  /// Ready when every item is met, not ready when any is not met, else undecidable; not applicable before 2025.
  public enum Overall: String, Sendable, Equatable {
    case ready, notReady, undecidable, notApplicable
  }

  /// Why an item came out as it did: a stable key and the facts the screen puts in words.
  public enum Reason: String, Sendable, Equatable {
    case carriedByOrdinance
    case inForceOnTime
    case noParticipationOrdinance
    case notInCompleteList
    case entersIntoForceAfterDeadline
    case endsBeforeDeadline
    case noRecord
    case noOrdinanceKnown
    /// No ordinance known, and a search for one found none (see `search`): it counts as nothing.
    case searchedNotFound
    case notReadWhole
    case ordinanceFactsUnknown
    case listNotStatedComplete
    case inForceDateUnknown
  }

  /// One readiness item, judged.
  public struct Finding: Sendable, Equatable {
    /// The item judged.
    public var item: Item
    /// Decided only by council ordinances of the record; undecidable when they cannot tell.
    public var verdict: Verdict
    /// Why the verdict came out as it did.
    public var reason: Reason
    /// The ordinance (and article, for content items) that carries the item when met; for the deadline item
    /// the ordinance whose dates decided it.
    public var carrier: Regulation?
    /// The article that carries a content item, when met.
    public var article: String?
    /// For `searchedNotFound`: the search.
    public var search: RegulationSearch?
  }

  /// 1 January 2027: by then every municipality must have a participatieverordening.
  public static let deadline = CalendarDate.participationOrdinanceDeadline

  /// The date judged.
  public let asOf: CalendarDate
  /// All items together: ready, not ready, undecidable, or not applicable before 2025.
  public let overall: Overall
  /// Empty when not applicable.
  public let items: [Finding]
  /// Days from the as-of date to the deadline: 33 on 2026-11-29, 0 on the day, negative after.
  public let daysLeft: Int
  /// How the ordinance arranges inspraak, for information: never part of the verdict.
  public let inspraak: (regulation: Regulation, inspraak: Inspraak)?
  /// Carrying ordinances adopted before the new art. 150 came into force: to be re-checked against it.
  public let adoptedBeforeNewText: [Regulation]

  /// Whether the as-of date is after the deadline.
  public var deadlinePassed: Bool { daysLeft < 0 }

  init(_ situation: Situation) {
    let date = situation.asOf
    asOf = date
    daysLeft = date.days(until: Self.deadline)
    guard date >= CalendarDate.article150InForce else {
      overall = .notApplicable
      items = []
      inspraak = nil
      adoptedBeforeNewText = []
      return
    }
    guard let record = situation.record else {
      overall = .undecidable
      items = Item.allCases.map { Finding(item: $0, verdict: .undecidable, reason: .noRecord) }
      inspraak = nil
      adoptedBeforeNewText = []
      return
    }
    // Regulations that may be (part of) the participatieverordening: council ordinances adopted by the date and
    // not withdrawn, or regulations whose kind or adopter is unknown. Known legal bases without art. 150 and no
    // participation articles rule a regulation out (a Wmo client-participation ordinance, say).
    let candidates = record.regulations.filter { regulation in
      if let adopted = regulation.adopted, adopted > date { return false }
      if let until = regulation.inForceUntil, until < date { return false }
      switch regulation.kind {
      case .unknown: break
      // Art. 150: "De raad stelt … vast". The college's rules and a joint arrangement's ordinance do not count.
      case .known(.ordinance) where regulation.adoptedBy.isUnknown || regulation.adoptedBy == .known(.council): break
      default: return false
      }
      if regulation.participationItems.isEmpty, let bases = regulation.legalBases.value,
        !bases.contains(where: Self.citesArticle150)
      {
        return false
      }
      return true
    }
    // Carriers in force on the deadline first, so a successor is cited rather than the ordinance it replaces.
    let carriers = candidates.filter { $0.isCouncilOrdinance && !$0.participationItems.isEmpty }
      .sorted { Self.inForceOnDeadline($0) && !Self.inForceOnDeadline($1) }
    let statement = record.regulationLists.participationOrdinance
    let noOrdinance = statement.value == .noOrdinance
    // A list is complete for the record's date; one that has lost an ordinance since no longer says what holds.
    let endedSinceRecord = record.regulations.contains { regulation in
      regulation.isCouncilOrdinance && regulation.isInForce(on: record.id) && regulation.isKnownOutOfForce(on: date)
        && (!regulation.participationItems.isEmpty
          || regulation.legalBases.value?.contains(where: Self.citesArticle150) == true)
    }
    let complete = statement.value == .complete && !endedSinceRecord

    func contentFinding(_ item: Item, carrying: (Regulation) -> String?) -> Finding {
      if let carrier = carriers.first(where: { carrying($0) != nil }) {
        return Finding(
          item: item, verdict: .met, reason: .carriedByOrdinance, carrier: carrier, article: carrying(carrier))
      }
      if noOrdinance { return Finding(item: item, verdict: .notMet, reason: .noParticipationOrdinance) }
      let uncertain = candidates.first { !$0.isCouncilOrdinance }
      // The newest candidate first: a participatieverordening of 2023 rather than an older ordinance that also cites art. 150.
      let partlyRead = candidates.filter { !$0.readWhole }.max {
        ($0.inForceFrom ?? .lawsInForce) < ($1.inForceFrom ?? .lawsInForce)
      }
      if complete, uncertain == nil, partlyRead == nil {
        return Finding(item: item, verdict: .notMet, reason: .notInCompleteList)
      }
      if let uncertain {
        return Finding(item: item, verdict: .undecidable, reason: .ordinanceFactsUnknown, carrier: uncertain)
      }
      if let partlyRead {
        return Finding(item: item, verdict: .undecidable, reason: .notReadWhole, carrier: partlyRead)
      }
      if candidates.isEmpty, let search = record.unsuccessfulSearch(for: .participationOrdinance, on: date) {
        return Finding(item: item, verdict: .undecidable, reason: .searchedNotFound, search: search)
      }
      return Finding(
        item: item, verdict: .undecidable, reason: candidates.isEmpty ? .noOrdinanceKnown : .listNotStatedComplete)
    }

    var findings: [Finding] = []
    let order = ParticipationItem.allCases
    findings.append(
      contentFinding(.adoptedByCouncil) { regulation in
        order.lazy.compactMap { regulation.participationItems[$0] }.first
      })
    for item in Item.allCases {
      guard let key = item.participationItem else { continue }
      findings.append(contentFinding(item) { $0.participationItems[key] })
    }
    findings.append(Self.deadlineFinding(carriers: carriers, adopted: findings[0]))
    items = findings
    overall =
      findings.allSatisfy { $0.verdict == .met }
      ? .ready
      : findings.contains { $0.verdict == .notMet } ? .notReady : .undecidable
    inspraak = (carriers + candidates).lazy.compactMap { r in r.inspraak.map { (r, $0) } }.first
    adoptedBeforeNewText = carriers.filter {
      ($0.adopted ?? $0.inForceFrom).map { $0 < CalendarDate.article150InForce } ?? false
    }
  }

  static func inForceOnDeadline(_ regulation: Regulation) -> Bool { regulation.isInForce(on: deadline) }

  /// In force on or before the deadline: each content item that is carried has a carrier in force on 2027-01-01.
  /// A predecessor that ends before it, or a second ordinance that adds nothing the first lacks, does not matter.
  static func deadlineFinding(carriers: [Regulation], adopted: Finding) -> Finding {
    guard !carriers.isEmpty else {
      // Nothing carries the content: the deadline stands or falls with the adoption, for the same reason.
      return Finding(
        item: .inForceByDeadline, verdict: adopted.verdict == .notMet ? .notMet : .undecidable,
        reason: adopted.reason, carrier: adopted.carrier, search: adopted.search)
    }
    var onTime: [Regulation] = []
    var unknown: Regulation?
    var late: Regulation?
    for item in ParticipationItem.allCases {
      let carrying = carriers.filter { $0.participationItems[item] != nil }
      guard !carrying.isEmpty else { continue }
      if let inForce = carrying.first(where: inForceOnDeadline) {
        onTime.append(inForce)
      } else if let noDate = carrying.first(where: { $0.inForceFrom == nil }) {
        unknown = unknown ?? noDate
      } else {
        late = late ?? carrying[0]
      }
    }
    if let late {
      let after = (late.inForceFrom ?? deadline) > deadline
      return Finding(
        item: .inForceByDeadline, verdict: .notMet,
        reason: after ? .entersIntoForceAfterDeadline : .endsBeforeDeadline, carrier: late)
    }
    if let unknown {
      return Finding(item: .inForceByDeadline, verdict: .undecidable, reason: .inForceDateUnknown, carrier: unknown)
    }
    let latest = onTime.max { $0.inForceFrom! < $1.inForceFrom! }!
    return Finding(item: .inForceByDeadline, verdict: .met, reason: .inForceOnTime, carrier: latest)
  }

  /// "Gemeentewet 150", "Gemw art. 150", "Gemeentewet, artikel 150 …".
  static func citesArticle150(_ basis: String) -> Bool {
    let folded = basis.lowercased()
    guard folded.contains("gemeentewet") || folded.contains("gemw") else { return false }
    let digits = folded.split { !$0.isNumber }
    return digits.first == "150"
  }

  /// Same date, outcome, items, days left, inspraak and ordinances adopted before the new text.
  public static func == (a: ParticipationReadiness, b: ParticipationReadiness) -> Bool {
    a.asOf == b.asOf && a.overall == b.overall && a.items == b.items && a.daysLeft == b.daysLeft
      && a.inspraak?.regulation == b.inspraak?.regulation && a.inspraak?.inspraak == b.inspraak?.inspraak
      && a.adoptedBeforeNewText == b.adoptedBeforeNewText
  }
}

extension ParticipationReadiness.Finding {
  init(item: ParticipationReadiness.Item, verdict: Verdict, reason: ParticipationReadiness.Reason) {
    self.init(item: item, verdict: verdict, reason: reason, carrier: nil, article: nil)
  }
  init(item: ParticipationReadiness.Item, verdict: Verdict, reason: ParticipationReadiness.Reason, carrier: Regulation?)
  {
    self.init(item: item, verdict: verdict, reason: reason, carrier: carrier, article: nil)
  }
}
