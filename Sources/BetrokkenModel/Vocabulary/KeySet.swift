/// A set of vocabulary keys in one machine word, iterated in the vocabulary's order. The profile format's lists
/// of keys (phases, laws, motives …) hold no duplicates and no meaningful order, so a set is what they are; as a
/// bit set a form's five such lists cost no allocation at all (10,000 profiles hold hundreds of thousands).
public struct KeySet<Key: VocabularyKey>: Sendable, Hashable, Collection, ExpressibleByArrayLiteral {
  private var bits: UInt64

  init() { bits = 0 }

  init(_ keys: some Sequence<Key>) {
    bits = 0
    for key in keys { insert(key) }
  }

  /// The set of the keys listed; a key listed twice is in it once.
  public init(arrayLiteral keys: Key...) { self.init(keys) }

  private static func bit(_ key: Key) -> UInt64 { 1 << UInt64(key.ordinal) }

  /// Adds the key; adding a key already in the set changes nothing.
  public mutating func insert(_ key: Key) { bits |= Self.bit(key) }

  /// Whether the key is in the set.
  public func contains(_ key: Key) -> Bool { bits & Self.bit(key) != 0 }

  // Collection: positions are the vocabulary's indices (0 ..< allCases.count); only members are visited.
  /// The vocabulary index of the first member; `endIndex` when the set is empty.
  public var startIndex: Int { next(from: 0) }
  /// The number of keys in the vocabulary: one past the last index a member can have.
  public var endIndex: Int { Key.allCases.count }
  /// The vocabulary index of the next member after `i`, or `endIndex`.
  public func index(after i: Int) -> Int { next(from: i + 1) }
  /// The vocabulary's key at this index (an index of the vocabulary, not the n-th member of the set).
  public subscript(position: Int) -> Key {
    Key.allCases[Key.allCases.index(Key.allCases.startIndex, offsetBy: position)]
  }
  /// How many keys the set holds.
  public var count: Int { bits.nonzeroBitCount }
  /// Whether the set holds no key.
  public var isEmpty: Bool { bits == 0 }

  private func next(from i: Int) -> Int {
    var i = i
    while i < endIndex, bits & (1 << UInt64(i)) == 0 { i += 1 }
    return i
  }

  /// The members as an array, in the vocabulary's order.
  public var array: [Key] { Array(self) }
}
