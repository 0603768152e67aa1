/// Per item, the article that carries it: only the items a regulation regulates. Stored as one optional article
/// per vocabulary key (and nothing at all when empty), which is smaller than a dictionary.
public struct ArticleMap<Key: VocabularyKey>: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  private var articles: [String?] = []

  public init() {}

  public init(dictionaryLiteral elements: (Key, String)...) {
    for (key, article) in elements { self[key] = article }
  }

  public init(_ dictionary: [Key: String]) {
    for (key, article) in dictionary { self[key] = article }
  }

  public subscript(key: Key) -> String? {
    get {
      let i = key.ordinal
      return i < articles.count ? articles[i] : nil
    }
    set {
      let i = key.ordinal
      if articles.count <= i {
        guard newValue != nil else { return }
        articles += Array(repeating: nil, count: i + 1 - articles.count)
      }
      articles[i] = newValue
      while let last = articles.last, last == nil { articles.removeLast() }
    }
  }

  public var isEmpty: Bool { articles.isEmpty }

  /// The regulated items and their articles, in the vocabulary's order.
  public var entries: [(key: Key, article: String)] {
    Key.allCases.compactMap { key in self[key].map { (key, $0) } }
  }
}
