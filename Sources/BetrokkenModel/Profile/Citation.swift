/// Where a fact comes from: a source of the profile and a place in it.
public struct Citation: Sendable, Equatable {
  /// The id of a source of the record (`body/source` for a shared body's sources).
  public var sourceID: String
  /// The place within the source (a section or page), when given.
  public var section: String?

}
