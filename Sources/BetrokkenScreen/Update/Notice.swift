import BetrokkenModel

/// A footer notice as a value: why a key did nothing, what an effect did. `NoticeWords` says it.
public enum Notice: Equatable, Sendable {
  /// Loading left files out or converted version-1 files (counts).
  case loaded(failedFiles: Int, convertedProfiles: Int)
  case markFirst(marked: Int)
  case tooManyMarked(marked: Int)
  /// None of the neighbours has a profile: which they are (names), so one can be added with `betrokken new`.
  case noNeighbours(municipality: String, neighbours: [String])
  case firstNeighbours(shown: Int, total: Int)
  case chooseSharedBody
  case onlyMemberWithProfile(body: String)
  case firstMembers(shown: Int, total: Int, body: String)
  case noRecord(municipality: String, asOf: CalendarDate)
  case oldestRecord(municipality: String)
  case newestRecord(asOf: CalendarDate)
  case snapshotWritten(path: String)
  case snapshotFailed(directory: String)
  /// The editor could not open (`e`).
  case cannotEdit(EditorRefusal)
  /// The editor closed after a save: where.
  case edited(path: String)
}

/// Why the editor cannot open on a municipality.
public enum EditorRefusal: Equatable, Sendable {
  /// The writable layer's file for it has errors (`validate` names them).
  case fileHasErrors(path: String)
  case notReadable(path: String)
  /// It has no record to edit (none in any layer).
  case noRecord(municipality: String)
}
