import BetrokkenModel

/// One question of the guided editor: where its answer goes in the record (a `RecordEdit` path), what kind of answer
/// it takes, and where it stands in the guide. Questions are facts; their words are in the strings tables under
/// `editor.question.KEY`.
public struct EditorQuestion: Equatable, Sendable {
  /// The editor's chapters, in the order the guide asks them: the sources first (every answer cites one), then the
  /// municipality-wide choices (§1–§5), the forms (§4–§5), the regulations and the completeness statements.
  public enum Chapter: String, CaseIterable, Sendable {
    case sources, choices, forms, regulations, lists
  }

  /// The kind of answer a question takes; every kind also takes "unknown" (`?`, or option 0).
  public enum Answer: Equatable, Sendable {
    /// Free text on one line.
    case text
    /// Several texts separated by `;`.
    case texts
    /// A date `YYYY-MM-DD`.
    case date
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case partialDate
    /// A whole number ≥ 0; "ca. 1200" (or "~1200") is an estimate.
    case count
    /// Yes or no.
    case yesNo
    /// One key of a vocabulary, by number or by the start of its label.
    case one(vocabulary: String, options: [String])
    /// Several keys of a vocabulary.
    case many(vocabulary: String, options: [String])
    /// CBS codes of municipalities (GM0150), separated by spaces or commas.
    case codes
    /// An article ("art. 4 lid 2").
    case article
    /// Another regulation of the record (by number) and the article of it that delegates: "1 art. 5".
    case delegation(options: [String])
    /// How inspraak is arranged (by number) and, optionally, the article: "2 art. 7".
    case inspraak(options: [String])
    /// A new entry in a collection: its name or title (or, for a shared body, the body's number among `options`).
    case newEntry(collection: String, options: [String])
    /// Forms of the municipality's earlier record (id and name) a form succeeds, by number.
    case formIDs(options: [EarlierForm])
  }

  /// How an answer is cited.
  public enum Citing: Equatable, Sendable {
    /// The answer cites the source and section chosen beside it (choices, forms' facts, new entries).
    case chosen
    /// The answer belongs to an entry with one citation for everything it says (a regulation, a reference to a
    /// shared body): that citation, shown and not chosen.
    case entry(source: String, section: String?)
    /// A source's own fields cite nothing.
    case none
  }

  /// Where the answer goes: `choices.motives`, `forms[raad].rung`, `regulations[vo].legalItems.b`; for a new entry
  /// the collection (`forms`).
  public var path: String
  /// The chapter the question is asked in.
  public var chapter: Chapter
  /// The strings key of the question's words (`forms.rung` → `editor.question.forms.rung`).
  public var wordsKey: String
  /// What kind of answer it takes.
  public var answer: Answer
  /// The guide's section ("4.2"), where the guide asks this.
  public var guideSection: String?
  /// Where the answer's citation comes from.
  public var citing: Citing
  /// The entry the question belongs to (`forms[raad]`), or nil for record-wide questions.
  public var entry: String?
  /// The entry's name or title, for the pane's title.
  public var entryName: String?

  /// Whether the question is still open: its value in the record is unknown.
  public var isOpen = false
}

/// A form of an earlier record, which a form of the record edited may succeed (`replaces`).
public struct EarlierForm: Equatable, Sendable {
  /// The form's id in the earlier record.
  public var id: String
  /// Its name there.
  public var name: String
}
