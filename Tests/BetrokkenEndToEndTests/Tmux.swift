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
    // The shell ignores the terminal's ^C itself (a no-op trap, reset to default for the program), so it
    // survives to record the program's status.
    let script = """
      trap ':' INT
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

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let result = try run(
      ["-L", socket] + arguments, environment: ProcessInfo.processInfo.environment, executable: "/usr/bin/tmux")
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
    let children = try run(["-P", shell], environment: nil, executable: "/usr/bin/pgrep").stdout
    return children.split(separator: "\n").compactMap { Int32($0) }.first
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
