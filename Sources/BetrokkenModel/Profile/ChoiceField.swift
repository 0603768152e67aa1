/// The municipality-wide choices, by their key in the profile.
public enum ChoiceField: String, Sendable, CaseIterable {
  case motives, citizenMotives, direction, existingStructures, perspectives, topics, inputKinds, agendaSetting
  case facilitation, organisation, regionalPolicy, notes
}
