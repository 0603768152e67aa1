/// Where a record comes from: its layer and file.
public struct RecordOrigin: Sendable, Equatable {
  public var layer: DataLayer
  public var file: String

  public init(layer: DataLayer, file: String) {
    self.layer = layer
    self.file = file
  }
}
