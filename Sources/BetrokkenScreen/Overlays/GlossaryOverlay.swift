import BetrokkenModel

/// Begrippen: the guide's terms in our own short words, with the section they come from.
enum GlossaryOverlay {
  static func lines(width: Int, symbols: Symbols) -> [StyledLine] {
    var lines: [StyledLine] = []
    func heading(_ text: String) {
      if !lines.isEmpty { lines.append(.empty) }
      lines.append(StyledLine(text, .heading))
    }
    func entry(_ term: String, _ text: String, role: Role = .plain) {
      let termWidth = 16
      for (i, part) in Wrapping.wrap(text, width: max(10, width - termWidth)).enumerated() {
        lines.append(StyledLine([Span(pad(i == 0 ? term : "", termWidth), .accent), Span(part, role)]))
      }
    }
    heading("Participatieladder (§4.2) — hoe ver praten burgers mee?")
    let rungText: [Rung: String] = [
      .inform: "de gemeente vertelt wat er gebeurt; eenrichtingsverkeer. Alleen dit telt niet als betrekken in de zin van de wet, maar het is wel de basis voor elke hogere trede.",
      .consult: "de gemeente bepaalt de vragen en peilt meningen; het antwoord bindt haar niet.",
      .advise: "burgers dragen ideeën en alternatieven aan; de gemeente weegt ze en legt uit waarom ze ervan afwijkt.",
      .coproduce: "burgers en gemeente zijn gelijkwaardige partners die samen bepalen wat er speelt en wat eraan te doen valt; wat daaruit komt, neemt de gemeente over, al houdt zij het laatste woord.",
      .codecide: "burgers beslissen zelf binnen afgesproken grenzen, bijvoorbeeld over een wijkbudget.",
    ]
    for rung in Rung.allCases.reversed() {
      entry(rung.label, "(\(rung.role)) " + rungText[rung]!)
    }
    entry("ruimte", "welke trede past, hangt af van hoeveel er aan het beleid nog te veranderen valt; spreek verwachtingen vooraf af.")
    lines.append(.empty)
    entry(symbols.attention + " let op",
      "de begrippenlijst achter in de leidraad noemt ook iets anders 'participatieladder': een meetlat in zes treden voor hoe ver één persoon meedoet in de samenleving (van geïsoleerd tot betaald werk zonder steun). Betrokken bedoelt altijd de ladder van §4.2 hierboven.",
      role: .warning)
    heading("Beleidscyclus (§4.3) — wanneer praten burgers mee?")
    let phaseText: [Phase: String] = [
      .agenda: "welke onderwerpen op de agenda komen; een gezamenlijke jaaragenda kan.",
      .formulation: "doelen en prioriteiten vastleggen; wie vroeg meedoet, heeft de meeste invloed.",
      .decision: "het formele besluit; als er al een concept ligt, is er weinig ruimte meer.",
      .implementation: "hoe het beleid wordt uitgevoerd; de drie wetten noemen deze fase met name.",
      .evaluation: "terugkijken aan het eind van een beleidsperiode.",
    ]
    for phase in Phase.allCases { entry(phase.label, phaseText[phase]!) }
    heading("Schaalniveau (§5.3) — waar?")
    entry("wijk", "dichtbij bewoners, bijvoorbeeld bij sociale wijkteams; daar merken mensen beleid het eerst.")
    entry("lokaal", "de eigen wettelijke taken van de gemeente; hier zitten de meeste adviesraden.")
    entry("regionaal", "waar gemeenten samen inkopen of beleid maken (jeugdregio, arbeidsmarktregio); betrokkenheid moet het beleid daarheen volgen.")
    heading("Vorm (§5.1, §5.2)")
    entry("vast", "een raad met vaste leden en een regeling in een verordening.")
    entry("flexibel", "tijdelijk en informeel, zoals een themacafé of straatgesprekken; spreek af wat er met de uitkomsten gebeurt.")
    entry("direct", "de gemeente praat zelf met burgers.")
    entry("indirect", "via een vertegenwoordigend orgaan dat signalen bundelt en weegt.")
    heading("Wettelijke onderdelen (Wmo 2015 art. 2.1.3 lid 3)")
    for item in LegalItem.allCases { entry(item.label, item.summary) }
    entry("Jeugdwet", "art. 2.10 verklaart dezelfde onderdelen (a)–(f) van toepassing.")
    entry("Participatiewet", "art. 47 kent (b)–(f), geen (a), en gaat over cliënten van de wet.")
    return lines
  }
}
