import BetrokkenModel

/// What the editor's text holds, read as the loader reads a file: the profile, the record edited (as a model and as
/// JSON) and the questions it raises. Derived from a session whenever needed, never stored.
struct EditorDocument {
  let profile: Profile?
  let diagnostics: [Diagnostic]
  let recordNode: JSONNode?
  let record: Record?
  let questions: [EditorQuestion]

  init(_ session: EditorSession, data: DataSet) {
    self.init(text: session.text, file: session.file, record: session.record, data: data)
  }

  init(text: String, file: String, record id: CalendarDate, data: DataSet) {
    let (profile, diagnostics) = ProfileLoader.load(text: Array(text.utf8), named: file, registry: data.registry)
    let recordNode = (try? JSONParser.parse(Array(text.utf8))).flatMap { EditorValue.record(id, in: $0) }
    let record = profile?.records.first { $0.id == id }
    self.profile = profile
    self.diagnostics = diagnostics
    self.recordNode = recordNode
    self.record = record
    // The municipality's record before this one, in any layer: the forms a form here may succeed.
    let earlier =
      data.profiles.first { $0.code == profile?.code }?.records.last { $0.id < id }
      ?? profile?.records.last { $0.id < id }
    let earlierForms = (earlier?.forms ?? []).map { EarlierForm(id: $0.id, name: $0.name) }
    questions =
      record.map {
        EditorQuestions.all(
          for: $0, recordNode: recordNode, bodies: data.bodies.map(\.id), earlierForms: earlierForms)
      } ?? []
  }

  /// The question at `position`, clamped to the list.
  func question(_ position: Int) -> EditorQuestion? {
    questions.isEmpty ? nil : questions[min(max(0, position), questions.count - 1)]
  }

  /// Applies answers to `text` and reads the result back as the loader does: the new canonical text, or why not.
  static func applying(
    _ answers: [EditorSession.Answer], to text: String, file: String, record id: CalendarDate,
    data: DataSet
  ) -> Result<String, EditorProblem> {
    guard var root = try? JSONParser.parse(Array(text.utf8)), case .array(var records)? = root.member("records")?.value,
      let index = records.firstIndex(where: {
        if case .string(id.description)? = $0.member("id")?.value { true } else { false }
      })
    else { return .failure(.invalid([])) }
    do {
      for answer in answers { try answer.edit.apply(to: &records[index]) }
    } catch let failure {
      return .failure(.edit(failure))
    }
    root.setMember("records", JSONNode(.array(records), offset: 0))
    let (profile, diagnostics) = ProfileLoader.load(
      text: Array(root.jsonText.utf8), named: file, registry: data.registry)
    guard let profile else { return .failure(.invalid(diagnostics.filter { $0.severity == .error })) }
    return .success(ProfileWriter.json(profile))
  }
}
