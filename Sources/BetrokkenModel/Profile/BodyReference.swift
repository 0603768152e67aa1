/// A record's reference to a shared body it takes part in, with what is local to this member.
public struct BodyReference: Sendable, Equatable {
  /// The id of the shared body (`Data/bodies/ID.json`).
  public var bodyID: String
  /// What is particular to this member (its own delegate, say), in Dutch.
  public var localNote: String?
  /// The source that says the municipality takes part.
  public var citation: Citation

}
