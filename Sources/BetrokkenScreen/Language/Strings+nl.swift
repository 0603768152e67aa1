// The Dutch strings table. Written by us; terms from the guide and the laws, not their sentences.

extension Strings {
  /// Vocabulary labels, the citizen's role per rung, and what each legal item asks.
  static let vocabularyDutch: [String: String] = [
    "rung.inform": "informeren",
    "rung.consult": "raadplegen",
    "rung.advise": "adviseren",
    "rung.coproduce": "coproduceren",
    "rung.codecide": "meebeslissen",

    "rungRole.inform": "toehoorder",
    "rungRole.consult": "geconsulteerde",
    "rungRole.advise": "adviseur",
    "rungRole.coproduce": "partner",
    "rungRole.codecide": "(mede)beslisser",

    "phase.agenda": "agendavorming",
    "phase.formulation": "beleidsvorming",
    "phase.decision": "besluitvorming",
    "phase.implementation": "uitvoering",
    "phase.evaluation": "evaluatie",

    "scale.neighbourhood": "wijk",
    "scale.local": "lokaal",
    "scale.regional": "regionaal",

    "law.wmo2015": "Wmo 2015",
    "law.youthAct": "Jeugdwet",
    "law.participationAct": "Participatiewet",

    "motive.legalMinimum": "voldoen aan de wet",
    "motive.support": "draagvlak",
    "motive.quality": "kwaliteit",

    "citizenMotive.selfDevelopment": "zelfontplooiing",
    "citizenMotive.social": "sociaal",
    "citizenMotive.ideals": "ideëel",
    "citizenMotive.interestRepresentation": "belangenbehartiging",
    "citizenMotive.empowerment": "empowerment",

    "direction.topDown": "top-down",
    "direction.bottomUp": "bottom-up",

    "existingStructures.buildOn": "voortbouwen",
    "existingStructures.abolish": "opheffen (schone lei)",

    "perspective.citizen": "burger",
    "perspective.client": "cliënt",

    "topicScope.categorical": "categoraal",
    "topicScope.integral": "integraal",

    "inputKind.experientialKnowledge": "ervaringskennis",
    "inputKind.experientialExpertise": "ervaringsdeskundigheid",
    "inputKind.policyExpertise": "beleidsdeskundigheid",

    "agendaSetting.municipality": "alleen de gemeente",
    "agendaSetting.citizensToo": "ook burgers",

    "facilitation.meetingRoom": "vergaderruimte",
    "facilitation.allowances": "vacatiegelden",
    "facilitation.officialSupport": "ambtelijke ondersteuning",
    "facilitation.independentChair": "onafhankelijke voorzitter",
    "facilitation.annualBudget": "eigen jaarbudget",
    "facilitation.flexibleBudget": "flexibel budget",
    "facilitation.coaching": "coaching",
    "facilitation.training": "training",
    "facilitation.externalExpertise": "externe deskundigheid",

    "organisationChange.attitudeAndCulture": "houding en cultuur",
    "organisationChange.structureAndProcesses": "structuur en processen",

    "formKind.advisoryCouncil": "adviesraad",
    "formKind.clientCouncil": "cliëntenraad",
    "formKind.platform": "platform",
    "formKind.interestGroup": "belangengroep",
    "formKind.citizensPanel": "burgerpanel",
    "formKind.sortitionCouncil": "raad door loting",
    "formKind.citizensSummit": "burgertop",
    "formKind.themeCafe": "themacafé",
    "formKind.pizzaMeeting": "pizzasessie",
    "formKind.focusGroup": "focusgroep",
    "formKind.streetInterviews": "straatgesprekken",
    "formKind.survey": "enquête",
    "formKind.soundingBoard": "klankbordgroep",
    "formKind.participationTeam": "participatieteam",
    "formKind.activeCitizensNetwork": "netwerk actieve burgers",
    "formKind.areaTeam": "dorps- of wijkteam",
    "formKind.networkMeeting": "netwerkoverleg",
    "formKind.clientConversation": "cliëntgesprekken",
    "formKind.other": "overig",

    "structure.fixed": "vast",
    "structure.flexible": "flexibel",

    "contact.direct": "direct",
    "contact.indirect": "indirect",

    "founder.executive": "college van B&W",
    "founder.council": "gemeenteraad",
    "founder.citizens": "burgers",
    "founder.region": "de regio",
    "founder.jointBoard": "bestuur van een gemeenschappelijke regeling",

    "addressee.executive": "college van B&W",
    "addressee.council": "gemeenteraad",
    "addressee.region": "de regio",

    "formStatus.existing": "bestaat",
    "formStatus.planned": "gepland",
    "formStatus.pilot": "experiment",
    "formStatus.ended": "beëindigd",

    "selection.appointed": "benoemd",
    "selection.open": "open deelname",
    "selection.lottery": "loting",
    "selection.delegated": "afvaardiging",

    "legalForm.foundation": "stichting",
    "legalForm.inHouse": "binnen de gemeente",
    "legalForm.informal": "informeel",

    "legalItemSummary.a": "voorstellen voor beleid doen",
    "legalItemSummary.b": "vroeg gevraagd en ongevraagd adviseren",
    "legalItemSummary.c": "ondersteuning bij hun rol",
    "legalItemSummary.d": "periodiek overleg",
    "legalItemSummary.e": "onderwerpen agenderen",
    "legalItemSummary.f": "de nodige informatie krijgen",

    "regulationKind.ordinance": "verordening",
    "regulationKind.furtherRules": "nadere regels",
    "regulationKind.policyRules": "beleidsregels",
    "regulationKind.other": "ander besluit",

    "adopter.council": "gemeenteraad",
    "adopter.executive": "college van B&W",
    "adopter.jointBoard": "algemeen bestuur (Wgr)",

    "inspraakProcedure.awb34": "afdeling 3.4 Awb",
    "inspraakProcedure.ownProcedure": "eigen procedure",
    "inspraakProcedure.notRegulated": "niet geregeld",

    "participationItem.preparation": "voorbereiding",
    "participationItem.implementation": "uitvoering",
    "participationItem.evaluation": "evaluatie",
    "participationItem.challengeRight": "uitdaagrecht",

    "regulationListStatement.complete": "lijst compleet",
    "regulationListStatement.noOrdinance": "geen verordening",

    "legalItem.a": "(a)",
    "legalItem.b": "(b)",
    "legalItem.c": "(c)",
    "legalItem.d": "(d)",
    "legalItem.e": "(e)",
    "legalItem.f": "(f)",
  ]
}
