import BetrokkenModel

/// The dashboard as it would be with the record answered so far: the data with the edited profile's records in
/// place of those of the same dates, looked at on the edited record.
enum EditorEffect {
  static func context(_ session: EditorSession, _ data: DataSet) -> DashboardContext {
    var data = data
    let edited = EditorDocument(session, data: data).profile
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
