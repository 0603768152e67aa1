import BetrokkenModel
import BetrokkenScreen

/// The update step fed messages decoded from the input, against a subset of the shipped profiles the input chooses,
/// at sizes the input chooses. After every message the state must point at what exists; the screen, drawn at the
/// start, after each resize and at the end, must be exactly its size. Between those frames the update step works
/// with the viewport of the last one, as it must when keys arrive faster than frames (a frame per message would cost
/// most of the time: every cell is instrumented). Effects are returned, never performed.
enum UpdateStepTarget: FuzzTarget {
  nonisolated(unsafe) static var shipped: DataSet!

  static func setUp() {
    let asOf = CalendarDate(year: 2026, month: 11, day: 29)!
    shipped = DataSet.load(directory: DataDirectory(path: FuzzFiles.shippedData, shipped: nil), asOf: asOf)
  }

  /// Messages per input; libFuzzer's `-max_len` keeps inputs near this length.
  static let maximumSteps = 32

  /// A byte as a key, as a terminal would send it where it can: printable ASCII is that character, Tab, Enter
  /// (LF, CR), Esc, Backspace (BS, DEL) and Ctrl-letters are themselves; the rest of the first 200 values are the
  /// keys with no byte of their own and a few non-ASCII characters.
  static func key(_ byte: UInt8, others: [Key] = others) -> Key {
    switch byte {
    case 0x09: .tab
    case 0x0A, 0x0D: .enter
    case 0x1B: .escape
    case 0x08, 0x7F: .backspace
    case 0x01...0x1A: .control(Character(Unicode.Scalar(byte + 0x60)))
    case 0x20...0x7E: .character(Character(Unicode.Scalar(byte)))
    default: others[Int(byte) % others.count]
    }
  }

  static let others: [Key] =
    [.up, .down, .left, .right, .backTab, .pageUp, .pageDown, .home, .end]
    + Array("éëâ世😀\u{301}").map { Key.character($0) }

  static func run(_ bytes: [UInt8]) {
    var input = FuzzInput(bytes)
    var data = shipped!
    // The first 4 bytes choose which profiles take part (any of up to 32, none possible).
    let mask = input.takeUInt32()
    data.profiles = data.profiles.enumerated().filter { mask & (1 << UInt32($0.offset % 32)) != 0 }.map(\.element)
    // Sizes from below the minimum to wide; every cell of every frame costs time under the sanitizers.
    var width = 10 + Int(input.take() % 150)
    var height = 3 + Int(input.take() % 50)
    var state = DashboardState(selectedCode: data.profiles.first?.code)
    var (screen, viewport) = DashboardView.frame(data: data, state: state, width: width, height: height)
    var steps = 0
    while !input.isEmpty && steps < maximumSteps {
      steps += 1
      let message: Message
      let choice = input.take()
      switch choice {
      case 0..<200:
        message = .key(key(choice))
      case 200..<230:
        let button: MouseEvent.Button = [.left, .wheelUp, .wheelDown][Int(choice) % 3]
        message = .mouse(MouseEvent(x: Int(input.take()) - 10, y: Int(input.take()) - 10, button: button))
      case 230..<245:
        width = 1 + Int(input.take() % 200)
        height = 1 + Int(input.take() % 80)
        message = .resize
      case 245..<250:
        message = .snapshotWritten(path: "/tmp/fuzz-\u{1B}[31m-\(choice).txt")
      default:
        message = .snapshotFailed(directory: "/nonexistent/\u{7}")
      }
      if message == .resize {
        (screen, viewport) = DashboardView.frame(data: data, state: state, width: width, height: height)
        FuzzCheck.screen(screen, width: width, height: height)
      }
      let (next, effects) = Update.update(state, message, data: data, viewport: viewport)
      state = next
      if effects.contains(.quit) { break }
      if let code = state.selectedCode, data.situation(code: code) == nil {
        FuzzCheck.fail("selected \(code), which has no profile")
      }
      for code in state.marked where data.situation(code: code) == nil {
        FuzzCheck.fail("marked \(code), which has no profile")
      }
    }
    (screen, viewport) = DashboardView.frame(data: data, state: state, width: width, height: height)
    FuzzCheck.screen(screen, width: width, height: height)
  }
}
