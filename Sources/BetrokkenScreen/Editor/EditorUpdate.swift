import BetrokkenModel

/// The guided editor's keys: typing answers (every printable key is text here, `q ? e /` too), moving through the
/// questions, undo, saving and leaving. Answers that would make the record invalid are refused with the loader's
/// own diagnostics; every accepted answer is journalled (`Effect.writeDraft`) so a crash loses nothing.
enum EditorUpdate {
  static let keys: [KeyBinding] = [
    KeyBinding(
      keys: [.enter], keyLabel: "Enter", short: "editor.keys.answer", description: "editor.keys.answerHelp",
      action: .answer, footerKey: "Enter"),
    KeyBinding(
      keys: [.tab], keyLabel: "Tab", short: "editor.keys.field", description: "editor.keys.fieldHelp",
      action: .nextField, footerKey: "Tab"),
    KeyBinding(
      keys: [.backTab], keyLabel: "S-Tab", short: "editor.keys.previousField",
      description: "editor.keys.previousFieldHelp", action: .previousField, footerKey: nil),
    KeyBinding(
      keys: [.right], keyLabel: "→", short: "editor.keys.takeCurrent", description: "editor.keys.takeCurrentHelp",
      action: .takeCurrent, footerKey: nil),
    KeyBinding(
      keys: [.up], keyLabel: "↑", short: "editor.keys.previousQuestion",
      description: "editor.keys.previousQuestionHelp",
      action: .up, footerKey: nil),
    KeyBinding(
      keys: [.down], keyLabel: "↓", short: "editor.keys.question", description: "editor.keys.questionHelp",
      action: .down, footerKey: "↑↓"),
    KeyBinding(
      keys: [.pageUp], keyLabel: "PgUp", short: "editor.keys.previousPart", description: "editor.keys.previousPartHelp",
      action: .previousPart, footerKey: nil),
    KeyBinding(
      keys: [.pageDown], keyLabel: "PgDn", short: "editor.keys.part", description: "editor.keys.partHelp",
      action: .part, footerKey: nil),
    KeyBinding(
      keys: [.control("f")], keyLabel: "^F", short: "editor.keys.open", description: "editor.keys.openHelp",
      action: .openQuestion, footerKey: "^F"),
    KeyBinding(
      keys: [.control("u")], keyLabel: "^U", short: "editor.keys.undo", description: "editor.keys.undoHelp",
      action: .undo, footerKey: "^U"),
    KeyBinding(
      keys: [.control("x")], keyLabel: "^X", short: "editor.keys.end", description: "editor.keys.endHelp",
      action: .endForm, footerKey: nil),
    KeyBinding(
      keys: [.control("d")], keyLabel: "^D", short: "editor.keys.remove", description: "editor.keys.removeHelp",
      action: .remove, footerKey: nil),
    KeyBinding(
      keys: [.control("e")], keyLabel: "^E", short: "editor.keys.effect", description: "editor.keys.effectHelp",
      action: .effect, footerKey: "^E"),
    KeyBinding(
      keys: [.control("s")], keyLabel: "^S", short: "editor.keys.save", description: "editor.keys.saveHelp",
      action: .save, footerKey: "^S"),
    KeyBinding(
      keys: [.function(1)], keyLabel: "F1", short: "screen.keys.help", description: "editor.keys.helpHelp",
      action: .help, footerKey: "F1"),
    KeyBinding(
      keys: [.escape], keyLabel: "Esc", short: "editor.keys.leave", description: "editor.keys.leaveHelp",
      action: .close, footerKey: "Esc"),
  ]

  static func update(
    _ state: inout DashboardState, _ session: inout EditorSession, _ key: Key, _ environment: Update.Environment
  ) -> [Effect] {
    session.problem = nil
    session.notice = nil
    defer { if state.mode.isEditor { state.mode = .editor(session) } }
    if let prompt = session.prompt {
      return answerPrompt(prompt, key, &state, &session)
    }
    let data = environment.data
    guard let action = KeyTable.action(for: key, in: keys) else {
      switch key {
      case .character(let character): type(character, &session)
      case .backspace: erase(&session)
      default: break
      }
      return []
    }
    let document = EditorDocument(session, data: data)
    let count = document.questions.count
    // Moving on would throw away what was typed and not yet entered: say so instead.
    let moves: Set<Action> = [.up, .down, .part, .previousPart, .openQuestion, .undo, .endForm, .remove]
    if moves.contains(action), !session.input.isEmpty || !session.sourceInput.isEmpty {
      session.problem = .notEntered
      return []
    }
    switch action {
    case .nextField, .previousField:
      guard let question = document.question(session.position), citesChosenSource(question) else { break }
      let order: [EditorSession.Field] = [.value, .source, .section]
      let index = order.firstIndex(of: session.field) ?? 0
      session.field = order[(index + (action == .nextField ? 1 : 2)) % 3]
      if session.field == .section {
        if session.sectionInput.isEmpty { session.sectionInput = session.section ?? "" }
        session.sectionSelected = true
      }
    case .answer:
      return answer(&session, document, data).map { [$0] } ?? []
    case .up: go(&session, to: session.position - 1, count)
    case .down: go(&session, to: session.position + 1, count)
    case .part, .previousPart:
      go(&session, to: part(from: session.position, in: document.questions, forward: action == .part), count)
    case .openQuestion:
      let questions = document.questions
      let here = min(max(0, session.position), max(0, questions.count - 1))
      let order = Array(questions.indices.dropFirst(here + 1)) + questions.indices.prefix(here + 1)
      if let open = order.first(where: { questions[$0].isOpen }) { go(&session, to: open, count) }
    case .undo:
      return undo(&session)
    case .endForm:
      guard let question = document.question(session.position), let entry = question.entry,
        entry.hasPrefix("forms[")
      else {
        session.problem = .notAForm
        break
      }
      let ended = EditorSession.Answer(
        path: entry + ".status", value: "\"ended\"", source: session.source, section: session.section,
        approximate: false)
      return commit([ended], &session, data, next: .path(entry + ".until")).map { [$0] } ?? []
    case .remove:
      guard let question = document.question(session.position), let entry = question.entry else {
        session.problem = .notAnEntry
        break
      }
      let removal = EditorSession.Answer(
        path: entry, value: nil, source: session.source, section: session.section, approximate: false)
      return commit([removal], &session, data, next: .stay).map { [$0] } ?? []
    case .takeCurrent:
      // The value now, to change rather than type anew; only into an empty answer, never over typing.
      guard session.field == .value, session.input.isEmpty, let question = document.question(session.position),
        let current = EditorAnswerText.typed(question, in: document.recordNode)
      else { break }
      session.input = current
    case .effect:
      session.showsEffect.toggle()
    case .save:
      return [.saveEditor(session)]
    case .help:
      Update.open(.help, &state)
    case .close:
      if session.isDirty {
        session.prompt = .leave
      } else {
        state.mode = .list
        return [.discardDraft(code: session.code, file: session.file)]
      }
    default:
      break
    }
    return []
  }

  /// The key after a question in the footer. Esc never throws answers away: it goes back to editing.
  static func answerPrompt(
    _ prompt: EditorSession.Prompt, _ key: Key, _ state: inout DashboardState, _ session: inout EditorSession
  ) -> [Effect] {
    session.prompt = nil
    switch (prompt, key) {
    case (.leave, .control("s")):
      session.closesAfterSave = true
      return [.saveEditor(session)]
    case (.leave, .control("d")):
      state.mode = .list
      return [.discardDraft(code: session.code, file: session.file)]
    case (.conflict, .character("r")):
      return [.reloadEditor(session)]
    case (.conflict, .character("w")):
      return [.saveEditorElsewhere(session)]
    case (.restore, .enter):
      session.notice = .restored(answers: session.answers.count)
      return []
    case (.restore, .control("d")):
      state.mode = .list
      return [.discardDraft(code: session.code, file: session.file)]
    case (.restore, _):
      // Later: the draft stays, and `e` on the municipality goes on with it.
      state.mode = .list
      return []
    default:
      return []
    }
  }

  static func undo(_ session: inout EditorSession) -> [Effect] {
    guard let step = session.undo.popLast() else {
      session.notice = .nothingToUndo
      return []
    }
    session.text = step.text
    session.answers.removeLast(max(0, session.answers.count - step.answers))
    session.position = step.position
    session.source = step.source
    session.section = step.section
    clearInputs(&session)
    session.notice = .undone
    return [session.isDirty ? .writeDraft(session) : .discardDraft(code: session.code, file: session.file)]
  }

  static func erase(_ session: inout EditorSession) {
    switch session.field {
    case .value: _ = session.input.popLast()
    case .source: _ = session.sourceInput.popLast()
    case .section:
      if session.sectionSelected { session.sectionInput = "" } else { _ = session.sectionInput.popLast() }
      session.sectionSelected = false
    }
  }

  /// Whether the source and section beside the answer are chosen by the user (not fixed by an entry).
  static func citesChosenSource(_ question: EditorQuestion) -> Bool {
    if case .chosen = question.citing { return true }
    return false
  }

  static func type(_ character: Character, _ session: inout EditorSession) {
    // Text from the keyboard is one line of printable characters.
    guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
    switch session.field {
    case .value: session.input.append(character)
    case .source: session.sourceInput.append(character)
    case .section:
      if session.sectionSelected { session.sectionInput = "" }
      session.sectionSelected = false
      session.sectionInput.append(character)
    }
  }

  static func go(_ session: inout EditorSession, to position: Int, _ count: Int) {
    session.position = min(max(0, position), max(0, count - 1))
    clearInputs(&session)
  }

  static func clearInputs(_ session: inout EditorSession) {
    session.input = ""
    session.sourceInput = ""
    session.sectionInput = ""
    session.sectionSelected = true
    session.field = .value
  }

  /// The first question of the next (or this, or the previous) entry or chapter.
  static func part(from position: Int, in questions: [EditorQuestion], forward: Bool) -> Int {
    guard questions.indices.contains(position) else { return 0 }
    // An entry's questions are a part; so is each "new entry" question; the rest of a chapter is one part.
    func group(_ q: EditorQuestion) -> String {
      if let entry = q.entry { return entry }
      if case .newEntry = q.answer { return "new " + q.path }
      return q.chapter.rawValue
    }
    func start(of index: Int) -> Int {
      var i = index
      while i > 0, group(questions[i - 1]) == group(questions[index]) { i -= 1 }
      return i
    }
    if forward {
      var i = position
      while i < questions.count - 1, group(questions[i]) == group(questions[position]) { i += 1 }
      return i
    }
    let here = start(of: position)
    return here < position ? here : start(of: max(0, here - 1))
  }

  /// Where the editor goes after an answer is taken.
  enum Next {
    /// The question that followed the answered one (found again by its path: answers can add questions above).
    case following(String?)
    /// A new entry's first question after its name or title.
    case entry(String)
    case path(String)
    case stay
  }

  /// Enter: the source and section typed beside the answer, then the answer itself; empty input skips.
  static func answer(_ session: inout EditorSession, _ document: EditorDocument, _ data: DataSet) -> Effect? {
    guard let question = document.question(session.position), let record = document.record else { return nil }
    var answers: [EditorSession.Answer] = []
    var source = session.source
    var section = session.section
    let chosen = citesChosenSource(question)
    if chosen {
      let typed = session.sourceInput.trimmingCharacters(in: .whitespaces)
      if !typed.isEmpty, typed.allSatisfy({ $0.isASCII && $0.isNumber }) {
        // A number is one of the record's sources; any other number is a mistake, not a title.
        guard let number = Int(typed), number >= 1, number <= record.sources.count else {
          session.problem = .notASource(typed)
          return nil
        }
        source = record.sources[number - 1].id
      } else if !typed.isEmpty {
        // A source named by its title is added to the record, inline.
        let id = EditorIdentifier.new(from: typed, taken: record.sources.map(\.id), fallback: "source")
        answers.append(
          EditorSession.Answer(
            path: "sources[\(id)].title", value: ProfileWriter.string(typed), source: "", section: nil,
            approximate: false, creates: true))
        source = id
      }
      if !session.sectionSelected || session.field == .section {
        let typedSection = session.sectionInput.trimmingCharacters(in: .whitespaces)
        section = typedSection.isEmpty ? nil : typedSection
      } else if source != session.source {
        // Another document: the section of the last one does not apply to it.
        section = nil
      }
    }
    if case .entry(let entrySource, let entrySection) = question.citing {
      source = entrySource
      section = entrySection
    }
    let typed = session.input.trimmingCharacters(in: .whitespaces)
    let following =
      document.questions.indices.contains(session.position + 1)
      ? document.questions[session.position + 1].path : nil
    var next = Next.following(following)
    if !typed.isEmpty {
      switch EditorAnswerParser.parse(typed, question.answer) {
      case .failure(let problem):
        session.problem = problem
        return nil
      case .success(let parsed):
        var path = question.path
        var value = parsed.value
        var creates = false
        if case .newEntry(let collection, let options) = question.answer {
          guard let name = value else {
            session.problem = .nameNeeded
            return nil
          }
          let taken = EditorIdentifier.ids(in: collection, of: record)
          creates = true
          if options.isEmpty {
            let id = EditorIdentifier.new(from: typed, taken: taken, fallback: String(collection.dropLast()))
            let creatingKey = ["forms": "name", "regulations": "title", "sources": "title"][collection] ?? "title"
            path = "\(collection)[\(id)].\(creatingKey)"
            next = .entry("\(collection)[\(id)]")
          } else {
            let body = String(name.dropFirst().dropLast())
            path = "sharedBodies[\(body)].localNote"
            value = "null"
            next = .path(path)
          }
        } else if path == "formsComplete", value == "false" {
          // Only a source that says the list is complete can be cited; "no" leaves it unknown.
          value = nil
        }
        answers.append(
          EditorSession.Answer(
            path: path, value: value, source: source, section: section, approximate: parsed.approximate,
            creates: creates))
      }
    }
    if answers.isEmpty {
      // Nothing typed: a citation chosen is kept for the next answers, and the question is skipped.
      if chosen { (session.source, session.section) = (source, section) }
      go(&session, to: session.position + 1, document.questions.count)
      return nil
    }
    return commit(answers, &session, data, next: next, citing: chosen ? (source, section) : nil)
  }

  /// Applies the answers and reads the record back; on success moves on and journals the session.
  static func commit(
    _ answers: [EditorSession.Answer], _ session: inout EditorSession, _ data: DataSet, next: Next,
    citing: (String, String?)? = nil
  ) -> Effect? {
    switch EditorDocument.applying(answers, to: session.text, file: session.file, record: session.record, data: data)
    {
    case .failure(let problem):
      session.problem = problem
      return nil
    case .success(let text):
      session.undo.append(
        EditorSession.UndoStep(
          text: session.text, answers: session.answers.count, position: session.position, source: session.source,
          section: session.section))
      session.text = text
      session.answers += answers
      if let citing { (session.source, session.section) = citing }
      let questions = EditorDocument(session, data: data).questions
      let target: Int
      switch next {
      case .following(let path):
        target = path.flatMap { path in questions.firstIndex { $0.path == path } } ?? session.position + 1
      case .entry(let entry):
        target = (questions.firstIndex { $0.entry == entry }).map { $0 + 1 } ?? session.position
      case .path(let path): target = questions.firstIndex { $0.path == path } ?? session.position
      case .stay: target = session.position
      }
      go(&session, to: target, questions.count)
      return .writeDraft(session)
    }
  }
}

extension Mode {
  var isEditor: Bool {
    if case .editor = self { return true }
    return false
  }

  /// The editor session of this mode, directly or under an overlay (the help).
  public var editorSession: EditorSession? {
    switch self {
    case .editor(let session): session
    case .overlay(let overlay): overlay.underneath.editorSession
    default: nil
    }
  }
}
