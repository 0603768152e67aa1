/// Everything a key can do.
public enum Action: Equatable, Sendable {
  case up, down, previousPane, nextPane, pageUp, pageDown, top, bottom
  case open, startFilter, snapshot, glossary, help, quit
  case checks, overview
  case mark, compare, neighbours, bodyMembers, toggleDifferences
  case olderRecord, newerRecord, difference
  case close
}

/// One row of the key table: the keys, how the help shows them, what they do.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  /// How the keys are written in the help and footer ("↑ k").
  public var keyLabel: String
  /// A short Dutch description for the footer.
  public var short: String
  /// The description in the help overlay.
  public var description: String
  public var action: Action
  /// The key the footer shows, or nil when the footer leaves it out (the help shows all).
  public var footerKey: String?
}

/// The one key table: it dispatches keys and it generates the help overlay and the footer,
/// so what the help says is what the keys do.
public enum KeyTable {
  public static let dashboard: [KeyBinding] = [
    KeyBinding(keys: [.up, .character("k")], keyLabel: "↑ k", short: "omhoog",
      description: "vorige gemeente, vorige vorm, of omhoog scrollen", action: .up, footerKey: nil),
    KeyBinding(keys: [.down, .character("j")], keyLabel: "↓ j", short: "omlaag",
      description: "volgende gemeente, volgende vorm, of omlaag scrollen", action: .down, footerKey: nil),
    KeyBinding(keys: [.left, .character("h"), .backTab], keyLabel: "← h S-Tab", short: "vorig paneel",
      description: "vorig paneel", action: .previousPane, footerKey: nil),
    KeyBinding(keys: [.right, .character("l"), .tab], keyLabel: "→ l Tab", short: "paneel",
      description: "volgend paneel", action: .nextPane, footerKey: "Tab"),
  ] + scrolling.dropFirst(2) + [
    KeyBinding(keys: [.enter], keyLabel: "Enter", short: "details",
      description: "details van de gekozen vorm of bevinding, met bronnen", action: .open, footerKey: "Enter"),
    KeyBinding(keys: [.character("/")], keyLabel: "/", short: "zoek",
      description: "gemeenten filteren op naam, code of provincie", action: .startFilter, footerKey: "/"),
    KeyBinding(keys: [.character("t")], keyLabel: "t", short: "toetsing",
      description: "naar de Toetsing: wet en aandachtspunten; Enter legt uit", action: .checks, footerKey: "t"),
    KeyBinding(keys: [.character("o")], keyLabel: "o", short: "overzicht",
      description: "overzicht van alle gemeenten", action: .overview, footerKey: "o"),
    KeyBinding(keys: [.character(" ")], keyLabel: "Spatie", short: "markeer",
      description: "gemeente markeren of de markering weghalen (voor c)", action: .mark, footerKey: nil),
    KeyBinding(keys: [.character("c")], keyLabel: "c", short: "vergelijk",
      description: "de gemarkeerde gemeenten vergelijken (2 tot 4)", action: .compare, footerKey: "c"),
    KeyBinding(keys: [.character("n")], keyLabel: "n", short: "buren",
      description: "vergelijken met de buurgemeenten die een profiel hebben", action: .neighbours, footerKey: nil),
    KeyBinding(keys: [.character("m")], keyLabel: "m", short: "leden",
      description: "de leden vergelijken van het in de Participatieladder gekozen gedeelde orgaan",
      action: .bodyMembers, footerKey: nil),
    KeyBinding(keys: [.character("[")], keyLabel: "[", short: "ouder",
      description: "het vorige (oudere) record van deze gemeente tonen", action: .olderRecord, footerKey: nil),
    KeyBinding(keys: [.character("]")], keyLabel: "]", short: "nieuwer",
      description: "het volgende (nieuwere) record tonen, tot dat van de peildatum", action: .newerRecord, footerKey: nil),
    KeyBinding(keys: [.character("v")], keyLabel: "v", short: "verschil",
      description: "wat er veranderde tussen het getoonde record en het vorige", action: .difference, footerKey: nil),
    KeyBinding(keys: [.character("p")], keyLabel: "p", short: "snapshot",
      description: "dit scherm als tekst opslaan", action: .snapshot, footerKey: "p"),
    KeyBinding(keys: [.character("b")], keyLabel: "b", short: "begrippen",
      description: "begrippen: ladder, fasen, schaal", action: .glossary, footerKey: "b"),
    KeyBinding(keys: [.character("?")], keyLabel: "?", short: "help", description: "deze hulp",
      action: .help, footerKey: "?"),
    KeyBinding(keys: [.character("q"), .escape], keyLabel: "q Esc", short: "stop",
      description: "stoppen (Esc wist eerst een filter)", action: .quit, footerKey: "q"),
  ]

  /// Scrolling in an overlay or the comparison; the footer shows `↑↓` once.
  static let scrolling: [KeyBinding] = [
    KeyBinding(keys: [.up, .character("k")], keyLabel: "↑ k", short: "omhoog", description: "omhoog scrollen",
      action: .up, footerKey: nil),
    KeyBinding(keys: [.down, .character("j")], keyLabel: "↓ j", short: "scroll", description: "omlaag scrollen",
      action: .down, footerKey: "↑↓"),
    KeyBinding(keys: [.pageUp], keyLabel: "PgUp", short: "pagina op", description: "een pagina omhoog",
      action: .pageUp, footerKey: nil),
    KeyBinding(keys: [.pageDown], keyLabel: "PgDn", short: "pagina neer", description: "een pagina omlaag",
      action: .pageDown, footerKey: nil),
    KeyBinding(keys: [.character("g"), .home], keyLabel: "g Home", short: "begin", description: "naar het begin",
      action: .top, footerKey: nil),
    KeyBinding(keys: [.character("G"), .end], keyLabel: "G End", short: "eind", description: "naar het eind",
      action: .bottom, footerKey: nil),
  ]

  public static let overlay: [KeyBinding] = scrolling + [
    KeyBinding(keys: [.character("[")], keyLabel: "[", short: "ouder",
      description: "het vorige (oudere) record van deze gemeente tonen", action: .olderRecord, footerKey: nil),
    KeyBinding(keys: [.character("]")], keyLabel: "]", short: "nieuwer",
      description: "het volgende (nieuwere) record tonen, tot dat van de peildatum", action: .newerRecord, footerKey: nil),
    KeyBinding(keys: [.character("v")], keyLabel: "v", short: "verschil",
      description: "wat er veranderde tussen het getoonde record en het vorige", action: .difference, footerKey: nil),
    KeyBinding(keys: [.character("p")], keyLabel: "p", short: "snapshot", description: "dit scherm als tekst opslaan",
      action: .snapshot, footerKey: "p"),
    KeyBinding(keys: [.escape, .character("q"), .enter, .character("?"), .character("b"), .character("o")], keyLabel: "Esc q",
      short: "terug", description: "terug naar het dashboard", action: .close, footerKey: "Esc"),
  ]

  public static let comparison: [KeyBinding] = [
    KeyBinding(keys: [.left, .character("h"), .backTab], keyLabel: "← h", short: "kolom",
      description: "vorige kolom", action: .previousPane, footerKey: nil),
    KeyBinding(keys: [.right, .character("l"), .tab], keyLabel: "→ l", short: "kolom",
      description: "volgende kolom", action: .nextPane, footerKey: "←→"),
  ] + scrolling + [
    KeyBinding(keys: [.character("d")], keyLabel: "d", short: "alleen verschillen",
      description: "alleen de rijen die verschillen, of weer alles", action: .toggleDifferences, footerKey: "d"),
    KeyBinding(keys: [.character("[")], keyLabel: "[", short: "ouder",
      description: "het vorige (oudere) record van deze gemeente tonen", action: .olderRecord, footerKey: nil),
    KeyBinding(keys: [.character("]")], keyLabel: "]", short: "nieuwer",
      description: "het volgende (nieuwere) record tonen, tot dat van de peildatum", action: .newerRecord, footerKey: nil),
    KeyBinding(keys: [.character("v")], keyLabel: "v", short: "verschil",
      description: "wat er veranderde tussen het getoonde record en het vorige", action: .difference, footerKey: nil),
    KeyBinding(keys: [.character("p")], keyLabel: "p", short: "snapshot", description: "dit scherm als tekst opslaan",
      action: .snapshot, footerKey: "p"),
    KeyBinding(keys: [.escape, .character("q")], keyLabel: "Esc q", short: "terug",
      description: "terug naar één gemeente", action: .close, footerKey: "Esc"),
  ]

  /// While typing a filter, printable characters are text; these keys keep their meaning.
  public static let filter: [KeyBinding] = [
    KeyBinding(keys: [.up], keyLabel: "↑", short: "vorige", description: "vorige gemeente", action: .up, footerKey: "↑"),
    KeyBinding(keys: [.down], keyLabel: "↓", short: "volgende", description: "volgende gemeente", action: .down,
      footerKey: "↓"),
    KeyBinding(keys: [.enter], keyLabel: "Enter", short: "klaar", description: "filter houden en verder navigeren",
      action: .open, footerKey: "Enter"),
    KeyBinding(keys: [.escape], keyLabel: "Esc", short: "wissen", description: "filter wissen", action: .close,
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
