// The English strings table. A Dutch term stays beside the English where it is the one people search for
// (adviesraad, gemeenteraad, verordening); the law names stay Dutch.

extension Strings {
  /// The same keys as the Dutch table (a test checks both have every key).
  static let vocabularyEnglish: [String: String] = [
    "rung.inform": "inform",
    "rung.consult": "consult",
    "rung.advise": "advise",
    "rung.coproduce": "co-produce",
    "rung.codecide": "co-decide",

    "rungRole.inform": "listener",
    "rungRole.consult": "consultee",
    "rungRole.advise": "adviser",
    "rungRole.coproduce": "partner",
    "rungRole.codecide": "(co-)decision-maker",

    "phase.agenda": "agenda setting",
    "phase.formulation": "formulation",
    "phase.decision": "decision-making",
    "phase.implementation": "implementation",
    "phase.evaluation": "evaluation",

    "scale.neighbourhood": "neighbourhood",
    "scale.local": "local",
    "scale.regional": "regional",

    "law.wmo2015": "Wmo 2015",
    "law.youthAct": "Jeugdwet",
    "law.participationAct": "Participatiewet",

    "motive.legalMinimum": "legal compliance",
    "motive.support": "public support",
    "motive.quality": "quality",

    "citizenMotive.selfDevelopment": "self-development",
    "citizenMotive.social": "social",
    "citizenMotive.ideals": "ideals",
    "citizenMotive.interestRepresentation": "representing interests",
    "citizenMotive.empowerment": "empowerment",

    "direction.topDown": "top-down",
    "direction.bottomUp": "bottom-up",

    "existingStructures.buildOn": "build on them",
    "existingStructures.abolish": "abolish (clean slate)",

    "perspective.citizen": "citizen",
    "perspective.client": "client",

    "topicScope.categorical": "categorical",
    "topicScope.integral": "integral",

    "inputKind.experientialKnowledge": "experiential knowledge",
    "inputKind.experientialExpertise": "experience-based expertise",
    "inputKind.policyExpertise": "policy expertise",

    "agendaSetting.municipality": "the municipality alone",
    "agendaSetting.citizensToo": "citizens too",

    "facilitation.meetingRoom": "meeting room",
    "facilitation.allowances": "attendance allowances",
    "facilitation.officialSupport": "support by civil servants",
    "facilitation.independentChair": "independent chair",
    "facilitation.annualBudget": "own annual budget",
    "facilitation.flexibleBudget": "flexible budget",
    "facilitation.coaching": "coaching",
    "facilitation.training": "training",
    "facilitation.externalExpertise": "external expertise",

    "organisationChange.attitudeAndCulture": "attitude and culture",
    "organisationChange.structureAndProcesses": "structure and processes",

    "formKind.advisoryCouncil": "advisory council (adviesraad)",
    "formKind.clientCouncil": "client council (cliëntenraad)",
    "formKind.platform": "platform",
    "formKind.interestGroup": "interest group",
    "formKind.citizensPanel": "citizens' panel",
    "formKind.sortitionCouncil": "council chosen by lot",
    "formKind.citizensSummit": "citizens' summit",
    "formKind.themeCafe": "theme café",
    "formKind.pizzaMeeting": "pizza meeting",
    "formKind.focusGroup": "focus group",
    "formKind.streetInterviews": "street interviews",
    "formKind.survey": "survey",
    "formKind.soundingBoard": "sounding board",
    "formKind.participationTeam": "participation team",
    "formKind.activeCitizensNetwork": "network of active citizens",
    "formKind.areaTeam": "village or neighbourhood team",
    "formKind.networkMeeting": "network meeting",
    "formKind.clientConversation": "client conversations",
    "formKind.other": "other",

    "structure.fixed": "fixed",
    "structure.flexible": "flexible",

    "contact.direct": "direct",
    "contact.indirect": "indirect",

    "founder.executive": "municipal executive (college van B&W)",
    "founder.council": "municipal council (gemeenteraad)",
    "founder.citizens": "citizens",
    "founder.region": "the region",
    "founder.jointBoard": "board of a joint arrangement (Wgr)",

    "addressee.executive": "municipal executive (college van B&W)",
    "addressee.council": "municipal council (gemeenteraad)",
    "addressee.region": "the region",

    "formStatus.existing": "exists",
    "formStatus.planned": "planned",
    "formStatus.pilot": "pilot",
    "formStatus.ended": "ended",

    "selection.appointed": "appointed",
    "selection.open": "open to all",
    "selection.lottery": "by lot",
    "selection.delegated": "delegated",

    "legalForm.foundation": "foundation (stichting)",
    "legalForm.inHouse": "within the municipality",
    "legalForm.informal": "informal",

    "legalItemSummary.a": "make proposals for policy",
    "legalItemSummary.b": "advise early, solicited and unsolicited",
    "legalItemSummary.c": "support in their role",
    "legalItemSummary.d": "periodic consultation",
    "legalItemSummary.e": "put topics on the agenda",
    "legalItemSummary.f": "receive the information they need",

    "regulationKind.ordinance": "ordinance (verordening)",
    "regulationKind.furtherRules": "further rules (nadere regels)",
    "regulationKind.policyRules": "policy rules (beleidsregels)",
    "regulationKind.other": "other decision",

    "adopter.council": "municipal council (gemeenteraad)",
    "adopter.executive": "municipal executive (college van B&W)",
    "adopter.jointBoard": "general board (Wgr)",

    "inspraakProcedure.awb34": "Division 3.4 Awb",
    "inspraakProcedure.ownProcedure": "own procedure",
    "inspraakProcedure.notRegulated": "not regulated",

    "participationItem.preparation": "preparation",
    "participationItem.implementation": "implementation",
    "participationItem.evaluation": "evaluation",
    "participationItem.challengeRight": "right to challenge (uitdaagrecht)",

    "regulationListStatement.complete": "list complete",
    "regulationListStatement.noOrdinance": "no ordinance",

    "legalItem.a": "(a)",
    "legalItem.b": "(b)",
    "legalItem.c": "(c)",
    "legalItem.d": "(d)",
    "legalItem.e": "(e)",
    "legalItem.f": "(f)",
  ]
}
