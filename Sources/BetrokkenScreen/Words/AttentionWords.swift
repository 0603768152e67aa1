import BetrokkenModel

/// The attention points in words: a short title of our own and why the guide warns about it.
extension AttentionRule {
  public var title: String {
    switch self {
    case .onlyInforming: "Alleen informeren: inwoners hebben geen inbreng"
    case .agendaByMunicipalityAlone: "De gemeente bepaalt de agenda alleen"
    case .coDecisionOnlyAtDecision: "Coproduceren of meebeslissen pas bij het besluit"
    case .noImplementationPhase: "Geen betrokkenheid bij de uitvoering"
    case .flexibleWithoutAgreement: "Flexibele vorm zonder afspraak over de uitkomsten"
    case .regionalPolicyWithoutRegionalForm: "Regionaal beleid zonder regionale vorm"
    case .indirectWithoutRankAndFile: "Alleen indirect, zonder band met de achterban"
    case .oneSidedMembership: "Alleen beleidsdeskundigheid gevraagd, alleen vaste raden"
    case .integralOnly: "Alleen integraal: specifieke cliëntbelangen kunnen wegvallen"
    case .supportOnly: "Alleen draagvlak als motief"
    }
  }

  /// Our short explanation of why the guide warns about this.
  public var explanation: String {
    switch self {
    case .onlyInforming: "Informeren is eenrichtingsverkeer: inwoners horen wat er gebeurt, maar brengen zelf niets in. De leidraad noemt het een voorwaarde voor betrokkenheid, niet betrokkenheid zelf. Of de wettelijke plicht is vervuld, zegt alleen de verordening."
    case .agendaByMunicipalityAlone: "De wetten vragen dat inwoners vroeg advies kunnen geven en zelf onderwerpen kunnen agenderen (onderdelen b en e). Een agenda die de gemeente alleen bepaalt, laat daar weinig ruimte voor."
    case .coDecisionOnlyAtDecision: "Coproduceren of meebeslissen heeft weinig zin als het beleid al vastligt. Wie pas bij het besluit meedoet, kan weinig meer veranderen."
    case .noImplementationPhase: "De drie wetten noemen de uitvoering uitdrukkelijk: daar merken inwoners en cliënten wat beleid betekent."
    case .flexibleWithoutAgreement: "Bij tijdelijke, informele vormen is de invloed onzeker als niet is afgesproken wat er met de uitkomsten gebeurt."
    case .regionalPolicyWithoutRegionalForm: "Als beleid in de regio wordt gemaakt, moet de betrokkenheid meegaan; anders kunnen inwoners het beleid niet volgen."
    case .indirectWithoutRankAndFile: "Een vertegenwoordigend orgaan is zo sterk als zijn band met de achterban. Zonder afspraken daarover is de representativiteit onzeker."
    case .oneSidedMembership: "Wie alleen om beleidsdeskundigheid vraagt en alleen vaste raden heeft, mist ervaringskennis en trekt een eenzijdig gezelschap aan."
    case .integralOnly: "Eén integrale raad overziet het hele sociale domein, maar de belangen van specifieke cliëntgroepen kunnen erin ondersneeuwen."
    case .supportOnly: "Wie alleen draagvlak zoekt, loopt het risico inwoners vooral 'mee te willen krijgen' met plannen die al vastliggen."
    }
  }
}
