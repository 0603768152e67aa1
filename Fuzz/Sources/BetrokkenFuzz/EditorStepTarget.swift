import BetrokkenModel
import BetrokkenScreen

/// The guided editor's update step fed keys (mostly text, Enter, Tab and the editor's control keys) and the runner's
/// outcomes, on a record of a shipped profile the input chooses, copied as `e` copies it. After every message the
/// editor's text must load without errors (an answer that would make it invalid is refused, never taken), the
/// position must be a question, and a journalled session must be the state's; the screen, at the start, after each
/// resize and at the end, must be exactly its size. Effects are returned, never performed.
enum EditorStepTarget: FuzzTarget {
  static func setUp() {
    if UpdateStepTarget.shipped == nil { UpdateStepTarget.setUp() }
  }

  static let maximumSteps = 48

  /// Bytes as keys as the update target reads them, with the editor's own keys (F1, Ctrl-U, Ctrl-S) and digits
  /// among the rest: answers are numbers and words.
  static func key(_ byte: UInt8) -> Key { UpdateStepTarget.key(byte, others: others) }

  static let others: [Key] =
    [.up, .down, .pageUp, .pageDown, .backTab, .function(1), .enter, .control("u"), .control("s")]
    + Array("0123 éë世\u{301}").map { Key.character($0) }

  static func run(_ bytes: [UInt8]) {
    var input = FuzzInput(bytes)
    let data = UpdateStepTarget.shipped!
    guard !data.profiles.isEmpty else { return }
    let profile = data.profiles[Int(input.take()) % data.profiles.count]
    guard var record = profile.records.last else { return }
    record.origin = nil
    let file = "/fuzz/profiles/\(profile.code).json"
    let copy = Profile(code: profile.code, name: profile.name, records: [record], file: file)
    let session = EditorSession(
      code: profile.code, name: profile.name, record: record.id, file: file, original: nil,
      text: ProfileWriter.json(copy), source: record.sources.first?.id ?? "bron")
    var state = DashboardState(selectedCode: profile.code, mode: .editor(session))
    var width = 10 + Int(input.take() % 150)
    var height = 3 + Int(input.take() % 50)
    var (screen, viewport) = DashboardView.frame(data: data, state: state, width: width, height: height)
    FuzzCheck.screen(screen, width: width, height: height)
    var steps = 0
    while !input.isEmpty && steps < maximumSteps {
      steps += 1
      let choice = input.take()
      let message: Message
      let current = state.mode.editorSession
      switch choice {
      case 0..<236:
        message = .key(key(choice))
      case 236..<242:
        width = 1 + Int(input.take() % 200)
        height = 1 + Int(input.take() % 80)
        message = .resize
      case 242..<246:
        message = .editorSaveFailed(
          [.changedOnDisk(file), .notWritable(file, errno: 13), .diskFull(file)][Int(choice) % 3])
      case 246..<250:
        message = .editorSaved(path: file, bytes: Array((current?.text ?? "").utf8))
      case 250..<253:
        message = current.map { .editorReloaded($0, dropped: Int(choice) - 250, keptAt: nil) } ?? .resize
      default:
        message = .draftNotWritten(path: "/nonexistent/\u{7}\u{1B}[2J")
      }
      if message == .resize {
        (screen, viewport) = DashboardView.frame(data: data, state: state, width: width, height: height)
        FuzzCheck.screen(screen, width: width, height: height)
      }
      let (next, effects) = Update.update(state, message, data: data, viewport: viewport)
      state = next
      if effects.contains(.quit) { break }
      guard let edited = state.mode.editorSession else { continue }
      let (loaded, diagnostics) = ProfileLoader.load(
        text: Array(edited.text.utf8), named: file, registry: data.registry)
      if loaded == nil {
        FuzzCheck.fail(
          "the editor took an answer that makes the profile invalid: \(diagnostics.first.map { "\($0.problem)" } ?? "")"
        )
      }
      for effect in effects {
        if case .writeDraft(let journalled) = effect, journalled.text != edited.text {
          FuzzCheck.fail("the draft journalled is not the session's text")
        }
      }
    }
    (screen, viewport) = DashboardView.frame(data: data, state: state, width: width, height: height)
    FuzzCheck.screen(screen, width: width, height: height)
  }
}
