extension Strings {
  /// Dutch strings of the checks area (keys start with "checks.").
  static let checksDutch: [String: String] = [
    // Verdicts and statuses
    "checks.verdict.met": "voldaan",
    "checks.verdict.notMet": "niet voldaan",
    "checks.verdict.undecidable": "niet te beoordelen",
    "checks.attention.applies": "van toepassing",
    "checks.attention.doesNotApply": "niet van toepassing",
    "checks.noRecord": "geen gegevens op deze datum",
    "checks.none": "geen",
    "checks.yes": "ja",
    "checks.no": "nee",
    "checks.form.one": "{1} vorm",
    "checks.form.other": "{1} vormen",
    "checks.flexibleForm.one": "{1} flexibele vorm",
    "checks.flexibleForm.other": "{1} flexibele vormen",

    // Why an attention point applies or not
    "checks.attentionReason.formsNotStatedComplete":
      "berust op het ontbreken van een vorm, en geen bron zegt dat de lijst van vormen compleet is",
    "checks.attentionReason.noForms": "de bronnen noemen geen (bestaande) vormen",
    "checks.attentionReason.rungUnknown": "van {1} is de trede onbekend",
    "checks.attentionReason.phasesUnknown": "van {1} zijn de fasen onbekend",
    "checks.attentionReason.structureUnknown": "van {1} is onbekend of ze vast of flexibel zijn",
    "checks.attentionReason.contactUnknown": "van {1} is het soort contact onbekend",
    "checks.attentionReason.agreementUnknown": "van {1} is onbekend of er een afspraak is",
    "checks.attentionReason.regionalScaleUnknown": "regionaal beleid; van {1} is de schaal onbekend",
    "checks.attentionReason.formsAboveInforming": "er zijn vormen boven informeren",
    "checks.attentionReason.allFormsOnlyInform": "alle vormen informeren alleen",
    "checks.attentionReason.agendaUnknown": "wie de agenda bepaalt is onbekend",
    "checks.attentionReason.municipalitySetsAgendaAlone": "de gemeente bepaalt de agenda alleen",
    "checks.attentionReason.citizensSetAgendaToo": "ook burgers bepalen de agenda",
    "checks.attentionReason.highOnlyAtDecision": "coproduceren of meebeslissen alleen in de besluitvorming",
    "checks.attentionReason.highFormPhasesUnknown":
      "van een vorm op trede coproduceren of hoger zijn de fasen onbekend",
    "checks.attentionReason.noHighForm": "geen vorm op trede coproduceren of hoger",
    "checks.attentionReason.highAlsoInOtherPhases": "ook in eerdere of latere fasen",
    "checks.attentionReason.inImplementation": "betrokken bij de uitvoering",
    "checks.attentionReason.noFormInImplementation": "geen bekende vorm is actief in de uitvoering",
    "checks.attentionReason.noResultsAgreement": "geen afspraak over de uitkomsten",
    "checks.attentionReason.noFlexibleForms": "geen flexibele vormen",
    "checks.attentionReason.resultsAgreed": "afspraken over de uitkomsten",
    "checks.attentionReason.regionalPolicyUnknown": "of er regionaal beleid is, is onbekend",
    "checks.attentionReason.noRegionalPolicy": "geen regionaal beleid",
    "checks.attentionReason.regionalFormExists": "er is een regionale vorm",
    "checks.attentionReason.regionalPolicyWithoutForm": "regionaal beleid ({1}) maar geen regionale vorm bekend",
    "checks.attentionReason.directContactToo": "er is ook direct contact",
    "checks.attentionReason.rankAndFileLinked": "band met de achterban geregeld",
    "checks.attentionReason.rankAndFileUnknown":
      "alleen indirect; of de band met de achterban geregeld is, is onbekend",
    "checks.attentionReason.indirectWithoutRankAndFile": "alleen indirect en geen band met de achterban",
    "checks.attentionReason.inputKindsUnknown": "de soort inbreng is onbekend",
    "checks.attentionReason.otherInputToo": "ook andere inbreng dan beleidsdeskundigheid",
    "checks.attentionReason.flexibleFormsToo": "er zijn ook flexibele vormen",
    "checks.attentionReason.expertiseOnlyStructureUnknown":
      "alleen beleidsdeskundigheid; of alle vormen vast zijn, is onbekend",
    "checks.attentionReason.expertiseOnlyFixedOnly": "alleen beleidsdeskundigheid en alleen vaste raden",
    "checks.attentionReason.topicsUnknown": "of de onderwerpen integraal of categoraal zijn, is onbekend",
    "checks.attentionReason.integralOnly": "alleen integraal",
    "checks.attentionReason.categoricalToo": "ook categoraal",
    "checks.attentionReason.motiveUnknown": "het motief van de gemeente is onbekend",
    "checks.attentionReason.supportOnly": "alleen draagvlak",
    "checks.attentionReason.otherMotivesToo": "ook andere motieven",

    // Evidence
    "checks.evidence.rungOnlyAtDecision": "{1}, alleen besluitvorming",
    "checks.evidence.inImplementation": "uitvoering",
    "checks.evidence.flexibleWithoutAgreement": "flexibel, geen afspraak",
    "checks.evidence.resultsAgreed": "afspraak over uitkomsten",
    "checks.evidence.regional": "regionaal",
    "checks.evidence.direct": "direct",
    "checks.evidence.indirect": "indirect",
    "checks.evidence.rankAndFileLink": "achterban",
    "checks.evidence.fixed": "vast",
    "checks.evidence.agendaMunicipality": "agenda: alleen de gemeente",
    "checks.evidence.agendaCitizensToo": "agenda: ook burgers",
    "checks.evidence.regionalPolicy": "regionaal beleid: {1}",
    "checks.evidence.inputKinds": "inbreng: {1}",
    "checks.evidence.topics": "onderwerpen: {1}",
    "checks.evidence.motives": "motief: {1}",

    // Legal check: reasons ({1} in perDate is the record's date)
    "checks.legalReason.perDate": "per {1}",
    "checks.legalReason.perRecordDate": "op de datum van de gegevens",
    "checks.legalReason.regulatedByOrdinance": "geregeld in een verordening",
    "checks.legalReason.regulatedIn": "geregeld in {1}",
    "checks.legalReason.regulatedByFurtherRules": "geregeld via nadere regels",
    "checks.legalReason.viaFurtherRules": "via nadere regels: {1}",
    "checks.legalReason.delegatedIn": "; gedelegeerd in {1}",
    "checks.legalReason.notRegulatedInCompleteList":
      "niet geregeld in de volledig gelezen regelingen van een lijst die volgens de bron {1} compleet is: {2}",
    "checks.legalReason.noOrdinanceInForce": "volgens de bron was er {1} geen verordening voor deze wet van kracht",
    "checks.legalReason.listChangedSinceRecord":
      "de lijst van regelingen was {1} compleet, maar {2} is sindsdien vervallen; wat ervoor in de plaats kwam, staat niet in de gegevens",
    "checks.legalReason.noRegulationKnown": "geen verordening of nadere regels voor deze wet bekend",
    "checks.legalReason.searchedNotFound": "geen verordening of nadere regels voor deze wet bekend: {1}",
    "checks.legalReason.onlyUncountedRegulations": "alleen regelingen die niet meetellen noemen dit onderdeel",
    "checks.legalReason.regulationFactsUnknown": "van {1} is {2} onbekend",
    "checks.legalReason.notReadWhole": "{1} is niet helemaal gelezen; wat gelezen is, regelt het niet",
    "checks.legalReason.noRegulationInForce": "de bekende regelingen zijn op deze datum niet van kracht",
    "checks.legalReason.listNotStatedComplete":
      "de gelezen regelingen regelen het niet, maar geen bron zegt dat de lijst van regelingen compleet is",

    // Which facts are unknown; {1} and {2} joins the last one
    "checks.unknownFacts.kind": "de soort",
    "checks.unknownFacts.scope": "de reikwijdte (welke wetten)",
    "checks.unknownFacts.adoptedBy": "wie haar vaststelde",
    "checks.unknownFacts.inForceFrom": "de datum van inwerkingtreding",
    "checks.unknownFacts.aFact": "een gegeven",
    "checks.unknownFacts.and": "{1} en {2}",
    "checks.searchWords": "gezocht op {1} in {2}; geen geldende gevonden (dat betekent niet dat er geen is)",

    // Regulations that do not count
    "checks.uncounted.policyRules": "beleidsregels tellen niet mee",
    "checks.uncounted.furtherRulesWithoutDelegation": "nadere regels zonder delegerende verordening tellen niet mee",
    "checks.uncounted.delegatingOrdinanceNotInForce": "de delegerende verordening is niet van kracht",
    "checks.uncounted.notACouncilOrdinance": "geen verordening van de raad",
    "checks.uncounted.kindUnknown": "soort regeling of vaststeller onbekend",
    "checks.uncounted.notInForce": "niet van kracht op deze datum",
    "checks.uncounted.inForceDatesUnknown": "datum van inwerkingtreding onbekend",
    "checks.uncounted.scopeUnknown": "onbekend voor welke wetten",

    // Practice
    "checks.practice.agendaChoice": "agenda (keuze)",
    "checks.practice.facilitationChoice": "ondersteuning (keuze)",
    "checks.practice.adviceOrHigher": "trede adviseren of hoger",
    "checks.practice.earlyAdvice": "advies in de agenda- of beleidsfase",
    "checks.practice.support": "de gemeente ondersteunt",
    "checks.practice.periodicConsultation": "vaste raad, ten minste geraadpleegd",
    "checks.practice.agendaInput": "inbreng in de agendavorming",
    "checks.practice.citizensSetAgenda": "ook burgers bepalen de agenda",
    "checks.practice.municipalitySetsAgendaAlone": "de gemeente bepaalt de agenda alleen (spreekt dit tegen)",

    // Readiness for the participatieverordening
    "checks.readinessItem.adoptedByCouncil": "vastgesteld door de raad (art. 150 lid 1)",
    "checks.readinessItem.preparation": "voorbereiding van beleid (lid 1)",
    "checks.readinessItem.implementation": "uitvoering van beleid (lid 1)",
    "checks.readinessItem.evaluation": "evaluatie van beleid (lid 1)",
    "checks.readinessItem.challengeRight": "voorwaarden uitdaagrecht (lid 3)",
    "checks.readinessItem.inForceByDeadline": "van kracht op of voor 1-1-2027",
    "checks.readiness.ready": "klaar",
    "checks.readiness.notReady": "niet klaar",
    "checks.readiness.notApplicable": "n.v.t. (voor 2025)",
    "checks.readinessReason.adopted": ", vastgesteld {1}",
    "checks.readinessReason.involvementIn": "; regelt betrokkenheid onder meer in {1}",
    "checks.readinessReason.until": ", tot en met {1}",
    "checks.readinessReason.noKnownEnd": ", zonder bekende einddatum",
    "checks.readinessReason.inForceFrom": "{1} is van kracht vanaf {2}{3}",
    "checks.readinessReason.noParticipationOrdinance": "volgens de bron is er geen participatieverordening vastgesteld",
    "checks.readinessReason.notInCompleteList": "niet in de volledig gelezen verordeningen van een complete lijst",
    "checks.readinessReason.entersIntoForceAfterDeadline": "{1} treedt pas in werking op {2}",
    "checks.readinessReason.endsBeforeDeadline": "{1} vervalt op {2}",
    "checks.readinessReason.noOrdinanceKnown": "geen participatieverordening bekend",
    "checks.readinessReason.searchedNotFound": "geen participatieverordening bekend: {1}",
    "checks.readinessReason.notReadWhole": "{1} is niet helemaal gelezen",
    "checks.readinessReason.ordinanceFactsUnknown": "van {1} is de soort of vaststeller onbekend",
    "checks.readinessReason.listNotStatedComplete":
      "niet in de gelezen verordeningen, maar geen bron zegt dat de lijst compleet is",
    "checks.readinessReason.inForceDateUnknown": "van {1} is de datum van inwerkingtreding onbekend",

    // Deadline
    "checks.daysLeft.one": "nog {1} dag",
    "checks.daysLeft.other": "nog {1} dagen",
    "checks.today": "vandaag",
    "checks.deadlinePassed": "termijn verstreken ({1} geleden)",
    "checks.day.one": "{1} dag",
    "checks.day.other": "{1} dagen",
    "checks.deadlineSource":
      "termijn volgens griffiers.nl en VNG (Wet versterking participatie op decentraal niveau); het overgangsartikel zelf is niet geraadpleegd",
    "checks.inspraak": "inspraak: {1} ({2})",

    // Citations and facts of a form
    "checks.citation.guideSecondSection52": "§5.3 = 2e §5.2",
    "checks.citation.retrieved": "(geraadpleegd {1})",
    "checks.fact.sameSource": "zelfde bron",
    "checks.fact.approximately": "ca. {1}",
    "checks.fact.or": "of",
    "checks.fact.sourceDiffersInTwoPlaces": "— de bron zegt het op twee plaatsen anders (telt als onbekend)",
    "checks.fact.sourceDiffersInPlaces": "— de bron zegt het op {1} plaatsen anders (telt als onbekend)",
    "checks.fact.sourcesDiffer": "— bronnen verschillen (telt als onbekend)",

    // A form's period and standing on the as-of date
    "checks.period.from": "vanaf {1}",
    "checks.period.until": "tot en met {1}",
    "checks.period.fromUntil": "{1} t/m {2}",
    "checks.standing.existing": "telt mee (bestaat)",
    "checks.standing.pilot": "telt mee (experiment)",
    "checks.standing.statusUnknown": "telt mee (status onbekend)",
    "checks.standing.planned": "telt niet mee (gepland)",
    "checks.standing.notYetStarted": "telt niet mee (nog niet begonnen)",
    "checks.standing.ended": "telt niet mee (beëindigd)",

    // Attention points: titles
    "checks.attentionTitle.onlyInforming": "Alleen informeren: inwoners hebben geen inbreng",
    "checks.attentionTitle.agendaByMunicipalityAlone": "De gemeente bepaalt de agenda alleen",
    "checks.attentionTitle.coDecisionOnlyAtDecision": "Coproduceren of meebeslissen pas bij het besluit",
    "checks.attentionTitle.noImplementationPhase": "Geen betrokkenheid bij de uitvoering",
    "checks.attentionTitle.flexibleWithoutAgreement": "Flexibele vorm zonder afspraak over de uitkomsten",
    "checks.attentionTitle.regionalPolicyWithoutRegionalForm": "Regionaal beleid zonder regionale vorm",
    "checks.attentionTitle.indirectWithoutRankAndFile": "Alleen indirect, zonder band met de achterban",
    "checks.attentionTitle.oneSidedMembership": "Alleen beleidsdeskundigheid gevraagd, alleen vaste raden",
    "checks.attentionTitle.integralOnly": "Alleen integraal: specifieke cliëntbelangen kunnen wegvallen",
    "checks.attentionTitle.supportOnly": "Alleen draagvlak als motief",

    // Attention points: why the guide warns
    "checks.attentionExplanation.onlyInforming":
      "Informeren is eenrichtingsverkeer: inwoners horen wat er gebeurt, maar brengen zelf niets in. De leidraad noemt het een voorwaarde voor betrokkenheid, niet betrokkenheid zelf. Of de wettelijke plicht is vervuld, zegt alleen de verordening.",
    "checks.attentionExplanation.agendaByMunicipalityAlone":
      "De wetten vragen dat inwoners vroeg advies kunnen geven en zelf onderwerpen kunnen agenderen (onderdelen b en e). Een agenda die de gemeente alleen bepaalt, laat daar weinig ruimte voor.",
    "checks.attentionExplanation.coDecisionOnlyAtDecision":
      "Coproduceren of meebeslissen heeft weinig zin als het beleid al vastligt. Wie pas bij het besluit meedoet, kan weinig meer veranderen.",
    "checks.attentionExplanation.noImplementationPhase":
      "De drie wetten noemen de uitvoering uitdrukkelijk: daar merken inwoners en cliënten wat beleid betekent.",
    "checks.attentionExplanation.flexibleWithoutAgreement":
      "Bij tijdelijke, informele vormen is de invloed onzeker als niet is afgesproken wat er met de uitkomsten gebeurt.",
    "checks.attentionExplanation.regionalPolicyWithoutRegionalForm":
      "Als beleid in de regio wordt gemaakt, moet de betrokkenheid meegaan; anders kunnen inwoners het beleid niet volgen.",
    "checks.attentionExplanation.indirectWithoutRankAndFile":
      "Een vertegenwoordigend orgaan is zo sterk als zijn band met de achterban. Zonder afspraken daarover is de representativiteit onzeker.",
    "checks.attentionExplanation.oneSidedMembership":
      "Wie alleen om beleidsdeskundigheid vraagt en alleen vaste raden heeft, mist ervaringskennis en trekt een eenzijdig gezelschap aan.",
    "checks.attentionExplanation.integralOnly":
      "Eén integrale raad overziet het hele sociale domein, maar de belangen van specifieke cliëntgroepen kunnen erin ondersneeuwen.",
    "checks.attentionExplanation.supportOnly":
      "Wie alleen draagvlak zoekt, loopt het risico inwoners vooral 'mee te willen krijgen' met plannen die al vastliggen.",
  ]
}
