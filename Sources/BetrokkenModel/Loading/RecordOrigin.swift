/// Where a record comes from: its layer and file.
public struct RecordOrigin: Sendable, Equatable {
  /// The layer the record was read from.
  public var layer: DataLayer
  /// The path of the profile file that holds the record.
  public var file: String

}
