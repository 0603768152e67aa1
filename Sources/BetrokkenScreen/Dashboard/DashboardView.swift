import BetrokkenModel

/// The dashboard as a screen value: a pure function of data, state, size and symbol set.
public enum DashboardView {
  public static func render(data: DataSet, state: DashboardState, width: Int, height: Int, symbols: Symbols = .unicode) -> Screen {
    let context = DashboardContext(data: data, state: state)
    return render(context, width: width, height: height, symbols: symbols)
  }

  public static func render(_ context: DashboardContext, width: Int, height: Int, symbols: Symbols) -> Screen {
    if let codes = context.state.comparison {
      return ComparisonView.render(context, comparison: codes, width: width, height: height, symbols: symbols)
    }
    var screen = Screen(width: width, height: height, symbols: symbols)
    guard DashboardLayout.fits(width: width, height: height) else {
      drawTooSmall(&screen)
      return screen
    }
    let layout = DashboardLayout(context, width: width, height: height, symbols: symbols)
    HeaderBar.draw(context, in: layout.header, screen: &screen)
    MunicipalityListPane.draw(context, in: layout.panes[.municipalities]!, screen: &screen)
    LadderPane.draw(context, in: layout.panes[.ladder]!, screen: &screen)
    CyclePane.draw(context, in: layout.panes[.cycle]!, screen: &screen)
    ScalePane.draw(context, in: layout.panes[.scale]!, screen: &screen)
    ChecksPane.draw(context, in: layout.panes[.checks]!, screen: &screen)
    ProfilePane.draw(context, in: layout.panes[.profile]!, screen: &screen)
    Overlays.draw(context, in: layout.body, screen: &screen)
    FooterBar.draw(context, in: layout.footer, screen: &screen)
    return screen
  }

  /// Below the minimum size: a centred message saying what size is needed.
  static func drawTooSmall(_ screen: inout Screen) {
    let need = "\(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight)"
    let lines = [
      Strings.text("screen.tooSmall"), Strings.text("screen.tooSmallNeeded", need),
      Strings.text("screen.tooSmallNow", "\(screen.width)×\(screen.height)"),
    ]
    let top = max(0, (screen.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let w = DisplayWidth.of(line)
      screen.put(line, x: max(0, (screen.width - w) / 2), y: top + i, role: .warning)
    }
  }
}
