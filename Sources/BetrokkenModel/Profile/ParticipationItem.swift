/// The parts of a participatieverordening a regulation can carry (Gemeentewet art. 150 lid 1 and 3).
public enum ParticipationItem: String, VocabularyKey {
  case preparation, implementation, evaluation, challengeRight
}
