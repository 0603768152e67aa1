/// One municipality's arrangement for involving residents: dated records, each as its sources describe it.
public struct Profile: Sendable, Equatable {
  /// The profile format version this program writes.
  public static let formatVersion = 2

  /// The municipality's CBS code (`GM0363`).
  public var code: String
  /// The municipality's name, as the profile gives it.
  public var name: String
  /// Oldest first; ids (dates) are unique.
  public var records: [Record]
  /// The file the profile was loaded from.
  public var file: String
  /// The version the file was written in (1 files are converted in memory).
  public var fileFormatVersion: Int
  /// The file's `"$schema"`, kept so a save does not drop it.
  public var schemaReference: String?

  /// A profile with these records, sorted by date; `fileFormatVersion` defaults to the current format.
  public init(code: String, name: String, records: [Record], file: String, fileFormatVersion: Int = formatVersion) {
    self.code = code
    self.name = name
    self.records = records.sorted { $0.id < $1.id }
    self.file = file
    self.fileFormatVersion = fileFormatVersion
  }

  /// The newest record dated on or before `date`, or nil when every record is later.
  public func record(asOf date: CalendarDate) -> Record? {
    records.last { $0.id <= date }
  }
}
