/// A document the facts of a record come from.
public struct Source: Sendable, Equatable {
  /// The title `betrokken new` writes into a new record's first source, to be replaced; the loader warns while it is there.
  public static let placeholderTitle = "Nog in te vullen: titel van de bron"

  /// The id the record's citations use for this source.
  public var id: String
  /// The document's title.
  public var title: String
  /// Who published it, when known.
  public var publisher: String?
  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the document gives it.
  public var published: String?
  /// The day the document was read, when recorded.
  public var retrieved: CalendarDate?
  /// Where the document can be found, when known.
  public var url: String?

  /// A source with these facts, taken as given.
  public init(
    id: String, title: String, publisher: String?, published: String?, retrieved: CalendarDate? = nil, url: String?
  ) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.published = published
    self.retrieved = retrieved
    self.url = url
  }

  /// The year of publication, when known.
  public var year: Int? { published.flatMap { Int($0.prefix(4)) } }

  /// The source id reserved for the 2015 guide, whose scale section is numbered 5.2 a second time.
  public static let guideID = "leidraad"
}
