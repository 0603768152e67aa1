/// Key table fragments shared by the modes' tables (`ListUpdate.keys`, `OverlayUpdate.keys` …).
enum KeyTable {
  /// Scrolling in an overlay or the comparison; the footer shows `↑↓` once.
  static let scrolling: [KeyBinding] =
    [
      KeyBinding(
        keys: [.up, .character("k")], keyLabel: "↑ k", short: "screen.keys.up", description: "screen.keys.scrollUpHelp",
        action: .up, footerKey: nil),
      KeyBinding(
        keys: [.down, .character("j")], keyLabel: "↓ j", short: "screen.keys.scroll",
        description: "screen.keys.scrollDownHelp",
        action: .down, footerKey: "↑↓"),
    ] + paging

  /// Paging and jumping to either end.
  static let paging: [KeyBinding] = [
    KeyBinding(
      keys: [.pageUp], keyLabel: "PgUp", short: "screen.keys.pageUp", description: "screen.keys.pageUpHelp",
      action: .pageUp, footerKey: nil),
    KeyBinding(
      keys: [.pageDown], keyLabel: "PgDn", short: "screen.keys.pageDown", description: "screen.keys.pageDownHelp",
      action: .pageDown, footerKey: nil),
    KeyBinding(
      keys: [.character("g"), .home], keyLabel: "g Home", short: "screen.keys.top", description: "screen.keys.topHelp",
      action: .top, footerKey: nil),
    KeyBinding(
      keys: [.character("G"), .end], keyLabel: "G End", short: "screen.keys.bottom",
      description: "screen.keys.bottomHelp",
      action: .bottom, footerKey: nil),
  ]

  static let document = KeyBinding(
    keys: [.character("P")], keyLabel: "P", short: "screen.keys.document", description: "screen.keys.documentHelp",
    action: .document, footerKey: nil)

  static let snapshot = KeyBinding(
    keys: [.character("p")], keyLabel: "p", short: "screen.keys.snapshot",
    description: "screen.keys.snapshotHelp", action: .snapshot, footerKey: "p")

  /// The action a key has in a table.
  static func action(for key: Key, in table: [KeyBinding]) -> Action? {
    table.first { $0.keys.contains(key) }?.action
  }
}
