/// Everything a key can do, in whichever mode.
public enum Action: Equatable, Sendable {
  case up, down, previousPane, nextPane, pageUp, pageDown, top, bottom
  case open, startFilter, snapshot, glossary, help, quit
  case checks, overview
  case mark, compare, neighbours, bodyMembers, toggleDifferences
  case olderRecord, newerRecord, difference
  case close
}

/// One row of a mode's key table: the keys, how the help shows them, what they do. The words are looked up in the
/// strings table when read, so the help and footer follow the current language.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  /// How the keys are written where no words are needed ("↑ k").
  var symbolLabel: String
  /// A strings key for keys written in words ("Spatie"), used instead of `symbolLabel`.
  var labelKey: String?
  /// Strings keys of the footer text and the help description.
  var shortKey: String
  var descriptionKey: String
  public var action: Action
  /// The key the footer shows, or nil when the footer leaves it out (the help shows all).
  public var footerKey: String?

  /// `short` and `description` are strings keys.
  init(keys: [Key], keyLabel: String = "", labelKey: String? = nil, short: String, description: String, action: Action,
    footerKey: String?)
  {
    self.keys = keys
    symbolLabel = keyLabel
    self.labelKey = labelKey
    shortKey = short
    descriptionKey = description
    self.action = action
    self.footerKey = footerKey
  }

  /// How the keys are written in the help and footer ("↑ k").
  public var keyLabel: String { labelKey.map { Strings.text($0) } ?? symbolLabel }
  /// A short description for the footer.
  public var short: String { Strings.text(shortKey) }
  /// The description in the help overlay.
  public var description: String { Strings.text(descriptionKey) }
}

/// Key table fragments shared by the modes' tables (`ListUpdate.keys`, `OverlayUpdate.keys` …).
enum KeyTable {
  /// Scrolling in an overlay or the comparison; the footer shows `↑↓` once.
  static let scrolling: [KeyBinding] = [
    KeyBinding(keys: [.up, .character("k")], keyLabel: "↑ k", short: "screen.keys.up", description: "screen.keys.scrollUpHelp",
      action: .up, footerKey: nil),
    KeyBinding(keys: [.down, .character("j")], keyLabel: "↓ j", short: "screen.keys.scroll", description: "screen.keys.scrollDownHelp",
      action: .down, footerKey: "↑↓"),
  ] + paging

  /// Paging and jumping to either end.
  static let paging: [KeyBinding] = [
    KeyBinding(keys: [.pageUp], keyLabel: "PgUp", short: "screen.keys.pageUp", description: "screen.keys.pageUpHelp",
      action: .pageUp, footerKey: nil),
    KeyBinding(keys: [.pageDown], keyLabel: "PgDn", short: "screen.keys.pageDown", description: "screen.keys.pageDownHelp",
      action: .pageDown, footerKey: nil),
    KeyBinding(keys: [.character("g"), .home], keyLabel: "g Home", short: "screen.keys.top", description: "screen.keys.topHelp",
      action: .top, footerKey: nil),
    KeyBinding(keys: [.character("G"), .end], keyLabel: "G End", short: "screen.keys.bottom", description: "screen.keys.bottomHelp",
      action: .bottom, footerKey: nil),
  ]

  static let snapshot = KeyBinding(keys: [.character("p")], keyLabel: "p", short: "screen.keys.snapshot",
    description: "screen.keys.snapshotHelp", action: .snapshot, footerKey: "p")

  /// The action a key has in a table.
  static func action(for key: Key, in table: [KeyBinding]) -> Action? {
    table.first { $0.keys.contains(key) }?.action
  }
}
