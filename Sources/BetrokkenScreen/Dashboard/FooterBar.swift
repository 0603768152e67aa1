/// The bottom line: the keys of the current mode, from the key table, then the legend of symbols.
/// Items that do not fit are left out whole, never cut.
enum FooterBar {
  static func draw(_ context: DashboardContext, in rect: Rect, screen: inout Screen) {
    screen.fill(rect, role: .plain)
    if case .confirmation(let confirmation) = context.state.mode {
      screen.put(
        " " + ConfirmationWords.question(confirmation), x: rect.x, y: rect.y, role: .warning, limit: rect.width)
      return
    }
    if let notice = context.state.notice {
      screen.put(" " + NoticeWords.text(notice), x: rect.x, y: rect.y, role: .accent, limit: rect.width)
      return
    }
    let s = screen.symbols
    var items: [(keys: String, text: String, rank: Int)] = []
    if case .jump(let prefix) = context.state.mode {
      items.append(("'", prefix + "▏", 0))
    } else if context.state.mode == .filterEditing {
      items.append(("/", context.state.filter + "▏", 0))
    } else if !context.state.filter.isEmpty, context.state.mode == .list {
      // The active filter stays visible while the list is navigated.
      items.append(("/", context.state.filter, 0))
    }
    if !context.state.marked.isEmpty, context.state.mode == .list {
      items.append((String(context.state.marked.count), Strings.text("screen.footer.marked"), 1))
    }
    for binding in context.state.mode.keys {
      if let key = binding.footerKey { items.append((key, binding.short, rank(of: binding.action))) }
    }
    let legend =
      context.state.mode == .list || context.state.comparison != nil && context.state.overlay == nil
      ? "\(s.unknown) \(Strings.text("screen.unknown"))  \(s.attention) \(Strings.text("screen.footer.attention"))" : ""
    let legendWidth = DisplayWidth.of(legend)
    let x = drawKeys(items, in: rect, screen: &screen)
    if legendWidth > 0, x + legendWidth < rect.maxX {
      screen.put(legend, x: rect.maxX - legendWidth - 1, y: rect.y, role: .dim)
    }
  }

  /// Draws the most important items that fit (lowest rank first), in the order given; returns the column after them.
  @discardableResult
  static func drawKeys(
    _ items: [(keys: String, text: String, rank: Int)], in rect: Rect, screen: inout Screen
  ) -> Int {
    var budget = rect.width - 2
    var kept = Set<Int>()
    for (i, item) in items.enumerated().sorted(by: { $0.element.rank < $1.element.rank }) {
      let width = DisplayWidth.of(item.keys) + 1 + DisplayWidth.of(item.text) + 2
      if width <= budget {
        kept.insert(i)
        budget -= width
      }
    }
    var x = rect.x + 1
    for (i, item) in items.enumerated() where kept.contains(i) {
      x += screen.put(item.keys, x: x, y: rect.y, role: .key)
      x += screen.put(" " + item.text + "  ", x: x, y: rect.y, role: .plain)
    }
    return x
  }

  /// Which footer items stay when space is short: help and quit first.
  static func rank(of action: Action) -> Int {
    switch action {
    case .help: 1
    case .quit, .close: 2
    case .open: 3
    case .nextPane: 4
    case .startFilter: 5
    case .snapshot, .edit: 6
    case .glossary: 9
    case .sort: 9
    default: 8
    }
  }
}
