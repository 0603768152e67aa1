/// A body that serves several municipalities — a regional platform, the Stedenvierkant — defined once in its own
/// file (`Data/bodies/ID.json`) and referenced by each member's record, so the copies cannot drift.
public struct SharedBody: Sendable, Equatable {
  /// The body's id (its file is `ID.json`); members' records reference it.
  public var id: String
  /// The body's name.
  public var name: String
  /// The documents the body's facts cite; a member's situation finds them as `id/source`.
  public var sources: [Source]
  /// The body's facts, as a form's (its `memberMunicipalities` are derived from `members`).
  public var form: Form
  /// The member municipalities, each with its period when known.
  public var members: [BodyMembership]
  /// The path of the file the body was loaded from.
  public var file: String

  init(id: String, name: String, sources: [Source], form: Form, members: [BodyMembership], file: String) {
    self.id = id
    self.name = name
    self.sources = sources
    self.form = form
    self.members = members
    self.file = file
  }

  /// The newest date its sources speak for (read, or else published), if any is a full date.
  public var newestSourceDate: CalendarDate? {
    sources.compactMap { $0.retrieved ?? $0.published.flatMap(CalendarDate.init) }.max()
  }

  /// The municipalities that are members on the date (joined not later, left not earlier; inclusive).
  public func memberCodes(on date: CalendarDate) -> [String] {
    members.filter { $0.isMember(on: date) }.map(\.code)
  }

  func isMember(_ code: String, on date: CalendarDate) -> Bool {
    members.contains { $0.code == code && $0.isMember(on: date) }
  }

  /// The body as one of a member's forms on the date: its facts, its current members, marked as shared.
  public func form(on date: CalendarDate) -> Form {
    var form = self.form
    form.memberMunicipalities = .known(memberCodes(on: date))
    form.sharedBodyID = id
    // The body's citations name the body's sources, which a member's record may also use for other documents.
    func scoped(_ citation: Citation) -> Citation {
      Citation(sourceID: Self.scopedSourceID(id, citation.sourceID), section: citation.section)
    }
    form.citation = scoped(form.citation)
    form.provenance = form.provenance.mapValues { provenance in
      switch provenance {
      case .cited(let citation, let approximate): .cited(scoped(citation), approximate: approximate)
      case .disputed(let values):
        .disputed(
          values.map {
            var v = $0
            v.citation = scoped(v.citation)
            return v
          })
      }
    }
    return form
  }

  /// "stedenvierkant/leidraad": a body's source, as its member's situation looks it up.
  public static func scopedSourceID(_ body: String, _ source: String) -> String { body + "/" + source }
}

/// A municipality's membership of a shared body, with its period when known.
public struct BodyMembership: Sendable, Equatable {
  /// The member's CBS code.
  public var code: String
  /// The day it joined; nil when unknown, and then no start limits the membership.
  public var joined: CalendarDate?
  /// Its last day as a member; nil while it is one, or when unknown.
  public var left: CalendarDate?
  /// The source for the membership.
  public var citation: Citation

  func isMember(on date: CalendarDate) -> Bool {
    if let joined, date < joined { return false }
    if let left, date > left { return false }
    return true
  }
}
