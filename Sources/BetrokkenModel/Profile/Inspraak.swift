/// How a participatieverordening arranges *inspraak* (Gemeentewet art. 150 lid 2). Shown for information.
public struct Inspraak: Sendable, Equatable {
  public var procedure: InspraakProcedure
  public var article: String?

  public init(procedure: InspraakProcedure, article: String?) {
    self.procedure = procedure
    self.article = article
  }
}

public enum InspraakProcedure: String, VocabularyKey {
  /// Afdeling 3.4 Awb applies.
  case awb34
  case ownProcedure
  case notRegulated
}
