import Foundation
import Testing

/// Drives a program in a detached tmux session on a private server: type keys, resize, read the screen.
final class TmuxSession {
  let socket = "betrokken-test-" + UUID().uuidString.prefix(8)
  let name = "t"
  let directory = TemporaryDirectory()

  /// Starts `command` (run by sh) in a window of the given size. After it ends, the shell records its exit
  /// status and `stty -a` in files, so a test can check the terminal was restored.
  init(_ command: String, width: Int, height: Int) throws {
    // The shell ignores the terminal's ^C and ^\ itself (a no-op trap, reset to default for the program), so it
    // survives to record the program's status.
    let script = """
      trap ':' INT QUIT
      \(command)
      echo $? > \(shellQuote(directory.file("exit")))
      stty -a > \(shellQuote(directory.file("stty")))
      sleep 600
      """
    try Data(script.utf8).write(to: URL(fileURLWithPath: directory.file("run.sh")))
    try tmux([
      "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
      "sh " + shellQuote(directory.file("run.sh")),
    ])
  }

  /// Starts an interactive bash with job control (so Ctrl-Z and `fg` work as at a prompt) and types `command` at
  /// its prompt. The command stands alone on its line: a list would go on to its next command while the first is
  /// stopped. `recordExit()` types the recording of exit status and `stty -a` afterwards.
  init(atPrompt command: String, width: Int, height: Int) throws {
    try tmux([
      "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
      "env PS1='$ ' bash --norc --noprofile -i",
    ])
    try type(command)
    try send("Enter")
  }

  /// At the prompt, after the program of `init(atPrompt:)` ended: records its exit status and `stty -a`.
  func recordExit() throws {
    try type("echo $? > \(shellQuote(directory.file("exit"))); stty -a > \(shellQuote(directory.file("stty")))")
    try send("Enter")
  }

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    // The test runner sets NO_COLOR (swift test does when its output is not a terminal); a program in the
    // session has the colours a user's terminal has, unless a test asks otherwise.
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = nil
    let result = try run(["-L", socket] + arguments, environment: environment, executable: "/usr/bin/tmux")
    if result.status != 0 { Issue.record("tmux \(arguments.first ?? "") failed: \(result.stderr)") }
    return result.stdout
  }

  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Sends text literally (no key-name lookup).
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", name, "-l", text])
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
  }

  func capture() throws -> String {
    try tmux(["capture-pane", "-p", "-t", name])
  }

  /// The screen and every line scrolled off it.
  func captureWithHistory() throws -> String {
    try tmux(["capture-pane", "-p", "-S", "-", "-t", name])
  }

  /// The screen with its attributes as escape sequences (`capture-pane -e`): bold, reverse and colours show.
  func captureWithAttributes() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-t", name])
  }

  /// A tmux format variable of the pane: `alternate_on` (1 while the alternate screen is shown), `cursor_flag`
  /// (1 while the cursor is visible).
  func paneFlag(_ variable: String) throws -> String {
    try tmux(["display-message", "-p", "-t", name, "#{\(variable)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `condition` holds on a settled screen (the same in two captures 50 ms apart, so a
  /// redraw caught halfway never counts) or the time is up; returns the last capture.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    var previous: String?
    while Date() < deadline {
      screen = try capture()
      if condition(screen), screen == previous { return screen }
      previous = screen
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("timed out waiting for \(what); screen was:\n\(screen)", sourceLocation: sourceLocation)
    return screen
  }

  @discardableResult
  func waitForText(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try waitFor("\"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// Waits until the program has ended and returns its exit status.
  func exitStatus(timeout: Double = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = directory.read("exit"), text.hasSuffix("\n"),
        let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  /// `stty -a` as the shell saw it after the program ended.
  func sttyAfterExit() -> String {
    _ = exitStatus()
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      if let text = directory.read("stty"), text.contains("icanon") { return text }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return directory.read("stty") ?? ""
  }

  /// The pid of the program: the child of the pane's shell.
  func programPID() throws -> Int32? {
    let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(
      in: .whitespacesAndNewlines)
    // Polled: right after the prompt takes a command line, the program may not have started yet.
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      let children = try run(["-P", shell], environment: nil, executable: "/usr/bin/pgrep").stdout
      if let pid = children.split(separator: "\n").compactMap({ Int32($0) }).first { return pid }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  deinit {
    _ = try? run(["-L", socket, "kill-server"], executable: "/usr/bin/tmux")
  }
}

/// Whether `stty -a` output shows canonical mode and echo switched on (not `-icanon`, `-echo`).
func terminalIsRestored(_ stty: String) -> Bool {
  let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
  return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
}
