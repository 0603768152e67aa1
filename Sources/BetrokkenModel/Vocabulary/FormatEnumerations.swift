// The enumerations of profile format version 1. Keys are stable: renaming one breaks every profile.
// Order of cases is the order in which they are shown.

/// §4.2 — the participation ladder, lowest rung first.
public enum Rung: String, VocabularyKey, Comparable {
  case inform, consult, advise, coproduce, codecide

  var level: Int { Rung.allCases.firstIndex(of: self)! + 1 }
  /// Orders rungs along the ladder: the lower rung comes first.
  public static func < (a: Rung, b: Rung) -> Bool { a.level < b.level }
}

/// §4.3 — the phases of the policy cycle, in order.
public enum Phase: String, VocabularyKey {
  case agenda, formulation, decision, implementation, evaluation
}

/// §5.3 — the scale levels.
public enum Scale: String, VocabularyKey {
  case neighbourhood, local, regional
}

/// The three social-domain laws.
public enum Law: String, VocabularyKey {
  case wmo2015, youthAct, participationAct
}

/// §1.1 — why the municipality involves citizens.
public enum Motive: String, VocabularyKey {
  case legalMinimum, support, quality
}

/// §1.2 — why citizens and clients want to be involved.
public enum CitizenMotive: String, VocabularyKey {
  case selfDevelopment, social, ideals, interestRepresentation, empowerment
}

/// §2.1 — who drives the change.
public enum Direction: String, VocabularyKey {
  case topDown, bottomUp
}

/// §2.2 — what happens to existing structures.
public enum ExistingStructures: String, VocabularyKey {
  case buildOn, abolish
}

/// §3.1 — whose perspective.
public enum Perspective: String, VocabularyKey {
  case citizen, client
}

/// §3.2 — which topics.
public enum TopicScope: String, VocabularyKey {
  case categorical, integral
}

/// §3.3 — what kind of input.
public enum InputKind: String, VocabularyKey {
  case experientialKnowledge, experientialExpertise, policyExpertise
}

/// §4.1 — who sets the agenda.
public enum AgendaSetting: String, VocabularyKey {
  case municipality, citizensToo
}

/// §4.4 — support the municipality gives.
public enum Facilitation: String, VocabularyKey {
  case meetingRoom, allowances, officialSupport, independentChair, annualBudget, flexibleBudget
  case coaching, training, externalExpertise
}

/// §4.5 — what involvement asks of the organisation.
public enum OrganisationChange: String, VocabularyKey {
  case attitudeAndCulture, structureAndProcesses
}

/// What a form is.
public enum FormKind: String, VocabularyKey {
  case advisoryCouncil, clientCouncil, platform, interestGroup, citizensPanel, sortitionCouncil
  case citizensSummit, themeCafe, pizzaMeeting, focusGroup, streetInterviews, survey, soundingBoard
  case participationTeam, activeCitizensNetwork, areaTeam, networkMeeting, clientConversation, other
}

/// §5.1 — fixed or flexible.
public enum Structure: String, VocabularyKey {
  case fixed, flexible
}

/// §5.2 — direct or indirect contact.
public enum Contact: String, VocabularyKey {
  case direct, indirect
}

/// Who set a form up.
public enum Founder: String, VocabularyKey {
  case executive, council, citizens, region
  /// The board of a joint arrangement under the Wgr.
  case jointBoard
}

/// Whom a form advises.
public enum Addressee: String, VocabularyKey {
  case executive, council, region
}

/// Whether a form exists, is only planned, or runs as a trial.
public enum FormStatus: String, VocabularyKey {
  case existing, planned, pilot, ended
}

/// How members are chosen.
public enum Selection: String, VocabularyKey {
  case appointed, open, lottery, delegated
}

/// §4.4 — legal form of the body.
public enum LegalForm: String, VocabularyKey {
  case foundation, inHouse, informal
}

/// The legal items of Wmo 2015 art. 2.1.3 lid 3 (domain.md §5).
public enum LegalItem: String, VocabularyKey {
  case a, b, c, d, e, f

  /// The items a law requires: the Participatiewet (art. 47) has no item (a).
  public static func required(by law: Law) -> [LegalItem] {
    law == .participationAct ? [.b, .c, .d, .e, .f] : allCases
  }
}

extension LegalItem {
  /// The Participatiewet's own letter for a Wmo letter: art. 47 (a)–(e) are Wmo (b)–(f).
  public var participationActLetter: String? {
    switch self {
    case .a: nil
    case .b: "a"
    case .c: "b"
    case .d: "c"
    case .e: "d"
    case .f: "e"
    }
  }
}
