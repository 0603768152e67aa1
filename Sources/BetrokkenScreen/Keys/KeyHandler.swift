import BetrokkenModel

/// What the program outside the pure state machine must do after a key.
public enum Effect: Equatable, Sendable {
  case writeSnapshot
}

/// Key handling as a pure function: (state, key) → (state, effect). The screen size is an input because
/// paging and scrolling depend on it; nothing else is read.
public enum KeyHandler {
  public static func handle(
    _ key: Key, state: DashboardState, data: DataSet, width: Int, height: Int, symbols: Symbols = .unicode
  ) -> (DashboardState, Effect?) {
    var state = state
    state.message = nil
    if state.isEditingFilter, case .character(let c) = key {
      state.filter.append(c)
      reselect(&state, data: data)
      return (state, nil)
    }
    if state.isEditingFilter, key == .backspace {
      if !state.filter.isEmpty { state.filter.removeLast() }
      reselect(&state, data: data)
      return (state, nil)
    }
    guard let action = KeyTable.action(for: key, in: state) else { return (state, nil) }
    let context = DashboardContext(data: data, state: state)
    let layout = DashboardLayout(context, width: width, height: height, symbols: symbols)
    let page = max(1, (layout.panes[state.focus]?.height ?? 12) - 3)

    if state.overlay != .none {
      let maxScroll = Overlays.maxScroll(context, body: layout.body, symbols: symbols)
      let overlayPage = max(1, layout.body.height - 5)
      if scroll(&state.overlayScroll, action, maxScroll: maxScroll, page: overlayPage) { return (state, nil) }
      switch action {
      case .close:
        state.overlay = .none
        state.overlayScroll = 0
      case .snapshot: return (state, .writeSnapshot)
      default: break
      }
      return (state, nil)
    }

    if let codes = state.comparison {
      let maxScroll = ComparisonView.maxScroll(context, comparison: codes, width: width, height: height, symbols: symbols)
      let comparisonPage = max(1, height - 6)
      if scroll(&state.comparisonScroll, action, maxScroll: maxScroll, page: comparisonPage) { return (state, nil) }
      switch action {
      case .previousPane: state.comparisonFocus = max(0, state.comparisonFocus - 1)
      case .nextPane: state.comparisonFocus = min(codes.count - 1, state.comparisonFocus + 1)
      case .toggleDifferences:
        state.differencesOnly.toggle()
        state.comparisonScroll = 0
      case .snapshot: return (state, .writeSnapshot)
      case .close:
        state.comparison = nil
        state.comparisonScroll = 0
        state.comparisonFocus = 0
      default: break
      }
      return (state, nil)
    }

    if state.isEditingFilter {
      switch action {
      case .up: moveSelection(&state, context: context, by: -1)
      case .down: moveSelection(&state, context: context, by: 1)
      case .open: state.isEditingFilter = false
      case .close:
        state.isEditingFilter = false
        state.filter = ""
        reselect(&state, data: data)
      default: break
      }
      return (state, nil)
    }

    switch action {
    case .up: move(&state, context: context, by: -1, width: width, height: height, symbols: symbols)
    case .down: move(&state, context: context, by: 1, width: width, height: height, symbols: symbols)
    case .pageUp: move(&state, context: context, by: -page, width: width, height: height, symbols: symbols)
    case .pageDown: move(&state, context: context, by: page, width: width, height: height, symbols: symbols)
    case .top: move(&state, context: context, by: Int.min / 2, width: width, height: height, symbols: symbols)
    case .bottom: move(&state, context: context, by: Int.max / 2, width: width, height: height, symbols: symbols)
    case .nextPane: state.focus = pane(after: state.focus, step: 1)
    case .previousPane: state.focus = pane(after: state.focus, step: -1)
    case .open:
      if state.focus == .municipalities {
        state.focus = .ladder
      } else if context.selected != nil {
        state.overlay = state.focus == .checks ? .finding : .details
        state.overlayScroll = 0
      }
    case .mark:
      if let code = state.selectedCode {
        if let index = state.marked.firstIndex(of: code) {
          state.marked.remove(at: index)
        } else {
          state.marked.append(code)
        }
      }
    case .compare:
      if Comparison.allowedCount.contains(state.marked.count) {
        openComparison(&state, codes: state.marked)
      } else {
        state.message = Strings.text("screen.message.markFirst", String(state.marked.count))
      }
    case .neighbours:
      guard let code = state.selectedCode, let municipality = data.registry[code] else { break }
      let withProfile = municipality.neighbours.filter { neighbour in data.situations.contains { $0.code == neighbour } }
      if withProfile.isEmpty {
        state.message = Strings.text("screen.message.noNeighbours", municipality.name)
      } else {
        let room = Comparison.allowedCount.upperBound - 1
        openComparison(&state, codes: [code] + withProfile.prefix(room))
        if withProfile.count > room {
          state.message = Strings.text("screen.message.firstNeighbours", String(room), String(withProfile.count))
        }
      }
    case .bodyMembers:
      compareBodyMembers(&state, context: context)
    case .olderRecord, .newerRecord:
      stepRecord(&state, context: context, older: action == .olderRecord)
    case .difference:
      if context.selected != nil {
        state.overlay = .difference
        state.overlayScroll = 0
      }
    case .toggleDifferences: break
    case .checks: state.focus = .checks
    case .overview:
      state.overlay = .overview
      state.overlayScroll = 0
    case .startFilter:
      state.isEditingFilter = true
      state.focus = .municipalities
    case .snapshot: return (state, .writeSnapshot)
    case .glossary:
      state.overlay = .glossary
      state.overlayScroll = 0
    case .help:
      state.overlay = .help
      state.overlayScroll = 0
    case .quit:
      if !state.filter.isEmpty && key == .escape {
        state.filter = ""
        reselect(&state, data: data)
      } else {
        state.quit = true
      }
    case .close: break
    }
    return (state, nil)
  }

  /// Applies a scrolling action to an offset within 0...maxScroll; false when the action is not a scroll.
  static func scroll(_ offset: inout Int, _ action: Action, maxScroll: Int, page: Int) -> Bool {
    let current = min(offset, maxScroll)
    switch action {
    case .up: offset = max(0, current - 1)
    case .down: offset = min(maxScroll, current + 1)
    case .pageUp: offset = max(0, current - page)
    case .pageDown: offset = min(maxScroll, current + page)
    case .top: offset = 0
    case .bottom: offset = maxScroll
    default: return false
    }
    return true
  }

  static func openComparison(_ state: inout DashboardState, codes: [String]) {
    state.comparison = codes
    state.comparisonFocus = 0
    state.comparisonScroll = 0
  }

  static func pane(after pane: DashboardState.Pane, step: Int) -> DashboardState.Pane {
    let all = DashboardState.Pane.allCases
    let index = (all.firstIndex(of: pane)! + step + all.count) % all.count
    return all[index]
  }

  /// Up/down means: another municipality in the list, another form on the ladder, or scrolling elsewhere.
  static func move(
    _ state: inout DashboardState, context: DashboardContext, by delta: Int, width: Int, height: Int, symbols: Symbols
  ) {
    switch state.focus {
    case .municipalities:
      moveSelection(&state, context: context, by: delta)
    case .ladder:
      let count = context.analysis?.formsInLadderOrder.count ?? 0
      state.selectedForm = count == 0 ? 0 : clamp(state.selectedForm + delta, 0, count - 1)
    case .checks:
      let count = context.checks.map { ChecksPane.rows($0).count } ?? 0
      state.selectedFinding = count == 0 ? 0 : clamp(state.selectedFinding + delta, 0, count - 1)
    case .cycle, .scale, .profile:
      let maxScroll = paneMaxScroll(state.focus, context: context, width: width, height: height, symbols: symbols)
      state.scroll[state.focus] = clamp((state.scroll[state.focus] ?? 0) + delta, 0, maxScroll)
    }
  }

  static func paneMaxScroll(
    _ pane: DashboardState.Pane, context: DashboardContext, width: Int, height: Int, symbols: Symbols
  ) -> Int {
    guard let rect = DashboardLayout(context, width: width, height: height, symbols: symbols).panes[pane] else { return 0 }
    let inner = rect.inner.inset(left: 1, right: 1)
    let count: Int
    switch pane {
    case .cycle: count = CyclePane.lines(context, width: inner.width, symbols: symbols).count
    case .scale: count = ScalePane.lines(context, width: inner.width, symbols: symbols).count
    case .profile: count = ProfilePane.lines(context, width: inner.width, symbols: symbols).count
    case .municipalities, .ladder, .checks: count = 0
    }
    return max(0, count - inner.height)
  }

  static func moveSelection(_ state: inout DashboardState, context: DashboardContext, by delta: Int) {
    guard !context.visible.isEmpty else { return }
    let index = context.visible.firstIndex { $0.code == state.selectedCode } ?? 0
    let target = clamp(index + delta, 0, context.visible.count - 1)
    select(&state, code: context.visible[target].code)
  }

  static func select(_ state: inout DashboardState, code: String?) {
    guard state.selectedCode != code else { return }
    state.selectedCode = code
    state.selectedForm = 0
    state.selectedFinding = 0
    state.scroll = [:]
  }

  /// After the filter changed: keep the selection if it is still visible, else select the first match.
  static func reselect(_ state: inout DashboardState, data: DataSet) {
    let visible = MunicipalityFilter.apply(state.filter, to: data.situations, registry: data.registry)
    if !visible.contains(where: { $0.code == state.selectedCode }) {
      select(&state, code: visible.first?.code)
    }
  }

  static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
  }

  /// `m`: the members of the shared body selected in the ladder, side by side (those with a profile, at most four,
  /// the selected municipality first).
  static func compareBodyMembers(_ state: inout DashboardState, context: DashboardContext) {
    guard state.focus == .ladder, let form = context.selectedForm, let id = form.sharedBodyID,
      let body = context.data.body(withID: id), let code = state.selectedCode
    else {
      state.message = Strings.text("screen.message.chooseSharedBody")
      return
    }
    let members = body.memberCodes(on: context.data.asOf).filter { member in context.data.situations.contains { $0.code == member } }
    let others = members.filter { $0 != code }
    guard !others.isEmpty else {
      state.message = Strings.text("screen.message.onlyMemberWithProfile", body.name)
      return
    }
    let room = Comparison.allowedCount.upperBound - 1
    openComparison(&state, codes: [code] + others.prefix(room))
    if others.count > room {
      state.message = Strings.text("screen.message.firstMembers", String(room + 1), String(others.count + 1), body.name)
    }
  }

  /// `[` and `]`: the selected municipality's older or newer record, shown as of its own date; past the newest
  /// record on the as-of date the dashboard returns to it.
  static func stepRecord(_ state: inout DashboardState, context: DashboardContext, older: Bool) {
    guard let situation = context.selected else { return }
    let records = situation.profile.records.filter { $0.id <= context.data.asOf }
    guard let shown = situation.record?.id else {
      state.message = Strings.text("screen.message.noRecord", situation.name, DateWords.long(context.data.asOf))
      return
    }
    if older {
      guard let previous = records.last(where: { $0.id < shown }) else {
        state.message = Strings.text("screen.message.oldestRecord", situation.name)
        return
      }
      state.viewedRecord = previous.id
    } else {
      guard let next = records.first(where: { $0.id > shown }) else {
        state.message = Strings.text("screen.message.newestRecord", DateWords.long(context.data.asOf))
        return
      }
      state.viewedRecord = next.id == records.last?.id ? nil : next.id
    }
  }
}
