// The Dutch term of every vocabulary key: accepted as input in place of the key (`betrokken set`, the loader's
// hints). What the screen shows comes from the strings tables of the presentation (Strings+nl, Strings+en).

extension Rung {
  /// The Dutch term for the rung (`adviseren`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .inform: "informeren"
    case .consult: "raadplegen"
    case .advise: "adviseren"
    case .coproduce: "coproduceren"
    case .codecide: "meebeslissen"
    }
  }

}

extension Phase {
  /// The Dutch term for the phase (`beleidsvorming`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .agenda: "agendavorming"
    case .formulation: "beleidsvorming"
    case .decision: "besluitvorming"
    case .implementation: "uitvoering"
    case .evaluation: "evaluatie"
    }
  }
}

extension Scale {
  /// The Dutch term for the scale level (`wijk`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .neighbourhood: "wijk"
    case .local: "lokaal"
    case .regional: "regionaal"
    }
  }
}

extension Law {
  /// The Dutch term for the law (`Jeugdwet`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .wmo2015: "Wmo 2015"
    case .youthAct: "Jeugdwet"
    case .participationAct: "Participatiewet"
    }
  }

  /// The article that sets the duty to involve residents or clients.
  public var article: String {
    switch self {
    case .wmo2015: "art. 2.1.3 lid 3"
    case .youthAct: "art. 2.10"
    case .participationAct: "art. 47"
    }
  }
}

extension Motive {
  /// The Dutch term for the motive (`draagvlak`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .legalMinimum: "voldoen aan de wet"
    case .support: "draagvlak"
    case .quality: "kwaliteit"
    }
  }
}

extension CitizenMotive {
  /// The Dutch term for the citizens' motive (`zelfontplooiing`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .selfDevelopment: "zelfontplooiing"
    case .social: "sociaal"
    case .ideals: "ideëel"
    case .interestRepresentation: "belangenbehartiging"
    case .empowerment: "empowerment"
    }
  }
}

extension Direction {
  /// The Dutch term for the direction (`top-down`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .topDown: "top-down"
    case .bottomUp: "bottom-up"
    }
  }
}

extension ExistingStructures {
  /// The Dutch term for the choice on existing structures (`voortbouwen`), which `betrokken set` accepts in place of
  /// the key.
  public var dutchTerm: String {
    switch self {
    case .buildOn: "voortbouwen"
    case .abolish: "opheffen (schone lei)"
    }
  }
}

extension Perspective {
  /// The Dutch term for the perspective (`cliënt`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .citizen: "burger"
    case .client: "cliënt"
    }
  }
}

extension TopicScope {
  /// The Dutch term for the choice of topics (`integraal`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .categorical: "categoraal"
    case .integral: "integraal"
    }
  }
}

extension InputKind {
  /// The Dutch term for the kind of input (`ervaringskennis`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .experientialKnowledge: "ervaringskennis"
    case .experientialExpertise: "ervaringsdeskundigheid"
    case .policyExpertise: "beleidsdeskundigheid"
    }
  }
}

extension AgendaSetting {
  /// The Dutch term for who sets the agenda (`ook burgers`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .municipality: "alleen de gemeente"
    case .citizensToo: "ook burgers"
    }
  }
}

extension Facilitation {
  /// The Dutch term for the support (`vacatiegelden`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .meetingRoom: "vergaderruimte"
    case .allowances: "vacatiegelden"
    case .officialSupport: "ambtelijke ondersteuning"
    case .independentChair: "onafhankelijke voorzitter"
    case .annualBudget: "eigen jaarbudget"
    case .flexibleBudget: "flexibel budget"
    case .coaching: "coaching"
    case .training: "training"
    case .externalExpertise: "externe deskundigheid"
    }
  }
}

extension OrganisationChange {
  /// The Dutch term for what it asks of the organisation (`houding en cultuur`), which `betrokken set` accepts in
  /// place of the key.
  public var dutchTerm: String {
    switch self {
    case .attitudeAndCulture: "houding en cultuur"
    case .structureAndProcesses: "structuur en processen"
    }
  }
}

extension FormKind {
  /// The Dutch term for the kind of form (`adviesraad`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .advisoryCouncil: "adviesraad"
    case .clientCouncil: "cliëntenraad"
    case .platform: "platform"
    case .interestGroup: "belangengroep"
    case .citizensPanel: "burgerpanel"
    case .sortitionCouncil: "raad door loting"
    case .citizensSummit: "burgertop"
    case .themeCafe: "themacafé"
    case .pizzaMeeting: "pizzasessie"
    case .focusGroup: "focusgroep"
    case .streetInterviews: "straatgesprekken"
    case .survey: "enquête"
    case .soundingBoard: "klankbordgroep"
    case .participationTeam: "participatieteam"
    case .activeCitizensNetwork: "netwerk actieve burgers"
    case .areaTeam: "dorps- of wijkteam"
    case .networkMeeting: "netwerkoverleg"
    case .clientConversation: "cliëntgesprekken"
    case .other: "overig"
    }
  }
}

extension Structure {
  /// The Dutch term for the structure (`vast`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .fixed: "vast"
    case .flexible: "flexibel"
    }
  }
}

extension Contact {
  /// The Dutch term for the contact (`indirect`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .direct: "direct"
    case .indirect: "indirect"
    }
  }
}

extension Founder {
  /// The Dutch term for the founder (`gemeenteraad`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .executive: "college van B&W"
    case .council: "gemeenteraad"
    case .citizens: "burgers"
    case .region: "de regio"
    case .jointBoard: "bestuur van een gemeenschappelijke regeling"
    }
  }
}

extension Addressee {
  /// The Dutch term for the addressee (`gemeenteraad`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .executive: "college van B&W"
    case .council: "gemeenteraad"
    case .region: "de regio"
    }
  }
}

extension FormStatus {
  /// The Dutch term for the status (`gepland`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .existing: "bestaat"
    case .planned: "gepland"
    case .pilot: "experiment"
    case .ended: "beëindigd"
    }
  }
}

extension Selection {
  /// The Dutch term for the way of choosing members (`loting`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .appointed: "benoemd"
    case .open: "open deelname"
    case .lottery: "loting"
    case .delegated: "afvaardiging"
    }
  }
}

extension LegalForm {
  /// The Dutch term for the legal form (`stichting`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .foundation: "stichting"
    case .inHouse: "binnen de gemeente"
    case .informal: "informeel"
    }
  }
}

extension LegalItem {
  /// The item's Wmo letter in parentheses, as the law writes it: `(b)`.
  public var dutchTerm: String { "(\(rawValue))" }
}

extension RegulationKind {
  /// The Dutch term for the kind of regulation (`nadere regels`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .ordinance: "verordening"
    case .furtherRules: "nadere regels"
    case .policyRules: "beleidsregels"
    case .other: "ander besluit"
    }
  }
}

extension Adopter {
  /// The Dutch term for the adopter (`gemeenteraad`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .council: "gemeenteraad"
    case .executive: "college van B&W"
    case .jointBoard: "algemeen bestuur (Wgr)"
    }
  }
}

extension InspraakProcedure {
  /// The Dutch term (`eigen procedure`); a profile that writes it in place of the key gets the key suggested.
  public var dutchTerm: String {
    switch self {
    case .awb34: "afdeling 3.4 Awb"
    case .ownProcedure: "eigen procedure"
    case .notRegulated: "niet geregeld"
    }
  }
}

extension ParticipationItem {
  /// The Dutch term for the readiness item (`uitdaagrecht`: the right to challenge of art. 150 lid 3).
  public var dutchTerm: String {
    switch self {
    case .preparation: "voorbereiding"
    case .implementation: "uitvoering"
    case .evaluation: "evaluatie"
    case .challengeRight: "uitdaagrecht"
    }
  }
}

extension RegulationListStatement {
  /// The Dutch term for the statement (`geen verordening`), which `betrokken set` accepts in place of the key.
  public var dutchTerm: String {
    switch self {
    case .complete: "lijst compleet"
    case .noOrdinance: "geen verordening"
    }
  }
}
