import BetrokkenModel

/// A form's dates and its standing on the as-of date, in words.
public enum FormWords {
  /// "vanaf 2023-01-01", "tot en met 2022-12-31", "2019-01-01 t/m 2022-12-31"; nil when no date is known.
  static func period(_ form: Form) -> String? {
    switch (form.from, form.until) {
    case (nil, nil): nil
    case (let from?, nil): Strings.text("checks.period.from", from.description)
    case (nil, let until?): Strings.text("checks.period.until", until.description)
    case (let from?, let until?): Strings.text("checks.period.fromUntil", from.description, until.description)
    }
  }

  static func standing(_ standing: FormStanding) -> String {
    switch standing {
    case .running(.existing): Strings.text("checks.standing.existing")
    case .running(.pilot): Strings.text("checks.standing.pilot")
    case .running(.statusUnknown): Strings.text("checks.standing.statusUnknown")
    case .planned: Strings.text("checks.standing.planned")
    case .notYetStarted: Strings.text("checks.standing.notYetStarted")
    case .ended: Strings.text("checks.standing.ended")
    }
  }
}

extension FormWords {
  /// The forms that count on the as-of date: "3", or "2+1?" when one of them has no known status; planned,
  /// ended and not-yet-started forms are never in the count.
  public static func count(_ situation: Situation) -> String {
    guard situation.record != nil else { return "–" }
    let unknown = situation.formsOfUnknownStatus.count
    let known = situation.formsInPlace.count - unknown
    return unknown == 0 ? String(known) : "\(known)+\(unknown)?"
  }
}
