import Foundation
import Testing

/// The paths out of the dashboard nobody takes on purpose: a crash, a suspend, a terminal without UTF-8.
@Suite(.serialized) struct ExitPathTests {
  func command(_ arguments: String, environment: String = "") -> String {
    "\(dutchLanguagePrefix) XDG_DATA_HOME=\(shellQuote(isolatedDataHome)) \(environment) \(shellQuote(binary)) "
      + "\(arguments) --as-of \(testAsOfText)"
  }

  /// A fatal signal restores the terminal first (modes, cursor, main screen), then the runtime's crash report
  /// and backtrace follow on it, and the process ends by the signal (exit status 128 + signal in the shell).
  @Test(arguments: [SIGSEGV, SIGILL, SIGABRT])
  func aCrashRestoresTheTerminalAndPrintsTheBacktrace(_ signal: Int32) throws {
    // Under AddressSanitizer (Tests/Support/sanitized-test-run) its own signal handlers would take the crash, and its
    // memcpy check trips over the runtime's crash handler reading the stopped process: both off for this process.
    let asan =
      "ASAN_OPTIONS=handle_segv=0:handle_sigbus=0:handle_sigill=0:handle_abort=0:handle_sigfpe=0:replace_intrin=0"
    let session = try TmuxSession(
      command("Almere", environment: "SWIFT_BACKTRACE=interactive=no,color=no \(asan)"), width: 100, height: 40)
    try session.waitForText("Participatieladder")
    #expect(try session.paneFlag("alternate_on") == "1", "the dashboard runs on the alternate screen")
    let pid = try #require(try session.programPID())
    kill(pid, signal)
    #expect(session.exitStatus(timeout: 30) == 128 + signal)
    #expect(terminalIsRestored(session.sttyAfterExit()))
    #expect(try session.paneFlag("alternate_on") == "0", "the alternate screen is left")
    #expect(try session.paneFlag("cursor_flag") == "1", "the cursor is visible")
    let report = try session.captureWithHistory()
    #expect(report.contains("Program crashed"), "the runtime's crash report is shown")
    #expect(report.contains("Thread 0"), "with the backtrace")
    #expect(!report.contains("Participatieladder"), "on the shell's screen, not over the dashboard")
  }

  /// Ctrl-Z gives the shell a restored terminal; `fg` brings the dashboard back whole, and it still works.
  @Test func ctrlZSuspendsAndFgRedraws() throws {
    let session = try TmuxSession(atPrompt: command("Almere"), width: 100, height: 30)
    try session.waitForText("Participatieladder")
    try session.send("C-z")
    try session.waitForText("Stopped")
    #expect(try session.paneFlag("alternate_on") == "0")
    #expect(try session.paneFlag("cursor_flag") == "1")
    let suspended = session.directory.file("stty-suspended")
    try session.type("stty -a > \(shellQuote(suspended)); clear; fg")
    try session.send("Enter")
    try session.waitFor("the dashboard redrawn") { $0.contains("Participatieladder") && $0.contains("▸ Almere") }
    #expect(terminalIsRestored(session.directory.read("stty-suspended") ?? ""), "modes restored while stopped")
    try session.send("j")
    try session.waitForText("▸ Amersfoo")
    try session.send("q")
    try session.waitFor("the prompt") { $0.split(separator: "\n").last == "$" }
    try session.recordExit()
    #expect(session.exitStatus() == 0)
    #expect(terminalIsRestored(session.sttyAfterExit()))
  }

  /// The drawing follows the locale's name: C (no UTF-8) draws ASCII, accents folded; a UTF-8 name draws Unicode
  /// even where that locale is not installed; `--style` overrides either way.
  @Test(arguments: [
    ("LANG=C", "", true),
    ("LANG=nl_NL.ISO-8859-1", "", true),
    ("LANG=nl_NL.UTF-8", "", false),
    ("LANG=C", "--style plain", false),
    ("LANG=C.UTF-8", "--style ascii", true),
  ])
  func theLocaleDecidesBetweenASCIIAndUnicode(_ locale: String, _ style: String, _ ascii: Bool) throws {
    let session = try TmuxSession(
      command("Leeuwarden \(style)", environment: "LC_ALL= LC_CTYPE= \(locale)"), width: 100, height: 30)
    let screen = try session.waitForText("Participatieladder")
    let onlyASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(onlyASCII == ascii, "\(locale) \(style):\n\(screen)")
    #expect(screen.contains(ascii ? "Fryslan" : "Fryslân"))
    try session.send("q")
    #expect(session.exitStatus() == 0)
  }
}
