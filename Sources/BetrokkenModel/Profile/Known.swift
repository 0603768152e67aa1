/// A value a source may or may not tell. `.unknown` is never the same as "no", "none" or zero.
public enum Known<Value: Sendable>: Sendable {
  case unknown
  case known(Value)

  /// The value, or nil when no source tells it.
  public var value: Value? {
    if case .known(let v) = self { return v }
    return nil
  }

  /// Whether no source tells the value.
  public var isUnknown: Bool {
    if case .unknown = self { return true }
    return false
  }

  /// The value transformed when known; unknown stays unknown.
  public func map<T>(_ transform: (Value) -> T) -> Known<T> {
    switch self {
    case .unknown: return .unknown
    case .known(let v): return .known(transform(v))
    }
  }
}

extension Known: Equatable where Value: Equatable {}
