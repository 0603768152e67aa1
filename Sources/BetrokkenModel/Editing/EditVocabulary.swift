/// For `set`: which vocabulary a path's value comes from, so a Dutch label (`adviseren`) becomes its key (`advise`).
enum EditVocabulary {
  static func forPath(_ path: String) -> ((String) -> String)? {
    let leaf = path.split(separator: ".").last.map(String.init) ?? path
    let inRegulation = path.hasPrefix("regulations[")
    switch leaf {
    case "rung": return mapper(Rung.self)
    case "phases": return mapper(Phase.self)
    case "scale": return mapper(Scale.self)
    case "laws", "scope", "regionalPolicy": return mapper(Law.self)
    case "kind": return inRegulation ? mapper(RegulationKind.self) : mapper(FormKind.self)
    case "status": return mapper(FormStatus.self)
    case "structure": return mapper(Structure.self)
    case "contact": return mapper(Contact.self)
    case "perspectives": return mapper(Perspective.self)
    case "inputKinds": return mapper(InputKind.self)
    case "setUpBy": return mapper(Founder.self)
    case "advises": return mapper(Addressee.self)
    case "selection": return mapper(Selection.self)
    case "legalForm": return mapper(LegalForm.self)
    case "adoptedBy": return mapper(Adopter.self)
    case "motives": return mapper(Motive.self)
    case "citizenMotives": return mapper(CitizenMotive.self)
    case "direction": return mapper(Direction.self)
    case "existingStructures": return mapper(ExistingStructures.self)
    case "topics": return mapper(TopicScope.self)
    case "agendaSetting": return mapper(AgendaSetting.self)
    case "facilitation": return mapper(Facilitation.self)
    case "organisation": return mapper(OrganisationChange.self)
    case "wmo2015", "youthAct", "participationAct", "participationOrdinance":
      return path.hasPrefix("regulationLists.") ? mapper(RegulationListStatement.self) : nil
    default: return nil
    }
  }

  /// Keys stay keys; a label (case and accents ignored) becomes its key; anything else is left for the loader to refuse.
  static func mapper<K: VocabularyKey>(_ type: K.Type) -> (String) -> String {
    { text in
      if K(rawValue: text) != nil { return text }
      return K.allCases.first { $0.dutchTerm.folded == text.folded }?.rawValue ?? text
    }
  }
}
