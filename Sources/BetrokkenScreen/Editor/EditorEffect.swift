import BetrokkenModel

/// The dashboard as it would be with the record answered so far: the data with the edited profile's records in
/// place of those of the same dates, looked at on the edited record.
enum EditorEffect {
  /// `edited`: the session's text as the loader read it (the frame's `EditorDocument` has it already).
  static func context(_ session: EditorSession, edited: Profile?, _ data: DataSet) -> DashboardContext {
    var data = data
    if let edited {
      if let index = data.profiles.firstIndex(where: { $0.code == session.code }) {
        var merged = data.profiles[index]
        let dates = Set(edited.records.map(\.id))
        merged.records = (merged.records.filter { !dates.contains($0.id) } + edited.records).sorted { $0.id < $1.id }
        data.profiles[index] = merged
      } else {
        data.profiles.append(edited)
      }
    }
    var state = DashboardState(selectedCode: session.code)
    state.viewedRecord = session.record
    return DashboardContext(data: data, state: state)
  }
}
