import BetrokkenModel

/// The editor's facts in words: current values, options, problems, notices and prompts.
enum EditorWords {
  /// The question's current value in the record, with its own citation when it has one.
  static func current(_ question: EditorQuestion, in recordNode: JSONNode?, record: Record) -> String {
    guard let recordNode, let node = EditorValue.node(at: question.path, in: recordNode), !node.isNull else {
      return Strings.text("screen.unknown")
    }
    let fact = EditorValue.fact(node)
    var text = value(fact.value, question.answer)
    if fact.approximate { text = Strings.text("editor.approximately", text) }
    if let source = fact.source {
      text += "  " + Strings.text("editor.citedAs", source, fact.section ?? Strings.text("editor.noSection"))
    }
    return Sanitizer.sanitize(text).text
  }

  /// The options the typed answer chooses ("→ adviseren: burgers geven gevraagd en ongevraagd advies …"), nil when
  /// nothing is typed, the question takes no options, or the typing is not (yet) an answer.
  static func preview(_ typed: String, _ question: EditorQuestion) -> String? {
    guard !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    let vocabulary: String
    let options: [String]
    switch question.answer {
    case .one(let name, let keys), .many(let name, let keys): (vocabulary, options) = (name, keys)
    default: return nil
    }
    let chosen: [String]
    switch EditorAnswerParser.choose(
      typed.trimmingCharacters(in: .whitespaces), vocabulary: vocabulary, options: options,
      many: question.answer != .one(vocabulary: vocabulary, options: options))
    {
    case .success(let keys): chosen = keys ?? []
    case .failure: return nil
    }
    let labels = chosen.map { Strings.text("\(vocabulary).\($0)") }
    if chosen.isEmpty { return "→ " + Strings.text("screen.unknown") }
    // The guide's meaning, in our words (the glossary's), for the vocabularies that have one.
    if chosen.count == 1, ["rung", "phase", "scale", "structure", "contact"].contains(vocabulary) {
      return "→ \(labels[0]): " + Strings.text("reports.glossary.\(chosen[0])")
    }
    return "→ " + labels.joined(separator: ", ")
  }

  /// For a legal item's article: the laws it then counts for (the regulation's scope), or that the scope is unknown.
  static func scope(_ question: EditorQuestion, in recordNode: JSONNode?) -> String? {
    guard question.path.contains(".legalItems."), let entry = question.entry, let recordNode else { return nil }
    let laws = EditorValue.node(at: entry + ".scope", in: recordNode).flatMap { node -> [String]? in
      guard case .array(let items) = node.value else { return nil }
      return items.compactMap { if case .string(let key) = $0.value { Strings.text("law.\(key)") } else { nil } }
    }
    guard let laws, !laws.isEmpty else { return Strings.text("editor.scope.unknown") }
    return Strings.text("editor.scope.laws", laws.joined(separator: ", "))
  }

  static func value(_ node: JSONNode, _ answer: EditorQuestion.Answer) -> String {
    let vocabulary: String?
    switch answer {
    case .one(let name, _), .many(let name, _): vocabulary = name
    case .inspraak: vocabulary = InspraakProcedure.vocabularyName
    default: vocabulary = nil
    }
    switch node.value {
    case .null: return Strings.text("screen.unknown")
    case .bool(let b): return Strings.text(b ? "editor.yes" : "editor.no")
    case .number(let n): return n
    case .string(let s): return vocabulary.map { Strings.text("\($0).\(s)") } ?? s
    case .array(let items):
      return items.isEmpty ? Strings.text("editor.none") : items.map { value($0, answer) }.joined(separator: ", ")
    case .object:
      if let regulation = node.member("regulation"), let article = node.member("article") {
        return value(regulation, .text) + ", " + value(article, .text)
      }
      if let procedure = node.member("procedure") {
        let article = node.member("article").flatMap { $0.isNull ? nil : value($0, .text) }
        return value(procedure, answer) + (article.map { ", " + $0 } ?? "")
      }
      return node.jsonText
    }
  }

  /// The numbered options a question offers (0 is always "unknown"), or a hint of what to type.
  static func options(_ answer: EditorQuestion.Answer) -> [(String, String)] {
    let unknown = ("0", Strings.text("screen.unknown"))
    switch answer {
    case .one(let vocabulary, let keys), .many(let vocabulary, let keys):
      var items = [unknown]
      for (i, key) in keys.enumerated() {
        var label = Strings.text("\(vocabulary).\(key)")
        if vocabulary == Rung.vocabularyName, let rung = Rung(rawValue: key) { label += " — " + rung.role }
        items.append(("\(i + 1)", label))
      }
      if case .many = answer { items.append(("", Strings.text("editor.hint.many"))) }
      return items
    case .yesNo:
      return [unknown, ("1", Strings.text("editor.yes")), ("2", Strings.text("editor.no"))]
    case .delegation(let ids):
      return [unknown] + ids.enumerated().map { ("\($0.offset + 1)", clean($0.element)) }
        + [("", Strings.text("editor.hint.delegation"))]
    case .inspraak(let keys):
      return [unknown]
        + keys.enumerated().map { ("\($0.offset + 1)", Strings.text("inspraakProcedure.\($0.element)")) }
        + [("", Strings.text("editor.hint.inspraak"))]
    case .formIDs(let forms):
      return [unknown] + forms.enumerated().map { ("\($0.offset + 1)", clean("\($0.element.name) (\($0.element.id))")) }
        + [("", Strings.text("editor.hint.many"))]
    case .newEntry(_, let ids) where !ids.isEmpty:
      return ids.enumerated().map { ("\($0.offset + 1)", clean($0.element)) }
    case .newEntry(let collection, _):
      return [("", Strings.text("editor.hint.new.\(collection)"))]
    case .text: return [("", Strings.text("editor.hint.text"))]
    case .texts: return [("", Strings.text("editor.hint.texts"))]
    case .date: return [("", Strings.text("editor.hint.date"))]
    case .partialDate: return [("", Strings.text("editor.hint.partialDate"))]
    case .count: return [("", Strings.text("editor.hint.count"))]
    case .codes: return [("", Strings.text("editor.hint.codes"))]
    case .article: return [("", Strings.text("editor.hint.article"))]
    }
  }

  static func problem(_ problem: EditorProblem) -> String {
    switch problem {
    case .notAnOption(let text): Strings.text("editor.problem.notAnOption", clean(text))
    case .ambiguous(let text, let matches):
      Strings.text("editor.problem.ambiguous", clean(text), matches.joined(separator: ", "))
    case .notADate(let text): Strings.text("editor.problem.notADate", clean(text))
    case .notAPartialDate(let text): Strings.text("editor.problem.notAPartialDate", clean(text))
    case .notACount(let text): Strings.text("editor.problem.notACount", clean(text))
    case .notYesNo(let text): Strings.text("editor.problem.notYesNo", clean(text))
    case .notACode(let text): Strings.text("editor.problem.notACode", clean(text))
    case .numberFirst(let text): Strings.text("editor.problem.numberFirst", clean(text))
    case .edit(let failure): Strings.text("editor.problem.refused", editFailure(failure))
    case .invalid(let diagnostics):
      ([Strings.text("editor.problem.invalid")]
        + diagnostics.prefix(3).map { ($0.path.map { "\($0): " } ?? "") + DiagnosticWords.message($0.problem) })
        .joined(separator: " ")
    case .notAForm: Strings.text("editor.problem.notAForm")
    case .notAnEntry: Strings.text("editor.problem.notAnEntry")
    case .notEntered: Strings.text("editor.problem.notEntered")
    case .notASource(let text): Strings.text("editor.problem.notASource", clean(text))
    case .nameNeeded: Strings.text("editor.problem.nameNeeded")
    case .articleMissing(let text): Strings.text("editor.problem.articleMissing", clean(text))
    }
  }

  /// The first of the record's warnings, as `validate` says it (without the file name), and how many there are.
  static func warning(_ diagnostic: Diagnostic, count: Int) -> String {
    let message = (diagnostic.path.map { "\($0): " } ?? "") + DiagnosticWords.message(diagnostic.problem)
    return Strings.text(count == 1 ? "editor.warning" : "editor.warnings", message, String(count - 1))
  }

  static func editFailure(_ failure: RecordEdit.Failure) -> String {
    switch failure {
    case .required(let path): Strings.text("editor.failure.required", path)
    case .unknownSource(let id): Strings.text("editing.failure.unknownSource", id)
    case .otherCitation(let path, let source, _): Strings.text("editor.failure.otherCitation", path, source)
    case .onlyTrue: Strings.text("editor.failure.onlyTrue")
    case .badPath(let path), .citationKey(let path): Strings.text("editor.failure.badPath", path)
    case .notFound(_, let id, _): Strings.text("editor.failure.notFound", id)
    }
  }

  static func notice(_ notice: EditorNotice) -> String {
    switch notice {
    case .copied(let from, let to, let layer) where layer == .named:
      Strings.text("editor.notice.copiedFromData", from.description, to.description)
    case .copied(let from, let to, let layer):
      from == to
        ? Strings.text("editor.notice.copiedInPlace", from.description, Strings.text("editing.layer.\(layer.rawValue)"))
        : Strings.text(
          "editor.notice.copied", from.description, to.description, Strings.text("editing.layer.\(layer.rawValue)"))
    case .restored(let answers): plural("editor.notice.restored", answers)
    case .saved(let path): Strings.text("editor.notice.saved", clean(path))
    case .savedElsewhere(let path): Strings.text("editor.notice.savedElsewhere", clean(path))
    case .saveFailed(let failure): saveFailure(failure)
    case .reloaded(let replayed, let dropped, let keptAt):
      plural("editor.notice.reloaded", replayed)
        + (keptAt.map { " " + Strings.text("editor.notice.droppedKept", String(dropped), clean($0)) } ?? "")
    case .reloadFailed(let path): Strings.text("editor.notice.reloadFailed", clean(path))
    case .undone: Strings.text("editor.notice.undone")
    case .nothingToUndo: Strings.text("editor.notice.nothingToUndo")
    case .draftNotWritten(let path): Strings.text("editor.notice.draftNotWritten", clean(path))
    }
  }

  static func saveFailure(_ failure: AtomicFile.Failure) -> String {
    switch failure {
    case .changedOnDisk(let path): Strings.text("editor.save.changedOnDisk", clean(path))
    case .notWritable(let path, _): Strings.text("editor.save.notWritable", clean(path))
    case .diskFull(let path): Strings.text("editor.save.diskFull", clean(path))
    case .notReadable(let path, _), .other(let path, _): Strings.text("editor.save.other", clean(path))
    }
  }

  static func prompt(_ prompt: EditorSession.Prompt, _ session: EditorSession) -> String {
    switch prompt {
    case .leave: Strings.text("editor.prompt.leave")
    case .conflict: plural("editor.prompt.conflict", session.answers.count)
    case .restore:
      Strings.text(
        session.answers.count == 1 ? "editor.prompt.restore.one" : "editor.prompt.restore",
        clean(session.name), session.record.description, String(session.answers.count))
    }
  }

  /// A text with a count, from `KEY.one` when it is 1 and `KEY` otherwise.
  static func plural(_ key: String, _ count: Int) -> String {
    Strings.text(count == 1 ? key + ".one" : key, String(count))
  }

  static func clean(_ text: String) -> String { Sanitizer.sanitize(text).text }
}
