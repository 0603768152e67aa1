import BetrokkenModel

/// Citations and sections in words, as the source writes them: `§4.2` for the guide, `art. 2.1` for a regulation.
public enum CitationWords {
  /// "§4.2", "§3.3, §4.2", "art. 2.1". The guide's scale section, numbered 5.2 a second time in the guide and cited
  /// as 5.3 in profiles, says so.
  public static func section(_ section: String, sourceID: String) -> String {
    let parts = section.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    return parts.map { part -> String in
      guard let first = part.unicodeScalars.first, ("0"..."9").contains(first) else { return part }
      if sourceID == Source.guideID && part == "5.3" { return Strings.text("checks.citation.guideSecondSection52") }
      return "§" + part
    }.joined(separator: ", ")
  }

  /// "§3.3", or the source's title when the citation names no section.
  static func sectionOrSource(_ citation: Citation, in situation: Situation) -> String {
    citation.section.map { section($0, sourceID: citation.sourceID) } ?? describe(citation, in: situation)
  }

  /// "Title, 2015, §4.2", with the source's title from the municipality's record.
  public static func describe(_ citation: Citation, in situation: Situation) -> String {
    let source = situation.source(withID: citation.sourceID)
    var text = source?.title ?? citation.sourceID
    if let published = source?.published { text += ", \(published)" }
    if let section = citation.section { text += ", " + self.section(section, sourceID: citation.sourceID) }
    return text
  }

  /// "Title, publisher, published", for the source lists.
  public static func describe(_ source: Source) -> String {
    var text = source.title
    if let publisher = source.publisher { text += ", \(publisher)" }
    if let published = source.published { text += ", \(published)" }
    if let retrieved = source.retrieved {
      text += " " + Strings.text("checks.citation.retrieved", retrieved.description)
    }
    return text
  }

  /// "Verordening … (CVDR742069/1), art. 4 lid 2".
  public static func regulation(_ regulation: Regulation, article: String? = nil) -> String {
    var text = regulation.title
    if let identifier = regulation.identifier { text += " (\(identifier))" }
    if let article { text += ", \(article)" }
    return text
  }
}
