/// Per item, the article that carries it: only the items a regulation regulates. Stored as one optional article
/// per vocabulary key (and nothing at all when empty), which is smaller than a dictionary.
public struct ArticleMap<Key: VocabularyKey>: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  private var articles: [String?] = []

  init() {}

  /// The items listed with their articles; a later entry for the same item wins.
  public init(dictionaryLiteral elements: (Key, String)...) {
    for (key, article) in elements { self[key] = article }
  }

  init(_ dictionary: [Key: String]) {
    for (key, article) in dictionary { self[key] = article }
  }

  /// The article that carries the item, or nil when none is recorded; setting nil removes it.
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

  /// Whether no item has an article.
  public var isEmpty: Bool { articles.isEmpty }

  /// The regulated items and their articles, in the vocabulary's order.
  public var entries: [(key: Key, article: String)] {
    Key.allCases.compactMap { key in self[key].map { (key, $0) } }
  }
}
