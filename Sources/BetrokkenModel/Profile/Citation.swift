/// Where a fact comes from: a source of the profile and a place in it.
public struct Citation: Sendable, Equatable {
  public var sourceID: String
  public var section: String?

  public init(sourceID: String, section: String?) {
    self.sourceID = sourceID
    self.section = section
  }
}
