/// A municipality-wide fact: unknown, or a value with its citation.
public enum Fact<Value: Sendable>: Sendable {
  case unknown
  case known(Value, Citation)

  /// The value, or nil when unknown.
  public var value: Value? {
    if case .known(let v, _) = self { return v }
    return nil
  }

  /// The source and place the value comes from; nil when unknown.
  public var citation: Citation? {
    if case .known(_, let c) = self { return c }
    return nil
  }

  /// Whether no source gives the fact.
  public var isUnknown: Bool { value == nil }
}

extension Fact: Equatable where Value: Equatable {}
