import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import BetrokkenTerminal
import Foundation

/// The event loop: render the state, send the screen, turn a terminal event into a message, update, perform the
/// effects. All decisions are in `Update` and `DashboardView`; this only connects them to the terminal and the
/// file system.
struct DashboardRunner {
  let terminal: Terminal
  let data: DataSet
  let symbols: Symbols
  let snapshotDirectory: String?
  var state: DashboardState

  init(terminal: Terminal, data: DataSet, start: String?, snapshotDirectory: String?) {
    self.terminal = terminal
    self.data = data
    self.snapshotDirectory = snapshotDirectory
    symbols = terminal.isUTF8 ? .unicode : .asciiOnly
    state = DashboardState(selectedCode: start ?? data.profiles.first?.code)
    state.notice = Notice.loaded(data)
  }

  /// Runs until quit or a signal; returns the exit status (0, or 128 + signal).
  mutating func run() -> Int32 {
    var size = terminal.size
    var (screen, viewport) = frame(size)
    terminal.draw(screen)
    while true {
      let message: Message
      switch terminal.nextEvent() {
      case .idle:
        continue
      case .signal(let signal):
        return 128 + signal
      case .resize(let width, let height):
        size = (width, height)
        (screen, viewport) = frame(size)
        message = .resize
      case .key(let key):
        message = .key(key)
      }
      var pending = [message]
      while !pending.isEmpty {
        let (next, effects) = Update.update(state, pending.removeFirst(), data: data, viewport: viewport)
        state = next
        for effect in effects {
          switch effect {
          case .quit: return 0
          // The snapshot is the screen as it was when p was pressed, before the notice appears.
          case .writeSnapshot: pending.append(writeSnapshot(screen))
          }
        }
      }
      (screen, viewport) = frame(size)
      terminal.draw(screen)
    }
  }

  func frame(_ size: (width: Int, height: Int)) -> (Screen, Viewport) {
    DashboardView.frame(data: data, state: state, width: size.width, height: size.height, symbols: symbols)
  }

  /// Writes the screen's text next to the user's work; falls back to the home and temporary directories.
  func writeSnapshot(_ screen: Screen) -> Message {
    let stamp = SnapshotName.timestamp(Date())
    let name = "betrokken-\(state.selectedCode ?? "leeg")-\(screen.width)x\(screen.height)-\(stamp).txt"
    let candidates = [
      snapshotDirectory ?? FileManager.default.currentDirectoryPath, NSHomeDirectory(), NSTemporaryDirectory(),
    ]
    for directory in candidates {
      let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
      if (try? Data(screen.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)) != nil {
        return .snapshotWritten(path: path)
      }
    }
    return .snapshotFailed
  }
}
