extension Strings {
  /// Dutch terms the English table keeps, beside the English or instead of it: the ones people search for
  /// (*adviesraad*, *participatieverordening*, *uitdaagrecht* …) and the names of laws and bodies. The test that
  /// scans the English goldens for Dutch words of our tables lets these through, and nothing else.
  public static let keptDutchTerms: Set<String> = [
    "adviesraad", "cliëntenraad", "gemeenteraad", "college", "verordening", "nadere", "regels", "beleidsregels",
    "participatieverordening", "uitdaagrecht", "inspraak", "leidraad", "stichting", "jeugdwet", "participatiewet",
    "gemeentewet", "achterban", "draagvlak", "lid",
  ]
}
