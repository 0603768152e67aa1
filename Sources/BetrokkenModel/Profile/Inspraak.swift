/// How a participatieverordening arranges *inspraak* (Gemeentewet art. 150 lid 2). Shown for information.
public struct Inspraak: Sendable, Equatable {
  /// Whether afdeling 3.4 Awb applies, the ordinance sets its own procedure, or inspraak is not regulated.
  public var procedure: InspraakProcedure
  /// The article that arranges inspraak, when recorded.
  public var article: String?

}

/// How a participatieverordening arranges inspraak (Gemeentewet art. 150 lid 2).
public enum InspraakProcedure: String, VocabularyKey {
  /// Afdeling 3.4 Awb applies.
  case awb34
  case ownProcedure
  case notRegulated
}
