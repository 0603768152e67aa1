import BetrokkenModel

/// A fact of a form in words, with where it comes from when that is not the form's own citation, and competing
/// values when sources disagree: "20 of 22 leden — bronnen verschillen".
enum FactWords {
  /// A value in words, as the overlay shows it.
  public static func value(_ value: FieldValue, context: (String) -> String = { $0 }) -> String {
    switch value {
    case .key(let key): key.label
    case .keys(let keys): keys.isEmpty ? Strings.text("checks.none") : keys.map { $0.label }.joined(separator: ", ")
    case .number(let n): DutchNumber.format(n)
    case .flag(let b): b ? Strings.text("checks.yes") : Strings.text("checks.no")
    case .text(let t): t
    case .texts(let t): t.isEmpty ? Strings.text("checks.none") : t.map(context).joined(separator: ", ")
    case .date(let d): d.description
    }
  }

  /// The citation in short: the section alone when the source is the form's, else "title, section".
  public static func citation(_ citation: Citation, of form: Form, in situation: Situation) -> String {
    if citation.sourceID == form.citation.sourceID {
      return citation.section.map { CitationWords.section($0, sourceID: citation.sourceID) }
        ?? Strings.text("checks.fact.sameSource")
    }
    return CitationWords.describe(citation, in: situation)
  }

  /// The field's text for the form overlay: the plain text with its own citation, "ca. 1.200" for an estimate,
  /// or each source's value for a dispute. Nil when unknown.
  public static func field(
    _ field: FormField, of form: Form, plain: String?, in situation: Situation,
    context: (String) -> String = { $0 }
  ) -> String? {
    switch form.provenance[field] {
    case .disputed(let values)?:
      let each = values.map { cited in
        approximately(value(cited.value, context: context), cited.approximate)
          + " (" + citation(cited.citation, of: form, in: situation) + ")"
      }
      return each.joined(separator: " " + Strings.text("checks.fact.or") + " ") + " " + disagreement(values)
    case .cited(let own, let approximate)?:
      guard let plain else { return nil }
      return approximately(plain, approximate) + " (" + citation(own, of: form, in: situation) + ")"
    case nil:
      return plain
    }
  }

  /// "ca. 1.200" for an estimate, else the text as it is.
  static func approximately(_ text: String, _ approximate: Bool) -> String {
    approximate ? Strings.text("checks.fact.approximately", text) : text
  }

  /// "— bronnen verschillen", or, when one source says it differently in two places, "— de bron zegt het op
  /// twee plaatsen anders"; either way the fact counts as unknown.
  public static func disagreement(_ values: [CitedFieldValue]) -> String {
    Set(values.map(\.citation.sourceID)).count == 1
      ? (values.count == 2
        ? Strings.text("checks.fact.sourceDiffersInTwoPlaces")
        : Strings.text("checks.fact.sourceDiffersInPlaces", String(values.count)))
      : Strings.text("checks.fact.sourcesDiffer")
  }
}
