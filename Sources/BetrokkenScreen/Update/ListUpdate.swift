import BetrokkenModel

/// The list and the panes: moving, focus, opening details and overlays, marking and comparing, records.
enum ListUpdate {
  static let keys: [KeyBinding] =
    [
      KeyBinding(
        keys: [.up, .character("k")], keyLabel: "↑ k", short: "screen.keys.up",
        description: "screen.keys.upHelp", action: .up, footerKey: nil),
      KeyBinding(
        keys: [.down, .character("j")], keyLabel: "↓ j", short: "screen.keys.down",
        description: "screen.keys.downHelp", action: .down, footerKey: nil),
      KeyBinding(
        keys: [.left, .character("h")], keyLabel: "← h", short: "screen.keys.paneLeft",
        description: "screen.keys.paneLeftHelp", action: .paneLeft, footerKey: nil),
      KeyBinding(
        keys: [.right, .character("l")], keyLabel: "→ l", short: "screen.keys.paneRight",
        description: "screen.keys.paneRightHelp", action: .paneRight, footerKey: nil),
      KeyBinding(
        keys: [.backTab], keyLabel: "S-Tab", short: "screen.keys.previousPane",
        description: "screen.keys.previousPaneHelp", action: .previousPane, footerKey: nil),
      KeyBinding(
        keys: [.tab], keyLabel: "Tab", short: "screen.keys.pane",
        description: "screen.keys.nextPaneHelp", action: .nextPane, footerKey: "Tab"),
    ] + KeyTable.paging + [
      KeyBinding(
        keys: [.enter], keyLabel: "Enter", short: "screen.keys.details",
        description: "screen.keys.detailsHelp", action: .open, footerKey: "Enter"),
      KeyBinding(
        keys: [.character("/")], keyLabel: "/", short: "screen.keys.search",
        description: "screen.keys.searchHelp", action: .startFilter, footerKey: "/"),
      KeyBinding(
        keys: [.character("'")], keyLabel: "'", short: "screen.keys.jump", description: "screen.keys.jumpHelp",
        action: .jump, footerKey: nil),
      KeyBinding(
        keys: [.character("s")], keyLabel: "s", short: "screen.keys.sort",
        description: "screen.keys.sortHelp", action: .sort, footerKey: "s"),
      KeyBinding(
        keys: [.character("t")], keyLabel: "t", short: "screen.keys.checks",
        description: "screen.keys.checksHelp", action: .checks, footerKey: "t"),
      KeyBinding(
        keys: [.character("o")], keyLabel: "o", short: "screen.keys.overview",
        description: "screen.keys.overviewHelp", action: .overview, footerKey: "o"),
      KeyBinding(
        keys: [.character(" ")], labelKey: "screen.keys.space", short: "screen.keys.mark",
        description: "screen.keys.markHelp", action: .mark, footerKey: nil),
      KeyBinding(
        keys: [.character("X")], keyLabel: "X", short: "screen.keys.clearMarks",
        description: "screen.keys.clearMarksHelp", action: .clearMarks, footerKey: nil),
      KeyBinding(
        keys: [.character("c")], keyLabel: "c", short: "screen.keys.compare",
        description: "screen.keys.compareHelp", action: .compare, footerKey: "c"),
      KeyBinding(
        keys: [.character("n")], keyLabel: "n", short: "screen.keys.neighbours",
        description: "screen.keys.neighboursHelp", action: .neighbours, footerKey: nil),
      KeyBinding(
        keys: [.character("m")], keyLabel: "m", short: "screen.keys.members",
        description: "screen.keys.membersHelp", action: .bodyMembers, footerKey: nil),
      KeyBinding(
        keys: [.character("[")], keyLabel: "[", short: "screen.keys.older",
        description: "screen.keys.olderHelp", action: .olderRecord, footerKey: nil),
      KeyBinding(
        keys: [.character("]")], keyLabel: "]", short: "screen.keys.newer",
        description: "screen.keys.newerHelp", action: .newerRecord, footerKey: nil),
      KeyBinding(
        keys: [.character("v")], keyLabel: "v", short: "screen.keys.difference",
        description: "screen.keys.differenceHelp", action: .difference, footerKey: nil),
      KeyBinding(
        keys: [.character("e")], keyLabel: "e", short: "screen.keys.edit", description: "screen.keys.editHelp",
        action: .edit, footerKey: "e"),
      KeyTable.snapshot, KeyTable.document,
      KeyBinding(
        keys: [.character("b")], keyLabel: "b", short: "screen.keys.glossary",
        description: "screen.keys.glossaryHelp", action: .glossary, footerKey: "b"),
      KeyBinding(
        keys: [.character("?")], keyLabel: "?", short: "screen.keys.help", description: "screen.keys.helpHelp",
        action: .help, footerKey: "?"),
      KeyBinding(
        keys: [.escape], keyLabel: "Esc", short: "screen.keys.clear", description: "screen.keys.escapeHelp",
        action: .close, footerKey: nil),
      KeyBinding(
        keys: [.character("q")], keyLabel: "q", short: "screen.keys.quit",
        description: "screen.keys.quitHelp", action: .quit, footerKey: "q"),
    ]

  static func update(_ state: inout DashboardState, _ key: Key, _ environment: Update.Environment) -> [Effect] {
    guard let action = KeyTable.action(for: key, in: keys) else { return [] }
    let data = environment.data
    let page = environment.viewport.pane(state.focus).page
    switch action {
    case .up: move(&state, by: -1, environment)
    case .down: move(&state, by: 1, environment)
    case .pageUp: move(&state, by: -page, environment)
    case .pageDown: move(&state, by: page, environment)
    case .top: move(&state, by: Int.min / 2, environment)
    case .bottom: move(&state, by: Int.max / 2, environment)
    case .nextPane: state.focus = pane(after: state.focus, step: 1)
    case .previousPane: state.focus = pane(after: state.focus, step: -1)
    case .open:
      // Enter acts on the focused pane's own selection.
      let context = DashboardContext(data: data, state: state)
      switch state.focus {
      case .municipalities: state.focus = .ladder
      case .ladder: if context.selectedForm != nil { Update.open(.details, &state) }
      case .checks: if context.checks != nil { Update.open(.finding, &state) }
      case .scale:
        let forms = ScalePane.forms(context)
        guard forms.indices.contains(state.selectedScaleForm) else { break }
        let form = forms[state.selectedScaleForm]
        if let index = context.analysis?.formsInLadderOrder.firstIndex(where: { $0.id == form.id }) {
          state.selectedForm = index
          Update.open(.details, &state)
        }
      case .cycle, .profile: break
      }
    case .sort: state.sort = state.sort.next
    case .jump:
      state.mode = .jump(prefix: "")
      state.focus = .municipalities
    case .clearMarks: state.marked = []
    case .paneLeft: state.focus = pane(state.focus, toward: -1)
    case .paneRight: state.focus = pane(state.focus, toward: 1)
    case .mark:
      if let code = state.selectedCode {
        if let index = state.marked.firstIndex(of: code) {
          state.marked.remove(at: index)
        } else {
          state.marked.append(code)
        }
      }
    case .compare:
      if state.marked.count > Comparison.allowedCount.upperBound {
        state.notice = .tooManyMarked(marked: state.marked.count)
      } else if Comparison.allowedCount.contains(state.marked.count) {
        state.mode = .comparison(ComparisonMode(codes: state.marked))
      } else {
        state.notice = .markFirst(marked: state.marked.count)
      }
    case .neighbours: compareNeighbours(&state, data: data)
    case .bodyMembers: compareBodyMembers(&state, context: DashboardContext(data: data, state: state))
    case .olderRecord, .newerRecord:
      stepRecord(&state, context: DashboardContext(data: data, state: state), older: action == .olderRecord)
    case .difference:
      if selected(state, data: data) != nil { Update.open(.difference, &state) }
    case .checks: state.focus = .checks
    case .overview: Update.open(.overview, &state)
    case .startFilter:
      state.mode = .filterEditing
      state.filterSelected = !state.filter.isEmpty
      state.focus = .municipalities
    case .snapshot: return [.writeSnapshot]
    case .document: return [.writeDocument]
    case .edit:
      if let code = state.selectedCode { return [.openEditor(code: code)] }
    case .glossary: Update.open(.glossary, &state)
    case .help: Update.open(.help, &state)
    case .close:
      // Esc never quits: it clears an active filter, and otherwise does nothing.
      if !state.filter.isEmpty {
        state.filter = ""
        MunicipalitySelection.reselect(&state, data: data)
      }
    case .quit:
      guard let loss = ConfirmationUpdate.loss(state) else { return [.quit] }
      state.mode = .confirmation(ConfirmationMode(loss: loss, underneath: state.mode))
    case .toggleDifferences, .openCells, .openMunicipality, .removeColumn, .clearText, .answer, .nextField,
      .previousField, .part, .previousPart, .openQuestion, .undo, .endForm, .remove, .effect, .save, .takeCurrent:
      break
    }
    return []
  }

  static func selected(_ state: DashboardState, data: DataSet) -> Situation? {
    MunicipalitySelection.visible(state, data: data).first { $0.code == state.selectedCode }
  }

  /// The pane to the left (-1) or right (+1) on screen; at the edge the focus stays.
  static func pane(_ pane: PaneID, toward direction: Int) -> PaneID {
    switch (pane, direction < 0) {
    case (.municipalities, true), (.cycle, false), (.profile, false): pane
    case (.municipalities, false): .ladder
    case (.ladder, true), (.scale, true), (.checks, true): .municipalities
    case (.ladder, false): .cycle
    case (.scale, false), (.checks, false): .profile
    case (.cycle, true): .ladder
    case (.profile, true): .checks
    }
  }

  static func pane(after pane: PaneID, step: Int) -> PaneID {
    let all = PaneID.allCases
    return all[(pane.rawValue + step + all.count) % all.count]
  }

  /// A click focuses the pane under the pointer and selects the row clicked; the wheel moves there three rows.
  static func mouse(_ state: inout DashboardState, _ event: MouseEvent, _ environment: Update.Environment) {
    guard
      let pane = PaneID.allCases.first(where: { environment.viewport.pane($0).rect.contains(x: event.x, y: event.y) })
    else { return }
    state.focus = pane
    switch event.button {
    case .wheelUp: move(&state, by: -3, environment)
    case .wheelDown: move(&state, by: 3, environment)
    case .left:
      guard let row = environment.viewport.pane(pane).row(atY: event.y) else { return }
      switch pane {
      case .municipalities:
        let visible = MunicipalitySelection.visible(state, data: environment.data)
        if visible.indices.contains(row) { MunicipalitySelection.select(&state, code: visible[row].code) }
      case .ladder: state.selectedForm = row
      case .scale: state.selectedScaleForm = row
      case .checks: state.selectedFinding = row
      case .cycle, .profile: break
      }
    }
  }

  /// Up/down means: another municipality in the list, another form on the ladder, another finding, or scrolling.
  static func move(_ state: inout DashboardState, by delta: Int, _ environment: Update.Environment) {
    let area = environment.viewport.pane(state.focus)
    switch state.focus {
    case .municipalities:
      MunicipalitySelection.moveMunicipality(&state, data: environment.data, by: delta)
    case .ladder:
      state.selectedForm =
        area.selectableRows == 0 ? 0 : Update.clamp(state.selectedForm + delta, 0, area.selectableRows - 1)
    case .checks:
      state.selectedFinding =
        area.selectableRows == 0 ? 0 : Update.clamp(state.selectedFinding + delta, 0, area.selectableRows - 1)
    case .scale:
      state.selectedScaleForm =
        area.selectableRows == 0 ? 0 : Update.clamp(state.selectedScaleForm + delta, 0, area.selectableRows - 1)
    case .cycle, .profile:
      state.scroll[state.focus] = Update.clamp((state.scroll[state.focus] ?? 0) + delta, 0, area.maxScroll)
    }
  }

  /// `n`: the selected municipality beside its neighbours with a profile (at most four in all).
  static func compareNeighbours(_ state: inout DashboardState, data: DataSet) {
    guard let code = state.selectedCode, let municipality = data.registry[code] else { return }
    let withProfile = municipality.neighbours.filter { neighbour in data.situations.contains { $0.code == neighbour } }
    guard !withProfile.isEmpty else {
      state.notice = .noNeighbours(
        municipality: municipality.name,
        neighbours: municipality.neighbours.compactMap { data.registry[$0]?.name }.sorted())
      return
    }
    let room = Comparison.allowedCount.upperBound - 1
    state.mode = .comparison(ComparisonMode(codes: [code] + withProfile.prefix(room)))
    if withProfile.count > room { state.notice = .firstNeighbours(shown: room, total: withProfile.count) }
  }

  /// `m`: the members of the shared body selected in the ladder, side by side (those with a profile, at most four,
  /// the selected municipality first).
  static func compareBodyMembers(_ state: inout DashboardState, context: DashboardContext) {
    guard state.focus == .ladder, let form = context.selectedForm, let id = form.sharedBodyID,
      let body = context.data.body(withID: id), let code = state.selectedCode
    else {
      state.notice = .chooseSharedBody
      return
    }
    let members = body.memberCodes(on: context.data.asOf).filter { member in
      context.data.situations.contains { $0.code == member }
    }
    let others = members.filter { $0 != code }
    guard !others.isEmpty else {
      state.notice = .onlyMemberWithProfile(body: body.name)
      return
    }
    let room = Comparison.allowedCount.upperBound - 1
    state.mode = .comparison(ComparisonMode(codes: [code] + others.prefix(room)))
    if others.count > room { state.notice = .firstMembers(shown: room + 1, total: others.count + 1, body: body.name) }
  }

  /// `[` and `]`: the selected municipality's older or newer record, shown as of its own date; past the newest
  /// record on the as-of date the dashboard returns to it.
  static func stepRecord(_ state: inout DashboardState, context: DashboardContext, older: Bool) {
    guard let situation = context.selected else { return }
    let records = situation.profile.records.filter { $0.id <= context.data.asOf }
    guard let shown = situation.record?.id else {
      state.notice = .noRecord(municipality: situation.name, asOf: context.data.asOf)
      return
    }
    if older {
      guard let previous = records.last(where: { $0.id < shown }) else {
        state.notice = .oldestRecord(municipality: situation.name)
        return
      }
      state.viewedRecord = previous.id
    } else {
      guard let next = records.first(where: { $0.id > shown }) else {
        state.notice = .newestRecord(asOf: context.data.asOf)
        return
      }
      state.viewedRecord = next.id == records.last?.id ? nil : next.id
    }
  }
}
