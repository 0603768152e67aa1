/// One row of a mode's key table: the keys, how the help shows them, what they do. The words are looked up in the
/// strings table when read, so the help and footer follow the current language.
struct KeyBinding: Sendable {
  var keys: [Key]
  /// How the keys are written where no words are needed ("↑ k").
  var symbolLabel: String
  /// A strings key for keys written in words ("Spatie"), used instead of `symbolLabel`.
  var labelKey: String?
  /// Strings keys of the footer text and the help description.
  var shortKey: String
  var descriptionKey: String
  var action: Action
  /// The key the footer shows, or nil when the footer leaves it out (the help shows all).
  var footerKey: String?

  /// `short` and `description` are strings keys.
  init(
    keys: [Key], keyLabel: String = "", labelKey: String? = nil, short: String, description: String, action: Action,
    footerKey: String?
  ) {
    self.keys = keys
    symbolLabel = keyLabel
    self.labelKey = labelKey
    shortKey = short
    descriptionKey = description
    self.action = action
    self.footerKey = footerKey
  }

  /// How the keys are written in the help and footer ("↑ k").
  var keyLabel: String { labelKey.map { Strings.text($0) } ?? symbolLabel }
  /// A short description for the footer.
  public var short: String { Strings.text(shortKey) }
  /// The description in the help overlay.
  public var description: String { Strings.text(descriptionKey) }
}
