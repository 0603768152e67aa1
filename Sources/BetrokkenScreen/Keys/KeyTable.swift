/// Everything a key can do.
public enum Action: Equatable, Sendable {
  case up, down, previousPane, nextPane, pageUp, pageDown, top, bottom
  case open, startFilter, snapshot, glossary, help, quit
  case checks, overview
  case mark, compare, neighbours, bodyMembers, toggleDifferences
  case olderRecord, newerRecord, difference
  case close
}

/// One row of the key table: the keys, how the help shows them, what they do. The words are looked up in the
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

/// The one key table: it dispatches keys and it generates the help overlay and the footer,
/// so what the help says is what the keys do.
public enum KeyTable {
  public static let dashboard: [KeyBinding] = [
    KeyBinding(keys: [.up, .character("k")], keyLabel: "↑ k", short: "screen.keys.up",
      description: "screen.keys.upHelp", action: .up, footerKey: nil),
    KeyBinding(keys: [.down, .character("j")], keyLabel: "↓ j", short: "screen.keys.down",
      description: "screen.keys.downHelp", action: .down, footerKey: nil),
    KeyBinding(keys: [.left, .character("h"), .backTab], keyLabel: "← h S-Tab", short: "screen.keys.previousPane",
      description: "screen.keys.previousPaneHelp", action: .previousPane, footerKey: nil),
    KeyBinding(keys: [.right, .character("l"), .tab], keyLabel: "→ l Tab", short: "screen.keys.pane",
      description: "screen.keys.nextPaneHelp", action: .nextPane, footerKey: "Tab"),
  ] + scrolling.dropFirst(2) + [
    KeyBinding(keys: [.enter], keyLabel: "Enter", short: "screen.keys.details",
      description: "screen.keys.detailsHelp", action: .open, footerKey: "Enter"),
    KeyBinding(keys: [.character("/")], keyLabel: "/", short: "screen.keys.search",
      description: "screen.keys.searchHelp", action: .startFilter, footerKey: "/"),
    KeyBinding(keys: [.character("t")], keyLabel: "t", short: "screen.keys.checks",
      description: "screen.keys.checksHelp", action: .checks, footerKey: "t"),
    KeyBinding(keys: [.character("o")], keyLabel: "o", short: "screen.keys.overview",
      description: "screen.keys.overviewHelp", action: .overview, footerKey: "o"),
    KeyBinding(keys: [.character(" ")], labelKey: "screen.keys.space", short: "screen.keys.mark",
      description: "screen.keys.markHelp", action: .mark, footerKey: nil),
    KeyBinding(keys: [.character("c")], keyLabel: "c", short: "screen.keys.compare",
      description: "screen.keys.compareHelp", action: .compare, footerKey: "c"),
    KeyBinding(keys: [.character("n")], keyLabel: "n", short: "screen.keys.neighbours",
      description: "screen.keys.neighboursHelp", action: .neighbours, footerKey: nil),
    KeyBinding(keys: [.character("m")], keyLabel: "m", short: "screen.keys.members",
      description: "screen.keys.membersHelp",
      action: .bodyMembers, footerKey: nil),
    KeyBinding(keys: [.character("[")], keyLabel: "[", short: "screen.keys.older",
      description: "screen.keys.olderHelp", action: .olderRecord, footerKey: nil),
    KeyBinding(keys: [.character("]")], keyLabel: "]", short: "screen.keys.newer",
      description: "screen.keys.newerHelp", action: .newerRecord, footerKey: nil),
    KeyBinding(keys: [.character("v")], keyLabel: "v", short: "screen.keys.difference",
      description: "screen.keys.differenceHelp", action: .difference, footerKey: nil),
    KeyBinding(keys: [.character("p")], keyLabel: "p", short: "screen.keys.snapshot",
      description: "screen.keys.snapshotHelp", action: .snapshot, footerKey: "p"),
    KeyBinding(keys: [.character("b")], keyLabel: "b", short: "screen.keys.glossary",
      description: "screen.keys.glossaryHelp", action: .glossary, footerKey: "b"),
    KeyBinding(keys: [.character("?")], keyLabel: "?", short: "screen.keys.help", description: "screen.keys.helpHelp",
      action: .help, footerKey: "?"),
    KeyBinding(keys: [.character("q"), .escape], keyLabel: "q Esc", short: "screen.keys.quit",
      description: "screen.keys.quitHelp", action: .quit, footerKey: "q"),
  ]

  /// Scrolling in an overlay or the comparison; the footer shows `↑↓` once.
  static let scrolling: [KeyBinding] = [
    KeyBinding(keys: [.up, .character("k")], keyLabel: "↑ k", short: "screen.keys.up", description: "screen.keys.scrollUpHelp",
      action: .up, footerKey: nil),
    KeyBinding(keys: [.down, .character("j")], keyLabel: "↓ j", short: "screen.keys.scroll", description: "screen.keys.scrollDownHelp",
      action: .down, footerKey: "↑↓"),
    KeyBinding(keys: [.pageUp], keyLabel: "PgUp", short: "screen.keys.pageUp", description: "screen.keys.pageUpHelp",
      action: .pageUp, footerKey: nil),
    KeyBinding(keys: [.pageDown], keyLabel: "PgDn", short: "screen.keys.pageDown", description: "screen.keys.pageDownHelp",
      action: .pageDown, footerKey: nil),
    KeyBinding(keys: [.character("g"), .home], keyLabel: "g Home", short: "screen.keys.top", description: "screen.keys.topHelp",
      action: .top, footerKey: nil),
    KeyBinding(keys: [.character("G"), .end], keyLabel: "G End", short: "screen.keys.bottom", description: "screen.keys.bottomHelp",
      action: .bottom, footerKey: nil),
  ]

  /// Stepping through a municipality's records, the difference view and a snapshot: the same in overlays and
  /// in a comparison.
  static let recordsAndSnapshot: [KeyBinding] = [
    KeyBinding(keys: [.character("[")], keyLabel: "[", short: "screen.keys.older",
      description: "screen.keys.olderHelp", action: .olderRecord, footerKey: nil),
    KeyBinding(keys: [.character("]")], keyLabel: "]", short: "screen.keys.newer",
      description: "screen.keys.newerHelp", action: .newerRecord, footerKey: nil),
    KeyBinding(keys: [.character("v")], keyLabel: "v", short: "screen.keys.difference",
      description: "screen.keys.differenceHelp", action: .difference, footerKey: nil),
    KeyBinding(keys: [.character("p")], keyLabel: "p", short: "screen.keys.snapshot", description: "screen.keys.snapshotHelp",
      action: .snapshot, footerKey: "p"),
  ]

  public static let overlay: [KeyBinding] = scrolling + recordsAndSnapshot + [
    KeyBinding(keys: [.escape, .character("q"), .enter, .character("?"), .character("b"), .character("o")], keyLabel: "Esc q",
      short: "screen.keys.back", description: "screen.keys.backToDashboardHelp", action: .close, footerKey: "Esc"),
  ]

  public static let comparison: [KeyBinding] = [
    KeyBinding(keys: [.left, .character("h"), .backTab], keyLabel: "← h", short: "screen.keys.column",
      description: "screen.keys.previousColumnHelp", action: .previousPane, footerKey: nil),
    KeyBinding(keys: [.right, .character("l"), .tab], keyLabel: "→ l", short: "screen.keys.column",
      description: "screen.keys.nextColumnHelp", action: .nextPane, footerKey: "←→"),
  ] + scrolling + [
    KeyBinding(keys: [.character("d")], keyLabel: "d", short: "screen.keys.differencesOnly",
      description: "screen.keys.differencesOnlyHelp", action: .toggleDifferences, footerKey: "d"),
  ] + recordsAndSnapshot + [
    KeyBinding(keys: [.escape, .character("q")], keyLabel: "Esc q", short: "screen.keys.back",
      description: "screen.keys.backToOneHelp", action: .close, footerKey: "Esc"),
  ]

  /// While typing a filter, printable characters are text; these keys keep their meaning.
  public static let filter: [KeyBinding] = [
    KeyBinding(keys: [.up], keyLabel: "↑", short: "screen.keys.previous", description: "screen.keys.previousMunicipalityHelp", action: .up, footerKey: "↑"),
    KeyBinding(keys: [.down], keyLabel: "↓", short: "screen.keys.next", description: "screen.keys.nextMunicipalityHelp", action: .down,
      footerKey: "↓"),
    KeyBinding(keys: [.enter], keyLabel: "Enter", short: "screen.keys.done", description: "screen.keys.doneHelp",
      action: .open, footerKey: "Enter"),
    KeyBinding(keys: [.escape], keyLabel: "Esc", short: "screen.keys.clear", description: "screen.keys.clearHelp", action: .close,
      footerKey: "Esc"),
  ]

  public static func bindings(for state: DashboardState) -> [KeyBinding] {
    if state.overlay != .none { return overlay }
    if state.isEditingFilter { return filter }
    if state.comparison != nil { return comparison }
    return dashboard
  }

  public static func action(for key: Key, in state: DashboardState) -> Action? {
    bindings(for: state).first { $0.keys.contains(key) }?.action
  }
}
