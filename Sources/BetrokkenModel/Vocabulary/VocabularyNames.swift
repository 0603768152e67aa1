/// Each vocabulary's name: the first part of its keys in the strings tables ("rung.advise").
extension Rung {
  /// The first part of this vocabulary's keys in the strings tables, as in `rung.inform`.
  public static let vocabularyName = "rung"
}

extension Phase {
  /// The first part of this vocabulary's keys in the strings tables, as in `phase.agenda`.
  public static let vocabularyName = "phase"
}

extension Scale {
  /// The first part of this vocabulary's keys in the strings tables, as in `scale.neighbourhood`.
  public static let vocabularyName = "scale"
}

extension Law {
  /// The first part of this vocabulary's keys in the strings tables, as in `law.wmo2015`.
  public static let vocabularyName = "law"
}

extension Motive {
  /// The first part of this vocabulary's keys in the strings tables, as in `motive.legalMinimum`.
  public static let vocabularyName = "motive"
}

extension CitizenMotive {
  /// The first part of this vocabulary's keys in the strings tables, as in `citizenMotive.selfDevelopment`.
  public static let vocabularyName = "citizenMotive"
}

extension Direction {
  /// The first part of this vocabulary's keys in the strings tables, as in `direction.topDown`.
  public static let vocabularyName = "direction"
}

extension ExistingStructures {
  /// The first part of this vocabulary's keys in the strings tables, as in `existingStructures.buildOn`.
  public static let vocabularyName = "existingStructures"
}

extension Perspective {
  /// The first part of this vocabulary's keys in the strings tables, as in `perspective.citizen`.
  public static let vocabularyName = "perspective"
}

extension TopicScope {
  /// The first part of this vocabulary's keys in the strings tables, as in `topicScope.categorical`.
  public static let vocabularyName = "topicScope"
}

extension InputKind {
  /// The first part of this vocabulary's keys in the strings tables, as in `inputKind.experientialKnowledge`.
  public static let vocabularyName = "inputKind"
}

extension AgendaSetting {
  /// The first part of this vocabulary's keys in the strings tables, as in `agendaSetting.municipality`.
  public static let vocabularyName = "agendaSetting"
}

extension Facilitation {
  /// The first part of this vocabulary's keys in the strings tables, as in `facilitation.meetingRoom`.
  public static let vocabularyName = "facilitation"
}

extension OrganisationChange {
  /// The first part of this vocabulary's keys in the strings tables, as in `organisationChange.attitudeAndCulture`.
  public static let vocabularyName = "organisationChange"
}

extension FormKind {
  /// The first part of this vocabulary's keys in the strings tables, as in `formKind.advisoryCouncil`.
  public static let vocabularyName = "formKind"
}

extension Structure {
  /// The first part of this vocabulary's keys in the strings tables, as in `structure.fixed`.
  public static let vocabularyName = "structure"
}

extension Contact {
  /// The first part of this vocabulary's keys in the strings tables, as in `contact.direct`.
  public static let vocabularyName = "contact"
}

extension Founder {
  /// The first part of this vocabulary's keys in the strings tables, as in `founder.executive`.
  public static let vocabularyName = "founder"
}

extension Addressee {
  /// The first part of this vocabulary's keys in the strings tables, as in `addressee.executive`.
  public static let vocabularyName = "addressee"
}

extension FormStatus {
  /// The first part of this vocabulary's keys in the strings tables, as in `formStatus.existing`.
  public static let vocabularyName = "formStatus"
}

extension Selection {
  /// The first part of this vocabulary's keys in the strings tables, as in `selection.appointed`.
  public static let vocabularyName = "selection"
}

extension LegalForm {
  /// The first part of this vocabulary's keys in the strings tables, as in `legalForm.foundation`.
  public static let vocabularyName = "legalForm"
}

extension LegalItem {
  /// The first part of this vocabulary's keys in the strings tables, as in `legalItem.a`.
  public static let vocabularyName = "legalItem"
}

extension RegulationKind {
  /// The first part of this vocabulary's keys in the strings tables, as in `regulationKind.ordinance`.
  public static let vocabularyName = "regulationKind"
}

extension Adopter {
  /// The first part of this vocabulary's keys in the strings tables, as in `adopter.council`.
  public static let vocabularyName = "adopter"
}

extension InspraakProcedure {
  /// The first part of this vocabulary's keys in the strings tables, as in `inspraakProcedure.awb34`.
  public static let vocabularyName = "inspraakProcedure"
}

extension ParticipationItem {
  /// The first part of this vocabulary's keys in the strings tables, as in `participationItem.preparation`.
  public static let vocabularyName = "participationItem"
}

extension RegulationListStatement {
  /// The first part of this vocabulary's keys in the strings tables, as in `regulationListStatement.complete`.
  public static let vocabularyName = "regulationListStatement"
}
