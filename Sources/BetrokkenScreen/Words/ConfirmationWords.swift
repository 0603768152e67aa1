/// The questions of the confirmation mode, in words.
enum ConfirmationWords {
  /// "Stoppen? 3 markeringen en het filter gaan verloren. q = stoppen, andere toets = blijven"
  static func question(_ confirmation: ConfirmationMode) -> String {
    let loss = confirmation.loss
    let marks = loss.marks > 0 ? Strings.count(loss.marks, "screen.confirm.marks") : nil
    let filter = loss.filter ? Strings.text("screen.confirm.filter") : nil
    let lost: String
    switch (marks, filter) {
    case (let marks?, let filter?): lost = Strings.text("screen.confirm.and", marks, filter)
    case (let marks?, nil): lost = marks
    case (nil, let filter?): lost = filter
    case (nil, nil): lost = ""
    }
    let plural = loss.marks > 1 || (loss.marks == 1 && loss.filter)
    return Strings.text(plural ? "screen.confirm.quit.other" : "screen.confirm.quit.one", lost.capitalizedFirst)
  }
}
