/// A set of vocabulary keys in one machine word, iterated in the vocabulary's order. The profile format's lists
/// of keys (phases, laws, motives …) hold no duplicates and no meaningful order, so a set is what they are; as a
/// bit set a form's five such lists cost no allocation at all (10,000 profiles hold hundreds of thousands).
public struct KeySet<Key: VocabularyKey>: Sendable, Hashable, Collection, ExpressibleByArrayLiteral {
  private var bits: UInt64

  public init() { bits = 0 }

  public init(_ keys: some Sequence<Key>) {
    bits = 0
    for key in keys { insert(key) }
  }

  public init(arrayLiteral keys: Key...) { self.init(keys) }

  private static func bit(_ key: Key) -> UInt64 { 1 << UInt64(key.ordinal) }

  public mutating func insert(_ key: Key) { bits |= Self.bit(key) }

  public func contains(_ key: Key) -> Bool { bits & Self.bit(key) != 0 }

  // Collection: positions are the vocabulary's indices (0 ..< allCases.count); only members are visited.
  public var startIndex: Int { next(from: 0) }
  public var endIndex: Int { Key.allCases.count }
  public func index(after i: Int) -> Int { next(from: i + 1) }
  public subscript(position: Int) -> Key {
    Key.allCases[Key.allCases.index(Key.allCases.startIndex, offsetBy: position)]
  }
  public var count: Int { bits.nonzeroBitCount }
  public var isEmpty: Bool { bits == 0 }

  private func next(from i: Int) -> Int {
    var i = i
    while i < endIndex, bits & (1 << UInt64(i)) == 0 { i += 1 }
    return i
  }

  public var array: [Key] { Array(self) }
}
