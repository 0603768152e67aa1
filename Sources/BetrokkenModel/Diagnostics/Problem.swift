/// What is wrong with a data file, as data: the keys, values and positions involved, never a sentence. The
/// presentation layer says it in the interface language (`DiagnosticWords`). Values quoted from a file are kept as
/// they were read; the words layer sanitizes the finished text before it reaches a terminal.
public enum Problem: Sendable, Equatable {
  // MARK: The file as a whole

  case fileNotFound
  case noReadPermission
  case isDirectory
  case fileTooLarge(bytes: Int, limit: Int)
  /// Any other error of the operating system, with its own text (`strerror`).
  case systemError(String)
  /// A profile file of only white space.
  case emptyProfileFile
  case invalidUTF8(byte: UInt8)
  case syntax(expected: SyntaxExpectation, found: SyntaxFound)

  // MARK: Values inside a document

  /// A value of the wrong kind or form; `suggestions` are the valid values closest to what was found.
  case expected(Expectation, found: Found, suggestions: [String] = [])
  case duplicateKey(String)
  case unknownKey(String, suggestions: [String])
  case missingKeys([String])
  case controlCharactersReplaced(count: Int)
  case duplicateListValue
  /// `{"value": null, …}`: an unknown fact is written as null as a whole.
  case nullFactValue
  /// A key of a legal-item or readiness-item object that is not one of `allowed`.
  case unknownItem(String, allowed: [String], suggestions: [String])
  case duplicateID(IdentifiedThing, String)
  case bodyListedTwice(String)
  case regulationNotInRecord(String)
  /// `noOrdinance` for a law beside a council ordinance for it in force on `date`.
  case noOrdinanceContradicted(regulation: String, date: CalendarDate)
  /// `noOrdinance` for the participation ordinance beside a council ordinance that regulates its items.
  case noParticipationOrdinanceContradicted(regulation: String)
  /// The source still has the title `betrokken new` gave it.
  case placeholderSourceTitle(sourceID: String?)
  case selfDelegation
  case delegationByNonOrdinance(regulation: String, kind: String)
  case delegatedByOnlyForFurtherRules(kind: String)
  case unsupportedProfileFormat(found: Int)
  case unsupportedBodyFormat(found: Int)
  /// The Participatiewet (art. 47) has no item (a).
  case participatiewetItemA
  /// A format-1 file converted in memory: information, not a problem.
  case convertedFromVersion1(recordDate: CalendarDate, regulations: Int, droppedItems: Int)

  // MARK: Between files

  case fileNameMismatch(fileName: String, expected: String, namedBy: FileNaming)
  case registryNameDiffers(code: String, registryName: String, profileName: String)
  /// A code not in the register; `profileName` and `codeOfName` when the profile's name is registered under
  /// another code.
  case unknownMunicipalityCode(String, profileName: String? = nil, codeOfName: String? = nil)
  case duplicateProfileCode(String, otherFile: String)
  case regionalFormNameDiffers(formID: String, name: String, otherFile: String, otherName: String)
  case duplicateBody(String, otherFile: String)
  case memberListedTwice(code: String)
  case unknownBody(String, bodiesLoaded: Bool)
  case bodyDoesNotListMember(body: String, code: String, asOf: CalendarDate, bodyFile: String)
  case memberDoesNotReferToBody(
    body: String, bodyFile: String, code: String, asOf: CalendarDate, recordID: CalendarDate)

  // MARK: Layers and the register

  /// A layer's register changes a municipality of a lower layer; `registryFile` nil when it is the shipped one.
  case registryEntryChanged(code: String, registryFile: String?)
  case profileWithErrorsHidesLowerLayers(code: String)
  case bodyWithErrorsHidesLowerLayers(id: String)
  case registryHeader(expected: [String])
  case registryRowSkipped

  /// The case's name (`unknownKey`, `expected` …): a stable identifier for scripts (`validate --format json`).
  public var name: String {
    Mirror(reflecting: self).children.first?.label ?? String(describing: self)
  }
}

/// What a value should have been.
public enum Expectation: Sendable, Equatable {
  case object
  case text
  case nonEmptyText
  case integer
  case integerAtLeast(Int)
  case date
  case boolean
  case list
  case oneOf([String])
  /// A CBS code as `GM0034`.
  case municipalityCode
  /// Lower-case letters, digits and hyphens.
  case slug
  /// A date on or after the one in another field.
  case dateOnOrAfter(field: String, CalendarDate)
  /// A year, year and month, or date, or null.
  case partialDate
  /// An object from item to article, `{"b": "art. 4"}`.
  case itemArticles
  case yearInRange
  case atLeastOneRecord
  case atLeastOneSearchTarget
  case atLeastOneMember
  case atLeastOneSource
  /// `formsComplete` / `complete`: only `true`, otherwise leave the fact null.
  case onlyTrue
  /// A disputed fact: a list of facts with a source each.
  case disputedFacts
  case atLeastTwoDisputedFacts
  /// The id of a source from `sources`.
  case sourceID
  /// The id of an ordinance among the record's `regulations`.
  case ordinanceInRecord
  /// A fact: `{"value": …, "source": …, "section": …}`, or null when unknown.
  case fact
}

/// What was found where something else was expected.
public enum Found: Sendable, Equatable {
  case null
  case boolean(Bool)
  case number(String)
  /// A string value, shortened to 40 characters.
  case text(String)
  case list
  case object
  /// A value shown as it stands, in quotes: a code, a key.
  case quoted(String)
  /// A value shown as it stands, without quotes: a date.
  case literal(String)

  /// What kind of JSON value a node is.
  public init(_ node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let b): self = .boolean(b)
    case .number(let text): self = .number(text)
    case .string(let s): self = .text(s.count > 40 ? String(s.prefix(40)) + "…" : s)
    case .array: self = .list
    case .object: self = .object
    }
  }
}

/// The things identified by an id that must be unique in their list.
public enum IdentifiedThing: Sendable, Equatable {
  case record
  case regulation
  case form
  case source
}

/// What a file's name must match.
public enum FileNaming: Sendable, Equatable {
  case municipalityCode
  case bodyID
}

/// What the JSON parser expected at a syntax error.
public enum SyntaxExpectation: Sendable, Equatable {
  case endOfFileAfterValue
  case value
  case valueOfAnyKind
  /// `true`, `false` or `null` written otherwise (`True`, `NULL`).
  case lowercaseLiteral(String)
  case depthAtMost(Int)
  case quotedKey
  case colonAfterKey
  case commaOrClosingBrace
  case commaOrClosingBracket
  case digit
  case noLeadingZeros
  case digitAfterPoint
  case digitInExponent
  /// A control character inside a string.
  case closingQuoteNotControlCharacter
  case characterAfterBackslash
  case escapeSequence
  case closingQuote
  case fourHexDigits
  /// A comma before `}` or `]`: JSON has no comma after the last element.
  case noTrailingComma
  /// `//` or `/*`: JSON has no comments.
  case noComments
}

/// What the JSON parser found at a syntax error.
public enum SyntaxFound: Sendable, Equatable {
  case endOfFile
  case endOfLine
  case tab
  case character(String)
  case controlCharacter(UInt32)
  case byte(UInt8)
}
