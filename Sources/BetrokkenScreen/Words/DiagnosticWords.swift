import BetrokkenModel

/// Diagnostics in words, in the interface language: the severity, the sentence for a `Problem`, and the line
/// `validate` prints. The model returns problems as data (`Problem`, `Expectation`, `Found` …); only this file turns
/// them into sentences. Every switch is exhaustive, so a new case does not compile until it has words.
public enum DiagnosticWords {
  static func severity(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: Strings.text("diagnostics.severity.error")
    case .warning: Strings.text("diagnostics.severity.warning")
    case .note: Strings.text("diagnostics.severity.note")
    }
  }

  /// The sentence for a problem, sanitized: it can quote keys and values from a bad file, and is printed to a
  /// terminal as one line (a newline or tab in a quoted value shows as `\n`, `\t`, as it would be written in JSON).
  public static func message(_ problem: Problem) -> String {
    Sanitizer.sanitize(sentence(problem)).text.escapingControlWhitespace
  }

  /// `file:line:column: fout: path: message`, the shape compilers use, so editors can jump to it. File and path
  /// were sanitized when the diagnostic was made.
  public static func line(_ diagnostic: Diagnostic) -> String {
    var text = diagnostic.file.escapingControlWhitespace
    if let position = diagnostic.position { text += ":\(position.line):\(position.column)" }
    text += ": " + severity(diagnostic.severity) + ": "
    if let path = diagnostic.path, !path.isEmpty { text += path.escapingControlWhitespace + ": " }
    return text + message(diagnostic.problem)
  }

  // MARK: Problems

  private static func sentence(_ problem: Problem) -> String {
    switch problem {
    // The file as a whole
    case .fileNotFound: return words("diagnostics.fileNotFound")
    case .noReadPermission: return words("diagnostics.noReadPermission")
    case .isDirectory: return words("diagnostics.isDirectory")
    case .fileTooLarge(let bytes, let limit):
      return words("diagnostics.fileTooLarge", DutchNumber.format(bytes), DutchNumber.format(limit))
    case .systemError(let text): return text
    case .emptyProfileFile: return words("diagnostics.emptyProfileFile")
    case .invalidUTF8(let byte): return words("diagnostics.invalidUTF8", hex(byte, digits: 2))
    case .syntax(let wanted, let got): return words("diagnostics.syntax", syntaxExpectation(wanted), syntaxFound(got))

    // Values inside a document
    case .expected(let wanted, let got, let close):
      return words("diagnostics.expected", expectation(wanted), found(got)) + suggestions(close)
    case .duplicateKey(let key): return words("diagnostics.duplicateKey", key)
    case .unknownKey(let key, let close): return words("diagnostics.unknownKey", key) + suggestions(close)
    case .missingKeys(let keys):
      let list = keys.map(quoted).joined(separator: ", ")
      return words(keys.count == 1 ? "diagnostics.missingKey" : "diagnostics.missingKeys", list)
    case .controlCharactersReplaced(let count): return words("diagnostics.controlCharactersReplaced", String(count))
    case .duplicateListValue: return words("diagnostics.duplicateListValue")
    case .nullFactValue: return words("diagnostics.nullFactValue")
    case .unknownItem(let item, let allowed, let close):
      return words("diagnostics.unknownItem", item, allowed.joined(separator: ", ")) + suggestions(close)
    case .duplicateID(let thing, let id): return duplicateID(thing, id)
    case .bodyListedTwice(let id): return words("diagnostics.bodyListedTwice", id)
    case .regulationNotInRecord(let id): return words("diagnostics.regulationNotInRecord", id)
    case .noOrdinanceContradicted(let regulation, let date):
      return words("diagnostics.noOrdinanceContradicted", regulation, date.description)
    case .noParticipationOrdinanceContradicted(let regulation):
      return words("diagnostics.noParticipationOrdinanceContradicted", regulation)
    case .placeholderSourceTitle(let sourceID): return words("diagnostics.placeholderSourceTitle", sourceID ?? "…")
    case .selfDelegation: return words("diagnostics.selfDelegation")
    case .delegationByNonOrdinance(let regulation, let kind):
      return words("diagnostics.delegationByNonOrdinance", regulation, kind)
    case .delegatedByOnlyForFurtherRules(let kind): return words("diagnostics.delegatedByOnlyForFurtherRules", kind)
    case .unsupportedProfileFormat(let version): return words("diagnostics.unsupportedProfileFormat", String(version))
    case .unsupportedBodyFormat(let version): return words("diagnostics.unsupportedBodyFormat", String(version))
    case .participatiewetItemA: return words("diagnostics.participatiewetItemA")
    case .convertedFromVersion1(let recordDate, let regulations, let droppedItems):
      return conversion(recordDate: recordDate, regulations: regulations, droppedItems: droppedItems)

    // Between files
    case .fileNameMismatch(let fileName, let wanted, let namedBy): return fileNameMismatch(fileName, wanted, namedBy)
    case .registryNameDiffers(let code, let registryName, let profileName):
      return words("diagnostics.registryNameDiffers", code, registryName, profileName)
    case .unknownMunicipalityCode(let code, let profileName, let codeOfName):
      let text = words("diagnostics.unknownMunicipalityCode", code)
      guard let profileName, let codeOfName else { return text }
      return text + "; " + words("diagnostics.unknownMunicipalityCode.nameHasCode", profileName, codeOfName)
    case .duplicateProfileCode(let code, let otherFile):
      return words("diagnostics.duplicateProfileCode", code, otherFile)
    case .regionalFormNameDiffers(let formID, let name, let otherFile, let otherName):
      return words("diagnostics.regionalFormNameDiffers", formID, name, otherFile, otherName)
    case .duplicateBody(let id, let otherFile): return words("diagnostics.duplicateBody", id, otherFile)
    case .memberListedTwice(let code): return words("diagnostics.memberListedTwice", code)
    case .unknownBody(let id, let bodiesLoaded):
      return words(bodiesLoaded ? "diagnostics.unknownBody" : "diagnostics.unknownBody.noBodiesLoaded", id)
    case .bodyDoesNotListMember(let body, let code, let asOf, let bodyFile):
      return words("diagnostics.bodyDoesNotListMember", body, code, asOf.description, bodyFile)
    case .memberDoesNotReferToBody(let body, let bodyFile, let code, let asOf, let recordID):
      return words("diagnostics.memberDoesNotReferToBody", body, bodyFile, code, asOf.description, recordID.description)

    // Layers and the register
    case .registryEntryChanged(let code, let registryFile):
      return words("diagnostics.registryEntryChanged", code, registryFile ?? words("diagnostics.theRegistry"))
    case .profileWithErrorsHidesLowerLayers(let code):
      return words("diagnostics.profileWithErrorsHidesLowerLayers", code)
    case .bodyWithErrorsHidesLowerLayers(let id): return words("diagnostics.bodyWithErrorsHidesLowerLayers", id)
    case .registryHeader(let columns): return words("diagnostics.registryHeader", columns.joined(separator: ","))
    case .registryRowSkipped: return words("diagnostics.registryRowSkipped")
    }
  }

  private static func duplicateID(_ thing: IdentifiedThing, _ id: String) -> String {
    switch thing {
    case .record: words("diagnostics.duplicateID.record", id)
    case .regulation: words("diagnostics.duplicateID.regulation", id)
    case .form: words("diagnostics.duplicateID.form", id)
    case .source: words("diagnostics.duplicateID.source", id)
    }
  }

  private static func fileNameMismatch(_ fileName: String, _ expected: String, _ namedBy: FileNaming) -> String {
    switch namedBy {
    case .municipalityCode: words("diagnostics.fileNameMismatch.municipalityCode", fileName, expected)
    case .bodyID: words("diagnostics.fileNameMismatch.bodyID", fileName, expected)
    }
  }

  /// The note for a format-1 file: the record made, then the regulations made and the items left out (each only
  /// when there are any), then how to rewrite the file.
  private static func conversion(recordDate: CalendarDate, regulations: Int, droppedItems: Int) -> String {
    var parts = [words("diagnostics.converted", recordDate.description)]
    if regulations > 0 { parts.append(Strings.count(regulations, "diagnostics.converted.regulations")) }
    if droppedItems > 0 { parts.append(Strings.count(droppedItems, "diagnostics.converted.droppedItems")) }
    parts.append(words("diagnostics.converted.migrate"))
    return parts.joined(separator: "; ")
  }

  // MARK: Expected and found

  private static func expectation(_ expectation: Expectation) -> String {
    switch expectation {
    case .object: words("diagnostics.expectation.object")
    case .text: words("diagnostics.expectation.text")
    case .nonEmptyText: words("diagnostics.expectation.nonEmptyText")
    case .integer: words("diagnostics.expectation.integer")
    case .integerAtLeast(let minimum): words("diagnostics.expectation.integerAtLeast", String(minimum))
    case .date: words("diagnostics.expectation.date")
    case .boolean: words("diagnostics.expectation.boolean")
    case .list: words("diagnostics.expectation.list")
    case .oneOf(let keys): words("diagnostics.expectation.oneOf", keys.joined(separator: ", "))
    case .municipalityCode: words("diagnostics.expectation.municipalityCode")
    case .slug: words("diagnostics.expectation.slug")
    case .dateOnOrAfter(let field, let date): words("diagnostics.expectation.dateOnOrAfter", field, date.description)
    case .partialDate: words("diagnostics.expectation.partialDate")
    case .itemArticles: words("diagnostics.expectation.itemArticles")
    case .yearInRange: words("diagnostics.expectation.yearInRange")
    case .atLeastOneRecord: words("diagnostics.expectation.atLeastOneRecord")
    case .atLeastOneSearchTarget: words("diagnostics.expectation.atLeastOneSearchTarget")
    case .atLeastOneMember: words("diagnostics.expectation.atLeastOneMember")
    case .atLeastOneSource: words("diagnostics.expectation.atLeastOneSource")
    case .onlyTrue: words("diagnostics.expectation.onlyTrue")
    case .disputedFacts: words("diagnostics.expectation.disputedFacts")
    case .atLeastTwoDisputedFacts: words("diagnostics.expectation.atLeastTwoDisputedFacts")
    case .sourceID: words("diagnostics.expectation.sourceID")
    case .ordinanceInRecord: words("diagnostics.expectation.ordinanceInRecord")
    case .fact: words("diagnostics.expectation.fact")
    }
  }

  private static func found(_ found: Found) -> String {
    switch found {
    case .null: words("diagnostics.found.null")
    case .boolean(let value): words(value ? "diagnostics.found.true" : "diagnostics.found.false")
    case .number(let text): words("diagnostics.found.number", text)
    case .text(let text): words("diagnostics.found.text", text)
    case .list: words("diagnostics.found.list")
    case .object: words("diagnostics.found.object")
    case .quoted(let text): quoted(text)
    case .literal(let text): text
    }
  }

  /// `; bedoelde u "a"?`, `; bedoelde u "a" of "b"?`, `; bedoelde u "a", "b" of "c"?`; nothing when none is close.
  private static func suggestions(_ close: [String]) -> String {
    guard let last = close.last else { return "" }
    let list =
      close.count == 1
      ? quoted(last)
      : words("diagnostics.list.last", close.dropLast().map(quoted).joined(separator: ", "), quoted(last))
    return "; " + words("diagnostics.didYouMean", list)
  }

  // MARK: JSON syntax

  private static func syntaxExpectation(_ expectation: SyntaxExpectation) -> String {
    switch expectation {
    case .endOfFileAfterValue: words("diagnostics.syntax.expected.endOfFileAfterValue")
    case .value: words("diagnostics.syntax.expected.value")
    case .valueOfAnyKind: words("diagnostics.syntax.expected.valueOfAnyKind")
    case .lowercaseLiteral(let literal): words("diagnostics.syntax.expected.lowercaseLiteral", literal)
    case .depthAtMost(let depth): words("diagnostics.syntax.expected.depthAtMost", String(depth))
    case .quotedKey: words("diagnostics.syntax.expected.quotedKey")
    case .colonAfterKey: words("diagnostics.syntax.expected.colonAfterKey")
    case .commaOrClosingBrace: words("diagnostics.syntax.expected.commaOrClosingBrace")
    case .commaOrClosingBracket: words("diagnostics.syntax.expected.commaOrClosingBracket")
    case .digit: words("diagnostics.syntax.expected.digit")
    case .noLeadingZeros: words("diagnostics.syntax.expected.noLeadingZeros")
    case .digitAfterPoint: words("diagnostics.syntax.expected.digitAfterPoint")
    case .digitInExponent: words("diagnostics.syntax.expected.digitInExponent")
    case .closingQuoteNotControlCharacter: words("diagnostics.syntax.expected.closingQuoteNotControlCharacter")
    case .characterAfterBackslash: words("diagnostics.syntax.expected.characterAfterBackslash")
    case .escapeSequence: words("diagnostics.syntax.expected.escapeSequence")
    case .closingQuote: words("diagnostics.syntax.expected.closingQuote")
    case .fourHexDigits: words("diagnostics.syntax.expected.fourHexDigits")
    case .noTrailingComma: words("diagnostics.syntax.expected.noTrailingComma")
    case .noComments: words("diagnostics.syntax.expected.noComments")
    }
  }

  private static func syntaxFound(_ found: SyntaxFound) -> String {
    switch found {
    case .endOfFile: words("diagnostics.syntax.found.endOfFile")
    case .endOfLine: words("diagnostics.syntax.found.endOfLine")
    case .tab: words("diagnostics.syntax.found.tab")
    case .character(let character): "'" + character + "'"
    case .controlCharacter(let value): words("diagnostics.syntax.found.controlCharacter", hex(value, digits: 4))
    case .byte(let byte): words("diagnostics.syntax.found.byte", hex(byte, digits: 2))
    }
  }

  // MARK: Helpers

  private static func quoted(_ text: String) -> String {
    "\"" + text + "\""
  }

  /// Upper-case hexadecimal with at least `digits` digits: `0A`, `001F`.
  private static func hex<T: BinaryInteger>(_ value: T, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// The text for `key` with `{1}`, `{2}` … replaced by `values` (in one pass: a value quoted from a file is never
  /// read for placeholders).
  private static func words(_ key: String, _ values: String...) -> String {
    Strings.text(key, values: values)
  }
}
