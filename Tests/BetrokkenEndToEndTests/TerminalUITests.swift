import Foundation
import Testing

/// The real program in tmux: keys in, screen out, terminal restored afterwards.
@Suite(.serialized) struct TerminalUITests {
  /// The day the guide appeared: every municipality with the guide's record (its forms, the shared Stedenvierkant).
  static let guideDay = "2015-09-30"

  func start(
    _ arguments: String, width: Int = 120, height: Int = 40, environment: String = "", asOf: String = testAsOfText
  ) throws -> TmuxSession {
    // The date is pinned, never today's.
    try TmuxSession(
      "\(dutchLanguagePrefix) XDG_DATA_HOME=\(shellQuote(isolatedDataHome)) \(environment) \(shellQuote(binary)) \(arguments) --as-of \(asOf)",
      width: width, height: height)
  }

  @Test func navigateFilterDetailsHelpResizeAndQuit() throws {
    // On the guide's records: Peel en Maas's Sociale Raad with its disputed rung.
    let session = try start("'Peel en Maas' --snapshot-dir \(shellQuote(NSTemporaryDirectory()))", asOf: Self.guideDay)
    // The footer is drawn last: once it is there, the whole first frame is.
    var screen = try session.waitForText("q stop")
    #expect(screen.contains("Peel en Maas (GM1894)"))
    #expect(screen.contains("14/21"))

    try session.send("j")
    screen = try session.waitForText("Raalte (GM0177)")
    try session.send("k", "k")
    screen = try session.waitForText("Nijmegen (GM0268)")

    // Filter as you type, accent-insensitive; Esc clears.
    try session.send("/")
    try session.type("zoë")
    // The filter and the count stay in the list's title.
    screen = try session.waitForText("0/21 /zoë")
    try session.send("BSpace", "BSpace", "BSpace")
    try session.type("peel")
    // Wait for the end state: on the way ("zo") another single match passes by.
    screen = try session.waitFor("only Peel en Maas") {
      $0.contains("1/21 /peel") && $0.contains("Peel en Maas (GM1894)")
    }
    try session.send("Escape")
    screen = try session.waitForText("Gemeenten (21)")

    // Details of a form: Tab to the ladder, down to the Sociale Raad (its rung is disputed), Enter.
    try session.send("Tab", "j", "j", "j", "Enter")
    screen = try session.waitForText("Vorm: Sociale Raad")
    #expect(screen.contains("adviseren (§3.3) of meebeslissen (§4.2)"))
    #expect(screen.contains("Bron"))
    try session.send("Escape")
    try session.waitFor("details closed") { !$0.contains("Vorm: ") }

    // Help is generated from the key table.
    try session.send("?")
    screen = try session.waitForText("Toetsen")
    #expect(screen.contains("gemeenten filteren op naam, code of provincie"))
    try session.send("q")
    try session.waitFor("help closed") { !$0.contains("Toetsen") }

    // Resize: relayout, too small, and back.
    try session.resize(width: 80, height: 24)
    screen = try session.waitFor("80×24 layout") {
      $0.split(separator: "\n", omittingEmptySubsequences: false).first?.count ?? 0 <= 80
        && $0.contains("Beleidscyclus")
    }
    try session.resize(width: 30, height: 10)
    screen = try session.waitForText("Terminal te klein")
    #expect(screen.contains("nu: 30×10"))
    // Down to a single cell and back: no crash.
    try session.resize(width: 1, height: 1)
    Thread.sleep(forTimeInterval: 0.3)
    try session.resize(width: 120, height: 40)
    screen = try session.waitForText("Schaalniveau")

    try session.send("q")
    #expect(session.exitStatus() == 0)
    #expect(terminalIsRestored(session.sttyAfterExit()))
  }

  /// The text written by `p`, `betrokken snapshot` for the same municipality and size, and the tmux capture
  /// are the same screen.
  @Test func theSameScreenThreeWays() throws {
    let directory = TemporaryDirectory()
    let session = try start("Deventer --snapshot-dir \(shellQuote(directory.path))")
    let captured = try session.waitForText("q stop")
    try session.send("p")
    let message = try session.waitForText("Snapshot opgeslagen")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0.hasPrefix("betrokken-GM0150-120x40-")
    }
    #expect(files.count == 1, "\(message)")
    let written = try #require(files.first.flatMap { directory.read($0) })
    let printed = try run(["snapshot", "deventer", "--width", "120", "--height", "40"] + asOf).stdout
    #expect(written == printed)
    #expect(captured == printed, "capture:\n\(captured)\nsnapshot:\n\(printed)")
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }

  /// `p` twice within a second: a second file beside the first, without the first one's message; `P`: the whole
  /// view; a missing snapshot directory is a usage error at start.
  @Test func snapshotsNeverOverwriteAndPWritesTheWholeView() throws {
    let directory = TemporaryDirectory()
    let session = try start("Deventer --snapshot-dir \(shellQuote(directory.path))")
    try session.waitForText("q stop")
    try session.send("p", "p")
    try session.waitFor("two snapshots") { _ in
      ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).count >= 2
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names.count == 2)
    #expect(names.allSatisfy { $0.hasPrefix("betrokken-GM0150-120x40-") })
    for name in names {
      #expect(!(directory.read(name) ?? "").contains("Snapshot opgeslagen"), "\(name) holds no save message")
    }
    try session.send("P")
    try session.waitFor("the document") { _ in
      ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).contains {
        $0.contains("-120x-full-")
      }
    }
    let document = try #require(
      FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.contains("-120x-full-") }.flatMap {
        directory.read($0)
      })
    #expect(document.contains("Zutphen") && document.contains("Profiel") && !document.contains("q stop"))
    try session.send("q")
    #expect(session.exitStatus() == 0)
    let missing = try run(["--snapshot-dir", directory.path + "/nergens", "Deventer"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("de map \(directory.path)/nergens bestaat niet"), "\(missing.stderr)")
  }

  /// Mouse events as a terminal sends them (X10 encoding, the mode ncurses asks tmux for): a click selects the
  /// municipality under it; with --no-mouse the dashboard does not ask the terminal for mouse events at all (tmux's
  /// own flag says so), so the terminal keeps selecting text.
  @Test func theMouseClicksAndScrollsUnlessTurnedOff() throws {
    func click(_ x: Int, _ y: Int, button: Int = 0) -> String {
      "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
        + String(UnicodeScalar(UInt8(33 + y)))
    }
    let session = try start("Almere")
    try session.waitForText("q stop")
    #expect(try session.tmux(["display-message", "-p", "-t", session.name, "#{mouse_any_flag}"]) == "1\n")
    // Row 5 of the screen is the list's fourth municipality, Assen.
    try session.type(click(5, 5) + click(5, 5, button: 3))
    try session.waitForText("Assen (GM0106)")
    try session.send("q")
    #expect(session.exitStatus() == 0)
    let off = try start("Almere --no-mouse")
    try off.waitForText("q stop")
    #expect(try off.tmux(["display-message", "-p", "-t", off.name, "#{mouse_any_flag}"]) == "0\n")
    try off.send("q")
    #expect(off.exitStatus() == 0)
  }

  /// At 80×24: sorting shows in the list's title, ' jumps by a name's start, the filter stays visible in the footer,
  /// Enter acts on the focused pane, x takes a municipality out of a comparison, X clears the marks.
  @Test func sortJumpFilterAndComparisonKeysAt80x24() throws {
    let session = try start("Almere", width: 80, height: 24)
    try session.waitForText("q stop")
    try session.send("s")
    try session.waitForText("↓provincie")
    try session.send("s", "s", "s", "s", "s")
    func line(_ screen: String, _ index: Int) -> String {
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return index < lines.count ? String(lines[index]) : ""
    }
    try session.waitFor("back to the order by name") { !line($0, 1).contains("↓") }
    try session.type("'hel")
    try session.waitForText("Hellendoorn (GM0163)")
    try session.send("Enter")
    try session.send("/")
    try session.type("over")
    try session.send("Enter")
    try session.waitFor("filter in the footer") { $0.split(separator: "\n").last?.contains("/ over") == true }
    try session.send("Escape")
    try session.waitFor("filter cleared") { !line($0, 23).contains("/ over") }
    try session.send("Space", "j", "Space", "j", "Space", "c")
    try session.waitForText("Vergelijking op")
    try session.send("x")
    try session.waitFor("two columns left") { line($0, 0).components(separatedBy: " · ").count == 2 }
    try session.send("Escape")
    try session.waitForText("3 gemarkeerd")
    try session.send("X")
    try session.waitFor("marks cleared") { !$0.contains("gemarkeerd") }
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }

  @Test func membersOfASharedBodySideBySide() throws {
    // Between the guide and the current records: each member shown with its older record, marked "per 2015-09-30".
    let session = try start("Deventer", asOf: "2020-01-01")
    _ = try session.waitForText("q stop")
    try session.send("Tab")
    _ = try session.waitForText("Stedenvierkant")
    try session.send("m")
    let screen = try session.waitForText("Vergelijking op 2020-01-01: Deventer · Apeldoorn · Harderwijk · Zutphen")
    #expect(screen.contains("per 2015-09-30"))
    try session.send("Escape")
    _ = try session.waitFor("back to the dashboard") {
      $0.contains("Participatieladder") && !$0.contains("Vergelijking")
    }
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }

  @Test func markCompareDifferencesNeighboursAndBack() throws {
    let session = try start("Almere", asOf: Self.guideDay)
    try session.waitForText("q stop")
    try session.send("Space", "j", "Space", "c")
    var screen = try session.waitForText("Vergelijking op 2015-09-30: Almere · Amersfoort")
    #expect(screen.contains("onderdelen verschillen"))
    try session.send("d")
    screen = try session.waitForText("Vergelijking (alleen verschillen)")
    #expect(!screen.contains("wijk"), "rows that are the same are hidden")
    try session.send("Escape")
    screen = try session.waitFor("back to the dashboard") {
      $0.contains("Participatieladder") && !$0.contains("Vergelijking")
    }
    #expect(screen.contains(" ✔Almere"), "Almere is marked, not selected")
    #expect(screen.contains("▸✔Amersfoort"), "Amersfoort is marked and selected")
    // n: Deventer and its neighbours with a profile.
    try session.send("/")
    try session.type("deventer")
    try session.send("Enter", "n")
    screen = try session.waitForText("Vergelijking op 2015-09-30: Deventer")
    // Esc followed at once by q is Alt-q: nothing happens, the comparison stays.
    try session.send("Escape", "q")
    Thread.sleep(forTimeInterval: 0.3)
    #expect(try session.capture().contains("Vergelijking op 2015-09-30: Deventer"))
    try session.send("Escape")
    try session.waitFor("back to the dashboard") { !$0.contains("Vergelijking") }
    // Marks and a filter would be lost: q asks, another key stays, a second q quits.
    try session.send("q")
    try session.waitForText("Stoppen? 2 markeringen en het filter gaan verloren.")
    try session.send("j")
    try session.waitForText("q stop")
    try session.send("q")
    try session.waitForText("Stoppen?")
    try session.send("q")
    #expect(session.exitStatus() == 0)
    #expect(terminalIsRestored(session.sttyAfterExit()))
  }

  @Test(arguments: [("C-c", Int32(130)), ("C-\\", 131), ("TERM", 143), ("HUP", 129)])
  func signalsRestoreTheTerminal(_ signal: String, _ status: Int32) throws {
    let session = try start("Almere")
    try session.waitForText("Participatieladder")
    if signal.hasPrefix("C-") {
      try session.send(signal)
    } else {
      let pid = try #require(try session.programPID())
      kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
    }
    #expect(session.exitStatus() == status)
    #expect(terminalIsRestored(session.sttyAfterExit()))
  }

  /// `NO_COLOR` and `--no-color` each on its own: no colour sequence reaches the terminal, and the selection is
  /// still set apart by an attribute (reverse) and the highest rung by a symbol. Without either, colours are sent:
  /// the check for their absence can fail.
  @Test(arguments: [("", "NO_COLOR=1", false), ("--no-color", "", false), ("", "", true)])
  func noColorStillMarksEverything(_ flag: String, _ environment: String, _ coloured: Bool) throws {
    let session = try start("Almere \(flag)", environment: environment)
    try session.waitForText("q stop")
    let screen = try session.captureWithAttributes()
    #expect(containsColour(screen) == coloured, "colour sequences in the capture:\n\(screen.prefix(300))")
    #expect(try session.capture().contains("◆ adviseren"), "the highest rung is marked by a symbol, not colour")
    let selectedRow = try #require(screen.split(separator: "\n").first { $0.contains("▸ Almere") })
    #expect(selectedRow.contains("\u{1B}[7m") || coloured, "the selection is shown in reverse without colour")
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }

  @Test(arguments: [
    ("TERM=dumb", "TERM=dumb kan geen volledig scherm tonen"),
    ("env -u TERM", "TERM is niet gezet"),
    ("TERM=onbekend-type-xyz", "terminaltype \"onbekend-type-xyz\" is onbekend"),
  ])
  func refusesUnusableTerminalTypes(_ environment: String, _ message: String) throws {
    let session = try start("2>&1", environment: environment)
    let screen = try session.waitForText(message)
    #expect(screen.contains("betrokken snapshot"))
    #expect(session.exitStatus() == 2)
  }

  @Test func refusesWhenStdoutIsAFile() throws {
    let directory = TemporaryDirectory()
    let session = try start("> \(shellQuote(directory.file("out.txt")))")
    let screen = try session.waitForText("standaarduitvoer is geen terminal")
    #expect(screen.contains("betrokken snapshot"))
    #expect(session.exitStatus() == 2)
    #expect(directory.read("out.txt") == "", "no escape codes were written into the file")
  }
}

/// Whether a `capture-pane -e` text sets a foreground or background colour (SGR 30–37, 40–47, 90–97, 100–107,
/// 38 and 48); 39 and 49, the default colours, do not count.
func containsColour(_ capture: String) -> Bool {
  var rest = Substring(capture)
  while let start = rest.range(of: "\u{1B}[") {
    let parameters = rest[start.upperBound...].prefix { $0.isNumber || $0 == ";" }
    rest = rest[start.upperBound...]
    for parameter in parameters.split(separator: ";").compactMap({ Int($0) })
    where (30...38).contains(parameter) || (40...48).contains(parameter) || (90...107).contains(parameter) {
      return true
    }
  }
  return false
}
