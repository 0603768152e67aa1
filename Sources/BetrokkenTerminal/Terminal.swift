import BetrokkenScreen
@preconcurrency import CNcursesw
import CTerminalSupport
import Foundation

/// The only code that talks to ncurses: start and restore the terminal, draw a `Screen` by sending only
/// the cells that changed, and read keys, resizes and signals.
public final class Terminal {
  enum ColorMode: Sendable {
    case none, basic, extended
  }

  /// What `nextEvent()` returns: a key, the terminal's new size, a signal that arrived, or nothing.
  public enum Event: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case signal(Int32)
    /// No input within the poll interval.
    case idle
  }

  /// Why `init(noColor:)` could not start the dashboard on this terminal.
  public enum StartError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal(input: Bool)
    case noTerm
    case dumbTerm
    case unknownTerm(String)

    /// The message for standard error in the interface language: "betrokken: ", the reason, and the advice to use
    /// `betrokken snapshot`.
    public var description: String {
      let reason =
        switch self {
        case .notATerminal(let input):
          Strings.text(input ? "cli.terminal.inputNotATerminal" : "cli.terminal.outputNotATerminal")
        case .noTerm: Strings.text("cli.terminal.noTerm")
        case .dumbTerm: Strings.text("cli.terminal.dumbTerm")
        case .unknownTerm(let term): Strings.text("cli.terminal.unknownTerm", term)
        }
      return "betrokken: " + reason + " " + Strings.text("cli.terminal.useSnapshot")
    }
  }

  private let screenPointer: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  let colorMode: ColorMode
  private var last: Screen?
  private var ended = false

  /// Checks that this is an interactive terminal, sets a UTF-8 locale, and starts ncurses.
  public init(noColor: Bool, mouse: Bool = true) throws(StartError) {
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(input: true) }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(input: false) }
    guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else { throw .noTerm }
    guard term != "dumb" else { throw .dumbTerm }
    Terminal.prepareLocale()
    bk_save_termios()
    guard let screen = newterm(nil, stdout, stdin) else { throw .unknownTerm(term) }
    screenPointer = screen
    set_term(screen)
    guard let win = Terminal.standardWindow() else {
      endwin()
      delscreen(screen)
      throw .unknownTerm(term)
    }
    window = win
    bk_install_signal_handlers()
    cbreak()
    // Ctrl-S saves in the editor: it must not stop the output. ncurses keeps this as its program mode.
    bk_disable_flow_control()
    def_prog_mode()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(100)  // long enough that an arrow key split over a slow SSH link is not read as Esc
    curs_set(0)
    wtimeout(window, 100)
    if mouse {
      // Clicks and the wheel; Shift-drag still selects text in common terminals.
      _ = mousemask(BK_BUTTON1_PRESSED | BK_BUTTON1_CLICKED | BK_BUTTON4_PRESSED | BK_BUTTON5_PRESSED, nil)
      _ = mouseinterval(0)
    }
    // ncurses clears the screen on its first refresh; do that now, before anything is drawn.
    wrefresh(window)
    if noColor || !has_colors() {
      colorMode = .none
    } else {
      start_color()
      use_default_colors()
      colorMode = bk_colors() >= 256 ? .extended : .basic
      Palette.install(colorMode)
    }
  }

  private static func standardWindow() -> UnsafeMutablePointer<WINDOW>? {
    // newterm made stdscr; reading the C global is confined to this one place.
    stdscr
  }

  /// Tries the user's locale, then C.UTF-8 for LC_CTYPE, so keys are read as UTF-8 whatever the locale (what is
  /// drawn is the caller's choice: `TerminalCharset` decides from the locale's name); true when the codeset is UTF-8.
  @discardableResult
  static func prepareLocale() -> Bool {
    setlocale(LC_ALL, "")
    if codesetIsUTF8() { return true }
    setlocale(LC_CTYPE, "C.UTF-8")
    if codesetIsUTF8() { return true }
    setlocale(LC_CTYPE, "C.utf8")
    return codesetIsUTF8()
  }

  static func codesetIsUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }

  /// The terminal's current size in columns and lines.
  public var size: (width: Int, height: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Sends the screen: the writes `ScreenDiff` returns for the cells that differ from the last one drawn, each
  /// at its own position (so a cluster the terminal draws wider or narrower than the grid cannot shift what
  /// follows), in one `write`. ncurses sets the terminal up and reads keys; its own screen is left untouched, so
  /// it never draws over this.
  public func draw(_ screen: Screen) {
    TerminalOutput.bytes.removeAll(keepingCapacity: true)
    var role: Role?
    // Where the terminal's cursor is, as far as it is certain: after ASCII text it is; after any other cluster
    // only the row is (the terminal may give the cluster another width than the grid).
    var row: Int?
    var column: Int?
    for write in ScreenDiff.writes(from: last, to: screen) {
      if row != write.y || column != write.x {
        let move = row == write.y ? bk_column_address(Int32(write.x)) : nil
        guard let address = move ?? bk_cursor_address(Int32(write.y), Int32(write.x)) else { continue }
        tputs(address, 1, TerminalOutput.append)
      }
      if role != write.role {
        let style = Palette.style(for: write.role, mode: colorMode)
        vid_puts(attr_t(style.attributes), Int16(style.pair), nil, TerminalOutput.append)
        role = write.role
      }
      TerminalOutput.bytes.append(contentsOf: write.text.utf8)
      row = write.y
      column = ScreenDiff.isASCII(run: write.text) ? write.x + write.text.utf8.count : nil
    }
    if role != nil { vid_puts(attr_t(BK_A_NORMAL), 0, nil, TerminalOutput.append) }
    last = screen
    TerminalOutput.flush()
  }

  /// Forgets what is on screen, so the next draw sends every cell (after a resize).
  func invalidate() {
    last = nil
  }

  /// Waits up to the poll interval for a key, a resize or a signal.
  /// Ctrl-Z (SIGTSTP) suspends here and comes back as a resize, so the dashboard is drawn whole at the size the
  /// terminal has on resume; a SIGCONT from elsewhere (after a SIGSTOP) redraws the same way.
  public func nextEvent() -> Event {
    if let event = signalEvent(bk_take_signal()) { return event }
    var ch: wint_t = 0
    let result = wget_wch(window, &ch)
    if let event = signalEvent(bk_take_signal()) { return event }
    switch result {
    case KEY_CODE_YES:
      switch Int32(ch) {
      case KEY_RESIZE:
        // ncurses resized its (empty) screen: let it settle now, so a later read does not clear ours.
        wrefresh(window)
        invalidate()
        return .resize(width: size.width, height: size.height)
      case KEY_MOUSE:
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .idle }
        let x = Int(event.x)
        let y = Int(event.y)
        if event.bstate & BK_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(x: x, y: y, button: .wheelUp)) }
        if event.bstate & BK_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(x: x, y: y, button: .wheelDown)) }
        if event.bstate & (BK_BUTTON1_PRESSED | BK_BUTTON1_CLICKED) != 0 {
          return .mouse(MouseEvent(x: x, y: y, button: .left))
        }
        return .idle
      case KEY_UP: return .key(.up)
      case KEY_DOWN: return .key(.down)
      case KEY_LEFT: return .key(.left)
      case KEY_RIGHT: return .key(.right)
      case KEY_BTAB: return .key(.backTab)
      case KEY_PPAGE: return .key(.pageUp)
      case KEY_NPAGE: return .key(.pageDown)
      case KEY_HOME: return .key(.home)
      case KEY_END: return .key(.end)
      case KEY_ENTER: return .key(.enter)
      case KEY_BACKSPACE: return .key(.backspace)
      case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(Int32(ch) - KEY_F0)))
      default: return .idle
      }
    case OK:
      switch ch {
      case 9: return .key(.tab)
      case 10, 13: return .key(.enter)
      case 27: return loneEscape() ? .key(.escape) : .idle
      case 8, 127: return .key(.backspace)
      case 1...26:
        // Ctrl-A … Ctrl-Z (Tab, Enter and Backspace are read above).
        guard let scalar = Unicode.Scalar(UInt32(ch) + 96) else { return .idle }
        return .key(.control(Character(scalar)))
      default:
        guard ch >= 32, let scalar = Unicode.Scalar(UInt32(ch)) else { return .idle }
        return .key(.character(Character(scalar)))
      }
    default:
      return .idle
    }
  }

  private func signalEvent(_ signal: Int32) -> Event? {
    switch signal {
    case 0: return nil
    case SIGTSTP:
      suspend()
      return .resize(width: size.width, height: size.height)
    case SIGCONT:
      redrawAfterResume()
      return .resize(width: size.width, height: size.height)
    default: return .signal(signal)
    }
  }

  /// Restores the terminal as on exit, stops the process, and on resume takes the terminal back.
  private func suspend() {
    curs_set(1)
    endwin()
    bk_restore_termios()
    bk_suspend()
    // The SIGCONT that woke us is part of this resume, not a second one.
    let next = bk_take_signal()
    redrawAfterResume()
    if next != 0 && next != SIGCONT { bk_requeue_signal(next) }
  }

  private func redrawAfterResume() {
    // The first refresh after endwin puts the terminal back in the dashboard's modes (and the alternate screen).
    wrefresh(window)
    curs_set(0)
    invalidate()
  }

  /// Whether an Esc just read stands alone. Bytes that arrived with it are an Alt-key or an escape sequence
  /// this `TERM` does not know (Home and End under a mismatched one): they are read and dropped, and the Esc does
  /// nothing, so it can never close or cancel anything by accident.
  private func loneEscape() -> Bool {
    wtimeout(window, 0)
    defer { wtimeout(window, 100) }
    var ch: wint_t = 0
    var alone = true
    while wget_wch(window, &ch) != ERR { alone = false }
    return alone
  }

  /// Restores the terminal: leaves curses mode, shows the cursor, restores the saved modes. Safe to call twice.
  public func end() {
    guard !ended else { return }
    ended = true
    curs_set(1)
    endwin()
    delscreen(screenPointer)
    bk_restore_termios()
    bk_restore_signal_handlers()
  }

  deinit {
    end()
  }
}

/// The bytes of one frame, gathered from terminfo's output function (a C function pointer cannot capture
/// context) and written at once.
enum TerminalOutput {
  nonisolated(unsafe) static var bytes: [UInt8] = []

  static let append: @convention(c) (Int32) -> Int32 = { byte in
    TerminalOutput.bytes.append(UInt8(truncatingIfNeeded: byte))
    return byte
  }

  static func flush() {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += n
    }
  }
}
