/// The outcome of one check: it holds, it does not, or the data cannot tell.
public enum Verdict: String, Sendable, Equatable, CaseIterable {
  case met
  case notMet
  /// "niet te beoordelen": the record lacks the facts to decide.
  case undecidable
}
