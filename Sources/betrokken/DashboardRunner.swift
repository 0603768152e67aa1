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
  /// Read again after the editor saves.
  var data: DataSet
  let symbols: Symbols
  let snapshotDirectory: String?
  let editorFiles: EditorFiles
  var state: DashboardState

  init(
    terminal: Terminal, data: DataSet, symbols: Symbols, start: String?, snapshotDirectory: String?,
    dataOptions: DataOptions
  ) {
    self.terminal = terminal
    self.data = data
    self.symbols = symbols
    self.snapshotDirectory = snapshotDirectory
    editorFiles = EditorFiles(dataOptions: dataOptions)
    state = DashboardState(selectedCode: start ?? data.profiles.first?.code)
    state.notice = Notice.loaded(data)
    // An editor that did not end (a crash, kill -9) left a draft: go on with it.
    if let session = editorFiles.restoredDraft(data: data) {
      state.selectedCode = data.situation(code: session.code) != nil ? session.code : state.selectedCode
      state.mode = .editor(session)
    }
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
      case .mouse(let event):
        message = .mouse(event)
      }
      var pending = [message]
      while !pending.isEmpty {
        let (next, effects) = Update.update(state, pending.removeFirst(), data: data, viewport: viewport)
        state = next
        for effect in effects {
          switch effect {
          case .quit: return 0
          // The snapshot is the screen after the key, before any notice about it (the key cleared the last one).
          case .writeSnapshot: pending.append(writeSnapshot(frame(size).0))
          case .writeDocument:
            let document = DashboardDocument.render(data: data, state: state, width: size.width, symbols: symbols)
            pending.append(writeSnapshot(document, kind: "full"))
          case .openEditor(let code): pending.append(editorFiles.open(code: code, data: data))
          case .saveEditor(let session):
            let outcome = editorFiles.save(session, data: data)
            if case .editorSaved = outcome {
              data = editorFiles.dataOptions.load(quiet: true)
            }
            pending.append(outcome)
          case .writeDraft(let session):
            if let failure = editorFiles.writeDraft(session) { pending.append(failure) }
          case .discardDraft(let code, let file): editorFiles.discardDraft(code: code, file: file)
          case .reloadEditor(let session): pending.append(editorFiles.reload(session, data: data))
          case .saveEditorElsewhere(let session): pending.append(editorFiles.saveElsewhere(session))
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

  /// Writes the screen's text into the snapshot directory (the current one unless `--snapshot-dir` says otherwise),
  /// never elsewhere. The name says what is shown — the municipality, or the codes of a comparison — and the size;
  /// a second snapshot in the same second gets `-2`, `-3` …
  /// `kind` "full" names a document (`P`) by its width only: `betrokken-GM0034-120x-full-….txt`.
  func writeSnapshot(_ screen: Screen, kind: String? = nil) -> Message {
    let directory = snapshotDirectory ?? FileManager.default.currentDirectoryPath
    let subject = state.comparison?.codes.joined(separator: "-") ?? state.selectedCode ?? "leeg"
    let size = kind.map { "\(screen.width)x-\($0)" } ?? "\(screen.width)x\(screen.height)"
    let base = "betrokken-\(subject)-\(size)-\(SnapshotName.timestamp(Date()))"
    for attempt in 1...99 {
      let name = base + (attempt == 1 ? "" : "-\(attempt)") + ".txt"
      let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
      do {
        try Data(screen.text.utf8).write(to: url, options: .withoutOverwriting)
        return .snapshotWritten(path: url.path)
      } catch CocoaError.fileWriteFileExists {
        continue
      } catch {
        return .snapshotFailed(directory: directory)
      }
    }
    return .snapshotFailed(directory: directory)
  }
}
