extension Strings {
  /// English strings of the diagnostics area (keys start with "diagnostics."); the same keys as `diagnosticsDutch`.
  /// JSON keys, file names, ids, `null`, `true` and `false` are code and stay as they are; JSON's own terms (object,
  /// array, string) name the kinds of value.
  static let diagnosticsEnglish: [String: String] = [
    // Severity
    "diagnostics.severity.error": "error",
    "diagnostics.severity.warning": "warning",
    "diagnostics.severity.note": "note",

    // The file as a whole
    "diagnostics.fileNotFound": "file or directory does not exist",
    "diagnostics.noReadPermission": "no read permission",
    "diagnostics.isDirectory": "is a directory, not a file",
    "diagnostics.fileTooLarge": "file is {1} bytes, more than the permitted {2} (1 MiB); not read",
    "diagnostics.emptyProfileFile": "empty file; expected a JSON object with a profile",
    "diagnostics.invalidUTF8": "not valid UTF-8 (byte 0x{1}); save the file as UTF-8",
    "diagnostics.syntax": "invalid JSON: expected {1}; found {2}",

    // JSON syntax: what the parser expected
    "diagnostics.syntax.expected.endOfFileAfterValue": "end of file after the JSON value",
    "diagnostics.syntax.expected.value": "a JSON value",
    "diagnostics.syntax.expected.valueOfAnyKind": "a JSON value (object, array, string, number, true, false or null)",
    "diagnostics.syntax.expected.lowercaseLiteral": "a JSON value ({1} in lower case, without quotation marks)",
    "diagnostics.syntax.expected.depthAtMost": "at most {1} levels deep",
    "diagnostics.syntax.expected.quotedKey": "a key in double quotation marks",
    "diagnostics.syntax.expected.colonAfterKey": "':' after the key",
    "diagnostics.syntax.expected.commaOrClosingBrace": "',' or '}'",
    "diagnostics.syntax.expected.commaOrClosingBracket": "',' or ']'",
    "diagnostics.syntax.expected.digit": "a digit",
    "diagnostics.syntax.expected.noLeadingZeros": "a number without leading zeros",
    "diagnostics.syntax.expected.digitAfterPoint": "a digit after the decimal point",
    "diagnostics.syntax.expected.digitInExponent": "a digit in the exponent",
    "diagnostics.syntax.expected.closingQuoteNotControlCharacter":
      "'\"' at the end of the string (write control characters as \\u escapes)",
    "diagnostics.syntax.expected.characterAfterBackslash": "a character after the backslash",
    "diagnostics.syntax.expected.escapeSequence": "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after the backslash",
    "diagnostics.syntax.expected.closingQuote": "'\"' at the end of the string",
    "diagnostics.syntax.expected.fourHexDigits": "four hexadecimal digits after \\u",
    "diagnostics.syntax.expected.noTrailingComma":
      "no comma before the closing bracket (JSON has no comma after the last element; remove "
      + "it)",
    "diagnostics.syntax.expected.noComments": "no comment (JSON has no // or /* */; remove it)",

    // JSON syntax: what the parser found
    "diagnostics.syntax.found.endOfFile": "end of file",
    "diagnostics.syntax.found.endOfLine": "end of line",
    "diagnostics.syntax.found.tab": "a tab",
    "diagnostics.syntax.found.controlCharacter": "control character U+{1}",
    "diagnostics.syntax.found.byte": "byte 0x{1}",

    // A value of the wrong kind, and the closest valid values
    "diagnostics.expected": "expected {1}; found {2}",
    "diagnostics.didYouMean": "did you mean {1}?",
    "diagnostics.list.last": "{1} or {2}",

    // What a value should have been
    "diagnostics.expectation.object": "an object",
    "diagnostics.expectation.text": "a string",
    "diagnostics.expectation.nonEmptyText": "a non-empty string",
    "diagnostics.expectation.integer": "an integer",
    "diagnostics.expectation.integerAtLeast": "an integer ≥ {1}",
    "diagnostics.expectation.date": "a date such as \"2026-11-29\" (YYYY-MM-DD, an existing day in 1900–2099)",
    "diagnostics.expectation.boolean": "true or false",
    "diagnostics.expectation.list": "an array",
    "diagnostics.expectation.oneOf": "one of: {1}",
    "diagnostics.expectation.municipalityCode": "a CBS code such as \"GM0034\"",
    "diagnostics.expectation.slug": "an id of lower-case letters, digits and hyphens (\"sociale-raad\")",
    "diagnostics.expectation.dateOnOrAfter": "a date on or after {1} ({2})",
    "diagnostics.expectation.partialDate":
      "a year, year and month, or date (\"2015\", \"2015-09\", \"2015-09-30\"), or null",
    "diagnostics.expectation.itemArticles": "an object from item to article (such as {\"b\": \"art. 4\"})",
    "diagnostics.expectation.yearInRange": "a year from 1900 to 2099",
    "diagnostics.expectation.atLeastOneRecord": "at least one record",
    "diagnostics.expectation.atLeastOneSearchTarget": "at least one kind of regulation",
    "diagnostics.expectation.atLeastOneMember": "at least one member",
    "diagnostics.expectation.atLeastOneSource": "at least one source",
    "diagnostics.expectation.onlyTrue": "true (leave the fact null if it is not established that the list is complete)",
    "diagnostics.expectation.disputedFacts": "an array of at least two facts, each with a source",
    "diagnostics.expectation.atLeastTwoDisputedFacts":
      "at least two facts, each with a source (write a single value as {\"value\", \"source\", \"section\"})",
    "diagnostics.expectation.sourceID": "the id of a source in \"sources\"",
    "diagnostics.expectation.fact":
      "a fact such as {\"value\": …, \"source\": \"…\", \"section\": …} (or null when "
      + "unknown)",
    "diagnostics.expectation.ordinanceInRecord": "the id of an ordinance in \"regulations\" of this record",

    // What was found instead
    "diagnostics.found.null": "null",
    "diagnostics.found.true": "true",
    "diagnostics.found.false": "false",
    "diagnostics.found.number": "number {1}",
    "diagnostics.found.text": "string \"{1}\"",
    "diagnostics.found.list": "an array",
    "diagnostics.found.object": "an object",

    // Keys and values inside a document
    "diagnostics.duplicateKey": "key \"{1}\" occurs twice in this object; expected each key once",
    "diagnostics.unknownKey": "unknown key \"{1}\"",
    "diagnostics.missingKey": "missing key {1} (write unknown as null)",
    "diagnostics.missingKeys": "missing keys {1} (write unknown as null)",
    "diagnostics.controlCharactersReplaced":
      "{1} control character(s) replaced by \u{FFFD} (control and direction characters are not allowed)",
    "diagnostics.duplicateListValue": "duplicate value in the array",
    "diagnostics.nullFactValue":
      "a fact with the value null is not allowed: write the whole fact as null if it is unknown",
    "diagnostics.unknownItem": "unknown item \"{1}\"; expected one of: {2}",
    "diagnostics.duplicateID.record": "record id {1} occurs twice; expected one record per date",
    "diagnostics.duplicateID.regulation": "regulation id \"{1}\" occurs twice in this record",
    "diagnostics.duplicateID.form": "form id \"{1}\" occurs twice in this record",
    "diagnostics.duplicateID.source": "source id \"{1}\" occurs twice",
    "diagnostics.bodyListedTwice": "shared body \"{1}\" is listed twice in this record",
    "diagnostics.regulationNotInRecord": "regulation \"{1}\" is not in this record",
    "diagnostics.noOrdinanceContradicted":
      "\"noOrdinance\" contradicts regulation \"{1}\", an ordinance in force for this law on {2}; expected one or the other",
    "diagnostics.noParticipationOrdinanceContradicted":
      "\"noOrdinance\" contradicts regulation \"{1}\", a participation ordinance (participatieverordening) of the council; expected one or the other",
    "diagnostics.placeholderSourceTitle":
      "the source still has the provisional title from betrokken new; fill in the real title (sources[{1}].title)",
    "diagnostics.selfDelegation": "a regulation cannot delegate to itself",
    "diagnostics.delegationByNonOrdinance": "only an ordinance delegates further rules; \"{1}\" is \"{2}\"",
    "diagnostics.delegatedByOnlyForFurtherRules":
      "only further rules (\"furtherRules\") are delegated; expected null for \"{1}\"",
    "diagnostics.unsupportedProfileFormat":
      "expected 2 (or 1, which is converted on loading); found {1} (this version of Betrokken knows formats 1 and 2)",
    "diagnostics.unsupportedBodyFormat": "expected 2; found {1}",
    "diagnostics.participatiewetItemA": "the Participatiewet (art. 47) has no item (a); expected only b, c, d, e, f",

    // A format-1 file converted on loading (parts joined by "; ")
    "diagnostics.converted":
      "format 1, converted to format 2 on loading: one record dated {1} (1 January of the year of the newest source)",
    "diagnostics.converted.regulations.one": "{1} regulation from \"ordinance\" with unknown kind and dates",
    "diagnostics.converted.regulations.other": "{1} regulations from \"ordinance\" with unknown kind and dates",
    "diagnostics.converted.droppedItems.one":
      "{1} item with false or without an article cannot be carried over (format 2 says that through a regulation read in full, with the article)",
    "diagnostics.converted.droppedItems.other":
      "{1} items with false or without an article cannot be carried over (format 2 says that through a regulation read in full, with the article)",
    "diagnostics.converted.migrate": "betrokken migrate rewrites the file",

    // Between files
    "diagnostics.fileNameMismatch.municipalityCode": "file name \"{1}\" does not match the code; expected \"{2}\"",
    "diagnostics.fileNameMismatch.bodyID": "file name \"{1}\" does not match the id; expected \"{2}\"",
    "diagnostics.registryNameDiffers": "the register calls {1} \"{2}\", the profile \"{3}\"",
    "diagnostics.unknownMunicipalityCode": "unknown municipality code \"{1}\": not in the 2025 register",
    "diagnostics.unknownMunicipalityCode.nameHasCode": "\"{1}\" has code {2}",
    "diagnostics.duplicateProfileCode": "code {1} is also in {2}; this file has not been loaded",
    "diagnostics.regionalFormNameDiffers": "regional form \"{1}\" is called \"{2}\" here and \"{4}\" in {3}",
    "diagnostics.duplicateBody": "shared body \"{1}\" is also in {2}; this file has not been loaded",
    "diagnostics.memberListedTwice":
      "{1} is listed twice among the members; a membership with an interruption cannot be described yet",
    "diagnostics.unknownBody": "refers to shared body \"{1}\", which is not in bodies/; the reference does not count",
    "diagnostics.unknownBody.noBodiesLoaded":
      "refers to shared body \"{1}\"; no shared bodies (bodies/) are loaded, so it does not count here",
    "diagnostics.bodyDoesNotListMember": "{1} does not list {2} as a member on {3} ({4}); the body does not count here",
    "diagnostics.memberDoesNotReferToBody":
      "{1} ({2}) lists {3} as a member on {4}, but the record of {5} does not refer to it",

    // Layers and the register
    "diagnostics.registryEntryChanged":
      "{1} is also in {2} with different data; a layer may only add municipalities, not change them",
    "diagnostics.theRegistry": "the register",
    "diagnostics.profileWithErrorsHidesLowerLayers":
      "{1} has errors here; the records from lower layers are therefore not shown",
    "diagnostics.bodyWithErrorsHidesLowerLayers":
      "shared body {1} has errors here; the body from lower layers is therefore not used",
    "diagnostics.registryHeader": "expected the header line {1}",
    "diagnostics.registryRowSkipped": "expected code,name,province,population,area,neighbours; line skipped",
  ]
}
