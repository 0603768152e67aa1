import Foundation
import Testing

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

/// The `betrokken` binary built next to this test bundle (by `swift test`), else in the package's .build.
let binary: String = {
  let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  var candidates = [beside.appendingPathComponent("betrokken").path]
  candidates.append(beside.deletingLastPathComponent().appendingPathComponent("betrokken").path)
  candidates.append(packageRoot + "/.build/debug/betrokken")
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
}()

struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs a program (the binary by default) and waits for it. Standard input is /dev/null; output goes to
/// files, not pipes, because a program that forks a server (tmux) would keep a pipe open forever.
/// Uses posix_spawn and waitpid directly: Foundation's Process can miss the child's exit under test runners.
func run(
  _ arguments: [String], environment: [String: String]? = nil, executable: String = binary, directory: String? = nil
) throws -> RunResult {
  let scratch = NSTemporaryDirectory() + "betrokken-run-" + UUID().uuidString
  defer {
    try? FileManager.default.removeItem(atPath: scratch + ".out")
    try? FileManager.default.removeItem(atPath: scratch + ".err")
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, scratch + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(&actions, 2, scratch + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  // A working directory is set through env(1), as Glibc's posix_spawn has no portable chdir action.
  let program = directory == nil ? executable : "/usr/bin/env"
  let fullArguments = directory.map { ["/usr/bin/env", "-C", $0, executable] + arguments } ?? [executable] + arguments
  let argv = fullArguments.map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  let env = (environment ?? isolatedEnvironment).map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer { for pointer in env { free(pointer) } }
  // The child starts with no signal blocked and every signal at its default, as from a shell: the test runner
  // blocks some in its threads, and a mask is inherited across exec (tmux would pass it on to the dashboard).
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var none = sigset_t()
  sigemptyset(&none)
  var all = sigset_t()
  sigfillset(&all)
  posix_spawnattr_setsigmask(&attributes, &none)
  posix_spawnattr_setsigdefault(&attributes, &all)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, program, &actions, &attributes, argv, env)
  guard spawned == 0 else { throw CocoaError(.executableNotLoadable) }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  let stdout = readText(scratch + ".out") ?? ""
  let stderr = readText(scratch + ".err") ?? ""
  return RunResult(status: exitStatus, stdout: stdout, stderr: stderr)
}

/// A fresh temporary directory, removed when released.
final class TemporaryDirectory {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "betrokken-e2e-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> String { path + "/" + name }

  func read(_ name: String) -> String? {
    readText(file(name))
  }

  func write(_ name: String, _ text: String) {
    #expect(FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8)), "could not write \(name)")
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// Quotes a string for /bin/sh.
func shellQuote(_ s: String) -> String {
  "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Tests never look at today's date: every command that shows data gets this as-of date.
let testAsOfText = "2026-11-29"
let asOf = ["--as-of", testAsOfText]

/// A user layer that is never the real one: tests point `XDG_DATA_HOME` at an empty directory of their own.
let isolatedDataHome: String = {
  let path = NSTemporaryDirectory() + "betrokken-xdg-" + UUID().uuidString
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}()

/// The test process's environment with the isolated user layer, in Dutch whatever the machine's locale: no
/// LC_ALL or LC_MESSAGES, and a LANG that does not ask for English.
var isolatedEnvironment: [String: String] {
  var environment = dutchEnvironment(ProcessInfo.processInfo.environment)
  environment["XDG_DATA_HOME"] = isolatedDataHome
  return environment
}

/// An environment whose language variables give Dutch (C.UTF-8 keeps the terminal in UTF-8).
func dutchEnvironment(_ base: [String: String]) -> [String: String] {
  var environment = base
  environment["LC_ALL"] = nil
  environment["LC_MESSAGES"] = nil
  environment["LANG"] = "C.UTF-8"
  return environment
}

/// The same for a command line run in tmux.
let dutchLanguagePrefix = "LC_ALL= LC_MESSAGES= LANG=C.UTF-8"

/// Compares command output with a golden file in Tests/Goldens; `BETROKKEN_UPDATE_GOLDENS=1` writes it instead.
func expectGoldenOutput(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let path = packageRoot + "/Tests/Goldens/" + name
  if ProcessInfo.processInfo.environment["BETROKKEN_UPDATE_GOLDENS"] == "1" {
    try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return
  }
  let expected = try? String(contentsOfFile: path, encoding: .utf8)
  #expect(
    expected == text, "\(name) differs; run with BETROKKEN_UPDATE_GOLDENS=1 and review the diff",
    sourceLocation: sourceLocation)
}

/// Display columns as the C library counts them (`wcwidth` under C.UTF-8): a measure of its own, not the product's.
func terminalColumns(_ text: some StringProtocol) -> Int {
  text.unicodeScalars.reduce(0) { $0 + max(0, Int(libcWidth($1.value))) }
}

/// glibc's `wcwidth` (Swift does not import it: it sits behind `_XOPEN_SOURCE`), with the character type set to
/// C.UTF-8 first.
private let libcWidth: @convention(c) (UInt32) -> Int32 = {
  precondition(setlocale(LC_CTYPE, "C.UTF-8") != nil, "C.UTF-8 is not installed")
  let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth")
  return unsafeBitCast(symbol, to: (@convention(c) (UInt32) -> Int32).self)
}()

/// A file's text, read with stdio: Foundation's readers (`String(contentsOfFile:)`, `Data(contentsOf:)`,
/// `FileManager.contents(atPath:)`) leak 4 KiB for every empty file they read (seen under AddressSanitizer with
/// Swift 6.3.1), and the output files of most runs here are empty.
func readText(_ path: String) -> String? {
  guard let file = fopen(path, "rb") else { return nil }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count <= 0 { break }
    bytes += buffer[0..<count]
  }
  return String(decoding: bytes, as: UTF8.self)
}
