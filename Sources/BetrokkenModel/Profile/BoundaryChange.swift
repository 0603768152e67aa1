/// A change of a municipality's borders: the date and the municipalities (or parts) merged in, with a source.
public struct BoundaryChange: Sendable, Equatable {
  public var date: CalendarDate
  /// The names of the municipalities (or villages) that joined, as the source gives them.
  public var merged: [String]
  public var citation: Citation

  public init(date: CalendarDate, merged: [String], citation: Citation) {
    self.date = date
    self.merged = merged
    self.citation = citation
  }
}
