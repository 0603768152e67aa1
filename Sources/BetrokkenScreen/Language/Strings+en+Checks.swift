extension Strings {
  /// English strings of the checks area (keys start with "checks."); the same keys as `checksDutch`.
  static let checksEnglish: [String: String] = [
    // Verdicts and statuses
    "checks.verdict.met": "met",
    "checks.verdict.notMet": "not met",
    "checks.verdict.undecidable": "cannot be assessed",
    "checks.attention.applies": "applies",
    "checks.attention.doesNotApply": "does not apply",
    "checks.noRecord": "no data on this date",
    "checks.none": "none",
    "checks.yes": "yes",
    "checks.no": "no",
    "checks.form.one": "{1} form",
    "checks.form.other": "{1} forms",
    "checks.flexibleForm.one": "{1} flexible form",
    "checks.flexibleForm.other": "{1} flexible forms",

    // Why an attention point applies or not
    "checks.attentionReason.formsNotStatedComplete":
      "rests on a form being absent, and no source says the list of forms is complete",
    "checks.attentionReason.noForms": "the sources name no (existing) forms",
    "checks.attentionReason.rungUnknown": "the rung of {1} is unknown",
    "checks.attentionReason.phasesUnknown": "the phases of {1} are unknown",
    "checks.attentionReason.structureUnknown": "for {1} it is unknown whether they are fixed or flexible",
    "checks.attentionReason.contactUnknown": "the kind of contact of {1} is unknown",
    "checks.attentionReason.agreementUnknown": "for {1} it is unknown whether there is an agreement",
    "checks.attentionReason.regionalScaleUnknown": "regional policy; the scale of {1} is unknown",
    "checks.attentionReason.formsAboveInforming": "there are forms above informing",
    "checks.attentionReason.allFormsOnlyInform": "all forms only inform",
    "checks.attentionReason.agendaUnknown": "who sets the agenda is unknown",
    "checks.attentionReason.municipalitySetsAgendaAlone": "the municipality sets the agenda alone",
    "checks.attentionReason.citizensSetAgendaToo": "citizens set the agenda too",
    "checks.attentionReason.highOnlyAtDecision": "co-producing or co-deciding only in decision-making",
    "checks.attentionReason.highFormPhasesUnknown": "the phases of a form on the rung co-produce or higher are unknown",
    "checks.attentionReason.noHighForm": "no form on the rung co-produce or higher",
    "checks.attentionReason.highAlsoInOtherPhases": "also in earlier or later phases",
    "checks.attentionReason.inImplementation": "involved in implementation",
    "checks.attentionReason.noFormInImplementation": "no known form is active in implementation",
    "checks.attentionReason.noResultsAgreement": "no agreement on the results",
    "checks.attentionReason.noFlexibleForms": "no flexible forms",
    "checks.attentionReason.resultsAgreed": "agreements on the results",
    "checks.attentionReason.regionalPolicyUnknown": "whether there is regional policy is unknown",
    "checks.attentionReason.noRegionalPolicy": "no regional policy",
    "checks.attentionReason.regionalFormExists": "there is a regional form",
    "checks.attentionReason.regionalPolicyWithoutForm": "regional policy ({1}) but no regional form known",
    "checks.attentionReason.directContactToo": "there is direct contact too",
    "checks.attentionReason.rankAndFileLinked": "link with the constituency (achterban) arranged",
    "checks.attentionReason.rankAndFileUnknown":
      "indirect only; whether the link with the constituency (achterban) is arranged is unknown",
    "checks.attentionReason.indirectWithoutRankAndFile": "indirect only and no link with the constituency (achterban)",
    "checks.attentionReason.inputKindsUnknown": "the kind of input is unknown",
    "checks.attentionReason.otherInputToo": "input other than policy expertise too",
    "checks.attentionReason.flexibleFormsToo": "there are flexible forms too",
    "checks.attentionReason.expertiseOnlyStructureUnknown":
      "policy expertise only; whether all forms are fixed is unknown",
    "checks.attentionReason.expertiseOnlyFixedOnly": "policy expertise only and fixed councils only",
    "checks.attentionReason.topicsUnknown": "whether the topics are integral or categorical is unknown",
    "checks.attentionReason.integralOnly": "integral only",
    "checks.attentionReason.categoricalToo": "categorical too",
    "checks.attentionReason.motiveUnknown": "the municipality's motive is unknown",
    "checks.attentionReason.supportOnly": "public support (draagvlak) only",
    "checks.attentionReason.otherMotivesToo": "other motives too",

    // Evidence
    "checks.evidence.rungOnlyAtDecision": "{1}, decision-making only",
    "checks.evidence.inImplementation": "implementation",
    "checks.evidence.flexibleWithoutAgreement": "flexible, no agreement",
    "checks.evidence.resultsAgreed": "agreement on results",
    "checks.evidence.regional": "regional",
    "checks.evidence.direct": "direct",
    "checks.evidence.indirect": "indirect",
    "checks.evidence.rankAndFileLink": "constituency",
    "checks.evidence.fixed": "fixed",
    "checks.evidence.agendaMunicipality": "agenda: the municipality alone",
    "checks.evidence.agendaCitizensToo": "agenda: citizens too",
    "checks.evidence.regionalPolicy": "regional policy: {1}",
    "checks.evidence.inputKinds": "input: {1}",
    "checks.evidence.topics": "topics: {1}",
    "checks.evidence.motives": "motive: {1}",

    // Legal check: reasons ({1} in perDate is the record's date)
    "checks.legalReason.perDate": "as of {1}",
    "checks.legalReason.perRecordDate": "on the date of the data",
    "checks.legalReason.regulatedByOrdinance": "regulated in an ordinance (verordening)",
    "checks.legalReason.regulatedIn": "regulated in {1}",
    "checks.legalReason.regulatedByFurtherRules": "regulated through further rules (nadere regels)",
    "checks.legalReason.viaFurtherRules": "through further rules (nadere regels): {1}",
    "checks.legalReason.delegatedIn": "; delegated in {1}",
    "checks.legalReason.notRegulatedInCompleteList":
      "not regulated in the fully read regulations of a list that the source says is complete {1}: {2}",
    "checks.legalReason.noOrdinanceInForce": "according to the source, no ordinance for this law was in force {1}",
    "checks.legalReason.listChangedSinceRecord":
      "the list of regulations was complete {1}, but {2} has lapsed since; what replaced it is not in the data",
    "checks.legalReason.noRegulationKnown": "no ordinance or further rules known for this law",
    "checks.legalReason.searchedNotFound": "no ordinance or further rules known for this law: {1}",
    "checks.legalReason.onlyUncountedRegulations": "only regulations that do not count name this item",
    "checks.legalReason.regulationFactsUnknown": "for {1}, unknown: {2}",
    "checks.legalReason.notReadWhole": "{1} has not been read in full; what was read does not regulate it",
    "checks.legalReason.noRegulationInForce": "the known regulations are not in force on this date",
    "checks.legalReason.listNotStatedComplete":
      "the regulations read do not regulate it, but no source says the list of regulations is complete",

    // Which facts are unknown; {1} and {2} joins the last one
    "checks.unknownFacts.kind": "the kind",
    "checks.unknownFacts.scope": "the scope (which laws)",
    "checks.unknownFacts.adoptedBy": "who adopted it",
    "checks.unknownFacts.inForceFrom": "the date of entry into force",
    "checks.unknownFacts.aFact": "a fact",
    "checks.unknownFacts.and": "{1} and {2}",
    "checks.searchWords": "searched on {1} in {2}; none in force found (that does not mean there is none)",

    // Regulations that do not count
    "checks.uncounted.policyRules": "policy rules (beleidsregels) do not count",
    "checks.uncounted.furtherRulesWithoutDelegation": "further rules without a delegating ordinance do not count",
    "checks.uncounted.delegatingOrdinanceNotInForce": "the delegating ordinance is not in force",
    "checks.uncounted.notACouncilOrdinance": "not an ordinance of the municipal council",
    "checks.uncounted.kindUnknown": "kind of regulation or adopting body unknown",
    "checks.uncounted.notInForce": "not in force on this date",
    "checks.uncounted.inForceDatesUnknown": "date of entry into force unknown",
    "checks.uncounted.scopeUnknown": "unknown which laws it covers",

    // Practice
    "checks.practice.agendaChoice": "agenda (choice)",
    "checks.practice.facilitationChoice": "support (choice)",
    "checks.practice.adviceOrHigher": "rung advise or higher",
    "checks.practice.earlyAdvice": "advice in agenda setting or formulation",
    "checks.practice.support": "the municipality gives support",
    "checks.practice.periodicConsultation": "fixed council, at least consulted",
    "checks.practice.agendaInput": "input into agenda setting",
    "checks.practice.citizensSetAgenda": "citizens set the agenda too",
    "checks.practice.municipalitySetsAgendaAlone": "the municipality sets the agenda alone (contradicts this)",

    // Readiness for the participatieverordening
    "checks.readinessItem.adoptedByCouncil": "adopted by the council (art. 150 lid 1)",
    "checks.readinessItem.preparation": "policy preparation (lid 1)",
    "checks.readinessItem.implementation": "policy implementation (lid 1)",
    "checks.readinessItem.evaluation": "policy evaluation (lid 1)",
    "checks.readinessItem.challengeRight": "terms of the right to challenge (lid 3)",
    "checks.readinessItem.inForceByDeadline": "in force on or before 1-1-2027",
    "checks.readiness.ready": "ready",
    "checks.readiness.notReady": "not ready",
    "checks.readiness.notApplicable": "n/a (before 2025)",
    "checks.readinessReason.adopted": ", adopted {1}",
    "checks.readinessReason.involvementIn": "; regulates involvement in, among others, {1}",
    "checks.readinessReason.until": ", up to and including {1}",
    "checks.readinessReason.noKnownEnd": ", with no known end date",
    "checks.readinessReason.inForceFrom": "{1} is in force from {2}{3}",
    "checks.readinessReason.noParticipationOrdinance":
      "according to the source, no participation ordinance (participatieverordening) has been adopted",
    "checks.readinessReason.notInCompleteList": "not in the fully read ordinances of a complete list",
    "checks.readinessReason.entersIntoForceAfterDeadline": "{1} only enters into force on {2}",
    "checks.readinessReason.endsBeforeDeadline": "{1} lapses on {2}",
    "checks.readinessReason.noOrdinanceKnown": "no participation ordinance (participatieverordening) known",
    "checks.readinessReason.searchedNotFound": "no participation ordinance (participatieverordening) known: {1}",
    "checks.readinessReason.notReadWhole": "{1} has not been read in full",
    "checks.readinessReason.ordinanceFactsUnknown": "for {1}, the kind or adopting body is unknown",
    "checks.readinessReason.listNotStatedComplete":
      "not in the ordinances read, but no source says the list is complete",
    "checks.readinessReason.inForceDateUnknown": "for {1}, the date of entry into force is unknown",

    // Deadline
    "checks.daysLeft.one": "{1} day left",
    "checks.daysLeft.other": "{1} days left",
    "checks.today": "today",
    "checks.deadlinePassed": "deadline passed ({1} ago)",
    "checks.day.one": "{1} day",
    "checks.day.other": "{1} days",
    "checks.deadlineSource":
      "deadline according to griffiers.nl and VNG (Wet versterking participatie op decentraal niveau); the transitional article itself was not consulted",
    "checks.inspraak": "public consultation (inspraak): {1} ({2})",

    // Citations and facts of a form
    "checks.citation.guideSecondSection52": "§5.3 = 2nd §5.2",
    "checks.citation.retrieved": "(retrieved {1})",
    "checks.fact.sameSource": "same source",
    "checks.fact.approximately": "approx. {1}",
    "checks.fact.or": "or",
    "checks.fact.sourceDiffersInTwoPlaces": "— the source says it differently in two places (counts as unknown)",
    "checks.fact.sourceDiffersInPlaces": "— the source says it differently in {1} places (counts as unknown)",
    "checks.fact.sourcesDiffer": "— sources differ (counts as unknown)",

    // A form's period and standing on the as-of date
    "checks.period.from": "from {1}",
    "checks.period.until": "until {1} inclusive",
    "checks.period.fromUntil": "{1} to {2} inclusive",
    "checks.standing.existing": "counts (exists)",
    "checks.standing.pilot": "counts (pilot)",
    "checks.standing.statusUnknown": "counts (status unknown)",
    "checks.standing.planned": "does not count (planned)",
    "checks.standing.notYetStarted": "does not count (not yet started)",
    "checks.standing.ended": "does not count (ended)",

    // Attention points: titles
    "checks.attentionTitle.onlyInforming": "Informing only: residents have no input",
    "checks.attentionTitle.agendaByMunicipalityAlone": "The municipality sets the agenda alone",
    "checks.attentionTitle.coDecisionOnlyAtDecision": "Co-producing or co-deciding only at the decision stage",
    "checks.attentionTitle.noImplementationPhase": "No involvement in implementation",
    "checks.attentionTitle.flexibleWithoutAgreement": "Flexible form without agreement on the results",
    "checks.attentionTitle.regionalPolicyWithoutRegionalForm": "Regional policy without a regional form",
    "checks.attentionTitle.indirectWithoutRankAndFile": "Indirect only, with no link with the constituency",
    "checks.attentionTitle.oneSidedMembership": "Only policy expertise sought, only fixed councils",
    "checks.attentionTitle.integralOnly": "Integral only: specific client interests may be lost",
    "checks.attentionTitle.supportOnly": "Public support (draagvlak) as the only motive",

    // Attention points: why the guide warns
    "checks.attentionExplanation.onlyInforming":
      "Informing is one-way traffic: residents hear what is happening but contribute nothing themselves. The guide calls it a precondition for involvement, not involvement itself. Only the ordinance (verordening) tells whether the legal duty is met.",
    "checks.attentionExplanation.agendaByMunicipalityAlone":
      "The laws ask that residents can give early advice and put topics on the agenda themselves (items b and e). An agenda set by the municipality alone leaves little room for that.",
    "checks.attentionExplanation.coDecisionOnlyAtDecision":
      "Co-producing or co-deciding makes little sense once the policy is settled. Those who join only at the decision stage can change little.",
    "checks.attentionExplanation.noImplementationPhase":
      "The three laws name implementation explicitly: that is where residents and clients notice what policy means.",
    "checks.attentionExplanation.flexibleWithoutAgreement":
      "With temporary, informal forms, influence is uncertain unless it has been agreed what happens to the results.",
    "checks.attentionExplanation.regionalPolicyWithoutRegionalForm":
      "When policy is made in the region, involvement has to move with it; otherwise residents cannot follow the policy.",
    "checks.attentionExplanation.indirectWithoutRankAndFile":
      "A representative body is only as strong as its link with its constituency (achterban). Without agreements on that, how representative it is remains uncertain.",
    "checks.attentionExplanation.oneSidedMembership":
      "Asking only for policy expertise, with only fixed councils, misses experiential knowledge and attracts a one-sided membership.",
    "checks.attentionExplanation.integralOnly":
      "One integral council oversees the whole social domain, but the interests of specific client groups can get lost in it.",
    "checks.attentionExplanation.supportOnly":
      "Seeking only public support (draagvlak) risks mainly trying to 'bring residents along' with plans that are already settled.",
  ]
}
