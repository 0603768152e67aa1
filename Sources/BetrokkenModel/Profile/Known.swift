/// A value a source may or may not tell. `.unknown` is never the same as "no", "none" or zero.
public enum Known<Value: Sendable>: Sendable {
  case unknown
  case known(Value)

  public var value: Value? {
    if case .known(let v) = self { return v }
    return nil
  }

  public var isUnknown: Bool {
    if case .unknown = self { return true }
    return false
  }

  public func map<T>(_ transform: (Value) -> T) -> Known<T> {
    switch self {
    case .unknown: return .unknown
    case .known(let v): return .known(transform(v))
    }
  }
}

extension Known: Equatable where Value: Equatable {}

/// Where a fact comes from: a source of the profile and a place in it.
public struct Citation: Sendable, Equatable {
  public var sourceID: String
  public var section: String?

  public init(sourceID: String, section: String?) {
    self.sourceID = sourceID
    self.section = section
  }
}

/// A municipality-wide fact: unknown, or a value with its citation.
public enum Fact<Value: Sendable>: Sendable {
  case unknown
  case known(Value, Citation)

  public var value: Value? {
    if case .known(let v, _) = self { return v }
    return nil
  }

  public var citation: Citation? {
    if case .known(_, let c) = self { return c }
    return nil
  }

  public var isUnknown: Bool { value == nil }
}

extension Fact: Equatable where Value: Equatable {}
