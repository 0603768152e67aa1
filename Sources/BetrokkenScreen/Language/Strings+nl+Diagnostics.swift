extension Strings {
  /// Dutch strings of the diagnostics area (keys start with "diagnostics."): what `DiagnosticWords` says about a
  /// `Problem` in a data file. These are the sentences `betrokken validate` has always printed, word for word.
  static let diagnosticsDutch: [String: String] = [
    // Severity
    "diagnostics.severity.error": "fout",
    "diagnostics.severity.warning": "waarschuwing",
    "diagnostics.severity.note": "opmerking",

    // The file as a whole
    "diagnostics.fileNotFound": "bestand of map bestaat niet",
    "diagnostics.noReadPermission": "geen leesrechten",
    "diagnostics.isDirectory": "is een map, geen bestand",
    "diagnostics.fileTooLarge": "bestand is {1} bytes, meer dan de toegestane {2} (1 MiB); niet gelezen",
    "diagnostics.emptyProfileFile": "leeg bestand; verwacht een JSON-object met een profiel",
    "diagnostics.invalidUTF8": "geen geldige UTF-8 (byte 0x{1}); sla het bestand op als UTF-8",
    "diagnostics.syntax": "ongeldige JSON: verwacht {1}; gevonden {2}",

    // JSON syntax: what the parser expected
    "diagnostics.syntax.expected.endOfFileAfterValue": "einde van het bestand na de JSON-waarde",
    "diagnostics.syntax.expected.value": "een JSON-waarde",
    "diagnostics.syntax.expected.valueOfAnyKind": "een JSON-waarde (object, lijst, tekst, getal, true, false of null)",
    "diagnostics.syntax.expected.lowercaseLiteral": "een JSON-waarde ({1} in kleine letters, zonder aanhalingstekens)",
    "diagnostics.syntax.expected.depthAtMost": "hoogstens {1} niveaus diep",
    "diagnostics.syntax.expected.quotedKey": "een sleutel tussen dubbele aanhalingstekens",
    "diagnostics.syntax.expected.colonAfterKey": "':' na de sleutel",
    "diagnostics.syntax.expected.commaOrClosingBrace": "',' of '}'",
    "diagnostics.syntax.expected.commaOrClosingBracket": "',' of ']'",
    "diagnostics.syntax.expected.digit": "een cijfer",
    "diagnostics.syntax.expected.noLeadingZeros": "een getal zonder voorloopnullen",
    "diagnostics.syntax.expected.digitAfterPoint": "een cijfer na de punt",
    "diagnostics.syntax.expected.digitInExponent": "een cijfer in de exponent",
    "diagnostics.syntax.expected.closingQuoteNotControlCharacter":
      "'\"' aan het eind van de tekst (schrijf stuurtekens als \\u-code)",
    "diagnostics.syntax.expected.characterAfterBackslash": "een teken na de backslash",
    "diagnostics.syntax.expected.escapeSequence": "een van \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u na de backslash",
    "diagnostics.syntax.expected.closingQuote": "'\"' aan het eind van de tekst",
    "diagnostics.syntax.expected.fourHexDigits": "vier hexadecimale cijfers na \\u",
    "diagnostics.syntax.expected.noTrailingComma":
      "geen komma voor het sluitteken (JSON kent geen komma na het laatste element; haal hem "
      + "weg)",
    "diagnostics.syntax.expected.noComments": "geen commentaar (JSON kent geen // of /* */; haal het weg)",

    // JSON syntax: what the parser found
    "diagnostics.syntax.found.endOfFile": "einde van het bestand",
    "diagnostics.syntax.found.endOfLine": "einde van de regel",
    "diagnostics.syntax.found.tab": "een tab",
    "diagnostics.syntax.found.controlCharacter": "stuurteken U+{1}",
    "diagnostics.syntax.found.byte": "byte 0x{1}",

    // A value of the wrong kind, and the closest valid values
    "diagnostics.expected": "verwacht {1}; gevonden {2}",
    "diagnostics.didYouMean": "bedoelde u {1}?",
    "diagnostics.list.last": "{1} of {2}",

    // What a value should have been
    "diagnostics.expectation.object": "een object",
    "diagnostics.expectation.text": "tekst",
    "diagnostics.expectation.nonEmptyText": "niet-lege tekst",
    "diagnostics.expectation.integer": "een geheel getal",
    "diagnostics.expectation.integerAtLeast": "een geheel getal ≥ {1}",
    "diagnostics.expectation.date": "een datum als \"2026-11-29\" (JJJJ-MM-DD, een bestaande dag in 1900–2099)",
    "diagnostics.expectation.boolean": "true of false",
    "diagnostics.expectation.list": "een lijst",
    "diagnostics.expectation.oneOf": "een van: {1}",
    "diagnostics.expectation.municipalityCode": "een CBS-code als \"GM0034\"",
    "diagnostics.expectation.slug": "een id van kleine letters, cijfers en streepjes (\"sociale-raad\")",
    "diagnostics.expectation.dateOnOrAfter": "een datum op of na {1} ({2})",
    "diagnostics.expectation.partialDate":
      "een jaar, jaar en maand of datum (\"2015\", \"2015-09\", \"2015-09-30\") of null",
    "diagnostics.expectation.itemArticles": "een object van onderdeel naar artikel (zoals {\"b\": \"art. 4\"})",
    "diagnostics.expectation.yearInRange": "een jaar van 1900 tot en met 2099",
    "diagnostics.expectation.atLeastOneRecord": "ten minste één record",
    "diagnostics.expectation.atLeastOneSearchTarget": "ten minste één soort regeling",
    "diagnostics.expectation.atLeastOneMember": "ten minste één lid",
    "diagnostics.expectation.atLeastOneSource": "ten minste één bron",
    "diagnostics.expectation.onlyTrue": "true (laat het feit null als niet vaststaat dat de lijst compleet is)",
    "diagnostics.expectation.disputedFacts": "een lijst van ten minste twee feiten met bron",
    "diagnostics.expectation.atLeastTwoDisputedFacts":
      "ten minste twee feiten met bron (één waarde schrijft u als {\"value\", \"source\", \"section\"})",
    "diagnostics.expectation.sourceID": "de id van een bron uit \"sources\"",
    "diagnostics.expectation.fact":
      "een feit als {\"value\": …, \"source\": \"…\", \"section\": …} (of null als het onbekend "
      + "is)",
    "diagnostics.expectation.ordinanceInRecord": "de id van een verordening uit \"regulations\" van dit record",

    // What was found instead
    "diagnostics.found.null": "null",
    "diagnostics.found.true": "true",
    "diagnostics.found.false": "false",
    "diagnostics.found.number": "getal {1}",
    "diagnostics.found.text": "tekst \"{1}\"",
    "diagnostics.found.list": "een lijst",
    "diagnostics.found.object": "een object",

    // Keys and values inside a document
    "diagnostics.duplicateKey": "sleutel \"{1}\" komt twee keer voor in dit object; verwacht elke sleutel één keer",
    "diagnostics.unknownKey": "onbekende sleutel \"{1}\"",
    "diagnostics.missingKey": "ontbrekende sleutel {1} (onbekend schrijft u als null)",
    "diagnostics.missingKeys": "ontbrekende sleutels {1} (onbekend schrijft u als null)",
    "diagnostics.controlCharactersReplaced":
      "{1} stuurteken(s) vervangen door \u{FFFD} (besturingstekens en richtingstekens zijn niet toegestaan)",
    "diagnostics.duplicateListValue": "dubbele waarde in de lijst",
    "diagnostics.nullFactValue":
      "een feit met waarde null is niet toegestaan: schrijf het hele feit als null als het onbekend is",
    "diagnostics.unknownItem": "onbekend onderdeel \"{1}\"; verwacht een van: {2}",
    "diagnostics.duplicateID.record": "record-id {1} komt twee keer voor; verwacht één record per datum",
    "diagnostics.duplicateID.regulation": "regeling-id \"{1}\" komt twee keer voor in dit record",
    "diagnostics.duplicateID.form": "vorm-id \"{1}\" komt twee keer voor in dit record",
    "diagnostics.duplicateID.source": "bron-id \"{1}\" komt twee keer voor",
    "diagnostics.bodyListedTwice": "orgaan \"{1}\" staat twee keer in dit record",
    "diagnostics.regulationNotInRecord": "regeling \"{1}\" staat niet in dit record",
    "diagnostics.noOrdinanceContradicted":
      "\"noOrdinance\" spreekt regeling \"{1}\" tegen, een verordening die op {2} van kracht is voor deze wet; verwacht een van beide",
    "diagnostics.noParticipationOrdinanceContradicted":
      "\"noOrdinance\" spreekt regeling \"{1}\" tegen, een participatieverordening van de raad; verwacht een van beide",
    "diagnostics.placeholderSourceTitle":
      "de bron heeft nog de voorlopige titel van betrokken new; vul de echte titel in (sources[{1}].title)",
    "diagnostics.selfDelegation": "een regeling kan zichzelf niet delegeren",
    "diagnostics.delegationByNonOrdinance": "alleen een verordening delegeert nadere regels; \"{1}\" is \"{2}\"",
    "diagnostics.delegatedByOnlyForFurtherRules":
      "alleen nadere regels (\"furtherRules\") worden gedelegeerd; verwacht null bij \"{1}\"",
    "diagnostics.unsupportedProfileFormat":
      "verwacht 2 (of 1, dat bij het laden wordt omgezet); gevonden {1} (deze versie van Betrokken kent formaat 1 en 2)",
    "diagnostics.unsupportedBodyFormat": "verwacht 2; gevonden {1}",
    "diagnostics.participatiewetItemA":
      "de Participatiewet (art. 47) kent geen onderdeel (a); verwacht alleen b, c, d, e, f",

    // A format-1 file converted on loading (parts joined by "; ")
    "diagnostics.converted":
      "formaat 1, bij het laden omgezet naar formaat 2: één record gedateerd {1} (1 januari van het jaar van de nieuwste bron)",
    "diagnostics.converted.regulations.one": "{1} regeling uit \"ordinance\" met onbekende soort en data",
    "diagnostics.converted.regulations.other": "{1} regelingen uit \"ordinance\" met onbekende soort en data",
    "diagnostics.converted.droppedItems.one":
      "{1} onderdeel met false of zonder artikel kan niet mee (dat zegt een regeling die helemaal gelezen is, met artikel)",
    "diagnostics.converted.droppedItems.other":
      "{1} onderdelen met false of zonder artikel kunnen niet mee (dat zegt een regeling die helemaal gelezen is, met artikel)",
    "diagnostics.converted.migrate": "betrokken migrate schrijft het bestand om",

    // Between files
    "diagnostics.fileNameMismatch.municipalityCode": "bestandsnaam \"{1}\" past niet bij de code; verwacht \"{2}\"",
    "diagnostics.fileNameMismatch.bodyID": "bestandsnaam \"{1}\" past niet bij de id; verwacht \"{2}\"",
    "diagnostics.registryNameDiffers": "het register noemt {1} \"{2}\", het profiel \"{3}\"",
    "diagnostics.unknownMunicipalityCode": "onbekende gemeentecode \"{1}\": niet in het register van 2025",
    "diagnostics.unknownMunicipalityCode.nameHasCode": "\"{1}\" heeft code {2}",
    "diagnostics.duplicateProfileCode": "code {1} staat ook in {2}; dit bestand is niet geladen",
    "diagnostics.regionalFormNameDiffers": "regionale vorm \"{1}\" heet hier \"{2}\", in {3} \"{4}\"",
    "diagnostics.duplicateBody": "orgaan \"{1}\" staat ook in {2}; dit bestand is niet geladen",
    "diagnostics.memberListedTwice":
      "{1} staat twee keer in de leden; een lidmaatschap met een onderbreking is nog niet te beschrijven",
    "diagnostics.unknownBody": "verwijst naar orgaan \"{1}\", dat niet in bodies/ staat; de verwijzing telt niet mee",
    "diagnostics.unknownBody.noBodiesLoaded":
      "verwijst naar orgaan \"{1}\"; er zijn geen gedeelde organen (bodies/) geladen, dus het telt hier niet mee",
    "diagnostics.bodyDoesNotListMember": "{1} noemt {2} op {3} niet als lid ({4}); het orgaan telt hier niet mee",
    "diagnostics.memberDoesNotReferToBody":
      "{1} ({2}) noemt {3} op {4} als lid, maar het record van {5} verwijst er niet naar",

    // Layers and the register
    "diagnostics.registryEntryChanged":
      "{1} staat ook in {2} met andere gegevens; een laag mag gemeenten alleen toevoegen, niet wijzigen",
    "diagnostics.theRegistry": "het register",
    "diagnostics.profileWithErrorsHidesLowerLayers":
      "{1} heeft hier fouten; de records uit lagere lagen worden daarom niet getoond",
    "diagnostics.bodyWithErrorsHidesLowerLayers":
      "orgaan {1} heeft hier fouten; het orgaan uit lagere lagen wordt daarom niet gebruikt",
    "diagnostics.registryHeader": "verwacht de kopregel {1}",
    "diagnostics.registryRowSkipped": "verwacht code,naam,provincie,inwoners,oppervlakte,buren; regel overgeslagen",
  ]
}
