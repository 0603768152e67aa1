import BetrokkenModel

/// The guided editor's state: the profile being edited (canonical JSON text, always valid: an answer that would make
/// it invalid is refused), where in the questions it is, what is being typed, and what has not been saved. A plain
/// value, changed only by `EditorUpdate`; the runner reads and writes the files.
public struct EditorSession: Equatable, Sendable {
  /// The three lines of the answer area that take typing.
  public enum Field: Equatable, Sendable {
    case value, source, section
  }

  /// A question in the footer that takes the next key.
  public enum Prompt: Equatable, Sendable {
    /// Esc with unsaved answers: Esc again discards them, Ctrl-S saves, any other key goes back.
    case leave
    /// The save was refused because the file changed on disk: `r` reads it again and replays the answers, `w`
    /// saves elsewhere.
    case conflict
    /// At start, a draft left by an editor that did not end: Enter goes on with it, Ctrl-D discards it, any other
    /// key leaves it for later (`e` on the municipality goes on with it).
    case restore
  }

  /// One answer as given, so it can be applied again to a file read anew (after a conflict) — nil `value` unsets.
  public struct Answer: Equatable, Sendable {
    /// Where the answer went (`forms[raad].rung`).
    public var path: String
    /// The value as JSON text; nil for unknown (or the removal of an entry).
    public var value: String?
    /// The source id and section cited.
    public var source: String
    /// The section cited; nil for none.
    public var section: String?
    /// Whether a number was an estimate.
    public var approximate: Bool
    /// Whether the answer added an entry (a form, regulation, source or reference) under an id of its own making.
    public var creates: Bool

    /// An answer for `path` (nil `value`: unknown), cited as given.
    public init(
      path: String, value: String?, source: String, section: String?, approximate: Bool, creates: Bool = false
    ) {
      self.path = path
      self.value = value
      self.source = source
      self.section = section
      self.approximate = approximate
      self.creates = creates
    }

    /// The edit this answer makes.
    public var edit: RecordEdit {
      RecordEdit(
        path: path,
        operation: value.map { .set(value: $0, source: source, section: section) } ?? .unset,
        approximate: approximate)
    }
  }

  /// The state before an answer, for undo.
  struct UndoStep: Equatable, Sendable {
    var text: String
    var answers: Int
    var position: Int
    var source: String
    var section: String?
  }

  /// The municipality's code and name.
  public var code: String
  /// The municipality's name, for the title.
  public var name: String
  /// The record edited.
  public var record: CalendarDate
  /// The file in the writable layer the profile is saved to.
  public var file: String
  /// What that file held when it was read (nil: there was no file); a save is refused when the disk differs.
  public var original: [UInt8]?
  /// The whole profile as edited: canonical JSON (`ProfileWriter`).
  public var text: String
  /// The text as last read or saved; the session has unsaved answers when `text` differs.
  public var savedText: String
  /// Every answer given since the file was read, in order.
  public var answers: [Answer] = []
  var undo: [UndoStep] = []
  /// Index of the current question.
  public var position = 0
  var field = Field.value
  var input = ""
  var sourceInput = ""
  var sectionInput = ""
  /// The typed section is "selected" when the field is entered: the first key typed replaces it.
  var sectionSelected = true
  /// The source and section new answers cite (a source id of the record).
  public var source: String
  /// The section new answers cite; nil for none.
  public var section: String?
  /// Why the last answer was refused, until the next key.
  var problem: EditorProblem?
  /// The question in the footer, if any.
  public var prompt: Prompt?
  /// Ctrl-S at the leave question: close once saved.
  var closesAfterSave = false
  /// At narrow sizes the effect on the dashboard's panes replaces the questions (Ctrl-E).
  var showsEffect = false
  /// What the footer says once: the record was copied, a draft was restored, a save went wrong.
  public var notice: EditorNotice?

  /// A session on `record` of the profile `text` (canonical JSON), read from `file` (whose bytes were `original`).
  public init(
    code: String, name: String, record: CalendarDate, file: String, original: [UInt8]?, text: String,
    source: String
  ) {
    self.code = code
    self.name = name
    self.record = record
    self.file = file
    self.original = original
    self.text = text
    savedText = text
    self.source = source
  }

  /// Whether there are answers not yet saved.
  public var isDirty: Bool { text != savedText }

  /// The text before the first answer still undoable (the text as read, when every answer can be undone).
  public var undoBase: String { undo.first?.text ?? text }

  /// The record `id` of a profile's text, read as the loader reads it; nil when the text does not load or has no
  /// such record.
  public static func record(_ id: CalendarDate, of text: String, file: String, data: DataSet) -> Record? {
    EditorDocument(text: text, file: file, record: id, data: data).record
  }

  /// The session's answers applied anew to `text` (the file as read again after a conflict), one by one: an entry
  /// the session added under an id the file now uses is added under a new id (and the later answers follow it); an
  /// answer that no longer applies, or would make the record invalid, is dropped. Returns the session on the new
  /// text (its undo history gone: it was of the old text) and the answers dropped.
  public func replaying(onto text: String, original: [UInt8]?, data: DataSet) -> (EditorSession, dropped: [Answer]) {
    var fresh = self
    fresh.original = original
    fresh.text = text
    fresh.savedText = text
    fresh.answers = []
    fresh.undo = []
    fresh.prompt = nil
    var renamed: [String: String] = [:]
    var dropped: [Answer] = []
    for var answer in answers {
      for (old, new) in renamed {
        if answer.path.hasPrefix(old + "]") { answer.path = new + answer.path.dropFirst(old.count) }
        let oldSource = String(old.dropFirst("sources[".count))
        if old.hasPrefix("sources["), answer.source == oldSource {
          answer.source = String(new.dropFirst("sources[".count))
        }
      }
      if answer.creates, let open = answer.path.firstIndex(of: "["), let close = answer.path.firstIndex(of: "]"),
        let record = EditorDocument(text: fresh.text, file: file, record: self.record, data: data).record
      {
        let collection = String(answer.path[..<open])
        let id = String(answer.path[answer.path.index(after: open)..<close])
        let taken = EditorIdentifier.ids(in: collection, of: record)
        if taken.contains(id), collection != "sharedBodies" {
          let newID = EditorIdentifier.new(from: id, taken: taken, fallback: id)
          renamed["\(collection)[\(id)"] = "\(collection)[\(newID)"
          answer.path = "\(collection)[\(newID)" + answer.path[close...]
        }
      }
      switch EditorDocument.applying([answer], to: fresh.text, file: file, record: self.record, data: data) {
      case .success(let result):
        fresh.text = result
        fresh.answers.append(answer)
      case .failure:
        dropped.append(answer)
      }
    }
    if let new = renamed["sources[\(source)"] {
      fresh.source = String(new.dropFirst("sources[".count))
    }
    return (fresh, dropped)
  }
}

/// What the editor says once in its footer (in words by `EditorWords`).
public enum EditorNotice: Equatable, Sendable {
  /// A lower layer's record was copied into the writable layer as the record edited.
  case copied(from: CalendarDate, to: CalendarDate, layer: DataLayer.Kind)
  /// A draft left by an editor that did not end (a crash, kill -9) was restored.
  case restored(answers: Int)
  case saved(path: String)
  case savedElsewhere(path: String)
  case saveFailed(AtomicFile.Failure)
  /// Read again after a conflict: `replayed` answers applied, `dropped` no longer fitting (the version from before
  /// kept at `keptAt` when any were dropped).
  case reloaded(replayed: Int, dropped: Int, keptAt: String?)
  /// Not read again: the file on disk now has errors (or cannot be read); the session is as it was.
  case reloadFailed(path: String)
  case undone
  case nothingToUndo
  /// A draft could not be written: a crash now would lose the answers since the last save.
  case draftNotWritten(path: String)
}

/// Why an answer was refused.
public enum EditorProblem: Error, Equatable, Sendable {
  case notAnOption(String)
  case ambiguous(String, matches: [String])
  case notADate(String)
  case notAPartialDate(String)
  case notACount(String)
  case notYesNo(String)
  case notACode(String)
  case numberFirst(String)
  case edit(RecordEdit.Failure)
  /// The record would not be valid: the loader's diagnostics, as `validate` gives them.
  case invalid([Diagnostic])
  /// Ctrl-X ends only a form; Ctrl-D removes only an entry.
  case notAForm
  case notAnEntry
  /// Text was typed and not entered; moving on would lose it.
  case notEntered
  /// A number in the source field that is none of the record's sources.
  case notASource(String)
  /// A new entry needs a name or title.
  case nameNeeded
  /// A delegation names the article that delegates.
  case articleMissing(String)
}
