/// A change of a municipality's borders: the date and the municipalities (or parts) merged in, with a source.
public struct BoundaryChange: Sendable, Equatable {
  /// The day the change took effect.
  public var date: CalendarDate
  /// The names of the municipalities (or villages) that joined, as the source gives them.
  public var merged: [String]
  /// The source that reports the change.
  public var citation: Citation

}
