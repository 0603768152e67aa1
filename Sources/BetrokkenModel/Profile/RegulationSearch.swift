/// A search for regulations of one or more kinds: when, where, and which regulations of the record it found.
/// One that found nothing is recorded so the screen can say so; it never means that there is none.
public struct RegulationSearch: Sendable, Equatable {
  /// What was looked for: the client-participation regulation under a law, or the participatieverordening.
  public enum Target: String, Sendable, CaseIterable {
    case wmo2015, youthAct, participationAct, participationOrdinance

    init(_ law: Law) {
      switch law {
      case .wmo2015: self = .wmo2015
      case .youthAct: self = .youthAct
      case .participationAct: self = .participationAct
      }
    }
  }

  /// What was looked for.
  public var targets: [Target]
  /// The day of the search.
  public var date: CalendarDate
  /// Where it was looked for, as a register or site name.
  public var place: String
  /// Ids of the record's regulations it found; empty when it found none.
  public var found: [String]

}
