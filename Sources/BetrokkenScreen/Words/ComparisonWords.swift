import BetrokkenModel

/// A comparison's groups, rows and cells in words, for the screen and the CSV.
public enum ComparisonWords {
  public static func title(_ group: Comparison.Group) -> String {
    switch group {
    case .ladder: "Participatieladder"
    case .cycle: "Beleidscyclus"
    case .scale: "Schaalniveau"
    case .choices: "Keuzes"
    case .checks: "Toetsing"
    }
  }

  public static func label(_ row: Comparison.Row) -> String {
    switch row {
    case .rung(let rung): rung.label
    case .phase(let phase): phase.label
    case .scale(let scale): scale.label
    case .law(let law): law.label
    case .participationOrdinance: "part.verordening"
    case .attention: "aandachtspunten"
    case .choice(let choice):
      switch choice {
      case .motives: "waarom gemeente"
      case .citizenMotives: "waarom burgers"
      case .direction: "richting"
      case .existingStructures: "bestaande raden"
      case .perspectives: "perspectief"
      case .topics: "onderwerpen"
      case .inputKinds: "soort inbreng"
      case .agendaSetting: "agenda"
      case .facilitation: "ondersteuning"
      case .organisation: "organisatie"
      case .regionalPolicy: "regionaal beleid"
      }
    }
  }

  /// "—" on the ladder, phases and scales: no form there.
  public static let noForm = "—"

  /// The cell in words; nil when unknown.
  public static func text(_ cell: Comparison.Cell, row: Comparison.Row) -> String? {
    switch cell {
    case .unknown: return nil
    case .forms(let names): return names.isEmpty ? noForm : names.joined(separator: ", ")
    case .rungs(let rungs): return rungs.isEmpty ? noForm : rungs.map(\.label).joined(separator: ", ")
    case .keys(let keys):
      guard case .choice(let choice) = row else { return keys.joined(separator: ", ") }
      return keys.isEmpty ? "geen" : keys.map { label(key: $0, choice: choice) }.joined(separator: ", ")
    case .legal(let met, let notMet, let practice):
      guard case .law(let law) = row else { return nil }
      // The Participatiewet's own letter beside the Wmo letter: "b(a)".
      func letters(_ items: [LegalItem]) -> String {
        items.isEmpty ? noForm : items.map { item in
          law == .participationAct ? "\(item.rawValue)(\(item.participationActLetter ?? ""))" : item.rawValue
        }.joined(separator: " ")
      }
      // Short, so the practice letters survive a narrow column: "? · praktijk: a b d".
      let verdicts = met.isEmpty && notMet.isEmpty ? "?" : "voldaan: \(letters(met)) · niet: \(letters(notMet))"
      return verdicts + " · praktijk: \(letters(practice))"
    case .readiness(let overall):
      switch overall {
      case .ready: return "klaar"
      case .notReady: return "niet klaar"
      case .undecidable: return nil
      case .notApplicable: return "n.v.t."
      }
    case .attention(let rules):
      return rules.isEmpty ? "geen" : rules.map(\.rawValue).joined(separator: ", ")
    }
  }

  /// Whether a cell says "no form here" (drawn dim).
  public static func isEmptyMark(_ cell: Comparison.Cell) -> Bool {
    switch cell {
    case .forms(let names): names.isEmpty
    case .rungs(let rungs): rungs.isEmpty
    default: false
    }
  }

  static func label(key: String, choice: Comparison.ChoiceRow) -> String {
    func word<K: VocabularyKey>(_ type: K.Type) -> String { K(rawValue: key)?.label ?? key }
    switch choice {
    case .motives: return word(Motive.self)
    case .citizenMotives: return word(CitizenMotive.self)
    case .direction: return word(Direction.self)
    case .existingStructures: return word(ExistingStructures.self)
    case .perspectives: return word(Perspective.self)
    case .topics: return word(TopicScope.self)
    case .inputKinds: return word(InputKind.self)
    case .agendaSetting: return word(AgendaSetting.self)
    case .facilitation: return word(Facilitation.self)
    case .organisation: return word(OrganisationChange.self)
    case .regionalPolicy: return word(Law.self)
    }
  }
}
