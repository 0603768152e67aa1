/// The fields of a form (and a shared body) that can carry their own provenance.
public enum FormField: String, Sendable, CaseIterable {
  case kind, status, from, until, structure, contact, scale, rung, phases, laws, themes, perspectives, inputKinds
  case setUpBy, advises, members, selection, legalForm, resultsAgreement, rankAndFileLink, memberMunicipalities
}
