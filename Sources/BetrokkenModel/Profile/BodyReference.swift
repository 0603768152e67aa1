/// A record's reference to a shared body it takes part in, with what is local to this member.
public struct BodyReference: Sendable, Equatable {
  public var bodyID: String
  /// What is particular to this member (its own delegate, say), in Dutch.
  public var localNote: String?
  public var citation: Citation

  public init(bodyID: String, localNote: String?, citation: Citation) {
    self.bodyID = bodyID
    self.localNote = localNote
    self.citation = citation
  }
}
